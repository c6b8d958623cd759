import { createHash, randomBytes } from 'node:crypto';
import { AppFailure } from '../../../../shared/domain/result';
import { readTimestampResponse, timestampRequest } from './timestamp-protocol';
import { checkTimestampToken } from './timestamp-token';

/** Asks an RFC 3161 time-stamping authority over HTTP to time a signature value, and checks what it answers. */

const TIMEOUT_MS = 10_000;
/** A timestamp response is a few kilobytes; anything far larger is not one. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

function failure(url: string, what: string): AppFailure {
  return new AppFailure('TIMESTAMP_FAILED', `The time-stamping authority at ${url} ${what}`);
}

async function post(url: string, body: Buffer): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') throw failure(url, `did not answer within ${TIMEOUT_MS / 1000} seconds.`);
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    throw failure(url, `could not be reached (${cause?.code ?? cause?.message ?? (error as Error)?.message ?? 'network error'}).`);
  }
  if (!response.ok) throw failure(url, `answered with HTTP status ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  const answer = Buffer.from(await response.arrayBuffer());
  if (answer.length > MAX_RESPONSE_BYTES) throw failure(url, 'sent an answer too large to be a timestamp.');
  return answer;
}

/** The timestamp token (DER ContentInfo) for `signatureValue`; throws TIMESTAMP_FAILED naming the URL on any failure. */
export async function requestTimestamp(url: string, signatureValue: Buffer): Promise<Buffer> {
  const nonce = randomBytes(8);
  // A positive number whose first byte is not zero: its INTEGER content is exactly these 8 bytes, as the TSA echoes them.
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  const imprint = createHash('sha256').update(signatureValue).digest();
  const answer = await post(url, timestampRequest(imprint, nonce));

  let token: Buffer;
  try {
    const response = readTimestampResponse(answer);
    if (!response.granted) throw failure(url, `refused the request (${response.statusText}).`);
    if (!response.token) throw failure(url, 'granted the request but sent no timestamp token.');
    token = response.token;
    const check = checkTimestampToken(token, signatureValue);
    if (!check.nonce || !check.nonce.equals(nonce)) throw failure(url, 'answered with a timestamp for another request (the nonce differs).');
    if (!check.imprintMatches) throw failure(url, 'answered with a timestamp for other data (the imprint differs).');
    if (!check.valid) throw failure(url, `sent a timestamp that does not check out: ${check.problems.join(' ')}`);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw failure(url, `sent an answer that is not a valid timestamp response (${(error as Error)?.message ?? String(error)}).`);
  }
  return token;
}
