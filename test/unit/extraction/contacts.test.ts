import { describe, expect, it } from 'vitest';
import { extractContacts } from '../../../shared/extraction/contacts';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function contactsIn(sentences: string[], heading: string | null = null): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractContacts(document);
  expectEvidenceInSource(document, facts);
  return normalizedOf(facts);
}

describe('extractContacts: e-mail addresses', () => {
  it('reads privacy mailboxes wherever they stand', () => {
    expect(contactsIn(['For any privacy-related questions, contact us at privacy@qliento.com.'])).toEqual(['privacy@qliento.com']);
    expect(contactsIn(['Write to dpo@example.eu.'])).toEqual(['dpo@example.eu']);
    expect(contactsIn(['Questions? Email Legal@Example.COM'])).toEqual(['legal@example.com']);
    expect(contactsIn(['Requests go to gdpr-requests@acme.io.'])).toEqual(['gdpr-requests@acme.io']);
  });

  it('reads other mailboxes only in a sentence or section about privacy', () => {
    expect(contactsIn(['To exercise your data protection rights, write to requests@acme.io.'])).toEqual(['requests@acme.io']);
    expect(contactsIn(['Write to team@acme.io.'], 'Your Privacy Rights')).toEqual(['team@acme.io']);
    expect(contactsIn(['Write to team@acme.io.'], 'Pricing')).toEqual([]);
  });

  it('does not read support or sales mailboxes beside a privacy address as privacy contacts', () => {
    expect(contactsIn(['For privacy-related requests, email us at privacy@qliento.com. For general support: support@qliento.com.'])).toEqual([
      'privacy@qliento.com',
    ]);
    expect(contactsIn(['For general support: support@qliento.com.'], '12. Contact')).toEqual([]);
    expect(contactsIn(['Contact sales@acme.io for an enterprise quote.'], 'Privacy Policy')).toEqual([]);
  });

  it('gives one fact per address, in lower case', () => {
    const document = sectionsOf([
      { heading: 'Contact', sentences: ['Email privacy@twilio.com.', 'You can also email Privacy@Twilio.com with complaints.'] },
    ]);
    expect(normalizedOf(extractContacts(document))).toEqual(['privacy@twilio.com']);
  });
});

describe('extractContacts: links', () => {
  it('reads a privacy portal or request form', () => {
    expect(contactsIn(['Submit a request through our privacy portal at https://privacy.acme.io/requests.'])).toEqual([
      'https://privacy.acme.io/requests',
    ]);
    expect(contactsIn(['To exercise your rights, complete the form at https://acme.io/forms/dsar'])).toEqual(['https://acme.io/forms/dsar']);
  });

  it('does not read marketing links or the policy itself as contacts', () => {
    expect(contactsIn(['Learn more about our products at https://www.acme.io/products.'])).toEqual([]);
    expect(contactsIn(['See our Privacy Policy at https://acme.io/legal/privacy-policy for details.'])).toEqual([]);
    expect(contactsIn(['Download the app at www.acme.io/download and contact support with questions.'])).toEqual([]);
  });
});

describe('extractContacts: the Data Protection Officer', () => {
  it('reads a DPO named without an address', () => {
    expect(contactsIn(['You may contact our Data Protection Officer by post at our registered office.'])).toEqual(['dpo']);
    expect(contactsIn(['We have appointed a DPO who oversees our compliance.'])).toEqual(['dpo']);
  });

  it('reads the address instead when the sentence gives one', () => {
    expect(contactsIn(['Contact our Privacy Team in the Office of the Data Protection Officer at privacy@twilio.com.'])).toEqual([
      'privacy@twilio.com',
    ]);
  });

  it('reads a privacy team named as the one to write to when the document gives no privacy address', () => {
    expect(contactsIn(['You can raise your concern or dispute by emailing our Privacy Team at'])).toEqual(['dpo']);
    expect(contactsIn(['Questions? Write to the Data Protection Office at our registered address.'])).toEqual(['dpo']);
    expect(contactsIn(['Our privacy team reviews this policy every year.'])).toEqual([]);
  });

  it('reads the address, not the team, when the document gives one', () => {
    expect(contactsIn(['You can raise a concern by emailing our Privacy Team.', 'Write to us at privacy@example.com.'])).toEqual([
      'privacy@example.com',
    ]);
  });

  it('does not read a statement that there is no DPO as a contact', () => {
    expect(contactsIn(['We have not appointed a Data Protection Officer.'])).toEqual([]);
    expect(contactsIn(['We are not required to appoint a DPO under Article 37 GDPR.'])).toEqual([]);
  });
});
