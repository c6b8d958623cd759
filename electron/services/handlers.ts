import { describeIssues } from '../../shared/domain/interchange';
import { AppFailure, fail, ok, type Result } from '../../shared/domain/result';
import {
  CHANNEL_NAMES,
  contract,
  isChannelName,
  type ChannelName,
  type Contract,
  type ResponseOf,
} from '../../shared/ipc/contract';
import type { z } from 'zod';
import { WORKSPACE_EXTENSION, workspaceFileName } from '../../shared/exchange/workspace-format';
import type { Services } from './types';
import { osUserName } from './audit/actor';

/** What only the host can do: Electron shows a native save dialog, the test harness writes into its own folder. */
export interface Platform {
  saveFile(suggestedName: string, content: Buffer): Promise<{ saved: boolean; path: string | null }>;
  /** Asks where a file the backend writes itself should go (a whole workspace); null when the user cancels. */
  chooseSaveTarget?(suggestedName: string, extension: string): Promise<string | null>;
  /** Asks for a file the backend reads itself (a workspace to import); null when the user cancels. */
  chooseFileToOpen?(extension: string): Promise<string | null>;
}

function platformCannot(what: string): AppFailure {
  return new AppFailure('INTERNAL', `This window cannot ${what}.`);
}

/** The workspace jobs name their files by the host's dialogs only: a path never comes from the renderer. */
function workspaceJobs(services: Services, platform: Platform) {
  return {
    startWorkspaceExport: async () => {
      if (!platform.chooseSaveTarget) throw platformCannot('choose where to save a workspace');
      const target = await platform.chooseSaveTarget(workspaceFileName(new Date().toISOString()), WORKSPACE_EXTENSION);
      return { jobId: target === null ? null : services.exchange.startWorkspaceExport(target).id };
    },
    previewWorkspaceImport: async () => {
      if (!platform.chooseFileToOpen) throw platformCannot('choose a workspace file');
      const source = await platform.chooseFileToOpen(WORKSPACE_EXTENSION);
      return { jobId: source === null ? null : services.exchange.startWorkspacePreview(source).id };
    },
  };
}

/** "report.pdf" becomes "report (countersigned).pdf", so the assessor's copy is not overwritten by accident. */
function countersignedFileName(fileName: string): string {
  const base = fileName.replace(/\.pdf$/i, '').replace(/ \(countersigned\)$/, '') || 'report';
  return `${base} (countersigned).pdf`;
}

type Request<C extends ChannelName> = z.output<Contract[C]['request']>;
type Implementation = { [C in ChannelName]: (request: Request<C>) => ResponseOf<C> | Promise<ResponseOf<C>> };
export type Handlers = { [C in ChannelName]: (raw: unknown) => Promise<Result<ResponseOf<C>>> };

