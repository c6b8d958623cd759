import type { SignerRole, SignatureAppearance } from '../../../shared/ipc/contract';
import type { UnlockedIdentity } from '../types';

/**
 * The seam between the PDF side of signing (signing/pdf: incremental updates, byte ranges, appearance) and the CMS
 * side (signing/cades: CAdES SignedData, RFC 3161 timestamps, checking).
 */

export interface CadesRequest {
  /** The bytes the signature covers (the PDF's two byte ranges), in order. */
  signedParts: Buffer[];
  identity: UnlockedIdentity;
  /** RFC 3161 time-stamping authority; null signs without a timestamp. */
  timestampUrl: string | null;
}

export interface TimestampCheck {
  /** ISO time from the timestamp token. */
  time: string;
  /** The TSA's name (its certificate's subject CN or O), when the token carries it. */
  authority: string | null;
  /** The token's imprint matches the signature value and the token's own signature verifies. */
  valid: boolean;
}

export interface CmsCheck {
  digestMatches: boolean;
  signatureVerifies: boolean;
  /** ESS signing-certificate-v2 (or v1) names the certificate that signed; null when the attribute is absent. */
  signingCertificateMatches: boolean | null;
  signer: { name: string; email: string; organisation: string } | null;
  certificateSha256: string | null;
  selfSigned: boolean;
  /** DER of the signer's certificate, for the trust decision. */
  certificate: Buffer | null;
  /** The signing-time attribute, when present (adbe.pkcs7.detached signatures carry one; PAdES ones must not). */
  signedAt: string | null;
  timestamp: TimestampCheck | null;
  problems: string[];
}

/** What the PDF side needs to place one signature. */
export interface PdfSignatureOptions {
  identity: UnlockedIdentity;
  role: SignerRole;
  appearance: SignatureAppearance;
  signingTime: Date;
  /** /Reason of the signature dictionary, in the report's language. */
  reason: string;
  timestampUrl: string | null;
  /** The words of the visible signature block, in the report's language. */
  labels: SignatureBlockLabels;
}

export interface SignatureBlockLabels {
  /** "Digitally signed by" */
  signedBy: string;
  /** The signer's role as worded for the block: "Assessor" or "Approver". */
  role: string;
  roleLabel: string;
  organisationLabel: string;
  dateLabel: string;
  reasonLabel: string;
  /** The date and time as the block prints it. */
  date: string;
}
