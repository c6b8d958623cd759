import { describe, expect, it } from 'vitest';
import { extractMechanisms, mechanismsIn } from '../../../shared/extraction/mechanisms';
import { segment } from '../../../shared/extraction/segment';

const named = (sentence: string): string[] => mechanismsIn(sentence).map((found) => found.mechanism);

describe('mechanismsIn', () => {
  it.each([
    ["We rely on the European Commission's Standard Contractual Clauses (Modules 2 and 3).", ['SCC']],
    ['Our DPA incorporates the EU SCCs.', ['SCC']],
    ['Our model clauses are available on request.', ['SCC']],
    ['We signed the clauses adopted by Commission Implementing Decision (EU) 2021/914.', ['SCC']],
    ['Transfers rely on the standard data protection clauses of Art. 46(2)(c) GDPR.', ['SCC']],
    ["Salesforce's Processor Binding Corporate Rules (BCR-P) were approved by the CNIL.", ['BCR']],
    ['Our BCRs cover transfers within the group.', ['BCR']],
    ['Acme is certified under the EU-U.S. Data Privacy Framework.', ['DPF']],
    ['We participate in the EU-U.S. DPF and the UK Extension to the EU-U.S. DPF.', ['DPF']],
    ['HubSpot complies with the EU-U.S. Data Privacy Framework and the Swiss-U.S. Data Privacy Framework.', ['DPF', 'SWISS']],
    ['Japan is subject to an adequacy decision of the European Commission.', ['ADEQUACY']],
    ['We transfer data to countries deemed by the European Commission to provide an adequate level of protection.', ['ADEQUACY']],
    ['The UK has issued adequacy regulations for the EEA.', ['ADEQUACY']],
    ['For UK transfers we use the International Data Transfer Agreement.', ['UK_IDTA']],
    ['We use the UK IDTA for transfers from the United Kingdom.', ['UK_IDTA']],
    ['We entered into the UK Addendum issued by the Information Commissioner.', ['UK_ADDENDUM']],
    [
      'Transfers from the UK rely on the International Data Transfer Addendum to the EU Commission Standard Contractual Clauses.',
      ['UK_ADDENDUM', 'SCC'],
    ],
    ['For the United Kingdom, we use the Addendum to the Standard Contractual Clauses issued by the ICO.', ['UK_ADDENDUM', 'SCC']],
    ['For transfers from Switzerland, the SCCs apply as amended for the Swiss FADP.', ['SCC', 'SWISS']],
    ['The FDPIC is the competent supervisory authority for Swiss transfers.', ['SWISS']],
    ['Twilio employs safeguards including Binding Corporate Rules and Standard Contractual Clauses.', ['BCR', 'SCC']],
  ])('names the transfer tools of: %s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it.each([
    'Zoom previously relied on the EU-U.S. and Swiss-U.S. Privacy Shield Frameworks.',
    'We remain committed to the Privacy Shield Principles.',
    'We ensure adequate protection of your data through encryption.',
    'Supplementary measures are needed to meet the adequacy requirement of GDPR.',
    'We do not rely on Binding Corporate Rules.',
    'We are not certified under the Data Privacy Framework.',
    'Our data privacy framework is reviewed every year.',
    'Please sign our Data Processing Addendum.',
    'The SCCS of the network are monitored.',
  ])('names no transfer tool in: %s', (sentence) => {
    expect(named(sentence)).toEqual([]);
  });

  it('keeps the words as written and one entry per tool, in order of appearance', () => {
    expect(mechanismsIn('Under the SCCs, which are Standard Contractual Clauses, and our BCRs.')).toEqual([
      { mechanism: 'SCC', value: 'SCCs', index: 10 },
      { mechanism: 'BCR', value: 'BCRs', index: 64 },
    ]);
  });

  it('keeps a tool the same sentence also names under a negation elsewhere', () => {
    const sentence =
      'SendGrid services are not currently covered by our Binding Corporate Rules, which means that we rely on Standard Contractual Clauses.';
    expect(named(sentence)).toEqual(['SCC']);
  });
});

describe('mechanismsIn: transfer tools specific to Switzerland', () => {
  it.each([
    ["Customers in Switzerland rely on the Swiss Federal Council's recognition of the United Kingdom as adequate.", ['SWISS']],
    ['The United Kingdom is recognised as adequate by the Swiss Federal Council.', ['SWISS']],
    ['Transfers from Switzerland to Canada rely on the Swiss adequacy list.', ['SWISS']],
    ['For Swiss transfers, we rely on the Federal Council of Switzerland, which has found Israel adequate.', ['SWISS']],
  ])('reads Switzerland’s own recognition of adequacy: %s', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it('reads the Swiss-U.S. DPF in a whole paragraph, where the sentence splitter once cut it after "U.S."', () => {
    const facts = extractMechanisms(
      segment('Parakeet complies with the EU-U.S. DPF, the UK Extension and the Swiss-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce.'),
    );
    expect(facts.map((fact) => fact.normalized)).toEqual(['DPF', 'SWISS']);
  });

  it.each([
    'The European Commission has adopted an adequacy decision for Switzerland.',
    'The Swiss Federal Council adopted a new data protection ordinance.',
    'Our Swiss subsidiary processes payroll data.',
  ])('reads no Swiss tool in: %s', (sentence) => {
    expect(named(sentence).filter((mechanism) => mechanism === 'SWISS')).toEqual([]);
  });
});

describe('extractMechanisms', () => {
  it('gives one fact per tool and sentence, citing the sentence', () => {
    const source = 'Transfers\n\nWe rely on the SCCs. Our SCCs are Standard Contractual Clauses.\n\nWe also hold BCRs.';
    const facts = extractMechanisms(segment(source));
    expect(facts.map((fact) => [fact.normalized, fact.value, fact.evidence.text])).toEqual([
      ['SCC', 'SCCs', 'We rely on the SCCs.'],
      ['SCC', 'SCCs', 'Our SCCs are Standard Contractual Clauses.'],
      ['BCR', 'BCRs', 'We also hold BCRs.'],
    ]);
    for (const fact of facts) expect(source.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
  });
});
