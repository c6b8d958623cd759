/**
 * The channel allow-list on its own, free of schema code, so that the sandboxed preload can bundle it alone.
 * A unit test keeps it equal to the keys of the contract.
 */
export const CHANNELS = [
  'listAssessments',
  'queryPortfolio',
  'listSavedViews',
  'saveView',
  'deleteView',
  'getAssessment',
  'createAssessment',
  'saveAssessment',
  'duplicateAssessment',
  'deleteAssessment',
  'importAssessment',
  'exportAssessmentJson',
  'getLifecycle',
  'submitForReview',
  'returnToDraft',
  'approveAssessment',
  'archiveAssessment',
  'unarchiveAssessment',
  'getHistory',
  'diffVersions',
  'getLawLibrary',
  'importAssessmentFromPdf',
  'listSigningIdentities',
  'createSigningIdentity',
  'importSigningIdentity',
  'deleteSigningIdentity',
  'exportCertificate',
  'listTrustedCertificates',
  'addTrustedCertificate',
  'removeTrustedCertificate',
  'getHealth',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'getAppSettings',
  'saveAppSettings',
  'getSigningSettings',
  'saveSigningSettings',
  'exportSignedReport',
  'countersignReport',
  'verifyReport',
  'saveFile',
  'getAppInfo',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** The Electron IPC channel string for a contract entry. */
export const ipcChannel = (name: Channel): string => `dtia:${name}`;
