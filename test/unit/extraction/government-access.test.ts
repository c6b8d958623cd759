import { describe, expect, it } from 'vitest';
import { extractGovernmentAccess, extractRequestsReported } from '../../../shared/extraction/government-access';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function statementsIn(sentences: string[]): string[] {
  const document = sentencesOf(sentences);
  const facts = extractGovernmentAccess(document);
  expectEvidenceInSource(document, facts);
  return [...normalizedOf(facts)].sort();
}

function figuresIn(sentences: string[]): string[] {
  const document = sentencesOf(sentences);
  const facts = extractRequestsReported(document);
  expectEvidenceInSource(document, facts);
  return normalizedOf(facts);
}

describe('extractGovernmentAccess: laws named', () => {
  it('reads FISA 702, EO 12333, the CLOUD Act and EO 14086 in their usual spellings', () => {
    expect(statementsIn(['Telnyx could technically be subject to FISA 702 where it is deemed to be a RCSP.'])).toEqual(['fisa-702']);
    expect(statementsIn(['We have assessed Section 702 of the Foreign Intelligence Surveillance Act.'])).toEqual(['fisa-702']);
    expect(statementsIn(['Executive Order 12333 authorizes intelligence agencies to conduct surveillance outside of the US.'])).toEqual([
      'eo-12333',
    ]);
    expect(statementsIn(['The CLOUD Act only permits access to data in criminal investigations.'])).toEqual(['cloud-act']);
    expect(statementsIn(['EU individuals may seek redress before the Data Protection Review Court under Executive Order 14086.'])).toEqual([
      'eo-14086',
    ]);
  });

  it('does not read unrelated numbers or words as those laws', () => {
    expect(statementsIn(['Our office is at 702 Market Street and we use cloud storage.'])).toEqual([]);
    expect(statementsIn(['The executive team approved order number 12334.'])).toEqual([]);
  });
});

describe('extractGovernmentAccess: what the vendor does', () => {
  it('reads challenges of requests', () => {
    expect(statementsIn(['We challenge government requests that we consider overbroad or unlawful.'])).toEqual([
      'challenge-requests',
      'law-enforcement-requests',
    ]);
    expect(statementsIn(['Where a request is overbroad, we will challenge such requests in court.'])).toEqual(['challenge-requests']);
    expect(
      statementsIn(['Under the SCCs, Telnyx is obligated to review the legality of government authority access requests and challenge such requests.']),
    ).toEqual(['challenge-requests', 'law-enforcement-requests']);
    expect(statementsIn(['We do not challenge valid subpoenas.'])).toEqual(['law-enforcement-requests']);
  });

  it('reads notice to customers of requests, not notice of breaches', () => {
    expect(
      statementsIn(['We will notify the customer of any legally binding request for disclosure by a law enforcement authority, unless prohibited.']),
    ).toEqual(['law-enforcement-requests', 'notify-customer']);
    expect(statementsIn(['We will notify you of a personal data breach and cooperate with supervisory authorities.'])).toEqual([]);
    expect(statementsIn(['Telnyx will assist with notifying regulators of breaches and communicating them to customers.'])).toEqual([]);
  });

  it('reads transparency reports and general statements on disclosure to authorities', () => {
    expect(statementsIn(['We publish a transparency report twice a year.'])).toEqual(['transparency-report']);
    expect(statementsIn(['We do not publish a transparency report.'])).toEqual([]);
    expect(statementsIn(['We may disclose personal information in response to a subpoena, court order or other legal process.'])).toEqual([
      'law-enforcement-requests',
    ]);
    expect(statementsIn(['All requests from public authorities are handled by our legal team under a written policy.'])).toEqual([
      'law-enforcement-requests',
    ]);
  });

  it('does not read a question as a commitment, but reads the laws a question names', () => {
    expect(statementsIn(['How do you handle government requests?'])).toEqual([]);
    expect(statementsIn(['Do you publish a transparency report?'])).toEqual([]);
    expect(statementsIn(['Is Telnyx subject to FISA 702 or EO 12333?'])).toEqual(['eo-12333', 'fisa-702']);
  });

  it('does not read a bare permission to disclose where the law requires as a statement on handling requests', () => {
    expect(statementsIn(['We may share your data with public authorities where required by law.'])).toEqual([]);
    expect(
      statementsIn(['We may also disclose personal data where we are required to do so by law, for example to comply with a court order.']),
    ).toEqual([]);
    expect(statementsIn(['We may disclose data to law enforcement only where required by a valid court order.'])).toEqual([
      'law-enforcement-requests',
    ]);
  });

  it('reads commitments on requests in other words, with the paragraph that says whose requests they are', () => {
    expect(statementsIn(['We disclose information to law enforcement only in response to valid legal process, and we narrow requests that are overbroad.'])).toEqual([
      'challenge-requests',
      'law-enforcement-requests',
    ]);
    expect(statementsIn(['If a public authority asks for Customer Data, we review the request.', 'We will challenge requests that we consider unlawful.'])).toEqual([
      'challenge-requests',
      'law-enforcement-requests',
    ]);
    expect(statementsIn(['Government requests for data are reviewed by counsel.', 'Unless the law forbids it, we inform the customer before disclosing anything.'])).toEqual([
      'law-enforcement-requests',
      'notify-customer',
    ]);
    expect(statementsIn(['We narrow the scope of our services each year.'])).toEqual([]);
    expect(statementsIn(['Data subjects may ask us for their data.', 'We inform the customer before answering.'])).toEqual([]);
  });

  it('does not read complaints to a data protection authority as government access', () => {
    expect(statementsIn(['You have the right to lodge a complaint with a competent data protection authority.'])).toEqual([]);
    expect(statementsIn(['We comply with applicable legal obligations.'])).toEqual([]);
  });
});