function implement(services: Services, platform: Platform): Implementation {
  const { assessments, identity, trust, settings, reports, backups } = services;
  return {
    listAssessments: () => assessments.list(),
    getAssessment: ({ id }) => assessments.get(id),
    queryPortfolio: ({ query, today }) => services.portfolio.query(query, today),
    listSavedViews: () => services.portfolio.listViews(),
    saveView: (view) => services.portfolio.saveView(view),
    deleteView: ({ id }) => services.portfolio.deleteView(id),
    exportPortfolioCsv: ({ query, language, today }) => services.portfolioCsv.export(query, language, today),
    listVendors: () => services.vendors.list(),
    getVendor: ({ id }) => services.vendors.get(id),
    createVendor: (fields) => services.vendors.create(fields),
    updateVendor: ({ id, ...fields }) => services.vendors.update(id, fields),
    mergeVendors: ({ sourceId, targetId }) => services.vendors.merge(sourceId, targetId),
    deleteVendor: ({ id, unlink }) => services.vendors.delete(id, { unlink }),
    importVendorDocument: ({ vendorId, source }) => services.vendorDocuments.importDocument(vendorId, source),
    getVendorDocument: ({ id }) => services.vendorDocuments.getDocument(id),
    deleteVendorDocument: ({ id }) => services.vendorDocuments.deleteDocument(id),
    decideVendorFacts: ({ documentId, decisions }) => services.vendorDocuments.decideFacts(documentId, decisions),
    getVendorProfile: ({ vendorId }) => services.vendorDocuments.getProfile(vendorId),
    saveVendorProfile: ({ vendorId, ...fields }) => services.vendorDocuments.saveProfile(vendorId, fields),
    addSampleVendors: () => services.vendorDocuments.addSamples(),
    linkAssessmentVendor: ({ assessmentId, vendorId }) => services.vendors.linkAssessment(assessmentId, vendorId),
    getAssessmentVendor: ({ assessmentId }) => ({ vendorId: services.vendors.vendorOf(assessmentId) }),
    listTemplates: () => services.templates.list(),
    saveAsTemplate: ({ assessmentId, name, description }) => services.templates.saveAsTemplate(assessmentId, name, description),
    deleteTemplate: ({ id }) => services.templates.delete(id),
    createFromTemplate: ({ templateId, title }) => services.templates.createFromTemplate(templateId, title),
    createAssessment: ({ title }) => assessments.create(title),
    saveAssessment: ({ assessment }) => assessments.save(assessment),
    duplicateAssessment: ({ id }) => assessments.duplicate(id),
    deleteAssessment: ({ id }) => assessments.delete(id),
    importAssessment: ({ fileName, content, resolution }) => services.exchange.importAssessment({ kind: 'file', fileName, content }, resolution),
    exportAssessmentJson: ({ id }) => assessments.exportJson(id),
    previewAssessmentImport: (request) =>
      services.exchange.previewAssessmentImport(
        'content' in request
          ? { kind: 'file', fileName: request.fileName, content: request.content }
          : { kind: 'pdf', fileName: request.fileName, pdf: Buffer.from(request.pdfBase64, 'base64') },
      ),
    ...workspaceJobs(services, platform),
    startWorkspaceImport: ({ fileToken, resolution }) => ({ jobId: services.exchange.startWorkspaceImport(fileToken, resolution).id }),
    getJob: ({ id }) => services.exchange.getJob(id),
    cancelJob: ({ id }) => services.exchange.cancelJob(id),
    getLifecycle: ({ id }) => services.lifecycle.status(id),
    submitForReview: ({ id }) => services.lifecycle.submitForReview(id),
    returnToDraft: ({ id, note }) => services.lifecycle.returnToDraft(id, note),
    approveAssessment: ({ id, ...approval }) => services.lifecycle.approve(id, approval),
    archiveAssessment: ({ id }) => services.lifecycle.archive(id),
    unarchiveAssessment: ({ id }) => services.lifecycle.unarchive(id),
    getHistory: ({ id }) => services.lifecycle.history(id),
    diffVersions: ({ id, from, to }) => services.lifecycle.diff(id, { from, to }),
    listHistory: ({ assessmentId, limit, offset }) => {
      const entries = services.audit.list({ assessmentId, limit, offset });
      const ids = entries.flatMap((entry) => (entry.assessmentId ? [entry.assessmentId] : []));
      return { entries, total: services.audit.count({ assessmentId }), titles: services.assessments.titles(ids) };
    },
    verifyHistory: () => services.audit.verify(),
    importAssessmentFromPdf: ({ fileName, pdfBase64, resolution }) =>
      services.exchange.importAssessment({ kind: 'pdf', fileName, pdf: Buffer.from(pdfBase64, 'base64') }, resolution),
    getLawLibrary: ({ language }) => services.lawLibrary(language),
    listSigningIdentities: () => identity.list(),
    createSigningIdentity: (request) => identity.create(request),
    importSigningIdentity: ({ p12Base64, passphrase }) => identity.importP12(Buffer.from(p12Base64, 'base64'), passphrase),
    deleteSigningIdentity: ({ identityId }) => identity.remove(identityId),
    exportCertificate: ({ identityId, format }) => {
      const file = identity.exportCertificate(identityId, format);
      return { fileName: file.fileName, contentBase64: file.content.toString('base64') };
    },
    listTrustedCertificates: () => trust.list(),
    addTrustedCertificate: ({ fileName, contentBase64 }) => trust.add(fileName, Buffer.from(contentBase64, 'base64')),
    removeTrustedCertificate: ({ certificateSha256 }) => trust.remove(certificateSha256),
    getHealth: () => ({ health: services.health(), canRestore: backups.canRestore() }),
    listBackups: () => ({ backups: backups.list(), automaticFailure: backups.automaticFailure() }),
    createBackup: () => backups.create(),
    restoreBackup: ({ id }) => backups.restore(id),
    getProfile: () => ({ ...settings.profile(), accountName: osUserName() }),
    saveProfile: (request) => ({ ...settings.saveProfile(request), accountName: osUserName() }),
    getAppSettings: () => settings.app(),
    saveAppSettings: (request) => settings.saveApp(request),
    getSigningSettings: () => settings.signing(),
    saveSigningSettings: (request) => settings.saveSigning(request),
    exportSignedReport: async (request) => {
      const report = await reports.exportSigned(request);
      return {
        fileName: report.fileName,
        pdfBase64: report.pdf.toString('base64'),
        contentHash: report.contentHash,
        fileSha256: report.fileSha256,
      };
    },
    countersignReport: async ({ fileName, pdfBase64, identityId, passphrase, appearance }) => {
      const signed = await reports.countersignStored({ pdf: Buffer.from(pdfBase64, 'base64'), identityId, passphrase, appearance });
      return { fileName: countersignedFileName(fileName), pdfBase64: signed.pdf.toString('base64'), fileSha256: signed.fileSha256 };
    },
    verifyReport: ({ pdfBase64 }) => reports.verify(Buffer.from(pdfBase64, 'base64')),
    saveFile: ({ suggestedName, contentBase64 }) => platform.saveFile(suggestedName, Buffer.from(contentBase64, 'base64')),
    getAppInfo: () => ({ version: services.appVersion, dataDir: services.dataDir }),
  };
}

