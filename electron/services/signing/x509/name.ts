import { childrenOf, oidText, stringOf, type Element } from '../asn1/der';
import { ia5String, oid, sequence, setOf, utf8String } from '../asn1/der-write';
import { OID } from '../asn1/oids';

/** X.501 distinguished names: the few attributes a signer is known by, written and read. */

export interface PersonName {
  name: string;
  email: string;
  organisation: string;
}

const attribute = (type: string, value: Buffer): Buffer => setOf(sequence(oid(type), value));

/** CN and O as UTF8String (names like "Jürgen Groß"), the e-mail address as IA5String as PKCS #9 requires. */
export function buildName(person: PersonName): Buffer {
  const rdns = [attribute(OID.commonName, utf8String(person.name))];
  if (person.organisation !== '') rdns.push(attribute(OID.organizationName, utf8String(person.organisation)));
  if (person.email !== '') rdns.push(attribute(OID.emailAddress, ia5String(person.email)));
  return sequence(...rdns);
}

/** The first value of each attribute type in a Name (SEQUENCE OF SET OF AttributeTypeAndValue), by OID. */
export function readName(name: Element): Map<string, string> {
  const fields = new Map<string, string>();
  for (const relativeName of childrenOf(name)) {
    for (const pair of childrenOf(relativeName)) {
      const [type, value] = childrenOf(pair);
      const text = stringOf(value);
      const key = oidText(type);
      if (text !== null && key !== '' && !fields.has(key)) fields.set(key, text.trim());
    }
  }
  return fields;
}
