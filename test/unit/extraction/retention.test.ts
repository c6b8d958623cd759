import { describe, expect, it } from 'vitest';
import { isoDuration, numberFrom } from '../../../shared/extraction/durations';
import { extractRetention } from '../../../shared/extraction/retention';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function periodsIn(sentences: string[], heading: string | null = null): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractRetention(document);
  expectEvidenceInSource(document, facts);
  return normalizedOf(facts);
}

describe('durations', () => {
  it('reads numbers in digits and words', () => {
    expect(numberFrom('30')).toBe(30);
    expect(numberFrom('1,000')).toBe(1000);
    expect(numberFrom('seven')).toBe(7);
    expect(numberFrom('twenty-four')).toBe(24);
    expect(numberFrom('Thirty')).toBe(30);
    expect(numberFrom('ninety nine')).toBe(99);
    expect(numberFrom('one hundred and eighty')).toBe(180);
    expect(numberFrom('several')).toBeNull();
  });

  it('writes ISO 8601 durations, hours in the time part', () => {
    expect(isoDuration('30', undefined, 'days')).toBe('P30D');
    expect(isoDuration('24', undefined, 'hours')).toBe('PT24H');
    expect(isoDuration('six', undefined, 'months')).toBe('P6M');
    expect(isoDuration('thirty', '30', 'days')).toBe('P30D');
    expect(isoDuration('two', undefined, 'weeks')).toBe('P2W');
    expect(isoDuration('0', undefined, 'days')).toBeNull();
  });
});

describe('extractRetention', () => {
  it('reads retention periods as vendors write them', () => {
    expect(periodsIn(['We retain call logs for 30 days.'])).toEqual(['P30D']);
    expect(periodsIn(['Customer Content is deleted within 90 days of termination of your account.'])).toEqual(['P90D']);
    expect(periodsIn(['Invoices are kept for seven years for tax purposes.'])).toEqual(['P7Y']);
    expect(periodsIn(['Recordings are stored for a period of six (6) months.'])).toEqual(['P6M']);
    expect(periodsIn(['Temporary media files are purged after 24 hours.'])).toEqual(['PT24H']);
    expect(periodsIn(['Backups are retained on a thirty-day rolling basis.'])).toEqual(['P30D']);
    expect(periodsIn(['Logs are kept for twenty-four months and then erased.'])).toEqual(['P24M']);
  });

  it('reads several periods of one sentence', () => {
    expect(periodsIn(['We keep message bodies for 7 days and message metadata for 400 days.'])).toEqual(['P7D', 'P400D']);
  });

  it('reads periods in a retention section that lists them without a verb', () => {
    const document = sectionsOf([
      { heading: '5. Data Retention', sentences: ['Message data: 30 days after receipt', 'Account data: For the duration of your active account'] },
    ]);
    const facts = extractRetention(document);
    expect(facts.map((fact) => [fact.normalized, fact.value])).toEqual([
      ['P30D', '30 days'],
      ['stated', 'For the duration of'],
    ]);
  });

  it('reads retention stated without a period', () => {
    expect(periodsIn(['Twilio will store your Customer Account Data as long as needed to provide you with our services.'])).toEqual([
      'stated',
    ]);
    expect(periodsIn(['We retain personal data only for as long as necessary for the purposes described above.'])).toEqual(['stated']);
    expect(periodsIn(['We keep your profile until you delete your account.'])).toEqual(['stated']);
    expect(periodsIn(['Aggregated data may be retained indefinitely.'])).toEqual(['stated']);
  });

  it('does not read deadlines for other things as retention', () => {
    expect(periodsIn(['We respond to all requests within 30 days.'])).toEqual([]);
    expect(periodsIn(['We will notify you of a data breach within 72 hours.'])).toEqual([]);
    expect(periodsIn(['You can request deletion of your data; we will respond within one month.'])).toEqual([]);
    expect(periodsIn(['The free trial lasts 14 days.'])).toEqual([]);
    expect(periodsIn(['We do not store data of children under the age of 13 years.'])).toEqual([]);
  });

  it('does not read a frequency as a retention period', () => {
    expect(periodsIn(['Encryption keys are held in a key vault and rotated every 90 days.'])).toEqual([]);
    expect(periodsIn(['Backups are stored offsite and tested once every 6 months.'])).toEqual([]);
    expect(periodsIn(['Access rights to stored data are reviewed each 12 months.'])).toEqual([]);
    expect(periodsIn(['Backups are kept for 35 days and tested every 6 months.'])).toEqual(['P35D']);
  });

  it('gives one fact per period', () => {
    expect(periodsIn(['We retain logs for 30 days.', 'Support tickets are deleted after 30 days.'])).toEqual(['P30D']);
  });
});
