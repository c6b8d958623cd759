import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createOpensslIdentity, type OpensslIdentity } from './openssl-identity';

/**
 * An RFC 3161 time-stamping authority on the loopback interface. `openssl ts -reply` makes every answer, so the
 * timestamps the tests receive come from an implementation independent of the application's.
 */

const run = promisify(execFile);

/**
 * grant: a granted response. reject: OpenSSL refuses, because this TSA accepts only SHA-512 imprints.
 * http-500: an HTTP error. other-request: a granted response to a different request (other imprint and nonce).
 */
export type TsaMode = 'grant' | 'reject' | 'http-500' | 'other-request';

export interface TestTsa {
  url: string;
  mode: TsaMode;
  /** The root CA that issued the TSA certificate, PEM file. */
  rootFile: string;
  authorityName: string;
  /** What each request carried, in order. */
  requests: { contentType: string | undefined; body: Buffer }[];
  /** The TimeStampResp bytes sent for each request. */
  responses: Buffer[];
  close(): Promise<void>;
}

function tsaConfiguration(dir: string, tsa: OpensslIdentity, digests: string): string {
  return [
    '[tsa]',
    'default_tsa = tsa_config',
    '[tsa_config]',
    `serial = ${join(dir, 'tsa-serial')}`,
    'crypto_device = builtin',
    `signer_cert = ${tsa.certificateFile}`,
    `signer_key = ${tsa.keyFile}`,
    'signer_digest = sha256',
    // The policy OID of OpenSSL's own example configuration.
    'default_policy = 1.2.3.4.1',
    `digests = ${digests}`,
    'accuracy = secs:1',
    'ordering = no',
    'tsa_name = yes',
    'ess_cert_id_chain = no',
    'ess_cert_id_alg = sha256',
    '',
  ].join('\n');
}

export async function startTestTsa(dir: string): Promise<TestTsa> {
  const root = createOpensslIdentity(dir, 'tsa-root', {
    algorithm: 'ecdsa-p256',
    authority: true,
    subject: { name: 'Prüfzeit Wurzel-CA', email: 'root@pruefzeit.example', organisation: 'Prüfzeit GmbH' },
  });
  const authorityName = 'Zeitstempeldienst Prüfzeit';
  const tsa = createOpensslIdentity(dir, 'tsa', {
    algorithm: 'ecdsa-p256',
    issuer: root,
    extendedKeyUsage: 'critical,timeStamping',
    subject: { name: authorityName, email: 'tsa@pruefzeit.example', organisation: 'Prüfzeit GmbH' },
  });
  writeFileSync(join(dir, 'tsa-serial'), '01\n');
  const grantConfig = join(dir, 'tsa-grant.cnf');
  const rejectConfig = join(dir, 'tsa-reject.cnf');
  writeFileSync(grantConfig, tsaConfiguration(dir, tsa, 'sha256, sha384, sha512'));
  writeFileSync(rejectConfig, tsaConfiguration(dir, tsa, 'sha512'));

  let counter = 0;
  async function reply(query: Buffer, mode: TsaMode): Promise<Buffer> {
    counter += 1;
    const queryFile = join(dir, `query-${counter}.tsq`);
    const replyFile = join(dir, `reply-${counter}.tsr`);
    if (mode === 'other-request') {
      const dataFile = join(dir, `other-${counter}.bin`);
      writeFileSync(dataFile, randomBytes(64));
      await run('openssl', ['ts', '-query', '-data', dataFile, '-sha256', '-cert', '-out', queryFile]);
    } else {
      writeFileSync(queryFile, query);
    }
    const config = mode === 'reject' ? rejectConfig : grantConfig;
    await run('openssl', ['ts', '-reply', '-config', config, '-queryfile', queryFile, '-out', replyFile]);
    return readFileSync(replyFile);
  }

  const state: TestTsa = {
    url: '',
    mode: 'grant',
    rootFile: root.certificateFile,
    authorityName,
    requests: [],
    responses: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      state.requests.push({ contentType: request.headers['content-type'], body });
      if (state.mode === 'http-500') {
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error');
        return;
      }
      reply(body, state.mode).then(
        (answer) => {
          state.responses.push(answer);
          response.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(answer);
        },
        (error: Error) => response.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tsa`;
  return state;
}

/** A loopback URL on which nothing listens: a port just opened and closed again. */
export async function unreachableUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/tsa`;
}
