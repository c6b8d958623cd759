import type { Assessment, AssessmentSummary } from '../../shared/domain/assessment';
import type { LawLibrary } from '../../shared/domain/law-library';
import type { KeyObject } from 'node:crypto';
import type { AuditLog } from './audit/audit-log';
import type { ConflictChoice, ImportConflict } from '../../shared/exchange/conflicts';
import type { ExchangeService } from './exchange/exchange-service';
import type { BackupInfo } from '../../shared/backup/backup-info';
import type { Change } from '../../shared/history/diff';
import type { Approval, AssessmentHistory, ExportedReport, LifecycleStatus, VersionRef } from '../../shared/history/lifecycle';
import type { PortfolioPage, PortfolioQuery, PortfolioRow, SavedView } from '../../shared/portfolio/query';
import type { CsvLanguage } from '../../shared/portfolio/csv';
import type { TemplateInfo } from '../../shared/templates/template';
import type { Vendor, VendorDetail, VendorFields, VendorLink, VendorListItem } from '../../shared/vendors/vendor';
import type {
  DocumentSource,
  FactDecisionRequest,
  VendorDocumentDetail,
  VendorProfile,
  VendorProfileFields,
} from '../../shared/vendors/profile';
import type {
  AppSettings,
  AutomaticBackupFailure,
  DataProblemState,
  RestoreOutcome,
  ReportLanguage,
  SignatureAppearance,
  SigningAlgorithm,
  SigningIdentityInfo,
  ProfileFields,
  SigningSettings,
  TrustedCertificate,
  VerificationResult,
} from '../../shared/ipc/contract';

/**
 * The backend services. They never import `electron`: the main process, the CLI and the tests build them with
 * `createServices` and hand in what only Electron has (the OS keychain) through `SecretBox`.
 * Services signal failures by throwing `AppFailure` (shared/domain/result.ts); the handlers turn those into values.
 */

