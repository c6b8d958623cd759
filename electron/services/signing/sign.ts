import type { PdfSignatureOptions } from './signing-types';
import { createCadesSignature } from './cades/create';
import { insertSignature, prepareSignature } from './pdf/signature-update';

/**
 * Room for the CMS in /Contents: the signed attributes, the signature value and the certificates, with a margin,
 * and an RFC 3161 token (itself a signed CMS carrying the authority's certificates) when a timestamp is requested.
 */
function estimatedCapacity({ identity, timestampUrl }: PdfSignatureOptions): number {
  const certificates = identity.certificate.length + identity.chain.reduce((sum, certificate) => sum + certificate.length, 0);
  return Math.max(8192, 4096 + certificates + (timestampUrl ? 12288 : 0));
}

/**
 * Signs a PDF (PAdES B-B, or B-T with a timestamp) in an incremental update appended to it; earlier signatures stay
 * valid. Throws UNSUPPORTED_PDF for PDFs that cannot be updated this way (cross-reference streams, encryption).
 */
export async function signPdf(pdf: Buffer, options: PdfSignatureOptions): Promise<Buffer> {
  let prepared = prepareSignature(pdf, options, estimatedCapacity(options));
  const sign = () => createCadesSignature({ signedParts: prepared.signedParts, identity: options.identity, timestampUrl: options.timestampUrl });
  let der = await sign();
  if (der.length > prepared.capacity) {
    // Larger than estimated (a long chain, a large timestamp token): lay the update out again with room to spare.
    prepared = prepareSignature(pdf, options, der.length + 4096);
    der = await sign();
  }
  return insertSignature(prepared, der);
}
