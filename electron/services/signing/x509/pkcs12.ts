import { createHmac, createPrivateKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { AppFailure } from '../../../../shared/domain/result';
import { DerError, childrenOf, joinedContent, oidOf, readWholeElement, smallInteger, type Element } from '../asn1/der';
import { OID } from '../asn1/oids';
import { bmpPassword, pkcs12Kdf } from './pkcs12-kdf';

/**
 * Reads a PKCS #12 file (.p12 / .pfx, RFC 7292) of any key type: checks its integrity MAC, decrypts its encrypted
 * parts and returns the keys and certificates in it. forge decrypts certificate containers (including the RC2 and
 * 3DES of older files); node:crypto decrypts the keys, which forge can do only for RSA.
 */

export interface Pkcs12Contents {
  privateKeys: KeyObject[];
  /** DER, in the order of the file. */
  certificates: Buffer[];
}

const MAC_HASHES: Record<string, string> = { [OID.sha1]: 'sha1', [OID.sha256]: 'sha256', [OID.sha384]: 'sha384', [OID.sha512]: 'sha512' };
/** OpenSSL writes 2048, Windows 2000; the cap keeps a hostile file from holding the app for more than a second or so. */
const MAX_MAC_ITERATIONS = 1_000_000;

const wrongPassphrase = () => new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not open this .p12/.pfx file.');
const unreadable = (detail: string) =>
  new AppFailure('INVALID_IDENTITY', 'The file is not a PKCS#12 (.p12 / .pfx) signing identity that DTIA Studio can read.', [detail]);
const unsupported = (what: string) =>
  new AppFailure(
    'INVALID_IDENTITY',
    `The file uses ${what}, which DTIA Studio cannot read. Export it again with current settings, for example with "openssl pkcs12 -export", which uses AES-256.`,
  );

/** Both readings of an empty password are in use, as OpenSSL also tries both. */
function passwordCandidates(passphrase: string): Buffer[] {
  return passphrase === '' ? [bmpPassword(''), Buffer.alloc(0)] : [bmpPassword(passphrase)];
}

/** A small non-negative INTEGER, such as a version or an iteration count. */
function count(element: Element | undefined, what: string): number {
  const value = smallInteger(element);
  if (value === null) throw unreadable(`${what} is not a usable number`);
  return value;
}

function checkMac(macData: Element, authenticated: Buffer, passphrase: string): void {
  const [digestInfo, salt, iterationsElement] = childrenOf(macData);
  const [algorithm, digest] = childrenOf(digestInfo);
  const algorithmOid = oidOf(childrenOf(algorithm)[0]);
  if (algorithmOid === OID.pbmac1) throw unsupported('a PBMAC1 integrity check');
  const hash = MAC_HASHES[algorithmOid];
  if (!hash) throw unsupported(`an integrity check with the algorithm ${algorithmOid}`);
  const iterations = iterationsElement ? count(iterationsElement, 'the MAC iteration count') : 1;
  if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) throw unreadable(`MAC iteration count ${iterations}`);
  const expected = joinedContent(digest);
  const macSalt = joinedContent(salt);
  const matches = passwordCandidates(passphrase).some((password) => {
    const key = pkcs12Kdf(hash, password, macSalt, 3, iterations, expected.length);
    const actual = createHmac(hash, key).update(authenticated).digest();
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
  if (!matches) throw wrongPassphrase();
}

interface ForgeCipher {
  update(input: forge.util.ByteStringBuffer): void;
  finish(): boolean;
  output: forge.util.ByteStringBuffer;
}
type GetCipher = (oid: string, params: forge.asn1.Asn1 | undefined, password: string) => ForgeCipher;

/** forge's ASN.1 tree of one element, as its cipher lookup takes the algorithm parameters. */
function forgeAsn1(element: Element | undefined): forge.asn1.Asn1 | undefined {
  return element && forge.asn1.fromDer(forge.util.createBuffer(element.raw.toString('binary')));
}

/** EncryptedData (PKCS #7) holding SafeContents, as most files wrap their certificates. */
function decryptContents(encryptedData: Element | undefined, passphrase: string, hasMac: boolean): Element {
  const [, encryptedContentInfo] = childrenOf(encryptedData);
  const [, algorithm, encryptedContent] = childrenOf(encryptedContentInfo);
  const [algorithmId, params] = childrenOf(algorithm);
  const algorithmOid = oidOf(algorithmId);
  // PBES2 takes the password's UTF-8 bytes; the PKCS #12 schemes take it as text (forge makes it a BMPString).
  const password = algorithmOid === OID.pbes2 ? forge.util.encodeUtf8(passphrase) : passphrase;
  const getCipher = (forge.pki as unknown as { pbe: { getCipher: GetCipher } }).pbe.getCipher;
  let cipher: ForgeCipher;
  try {
    cipher = getCipher(algorithmOid, forgeAsn1(params), password);
  } catch (error) {
    throw unsupported(`an encryption for its certificates that is not supported (${(error as Error).message})`);
  }
  cipher.update(forge.util.createBuffer(joinedContent(encryptedContent).toString('binary')));
  try {
    if (!cipher.finish()) throw new Error('bad padding');
    return readWholeElement(Buffer.from(cipher.output.getBytes(), 'binary'));
  } catch {
    throw hasMac ? unreadable('an encrypted part does not decrypt') : wrongPassphrase();
  }
}

/**
 * The passphrase as UTF-8, as OpenSSL writes it; failing that, one byte per character, as node-forge wrote it into
 * the files of earlier versions of DTIA Studio.
 */
function keyPassphrases(passphrase: string): Buffer[] {
  const utf8 = Buffer.from(passphrase, 'utf8');
  const latin1 = Buffer.from(passphrase, 'latin1');
  return utf8.equals(latin1) ? [utf8] : [utf8, latin1];
}

function decryptKey(encryptedPrivateKeyInfo: Buffer, passphrase: string, hasMac: boolean): KeyObject {
  let error: unknown;
  for (const candidate of keyPassphrases(passphrase)) {
    try {
      return createPrivateKey({ key: encryptedPrivateKeyInfo, format: 'der', type: 'pkcs8', passphrase: candidate });
    } catch (failure) {
      error ??= failure;
    }
  }
  const message = `${(error as { code?: string }).code ?? ''} ${(error as Error).message}`;
  if (/unsupported/i.test(message)) throw unsupported('an encryption for its private key that is not supported');
  if (!hasMac) throw wrongPassphrase();
  throw new AppFailure('INVALID_IDENTITY', 'The private key in the file does not open with the file’s passphrase.', [
    (error as Error).message,
  ]);
}

/** `passphrase` null reads only what is stored in the clear, i.e. certificates outside encrypted containers. */
function readBags(safeContents: Element, passphrase: string | null, hasMac: boolean, into: Pkcs12Contents): void {
  for (const bag of childrenOf(safeContents)) {
    const [bagId, wrapper] = childrenOf(bag);
    const value = childrenOf(wrapper)[0];
    if (!value) throw new DerError('a bag holds no value');
    switch (oidOf(bagId)) {
      case OID.keyBag:
        into.privateKeys.push(createPrivateKey({ key: value.raw, format: 'der', type: 'pkcs8' }));
        break;
      case OID.pkcs8ShroudedKeyBag:
        if (passphrase !== null) into.privateKeys.push(decryptKey(value.raw, passphrase, hasMac));
        break;
      case OID.certBag: {
        const [certId, certValue] = childrenOf(value);
        if (oidOf(certId) === OID.x509Certificate) into.certificates.push(Buffer.from(joinedContent(childrenOf(certValue)[0])));
        break;
      }
      case OID.safeContentsBag:
        readBags(value, passphrase, hasMac, into);
        break;
      default:
        // CRLs and secrets play no part in signing.
        break;
    }
  }
}

function readPfx(pfx: Element, passphrase: string | null): Pkcs12Contents {
  const [version, authSafe, macData] = childrenOf(pfx);
  if (count(version, 'the version') !== 3) throw unreadable('not version 3');
  const [contentType, content] = childrenOf(authSafe);
  if (oidOf(contentType) !== OID.data) throw unsupported('public-key integrity protection');
  const authenticated = joinedContent(childrenOf(content)[0]);
  if (macData && passphrase !== null) checkMac(macData, authenticated, passphrase);

  const found: Pkcs12Contents = { privateKeys: [], certificates: [] };
  for (const contentInfo of childrenOf(readWholeElement(authenticated))) {
    const [type, wrapped] = childrenOf(contentInfo);
    const inner = childrenOf(wrapped)[0];
    switch (oidOf(type)) {
      case OID.data:
        readBags(readWholeElement(joinedContent(inner)), passphrase, macData !== undefined, found);
        break;
      case OID.encryptedData:
        if (passphrase !== null) {
          readBags(decryptContents(inner, passphrase, macData !== undefined), passphrase, macData !== undefined, found);
        }
        break;
      default:
        throw unsupported('contents encrypted to a recipient’s public key');
    }
  }
  return found;
}

/**
 * WRONG_PASSPHRASE when the passphrase does not open the file, INVALID_IDENTITY for anything unusable. Without a
 * passphrase (null) only the certificates stored in the clear are read, and the file's integrity is not checked.
 */
export function readPkcs12(p12: Buffer, passphrase: string | null): Pkcs12Contents {
  try {
    return readPfx(readWholeElement(p12), passphrase);
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
}
