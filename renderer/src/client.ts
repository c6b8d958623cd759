import type { ChannelName, DtiaApi, ReportLanguage, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/domain/result';
import type { ConflictChoice, ConflictResolution } from '../../shared/exchange/conflicts';

/**
 * The renderer's only way to the backend. Every call resolves to a Result, even when the bridge itself is missing
 * or throws, so screens handle one kind of failure.
 */
async function call<C extends ChannelName>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  const api: DtiaApi | undefined = window.dtia;
  const method = api?.[channel] as ((request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>) | undefined;
  if (typeof method !== 'function') return fail('INTERNAL', `The application backend is not available (${channel}).`);
  try {
    return await method(request);
  } catch (error) {
    return fail('INTERNAL', error instanceof Error ? error.message : String(error));
  }
}

export const client = {
  listAssessments: () => call('listAssessments', {}),
  getAssessment: (id: string) => call('getAssessment', { id }),
  createAssessment: (title: string) => call('createAssessment', { title }),
  saveAssessment: (assessment: RequestOf<'saveAssessment'>['assessment']) => call('saveAssessment', { assessment }),
  duplicateAssessment: (id: string) => call('duplicateAssessment', { id }),
  deleteAssessment: (id: string) => call('deleteAssessment', { id }),
  /** Without a resolution, an assessment whose id is taken is refused with IMPORT_CONFLICT; see previewAssessmentImport. */
  importAssessment: (fileName: string, content: string, resolution?: ConflictChoice) =>
    call('importAssessment', { fileName, content, ...(resolution ? { resolution } : {}) }),
  importAssessmentFromPdf: (fileName: string, pdfBase64: string, resolution?: ConflictChoice) =>
    call('importAssessmentFromPdf', { fileName, pdfBase64, ...(resolution ? { resolution } : {}) }),
  exportAssessmentJson: (id: string) => call('exportAssessmentJson', { id }),
  previewAssessmentImport: (request: RequestOf<'previewAssessmentImport'>) => call('previewAssessmentImport', request),
  startWorkspaceExport: () => call('startWorkspaceExport', {}),
  previewWorkspaceImport: () => call('previewWorkspaceImport', {}),
  startWorkspaceImport: (fileToken: string, resolution: ConflictResolution) => call('startWorkspaceImport', { fileToken, resolution }),
  getJob: (id: string) => call('getJob', { id }),
  cancelJob: (id: string) => call('cancelJob', { id }),
  getLifecycle: (id: string) => call('getLifecycle', { id }),
  submitForReview: (id: string) => call('submitForReview', { id }),
  returnToDraft: (id: string, note: string) => call('returnToDraft', { id, note }),
  approveAssessment: (request: RequestOf<'approveAssessment'>) => call('approveAssessment', request),
  archiveAssessment: (id: string) => call('archiveAssessment', { id }),
  unarchiveAssessment: (id: string) => call('unarchiveAssessment', { id }),
  getHistory: (id: string) => call('getHistory', { id }),
  diffVersions: (request: RequestOf<'diffVersions'>) => call('diffVersions', request),
  /** One page of the audit log, newest first, and the number of its entries. */
  listHistory: (request: RequestOf<'listHistory'>) => call('listHistory', request),
  verifyHistory: () => call('verifyHistory', {}),
  queryPortfolio: (query: RequestOf<'queryPortfolio'>['query'], today: string) => call('queryPortfolio', { query, today }),
  listSavedViews: () => call('listSavedViews', {}),
  saveView: (view: RequestOf<'saveView'>) => call('saveView', view),
  deleteView: (id: string) => call('deleteView', { id }),
  exportPortfolioCsv: (request: RequestOf<'exportPortfolioCsv'>) => call('exportPortfolioCsv', request),
  listVendors: () => call('listVendors', {}),
  getVendor: (id: string) => call('getVendor', { id }),
  createVendor: (fields: RequestOf<'createVendor'>) => call('createVendor', fields),
  updateVendor: (request: RequestOf<'updateVendor'>) => call('updateVendor', request),
  mergeVendors: (sourceId: string, targetId: string) => call('mergeVendors', { sourceId, targetId }),
  deleteVendor: (id: string, unlink: boolean) => call('deleteVendor', { id, unlink }),
  linkAssessmentVendor: (assessmentId: string, vendorId: string | null) => call('linkAssessmentVendor', { assessmentId, vendorId }),
  getAssessmentVendor: (assessmentId: string) => call('getAssessmentVendor', { assessmentId }),
  importVendorDocument: (vendorId: string | null, source: RequestOf<'importVendorDocument'>['source']) => call('importVendorDocument', { vendorId, source }),
  getVendorDocument: (id: string) => call('getVendorDocument', { id }),
  deleteVendorDocument: (id: string) => call('deleteVendorDocument', { id }),
  decideVendorFacts: (documentId: string, decisions: RequestOf<'decideVendorFacts'>['decisions']) => call('decideVendorFacts', { documentId, decisions }),
  getVendorProfile: (vendorId: string) => call('getVendorProfile', { vendorId }),
  saveVendorProfile: (request: RequestOf<'saveVendorProfile'>) => call('saveVendorProfile', request),
  addSampleVendors: () => call('addSampleVendors', {}),
  listTemplates: () => call('listTemplates', {}),
  saveAsTemplate: (request: RequestOf<'saveAsTemplate'>) => call('saveAsTemplate', request),
  deleteTemplate: (id: string) => call('deleteTemplate', { id }),
  createFromTemplate: (templateId: string, title: string) => call('createFromTemplate', { templateId, title }),
  getLawLibrary: (language: ReportLanguage) => call('getLawLibrary', { language }),
  listSigningIdentities: () => call('listSigningIdentities', {}),
  createSigningIdentity: (request: RequestOf<'createSigningIdentity'>) => call('createSigningIdentity', request),
  importSigningIdentity: (p12Base64: string, passphrase: string) =>
    call('importSigningIdentity', { p12Base64, passphrase }),
  deleteSigningIdentity: (identityId: string) => call('deleteSigningIdentity', { identityId }),
  exportCertificate: (identityId: string, format: RequestOf<'exportCertificate'>['format']) =>
    call('exportCertificate', { identityId, format }),
  listTrustedCertificates: () => call('listTrustedCertificates', {}),
  addTrustedCertificate: (fileName: string, contentBase64: string) =>
    call('addTrustedCertificate', { fileName, contentBase64 }),
  removeTrustedCertificate: (certificateSha256: string) => call('removeTrustedCertificate', { certificateSha256 }),
  getHealth: () => call('getHealth', {}),
  listBackups: () => call('listBackups', {}),
  createBackup: () => call('createBackup', {}),
  restoreBackup: (id: string) => call('restoreBackup', { id }),
  getAppSettings: () => call('getAppSettings', {}),
  saveAppSettings: (settings: RequestOf<'saveAppSettings'>) => call('saveAppSettings', settings),
  getProfile: () => call('getProfile', {}),
  saveProfile: (profile: RequestOf<'saveProfile'>) => call('saveProfile', profile),
  getSigningSettings: () => call('getSigningSettings', {}),
  saveSigningSettings: (settings: RequestOf<'saveSigningSettings'>) => call('saveSigningSettings', settings),
  exportSignedReport: (request: RequestOf<'exportSignedReport'>) => call('exportSignedReport', request),
  countersignReport: (request: RequestOf<'countersignReport'>) => call('countersignReport', request),
  verifyReport: (pdfBase64: string) => call('verifyReport', { pdfBase64 }),
  saveFile: (suggestedName: string, contentBase64: string) => call('saveFile', { suggestedName, contentBase64 }),
  getAppInfo: () => call('getAppInfo', {}),
};
