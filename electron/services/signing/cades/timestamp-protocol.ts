import { TAG, childrenOf, expectTag, readElement, smallInteger, stringOf } from '../asn1/der';
import { booleanElement, integer, nullElement, octetString, oid, sequence } from '../asn1/der-write';
import { OID } from '../asn1/oids';

/** The RFC 3161 messages: TimeStampReq (what is sent) and TimeStampResp (what comes back). */

/** TimeStampReq ::= SEQUENCE { version v1, messageImprint, reqPolicy OPTIONAL, nonce, certReq } for a SHA-256 imprint. */
export function timestampRequest(sha256: Buffer, nonce: Buffer): Buffer {
  // The NULL parameters are what long-standing TSA implementations send and expect for SHA-2 imprints.
  const messageImprint = sequence(sequence(oid(OID.sha256), nullElement()), octetString(sha256));
  return sequence(integer(1), messageImprint, integer(nonce), booleanElement(true));
}

const STATUS = ['granted', 'granted with modifications', 'rejection', 'waiting', 'revocation warning', 'revocation notification'];

/** PKIFailureInfo bit numbers (RFC 3161, 2.4.2). */
const FAILURES: Record<number, string> = {
  0: 'unrecognized or unsupported algorithm',
  2: 'transaction not permitted or supported',
  5: 'the data submitted has the wrong format',
  14: 'the TSA’s time source is not available',
  15: 'the requested TSA policy is not supported',
  16: 'the requested extension is not supported',
  17: 'the additional information requested could not be understood or is not available',
  25: 'the request cannot be handled due to system failure',
};

export interface TimestampResponse {
  /** True for "granted" and "granted with modifications". */
  granted: boolean;
  /** The status, the TSA's status text and failure reasons, as one sentence part. */
  statusText: string;
  /** The TimeStampToken (a CMS ContentInfo), whole; null when the response has none. */
  token: Buffer | null;
}

function failureReasons(bits: Buffer): string[] {
  const reasons: string[] = [];
  for (const [bit, reason] of Object.entries(FAILURES)) {
    const index = Number(bit);
    const byte = bits[1 + (index >> 3)];
    if (byte !== undefined && (byte & (0x80 >> (index & 7))) !== 0) reasons.push(reason);
  }
  return reasons;
}

/** TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken OPTIONAL }; throws DerError on a malformed response. */
export function readTimestampResponse(der: Buffer): TimestampResponse {
  const [statusInfo, token] = childrenOf(expectTag(readElement(der), TAG.SEQUENCE, 'the timestamp response'));
  const [status, ...rest] = childrenOf(expectTag(statusInfo, TAG.SEQUENCE, 'the timestamp response status'));
  const code = smallInteger(status);
  const texts = rest.filter((element) => element.tag === TAG.SEQUENCE).flatMap((element) => childrenOf(element).map(stringOf));
  const failInfo = rest.find((element) => element.tag === TAG.BIT_STRING);
  const details = [...texts.filter((text): text is string => !!text), ...(failInfo ? failureReasons(failInfo.content) : [])];
  const name = code !== null && code < STATUS.length ? STATUS[code]! : `unknown status ${code ?? '?'}`;
  return {
    granted: code === 0 || code === 1,
    statusText: details.length > 0 ? `${name}: ${details.join('; ')}` : name,
    token: token?.tag === TAG.SEQUENCE ? token.raw : null,
  };
}
