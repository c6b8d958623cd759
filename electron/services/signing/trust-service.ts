import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import type { TrustedCertificate } from '../../../shared/ipc/contract';
import type { TrustService } from '../types';
import { certificateFromFile } from './certificate';

/**
 * The certificates the user has said to trust, e.g. a colleague's exported certificate. A signature made with one of
 * them is reported as "signed by a certificate you trust"; the list is matched by SHA-256 fingerprint.
 */

interface TrustedRow {
  certificate_sha256: string;
  name: string;
  email: string;
  organisation: string;
  valid_from: string;
  valid_to: string;
  added_at: string;
}

const COLUMNS = 'certificate_sha256, name, email, organisation, valid_from, valid_to, added_at';

function fromRow(row: TrustedRow): TrustedCertificate {
  return {
    certificateSha256: row.certificate_sha256,
    name: row.name,
    email: row.email,
    organisation: row.organisation,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    addedAt: row.added_at,
  };
}

export function createTrustService(db: Database.Database, deps: { now: () => Date }): TrustService {
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM trusted_certificates ORDER BY name COLLATE NOCASE, added_at`);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM trusted_certificates WHERE certificate_sha256 = ?`);
  const selectFingerprints = db.prepare('SELECT certificate_sha256 FROM trusted_certificates').pluck();
  const insert = db.prepare(
    `INSERT INTO trusted_certificates (${COLUMNS}, certificate) VALUES (@certificate_sha256, @name, @email, @organisation, @valid_from, @valid_to, @added_at, @certificate)`,
  );
  const deleteOne = db.prepare('DELETE FROM trusted_certificates WHERE certificate_sha256 = ?');

  const existing = (fingerprint: string) => selectOne.get(fingerprint) as TrustedRow | undefined;

  return {
    list: () => (selectAll.all() as TrustedRow[]).map(fromRow),
    add(fileName, content) {
      const certificate = certificateFromFile(fileName, content);
      const add = db.transaction(() => {
        const known = existing(certificate.sha256);
        if (known) return known;
        const row: TrustedRow = {
          certificate_sha256: certificate.sha256,
          name: certificate.subject.name,
          email: certificate.subject.email,
          organisation: certificate.subject.organisation,
          valid_from: certificate.notBefore.toISOString(),
          valid_to: certificate.notAfter.toISOString(),
          added_at: deps.now().toISOString(),
        };
        insert.run({ ...row, certificate: certificate.der });
        return row;
      });
      return fromRow(add.immediate());
    },
    remove(certificateSha256) {
      if (deleteOne.run(certificateSha256).changes === 0) {
        throw new AppFailure('NOT_FOUND', 'This certificate is not in your list of trusted certificates.');
      }
      return { certificateSha256 };
    },
    fingerprints: () => new Set(selectFingerprints.all() as string[]),
  };
}
