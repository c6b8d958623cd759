import type { Assessment, AssessmentSummary } from '../../shared/domain/assessment';
import type { LawLibrary } from '../../shared/domain/law-library';
import type { KeyObject } from 'node:crypto';
import type {
  AppSettings,
  ReportLanguage,
  SignatureAppearance,
  SigningAlgorithm,
  SigningIdentityInfo,
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
}

/** Why the data folder cannot be worked on. */
export type DataProblemState = 'damaged' | 'newer' | 'locked' | 'unreadable';

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
  get(id: string): Assessment;
  create(title: string): Assessment;
  /** Stores the whole document; returns the new `updatedAt` and the derived summary. */
  save(assessment: Assessment): { updatedAt: string; summary: AssessmentSummary };
  duplicate(id: string): Assessment;
  delete(id: string): { id: string };
  /** Imports an untrusted `.dtia.json` text as a new assessment (new id if the id is taken). Writes nothing on error. */
  importText(fileName: string, content: string): Assessment;
  /** As `importText`, and tells whether an older file version was migrated, so the caller can say so. */
  importFile(fileName: string, content: string): { assessment: Assessment; migratedFromVersion: number | null };
  exportJson(id: string): { fileName: string; content: string };
  /** Imports the assessment embedded in a report PDF as a new assessment; NO_EMBEDDED_ASSESSMENT when there is none. */
  importPdf(fileName: string, pdf: Buffer): { assessment: Assessment; migratedFromVersion: number | null };
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

export interface Services {
  dataDir: string;
  appVersion: string;
  assessments: AssessmentStore;
  /** English unless another language is asked for. */
  lawLibrary(language?: ReportLanguage): LawLibrary;
  identity: IdentityService;
  trust: TrustService;
  settings: SettingsService;
  reports: ReportService;
  /**
   * Whether the data folder could be opened. When it could not, every assessment, trust and settings operation throws
   * DATABASE_UNAVAILABLE with this message and the database file is never touched; identities keep working.
   */
  health(): ServicesHealth;
  /** Closes the database and gives up the data folder's lock. */
  close(): void;
}
