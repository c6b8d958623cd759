import type { VerificationResult } from '../../../../shared/ipc/contract';

export type Verdict = 'valid' | 'changed' | 'invalid';

/**
 * Valid only when every signature holds and nothing but signatures followed any of them. Signatures that hold for
 * what they signed, in a file changed afterwards, are "changed": what the reader sees may not be what was signed.
 */
export function verdictOf(result: VerificationResult): Verdict {
  if (result.signatures.length === 0 || result.signatures.some((signature) => !signature.valid)) return 'invalid';
  if (result.changedAfterLastSignature || result.signatures.some((signature) => signature.laterChanges === 'other')) return 'changed';
  return result.valid ? 'valid' : 'invalid';
}