describe('extractRequestsReported', () => {
  it('reads that no request has been received', () => {
    expect(
      figuresIn([
        'To date, Telnyx has never received a US National Security Request (including requests for access under FISA 702) in connection with customer personal data.',
      ]),
    ).toEqual(['none-received']);
    expect(figuresIn(['We have not received any requests from US intelligence agencies under FISA 702.'])).toEqual(['none-received']);
    expect(figuresIn(['No such government requests have been received to date.'])).toEqual(['none-received']);
  });

  it('reads figures as digits', () => {
    expect(figuresIn(['We have received 0 requests under FISA 702.'])).toEqual(['0']);
    expect(figuresIn(['In 2023 we received 1,234 law enforcement requests.'])).toEqual(['1234']);
    expect(figuresIn(['Last year we received three subpoenas from government authorities.'])).toEqual(['3']);
    expect(figuresIn(['12 government requests were received in the second half of 2022.'])).toEqual(['12']);
  });

  it('reads a figure whose sentence names no authority from its paragraph or section', () => {
    const document = sectionsOf([
      {
        heading: 'How do you handle government requests?',
        sentences: ['We only answer requests with a court order.', 'In 2024 we received 4 requests and disclosed data in 1 case.'],
      },
    ]);
    expect(normalizedOf(extractRequestsReported(document))).toEqual(['4']);
    expect(figuresIn(['Our support team received 1,200 requests in 2024.'])).toEqual([]);
  });

  it('reads the figures of a table of requests received, not those of data disclosed', () => {
    const document = sentencesOf([
      'Year\tLaw enforcement requests for customer data\tRequests where data was disclosed',
      '2022\t3\t1',
      '2023\t5\t2',
    ]);
    expect(normalizedOf(extractRequestsReported(document))).toEqual(['3', '5']);
    const piped = sentencesOf(['Period | Government requests received | Accounts affected', 'H1 2024 | 12 | 15', 'H2 2024 | 9 | 9']);
    expect(normalizedOf(extractRequestsReported(piped))).toEqual(['12', '9']);
  });

  it('does not read a table that is not about requests from authorities', () => {
    expect(figuresIn(['Year\tSupport requests\tTickets closed', '2023\t1200\t1180'])).toEqual([]);
    expect(figuresIn(['Plan\tPrice\tUsers', 'Pro\t20\t5'])).toEqual([]);
  });

  it('does not read other figures or requests as requests received', () => {
    expect(figuresIn(['In 2023 we received 1,234 support requests from customers.'])).toEqual([]);
    expect(figuresIn(['We received ISO 27001 certification in 2022.'])).toEqual([]);
    expect(figuresIn(['If we receive a request from law enforcement, we will notify you.'])).toEqual([]);
  });
});