/** OS-level encryption (Electron's safeStorage); absent in plain Node. */
export interface SecretBox {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export interface ServicesOptions {
  /** Folder holding the SQLite file and the signing identity. Created if missing. */
  dataDir: string;
  /** The project's resources/ folder (fonts, law library). */
  resourcesDir: string;
  secretBox?: SecretBox;
  /** Clock, injectable for tests. */
  now?: () => Date;
  appVersion?: string;
  /** A better-sqlite3 addon built for Electron's ABI, when the one in node_modules is built for Node. */
  sqliteNativeBinding?: string;
  /**
   * 'exclusive' (the default, the app): the data folder is refused while another instance holds it. 'none' (the CLI):
   * its commands are short and SQLite serialises writers, so it may work beside a running app.
   */
  lock?: 'exclusive' | 'none';
  /**
   * A backup at start and a daily one while the services run, each followed by pruning to the retention policy. Only
   * for the instance that holds the folder's lock (the app); off by default, so that a folder opened for a single
   * task holds only the backups it asked for.
   */
  automaticBackups?: boolean;
  /**
   * The exchange worker as a JavaScript file (electron/services/exchange/worker.ts built on its own). Without it the
   * workspace cannot be exported or imported; single assessments can.
   */
  exchangeWorker?: string;
  /** Where failures nobody waits for (an automatic backup) are reported; console.error by default. */
  log?: (message: string, error: unknown) => void;
}

export type { DataProblemState };

/** What stopped the app from opening the data; the database file is left exactly as it was found. */
export interface DataProblem {
  state: DataProblemState;
  message: string;
  /** The findings behind the message: file names, sizes, what SQLite reported. */
  details: string[];
}

export type ServicesHealth = { state: 'ok' } | DataProblem;

export interface AssessmentStore {
  list(): AssessmentSummary[];
  /** The current titles of those of these assessments that exist, by id. */
  titles(ids: readonly string[]): Record<string, string>;
  get(id: string): Assessment;
  create(title: string): Assessment;
  /** Stores the whole document; returns the new `updatedAt` and the derived summary. */
  save(assessment: Assessment): { updatedAt: string; summary: AssessmentSummary };
  duplicate(id: string): Assessment;
  /** A new draft from a template's document (see shared/templates/template.ts), recorded as created from it. */
  createFromTemplate(template: { id: string; name: string; document: Assessment }, title: string): Assessment;
  delete(id: string): { id: string };
  /**
   * Imports an untrusted `.dtia.json` text; when its id is taken, it is kept beside the stored one (new id, title
   * "(2)"). For callers that cannot ask (the command line, tests). Writes nothing on error.
   */
  importText(fileName: string, content: string): Assessment;
  /**
   * Imports an untrusted `.dtia.json` text and tells whether an older file version was migrated. When its id is
   * taken, `choice` decides: keep both, or replace the stored one as an edit would; without a choice IMPORT_CONFLICT.
   * Writes nothing on error.
   */
  importFile(fileName: string, content: string, choice?: ConflictChoice): ImportedAssessment;
  exportJson(id: string): { fileName: string; content: string };
  /** As `importFile`, for the assessment embedded in a report PDF; NO_EMBEDDED_ASSESSMENT when there is none. */
  importPdf(fileName: string, pdf: Buffer, choice?: ConflictChoice): ImportedAssessment;
  /** What an import would do, without writing: the file's assessment and the stored one its id collides with. */
  previewImport(source: { kind: 'file'; content: string } | { kind: 'pdf'; pdf: Buffer }): ImportPreview;
}

export interface ImportedAssessment {
  assessment: Assessment;
  migratedFromVersion: number | null;
  /** The stored assessment of the same id was replaced. */
  replaced: boolean;
}

export interface ImportPreview {
  assessment: { id: string; title: string };
  migratedFromVersion: number | null;
  /** The stored assessment of the same id, if any (at most one). */
  conflicts: ImportConflict[];
}

/** The portfolio of every assessment: search, filters, order, pages, counts and the user's saved views. */
export interface PortfolioService {
  /** `today` (YYYY-MM-DD) decides which reviews are overdue or soon due; the clock's day unless given. */
  query(query: PortfolioQuery, today?: string): PortfolioPage;
  /** Every row the query matches, in its order: the query's page (offset, limit) is ignored and no counts are made. */
  allRows(query: PortfolioQuery, today?: string): PortfolioRow[];
  listViews(): SavedView[];
  /** Adds a view, or replaces the name and query of the view with `id`. */
  saveView(view: { id?: string | undefined; name: string; query: PortfolioQuery }): SavedView;
  deleteView(id: string): { id: string };
}

/**
 * The vendors (importers) as records of their own. Every save links an assessment to the vendor its importer is named
 * after (names compared without case and diacritics), creating the vendor when there is none, unless the user chose
 * its vendor by hand.
 */
export interface VendorService {
  /** By name, with the number of assessments linked to each. */
  list(): VendorListItem[];
  get(id: string): VendorDetail;
  /** VENDOR_NAME_TAKEN when the name already leads to another vendor. */
  create(fields: VendorFields): Vendor;
  /** A vendor keeps its earlier names: assessments whose importer still carries one stay linked to it. */
  update(id: string, fields: VendorFields): Vendor;
  /** Moves the assessments and names of `sourceId` to `targetId`, fills the target's empty fields and removes the source. */
  merge(sourceId: string, targetId: string): Vendor;
  /** VENDOR_IN_USE while assessments are linked, unless `unlink`: they then have no vendor until the user links one. */
  delete(id: string, options: { unlink: boolean }): { id: string; unlinked: number };
  /** Links an assessment to a vendor by hand; null lets the importer's name decide again. */
  linkAssessment(assessmentId: string, vendorId: string | null): { assessmentId: string; vendorId: string | null; linkedBy: VendorLink };
  /** The vendor the assessment is linked to, or null. */
  vendorOf(assessmentId: string): string | null;
}

/**
 * Vendor profiles read from the vendors' own documents. A document's text is extracted on this computer and kept with
 * its SHA-256; the facts found in it wait for the user's decision, and only accepted ones make up the profile. Every
 * change is one transaction with its audit entry.
 */
export interface VendorDocumentService {
  /**
   * Reads the document, stores it with its facts, all pending. With no vendorId the vendor is the one the document
   * names (VENDOR_NOT_NAMED when it names none), created when there is none. The same text imported again for the same
   * vendor returns the document already stored, with the decisions made on it.
   */
  importDocument(vendorId: string | null, source: DocumentSource): Promise<VendorDocumentDetail>;
  getDocument(id: string): VendorDocumentDetail;
  deleteDocument(id: string): { id: string };
  /** Accepts or rejects facts of one document, with the user's own wording if given; pending restores the suggestion. */
  decideFacts(documentId: string, decisions: readonly FactDecisionRequest[]): VendorDocumentDetail;
  getProfile(vendorId: string): VendorProfile;
  saveProfile(vendorId: string, fields: VendorProfileFields): VendorProfile;
  /** The sample vendors built from the documents in resources/samples; a vendor of the same name already here is kept. */
  addSamples(): Promise<{ added: string[]; kept: string[] }>;
}

/** Assessments kept as starting points for new ones, without what was decided or dated for the one they came from. */
export interface TemplateService {
  list(): TemplateInfo[];
  /** Keeps the stored assessment (save it first) as a template. */
  saveAsTemplate(assessmentId: string, name: string, description: string): TemplateInfo;
  delete(id: string): { id: string };
  /** A new draft assessment with the template's contents and the given title. */
  createFromTemplate(templateId: string, title: string): Assessment;
}

/** The portfolio as a CSV file: every row a portfolio query matches (all pages), in its order. */
export interface PortfolioCsvService {
  export(query: PortfolioQuery, language: CsvLanguage, today?: string): { fileName: string; content: string; rows: number };
}

/**
 * The status workflow of the stored assessments: draft → in review → approved, superseded by the next approved
 * revision, archived. Each change is one transaction with its audit entry; each refusal says why.
 */
export interface LifecycleService {
  status(id: string): LifecycleStatus;
  /** Only a complete draft: ASSESSMENT_INCOMPLETE names the open questions, INVALID_TRANSITION any other state. */
  submitForReview(id: string): LifecycleStatus;
  returnToDraft(id: string, note: string): LifecycleStatus;
  /** Freezes the reviewed revision as approved; the revision approved before, if any, is superseded. */
  approve(id: string, approval: Approval): LifecycleStatus;
  archive(id: string): LifecycleStatus;
  /** Back to the approved revision when the working one is approved, else to draft. */
  unarchive(id: string): LifecycleStatus;
  /** The kept versions, newest first. */
  history(id: string): AssessmentHistory;
  diff(id: string, versions: { from: VersionRef | 'current'; to: VersionRef | 'current' }): { changes: Change[] };
  /** Records a signed report by its file hash, against the revision it was made from. */
  recordExportedReport(report: Omit<ExportedReport, 'exportedAt'>): ExportedReport;
  findReport(fileSha256: string): ExportedReport | null;
  /** The version a report file belongs to, by its file hash or else the content hash printed on its cover. */
  matchReport(fileSha256: string, coverHash: string | null): { assessmentId: string; revision: number } | null;
}

/** A signing identity opened for one signing: the key lives in memory only, as a node:crypto KeyObject. */
export interface UnlockedIdentity {
  info: SigningIdentityInfo;
  privateKey: KeyObject;
  /** The signer's certificate, DER. */
  certificate: Buffer;
  /** Further certificates of the chain (issuers), DER, nearest first; empty for a self-signed certificate. */
  chain: Buffer[];
}

export interface IdentityService {
  list(): SigningIdentityInfo[];
  create(params: { name: string; email: string; organisation: string; algorithm: SigningAlgorithm; passphrase: string }): SigningIdentityInfo;
  /** Imports a .p12/.pfx (RSA or ECDSA key); the key is stored encrypted under the same passphrase. */
  importP12(p12: Buffer, passphrase: string): SigningIdentityInfo;
  remove(identityId: string): { identityId: string };
  exportCertificate(identityId: string, format: 'pem' | 'der'): { fileName: string; content: Buffer };
  /** Throws WRONG_PASSPHRASE or NO_SIGNING_IDENTITY. */
  unlock(identityId: string, passphrase: string): UnlockedIdentity;
}

export interface TrustService {
  list(): TrustedCertificate[];
  /** A PEM or DER certificate; INVALID_CERTIFICATE when it is neither. Adding one already there returns it unchanged. */
  add(fileName: string, content: Buffer): TrustedCertificate;
  remove(certificateSha256: string): { certificateSha256: string };
  /** SHA-256 fingerprints (lower-case hex) of every trusted certificate. */
  fingerprints(): ReadonlySet<string>;
}

export interface SettingsService {
  app(): AppSettings;
  saveApp(settings: AppSettings): AppSettings;
  profile(): ProfileFields;
  saveProfile(profile: ProfileFields): ProfileFields;
  signing(): SigningSettings;
  saveSigning(settings: SigningSettings): SigningSettings;
}

export interface ReportOptions {
  language: ReportLanguage;
  /** Marking for the running header, e.g. "Confidential"; empty for none. */
  confidentiality: string;
  appearance: SignatureAppearance;
}

export interface SignedReport {
  fileName: string;
  pdf: Buffer;
  contentHash: string;
  fileSha256: string;
}

export interface ReportService {
  /** Renders and signs (as assessor) the report of a stored assessment with a stored identity. */
  exportSigned(request: { assessmentId: string; identityId: string; passphrase: string } & ReportOptions): Promise<SignedReport>;
  /** Renders and signs any assessment with the given identity (the CLI uses this with files and throwaway identities). */
  renderAndSign(assessment: Assessment, identity: UnlockedIdentity, options: ReportOptions): Promise<SignedReport>;
  /** The unsigned PDF. */
  render(assessment: Assessment, options: Omit<ReportOptions, 'appearance'>): Promise<Buffer>;
  /** Adds the approver's signature in an incremental update; the earlier signature stays valid. */
  countersign(pdf: Buffer, identity: UnlockedIdentity, appearance: SignatureAppearance): Promise<{ pdf: Buffer; fileSha256: string }>;
  countersignStored(request: { pdf: Buffer; identityId: string; passphrase: string; appearance: SignatureAppearance }): Promise<{ pdf: Buffer; fileSha256: string }>;
  verify(pdf: Buffer): VerificationResult;
}

/** The backups of the data folder, as the app offers them. */
export interface BackupsService {
  /** Whether this instance may restore: it holds the data folder's lock, even when the database cannot be used. */
  canRestore(): boolean;
  /** The backups, newest first; also while the database cannot be used. Refused only when the folder itself is not this instance's. */
  list(): BackupInfo[];
  /** A backup made now, at the user's request ('manual') or before an import changes stored assessments. */
  create(reason?: 'manual' | 'before-import'): Promise<BackupInfo>;
  /**
   * Waits for running backups, closes the database, puts the backup in its place (the state before is backed up, or
   * moved aside when damaged) and opens the folder again. Every service keeps working, on the restored data.
   */
  restore(id: string): Promise<RestoreOutcome>;
  /** The last automatic backup that failed, until one succeeds again. */
  automaticFailure(): AutomaticBackupFailure | null;
  /** Resolves once no backup is being written, the start backup included. */
  whenIdle(): Promise<void>;
}

export interface Services {
  dataDir: string;
  appVersion: string;
  assessments: AssessmentStore;
  portfolio: PortfolioService;
  portfolioCsv: PortfolioCsvService;
  vendors: VendorService;
  vendorDocuments: VendorDocumentService;
  templates: TemplateService;
  /** The hash-chained audit log of every change. */
  audit: AuditLog;
  /** Status workflow, kept versions and their differences, exported reports. */
  lifecycle: LifecycleService;
  /** English unless another language is asked for. */
  lawLibrary(language?: ReportLanguage): LawLibrary;
  identity: IdentityService;
  trust: TrustService;
  settings: SettingsService;
  reports: ReportService;
  backups: BackupsService;
  /** Export and import of single assessments and of the whole workspace; the workspace's run as jobs in a worker. */
  exchange: ExchangeService;
  /**
   * Whether the data folder could be opened. When it could not, every assessment, trust and settings operation throws
   * DATABASE_UNAVAILABLE with this message and the database file is never touched; identities keep working. A
   * restore changes it.
   */
  health(): ServicesHealth;
  /** Stops the automatic backups, closes the database and gives up the data folder's lock. */
  close(): void;
}
