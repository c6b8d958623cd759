import { describe, expect, it } from 'vitest';
import { extractCountries } from '../../../shared/extraction/countries';
import { findPlaceMentions } from '../../../shared/extraction/place-matcher';
import { segment } from '../../../shared/extraction/segment';
import { COUNTRY_CODES } from '../../../shared/domain/countries';
import { REGIONS } from '../../../shared/extraction/types';

const locations = (source: string): string[] => extractCountries(segment(source)).map((fact) => fact.normalized);

describe('findPlaceMentions', () => {
  it('maps names, official forms, abbreviations and capitals to ISO codes', () => {
    const text =
      'United States of America, USA, U.S., US, the UK, Great Britain, Republic of Korea, South Korea, Czechia, ' +
      'Viet Nam, Türkiye, Côte d’Ivoire, the Netherlands, GERMANY, Hong Kong SAR';
    expect(findPlaceMentions(text).map((mention) => mention.code)).toEqual([
      'US', 'US', 'US', 'US', 'GB', 'GB', 'KR', 'KR', 'CZ', 'VN', 'TR', 'CI', 'NL', 'DE', 'HK',
    ]);
  });

  it('keeps regions as regions and prefers the longest name', () => {
    const text = 'the European Union, the EEA, EFTA, the UK and EEA, APAC, Papua New Guinea, Equatorial Guinea, South Sudan';
    expect(findPlaceMentions(text).map((mention) => mention.code)).toEqual(['EU', 'EEA', 'EFTA', 'UK_AND_EEA', 'APAC', 'PG', 'GQ', 'SS']);
  });

  it('gives exact offsets and the words as written', () => {
    const text = 'Data is hosted in the United States.';
    const [mention] = findPlaceMentions(text);
    expect(mention).toMatchObject({ value: 'United States', code: 'US', region: false });
    expect(text.slice(mention!.start, mention!.end)).toBe('United States');
  });

  it('does not read the pronoun, words containing US or the U.S. Code as the United States', () => {
    expect(findPlaceMentions('Contact us about USB keys, AUSTRIAN rules or 50 U.S.C. § 1881a; use our status page.')).toEqual([]);
  });

  it('reads nationality adjectives only before a location noun', () => {
    expect(findPlaceMentions('American servers, a German data centre, an Irish subsidiary').map((mention) => mention.code)).toEqual(['US', 'DE', 'IE']);
    expect(findPlaceMentions('American law, German speakers, Irish music')).toEqual([]);
  });

  it('leaves out places inside the names of US states, institutions and transfer frameworks', () => {
    const text =
      'New Jersey, New Mexico, New South Wales, the Court of Justice of the European Union, the EU-U.S. Data Privacy ' +
      'Framework, the Swiss-U.S. DPF, the UK Addendum, North America';
    expect(findPlaceMentions(text)).toEqual([]);
  });

  it('reads ambiguous names only as places: in a list of countries or after "in", "to", "from"', () => {
    expect(findPlaceMentions('Chad Smith and Jordan Lee met in Atlanta, Georgia.')).toEqual([]);
    expect(findPlaceMentions('Offices in Jordan and data in Chad.').map((mention) => mention.code)).toEqual(['JO', 'TD']);
    expect(findPlaceMentions('We serve Armenia, Georgia and Azerbaijan.').map((mention) => mention.code)).toEqual(['AM', 'GE', 'AZ']);
    expect(findPlaceMentions('Our data centre in Georgia is in Atlanta.')).toEqual([]);
  });

  it('only ever returns valid ISO codes or regions', () => {
    const everything = findPlaceMentions(
      'Germany France Spain Italy Japan China India Brazil Mexico Canada Australia Singapore Israel Ireland Norway ' +
        'Switzerland Iceland Liechtenstein Russia Ukraine Nigeria Kenya Egypt Argentina Chile Peru Colombia',
    );
    expect(everything.length).toBe(27);
    for (const mention of everything) {
      expect(COUNTRY_CODES.includes(mention.code) || (REGIONS as readonly string[]).includes(mention.code)).toBe(true);
    }
  });
});

