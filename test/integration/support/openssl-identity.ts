import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash, createPrivateKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnlockedIdentity } from '../../../electron/services/types';

/**
 * Signing identities made by the `openssl` command line tool, independently of the application's own key and
 * certificate code: RSA 3072 or ECDSA P-256 keys, self-signed or issued by a test CA, UTF-8 subject names.
 */

export type KeyKind = 'rsa-3072' | 'ecdsa-p256' | 'ecdsa-p384';

const KEY_OPTIONS: Record<KeyKind, string[]> = {
  'rsa-3072': ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072'],
  'ecdsa-p256': ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'],
  'ecdsa-p384': ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
};
const KEY_NAMES: Record<KeyKind, string> = { 'rsa-3072': 'RSA 3072', 'ecdsa-p256': 'ECDSA P-256', 'ecdsa-p384': 'ECDSA P-384' };

export interface Subject {
  name: string;
  email: string;
  organisation: string;
}

/** Signers whose names reach beyond Latin-1, as reports in Poland and Germany carry them. */
export const POLISH_SIGNER: Subject = { name: 'Łukasz Żółć', email: 'lukasz.zolc@example.pl', organisation: 'Łódź Data Sp. z o.o.' };
export const GERMAN_SIGNER: Subject = { name: 'Jürgen Groß', email: 'juergen.gross@example.de', organisation: 'Müller & Söhne GmbH' };

export interface IdentityOptions {
  algorithm: KeyKind;
  subject: Subject;
  /** Issued by this identity; self-signed without. */
  issuer?: OpensslIdentity;
  /** A certificate authority (basicConstraints CA:TRUE, keyCertSign). */
  authority?: boolean;
  /** Serial number, hex. */
  serial?: string;
  /** Reuse the key of another identity instead of generating one. */
  keyOf?: OpensslIdentity;
  /** e.g. "critical,timeStamping". */
  extendedKeyUsage?: string;
}

export interface OpensslIdentity extends UnlockedIdentity {
  keyFile: string;
  certificateFile: string;
  certificateDerFile: string;
}

export function openssl(args: string[], input?: Buffer): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** What openssl prints, as text; a failing run throws with what it said. */
export function opensslText(...args: string[]): string {
  return openssl(args).toString('utf8');
}

/** OpenSSL's SHA-256 fingerprint of a certificate file, in the app's form (lower-case hex without colons). */
export function opensslFingerprint(certificatePath: string, inform: 'DER' | 'PEM' = 'PEM'): string {
  const text = opensslText('x509', '-inform', inform, '-in', certificatePath, '-noout', '-fingerprint', '-sha256');
  return (/Fingerprint=([0-9A-F:]+)/i.exec(text)?.[1] ?? '').replace(/:/g, '').toLowerCase();
}

/** An -subj argument; values may hold any UTF-8 text (with -utf8), "/" and "+" escaped. */
function subjectArgument(subject: Subject): string {
  const escape = (value: string) => value.replace(/[\\/+]/g, (character) => `\\${character}`);
  return `/CN=${escape(subject.name)}/O=${escape(subject.organisation)}/emailAddress=${escape(subject.email)}`;
}

function configuration(options: IdentityOptions): string {
  const extensions = options.authority
    ? ['basicConstraints = critical,CA:TRUE', 'keyUsage = critical,keyCertSign,cRLSign,digitalSignature']
    : ['basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature,nonRepudiation', `subjectAltName = email:${options.subject.email}`];
  if (options.extendedKeyUsage) extensions.push(`extendedKeyUsage = ${options.extendedKeyUsage}`);
  extensions.push('subjectKeyIdentifier = hash');
  if (options.issuer) extensions.push('authorityKeyIdentifier = keyid:always');
  return ['[req]', 'distinguished_name = dn', 'string_mask = utf8only', 'utf8 = yes', '[dn]', '[v3]', ...extensions, ''].join('\n');
}

export function createOpensslIdentity(dir: string, label: string, options: IdentityOptions): OpensslIdentity {
  const file = (suffix: string) => join(dir, `${label}.${suffix}`);
  const keyFile = options.keyOf?.keyFile ?? file('key.pem');
  if (!options.keyOf) openssl(['genpkey', ...KEY_OPTIONS[options.algorithm], '-out', keyFile]);
  writeFileSync(file('cnf'), configuration(options));
  const serial = `0x${options.serial ?? createHash('sha256').update(label).digest('hex').slice(0, 16)}`;
  const certificateFile = file('cert.pem');
  const common = ['-days', '730', '-sha256', '-set_serial', serial];
  if (options.issuer) {
    openssl(['req', '-new', '-utf8', '-key', keyFile, '-subj', subjectArgument(options.subject), '-config', file('cnf'), '-out', file('csr')]);
    openssl(['x509', '-req', '-in', file('csr'), '-CA', options.issuer.certificateFile, '-CAkey', options.issuer.keyFile, ...common, '-extfile', file('cnf'), '-extensions', 'v3', '-out', certificateFile]);
  } else {
    openssl(['req', '-new', '-x509', '-utf8', '-key', keyFile, '-subj', subjectArgument(options.subject), '-config', file('cnf'), '-extensions', 'v3', ...common, '-out', certificateFile]);
  }
  const certificateDerFile = file('cert.der');
  openssl(['x509', '-in', certificateFile, '-outform', 'DER', '-out', certificateDerFile]);
  const certificate = readFileSync(certificateDerFile);
  const x509 = new X509Certificate(certificate);
  return {
    keyFile,
    certificateFile,
    certificateDerFile,
    privateKey: createPrivateKey(readFileSync(keyFile)),
    certificate,
    chain: options.issuer ? [options.issuer.certificate, ...options.issuer.chain] : [],
    info: {
      id: label,
      name: options.subject.name,
      email: options.subject.email,
      organisation: options.subject.organisation,
      keyAlgorithm: KEY_NAMES[options.algorithm],
      certificateSha256: createHash('sha256').update(certificate).digest('hex'),
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: new Date(x509.validTo).toISOString(),
      selfSigned: !options.issuer,
      protection: 'passphrase',
      createdAt: new Date().toISOString(),
    },
  };
}
