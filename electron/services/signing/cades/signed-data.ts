import { DerError, TAG, childrenOf, expectTag, isContext, octets, oidText, readElement, smallInteger, type Element } from '../asn1/der';
import { OID } from '../asn1/oids';

/** Reading a CMS ContentInfo holding SignedData (RFC 5652, section 5) — a signature or an RFC 3161 timestamp token. */

export type SignerIdentifier = { issuer: Buffer; serial: Element } | { subjectKeyIdentifier: Buffer };

export interface SignerInfoParts {
  sid: SignerIdentifier;
  digestOid: string;
  /** The [0] IMPLICIT signedAttrs element, whole. */
  signedAttributes: Element | null;
  signatureOid: string;
  signature: Buffer;
  unsignedAttributes: Element | null;
}

export interface SignedDataParts {
  contentType: string;
  /** The encapsulated content; null for a detached signature. */
  content: Buffer | null;
  /** DER of each X.509 certificate carried (other certificate formats are skipped). */
  certificates: Buffer[];
  signerInfos: SignerInfoParts[];
}

/** SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs OPTIONAL, signatureAlgorithm, signature, [1] unsignedAttrs OPTIONAL } */
function readSignerInfo(element: Element): SignerInfoParts {
  const parts = childrenOf(expectTag(element, TAG.SEQUENCE, 'the signer information'));
  const [, sid, digestAlgorithm] = parts;
  const rest = parts.slice(3);
  const signedAttributes = isContext(rest[0], 0) && rest[0]!.constructed ? rest.shift()! : null;
  const [signatureAlgorithm, signatureValue, unsigned] = rest;
  const signature = octets(signatureValue);
  if (!signature) throw new DerError('the signature value is missing or malformed');

  let identifier: SignerIdentifier;
  if (sid?.tag === TAG.SEQUENCE) {
    const [issuer, serial] = childrenOf(sid);
    identifier = { issuer: expectTag(issuer, TAG.SEQUENCE, 'the signer’s issuer').raw, serial: expectTag(serial, TAG.INTEGER, 'the signer’s serial number') };
  } else if (isContext(sid, 0) && sid && !sid.constructed) {
    identifier = { subjectKeyIdentifier: sid.content };
  } else {
    throw new DerError('the signer identifier is missing or malformed');
  }
  return {
    sid: identifier,
    digestOid: oidText(childrenOf(expectTag(digestAlgorithm, TAG.SEQUENCE, 'the digest algorithm'))[0]),
    signedAttributes,
    signatureOid: oidText(childrenOf(expectTag(signatureAlgorithm, TAG.SEQUENCE, 'the signature algorithm'))[0]),
    signature,
    unsignedAttributes: isContext(unsigned, 1) && unsigned!.constructed ? unsigned! : null,
  };
}

/** Throws DerError, naming in plain words what is wrong, when the bytes are not CMS SignedData. */
export function readSignedData(der: Buffer): SignedDataParts {
  const contentInfo = childrenOf(expectTag(readElement(der), TAG.SEQUENCE, 'the signature container'));
  if (oidText(contentInfo[0]) !== OID.signedData || !isContext(contentInfo[1], 0)) {
    throw new DerError('the data is not CMS SignedData');
  }
  const signedData = childrenOf(expectTag(childrenOf(contentInfo[1]!)[0], TAG.SEQUENCE, 'the SignedData'));
  if (smallInteger(signedData[0]) === null) throw new DerError('the SignedData version is malformed');
  const encapsulated = childrenOf(expectTag(signedData[2], TAG.SEQUENCE, 'the encapsulated content'));
  const contentWrapper = encapsulated[1];
  const content = isContext(contentWrapper, 0) ? octets(childrenOf(contentWrapper!)[0]) : null;

  const optional = signedData.slice(3, -1);
  const certificateSet = optional.find((element) => isContext(element, 0) && element.constructed);
  const certificates = certificateSet
    ? childrenOf(certificateSet)
        .filter((element) => element.tag === TAG.SEQUENCE)
        .map((element) => element.raw)
    : [];
  const signerInfoSet = expectTag(signedData[signedData.length - 1], TAG.SET, 'the signer information set');
  return {
    contentType: oidText(encapsulated[0]),
    content,
    certificates,
    signerInfos: childrenOf(signerInfoSet).map(readSignerInfo),
  };
}

/** The values of an attribute in a signed or unsigned attribute set; an empty list when it is absent. */
export function attributeValues(attributes: Element | null, type: string): Element[][] {
  if (!attributes) return [];
  return childrenOf(attributes)
    .map((attribute) => childrenOf(attribute))
    .filter(([attributeType]) => oidText(attributeType) === type)
    .map(([, values]) => (values?.tag === TAG.SET ? childrenOf(values) : []));
}

/**
 * The one value of an attribute that must appear once with one value (RFC 5652, 11.1–11.3): null when absent;
 * throws when it is repeated, since a verifier and a signer could then read different values.
 */
export function singleAttribute(attributes: Element | null, type: string, what: string): Element | null {
  const instances = attributeValues(attributes, type);
  if (instances.length === 0) return null;
  if (instances.length > 1 || instances[0]!.length !== 1) throw new DerError(`the ${what} attribute appears more than once`);
  return instances[0]![0]!;
}
