import { P12Signer } from '@signpdf/signer-p12';
import { Signer } from '@signpdf/signpdf';
import forge from 'node-forge';

type Asn1 = forge.asn1.Asn1;

const children = (node: Asn1 | undefined): Asn1[] => (node && Array.isArray(node.value) ? (node.value as Asn1[]) : []);
const bytesOf = (node: Asn1 | undefined): string => (node && typeof node.value === 'string' ? node.value : '');

/** The issuer Name of a DER certificate, as it was encoded: TBSCertificate is [version], serial, algorithm, issuer. */
function issuerOf(certificate: Asn1): Asn1 | undefined {
  const tbs = children(children(certificate)[0]);
  const hasVersion = tbs[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  return tbs[hasVersion ? 3 : 2];
}

function serialOf(certificate: Asn1): string {
  const tbs = children(children(certificate)[0]);
  const hasVersion = tbs[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC;
  return bytesOf(tbs[hasVersion ? 1 : 0]);
}

/**
 * node-forge re-encodes the signer's issuer name from the parsed certificate and, for UTF8String values, encodes
 * the already encoded bytes a second time. With a name such as "Jürgen Groß" the signature then names an issuer no
 * certificate has, and verifiers (poppler/NSS among them) cannot find the signer. The issuer name is outside the
 * signed attributes, so putting back the certificate's own encoding leaves the signature intact.
 */
export function restoreSignerIssuer(signature: Buffer): Buffer {
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(signature.toString('binary')));
  const signedData = children(children(contentInfo)[1])[0];
  const parts = children(signedData);
  const certificates = parts.find((node) => node.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === 0);
  const signerInfos = parts[parts.length - 1];
  for (const signerInfo of children(signerInfos)) {
    const sid = children(signerInfo)[1];
    const [, serial] = children(sid);
    const certificate = children(certificates).find((cert) => serialOf(cert) === bytesOf(serial));
    const issuer = certificate ? issuerOf(certificate) : undefined;
    if (sid && issuer && Array.isArray(sid.value)) sid.value[0] = issuer;
  }
  return Buffer.from(forge.asn1.toDer(contentInfo).getBytes(), 'binary');
}

/** @signpdf's PKCS#12 signer, with the signer's issuer name encoded as in its certificate. */
export class ReportSigner extends Signer {
  private readonly inner: P12Signer;

  constructor(p12: Buffer, passphrase: string) {
    super();
    this.inner = new P12Signer(p12, { passphrase });
  }

  override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    return restoreSignerIssuer(await this.inner.sign(pdf, signingTime));
  }
}