describe('extractCountries', () => {
  it.each([
    ['Customer Data is hosted on Amazon Web Services in the United States.', ['US']],
    ['Slack offers data residency in Germany, France, Japan, Australia, the UK, Canada, South Korea and India.', ['DE', 'FR', 'JP', 'AU', 'GB', 'CA', 'KR', 'IN']],
    ["Zoom's data centers are located in the United States, Canada, Hong Kong SAR and the Netherlands.", ['US', 'CA', 'HK', 'NL']],
    ['Mailchimp is based in the United States.', ['US']],
    ['Our support team in the Philippines may access Customer Data to resolve tickets.', ['PH']],
    ['We may transfer personal data to our affiliates in Ireland, Australia and Japan.', ['IE', 'AU', 'JP']],
    ['Atlassian hosts data in AWS regions in the EU, the US and APAC.', ['EU', 'US', 'APAC']],
    ['Our sub-processors are located in the UK and EEA.', ['UK_AND_EEA']],
    ['Your data may be stored on American servers.', ['US']],
    ['We operate German data centres and an Irish subsidiary.', ['DE', 'IE']],
    ['Employees located around the world may access certain data for support.', ['WORLDWIDE']],
    ['We are headquartered in Papua New Guinea.', ['PG']],
    ['Backups are stored in Jersey and Guernsey.', ['JE', 'GG']],
    ['For users in the UK, the controller is Acme Ltd and data is stored in Ireland.', ['IE']],
    ['When you access the Service from outside the United States, your data is transferred to the United States.', ['US']],
    ['Data may be transferred to, stored and processed in the\nUnited States or any other country where we have facilities.', ['US']],
  ])('reads a data location: %s', (source, expected) => {
    expect(locations(source)).toEqual(expected);
  });

  it.each([
    'California residents have the right to know what personal information we collect.',
    'This Agreement is governed by the laws of the State of Delaware.',
    'These terms are governed by the laws of England and Wales.',
    'Users in the EU have the right to lodge a complaint with a supervisory authority.',
    'For individuals in the EEA, you have additional rights to make a complaint.',
    'Data protection laws in certain jurisdictions, like the European Economic Area (EEA), differentiate between controllers and processors.',
    'We transfer data under the EU-U.S. Data Privacy Framework.',
    'Our office is in New Jersey, where we store backups.',
    'We have a data centre in Atlanta, Georgia.',
    'Chad Smith, our DPO, processes access requests.',
    'Jordan from our support team will access your account.',
    'Contact us to learn how we store and process data.',
    'The U.S. government may request access to stored data.',
    'We comply with data protection laws around the world and store data securely.',
    'Our EU Representative under Article 27 GDPR is located in Dublin.',
    'Germany has strict rules.',
    'RelayWave is not a US electronic communication service provider.',
    'If you are located in the European Economic Area, the UK or Switzerland, you have the right to access your data.',
    'If you reside in the EU, you may access your data.',
    'Acme Europe B.V. is our representative in the EU for data protection matters.',
    'You can lodge a complaint with the supervisory authority in Ireland about how we process data.',
    "We process data in line with the UK's Data Protection Act 2018.",
    'Personal data is processed in accordance with Regulation (EU) 2016/679.',
  ])('reads no data location: %s', (source) => {
    expect(locations(source)).toEqual([]);
  });

  it('reads "outside" a place as no location, unless the clause denies that data leaves it', () => {
    expect(locations('Where we transfer personal data outside the EEA, the UK or Switzerland, we use safeguards.')).toEqual([]);
    expect(locations('Some of our service providers may process personal data outside the European Economic Area.')).toEqual([]);
    expect(locations('Zendesk may store Service Data outside of the United States.')).toEqual([]);
    expect(locations('No event data is stored outside the United Kingdom and Ireland.')).toEqual(['GB', 'IE']);
    expect(locations('We do not transfer Customer Content outside the EU.')).toEqual(['EU']);
    expect(locations('Customer Data never leaves Germany and is not stored outside the EU.')).toEqual(['DE', 'EU']);
  });

  it('does not read where customers or users are established as a place of their data', () => {
    expect(locations('Many of our customers are established in the European Economic Area and must assess transfers.')).toEqual([]);
    expect(locations('Clients based in the UK can ask for their data to be processed there.')).toEqual([]);
    expect(locations('For merchants located in Canada, Stripe processes payments in the United States.')).toEqual(['US']);
    expect(locations('Our affiliates established in Ireland process support tickets.')).toEqual(['IE']);
    expect(locations('Intercom is established in Ireland and stores data in the US.')).toEqual(['IE', 'US']);
  });

  it('reads "worldwide" as a place of data or people, not as the market a service is offered to', () => {
    expect(locations('Cloudflare operates edge locations worldwide.')).toEqual(['WORLDWIDE']);
    expect(locations('Vendor\tHosting\tUnited States; edge locations worldwide\tSCCs')).toEqual(['US', 'WORLDWIDE']);
    expect(locations('Our engineers worldwide may access production systems.')).toEqual(['WORLDWIDE']);
    expect(locations('Our subsidiary in Texas provides second-line support worldwide.')).toEqual([]);
    expect(locations('HubSpot processes data for customers worldwide.')).toEqual([]);
    expect(locations('BrightPost is headquartered in the United States, and our customers are located around the world.')).toEqual(['US']);
  });

  it('does not read a place named as a reason, a law adapted for, or the scope of an office', () => {
    expect(locations('Acme Sp. z o.o.\tHosting\tPoland\tnot applicable (EU)')).toEqual(['PL']);
    expect(locations('Transfers under the SCCs apply with the adaptations required for Switzerland.')).toEqual([]);
    expect(locations('The SCCs as amended for the UK are incorporated into this DPA.')).toEqual([]);
    expect(locations('Transfers to sub-processors rely on the UK International Data Transfer Addendum.')).toEqual([]);
    expect(locations('Twilio Ireland Limited, Dublin, Ireland (our EEA headquarters) handles privacy requests.')).toEqual(['IE']);
    expect(locations('Our EU representative is located in Amsterdam, the Netherlands.')).toEqual(['NL']);
    expect(locations('We host EU customer data in our EU data centres in Frankfurt.')).toEqual(['EU']);
  });

  it('leaves out the origin of a transfer but keeps its destination', () => {
    expect(locations('Personal data from the UK and EEA may be transferred to the USA.')).toEqual(['US']);
    expect(locations('Personal data transferred from the EEA to third countries is protected by SCCs.')).toEqual([]);
  });

  it('reads a verbless table row or list item in the light of its lead-in', () => {
    const source =
      'In what countries does Acme process personal data?\nSupport\tUSA, Canada\nHosting\tGermany\n\n' +
      'Our Story\n\nAcme was founded by two friends.\nSpain\tItaly';
    expect(locations(source)).toEqual(['US', 'CA', 'DE']);
  });

  it('cites the whole sentence with exact offsets and reports each place once per sentence', () => {
    const source = 'Intro text.\n\nWe store data in the US, the USA and Germany. Nothing else.';
    const facts = extractCountries(segment(source));
    expect(facts.map((fact) => [fact.normalized, fact.value])).toEqual([
      ['US', 'US'],
      ['DE', 'Germany'],
    ]);
    for (const fact of facts) {
      expect(fact.evidence.text).toBe('We store data in the US, the USA and Germany.');
      expect(source.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
    }
  });
});
