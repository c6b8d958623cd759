import { AppFailure } from '../../../shared/domain/result';
import { NotACertificateError, readCertificate, type Certificate } from './x509/certificate';

/** Certificates as files: PEM for export, PEM or DER for import. Works for certificates of any key type. */

export function certificateToPem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

const PEM_BLOCK = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/;

/**
 * A certificate file as users have them: PEM (the first certificate in it) or DER. INVALID_CERTIFICATE for anything
 * else, including PEM files that hold only keys.
 */
export function certificateFromFile(fileName: string, content: Buffer): Certificate {
  const pem = PEM_BLOCK.exec(content.toString('latin1'));
  const der = pem ? Buffer.from((pem[1] ?? '').replace(/\s+/g, ''), 'base64') : content;
  try {
    return readCertificate(der);
  } catch (error) {
    if (!(error instanceof NotACertificateError)) throw error;
    throw new AppFailure('INVALID_CERTIFICATE', `“${fileName}” is not an X.509 certificate in PEM or DER form.`, [error.message]);
  }
}