const BUSY_MESSAGE =
  'The database is busy with a longer task, such as a workspace import. Nothing was changed; try again when it has finished. Open assessments are saved again automatically.';

/** SQLite gave up waiting for another connection's write (a workspace import runs in its own worker). */
function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_BUSY' || error.code === 'SQLITE_BUSY_SNAPSHOT');
}

/**
 * One handler per contract channel: validates the raw request, runs the service and returns a Result.
 * Nothing thrown escapes; unexpected errors are logged here and reach the caller only as a generic INTERNAL error.
 */
export function createHandlers(
  services: Services,
  platform: Platform,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Handlers {
  const implementation = implement(services, platform);
  const handle = async <C extends ChannelName>(name: C, raw: unknown): Promise<Result<ResponseOf<C>>> => {
    const parsed = contract[name].request.safeParse(raw);
    if (!parsed.success) {
      return fail('INVALID_REQUEST', `The request to "${name}" is not valid.`, describeIssues(parsed.error));
    }
    try {
      const run = implementation[name] as (request: unknown) => ResponseOf<C> | Promise<ResponseOf<C>>;
      return ok(await run(parsed.data));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.details);
      if (isBusy(error)) return fail('DATABASE_BUSY', BUSY_MESSAGE);
      log(`Unexpected error in "${name}"`, error);
      return fail('INTERNAL', 'An unexpected error occurred. Details are in the application log.');
    }
  };
  return Object.fromEntries(CHANNEL_NAMES.map((name) => [name, (raw: unknown) => handle(name, raw)])) as Handlers;
}

/** Dispatches by channel name, refusing names outside the contract. */
export function dispatch(handlers: Handlers, channel: unknown, raw: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channel)) return Promise.resolve(fail('UNKNOWN_CHANNEL', 'Unknown channel.'));
  return handlers[channel](raw);
}
