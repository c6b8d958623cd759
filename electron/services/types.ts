import type { Assessment, AssessmentSummary } from '../../shared/domain/assessment';
import type { LawLibrary } from '../../shared/domain/law-library';
import type { SigningIdentityInfo, VerificationResult } from '../../shared/ipc/contract';

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
}

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
}

/** A PKCS#12 bundle and the passphrase that opens it, held in memory only for one signing. */
export interface UnlockedIdentity {
  p12: Buffer;
  passphrase: string;
  info: SigningIdentityInfo;
}

export interface IdentityService {
  info(): SigningIdentityInfo | null;
  create(params: { name: string; email: string; organisation: string; passphrase: string }): SigningIdentityInfo;
  importP12(p12: Buffer, passphrase: string): SigningIdentityInfo;
  /** Throws WRONG_PASSPHRASE or NO_SIGNING_IDENTITY. */
  unlock(passphrase: string): UnlockedIdentity;
}

export interface SignedReport {
  fileName: string;
  pdf: Buffer;
  contentHash: string;
  fileSha256: string;
}

export interface ReportService {
  /** Renders and signs the report of a stored assessment with the stored identity. */
  exportSigned(assessmentId: string, passphrase: string): Promise<SignedReport>;
  /** Renders and signs any assessment with the given identity (the CLI uses this with files and throwaway identities). */
  renderAndSign(assessment: Assessment, identity: UnlockedIdentity): Promise<SignedReport>;
  verify(pdf: Buffer): VerificationResult;
}

export interface Services {
  dataDir: string;
  appVersion: string;
  assessments: AssessmentStore;
  lawLibrary(): LawLibrary;
  identity: IdentityService;
  reports: ReportService;
  close(): void;
}
