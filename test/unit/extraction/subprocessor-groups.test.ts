import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/extraction/segment';
import { extractSubprocessors } from '../../../shared/extraction/subprocessors';
import { expectEvidenceInSource, normalizedOf, sentencesOf } from './support/sentences';

function recipientsIn(sentences: string[], heading: string | null = null, vendorName?: string): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractSubprocessors(document, vendorName ? { vendorName } : {});
  expectEvidenceInSource(document, facts);
  return normalizedOf(facts);
}

describe('extractSubprocessors: list items read with the sentence that introduces them', () => {
  const recipientsInText = (source: string, options: Parameters<typeof extractSubprocessors>[1] = {}): string[] => {
    const document = segment(source);
    const facts = extractSubprocessors(document, options);
    expectEvidenceInSource(document, facts);
    return normalizedOf(facts);
  };

  it('reads providers whose names are also words in a list introduced as one of recipients', () => {
    const source = 'Where the data is stored\n\nOther sub-processors:\n- Postmark – sends password-reset e-mails.\n- Segment – product analytics.\n';
    expect(recipientsInText(source)).toEqual(['Postmark', 'Segment']);
  });

  it('reads unknown companies in rows under a lead-in about providers', () => {
    const source = 'How we share information\n\nOur main providers are:\n• Northwind Mail – e-mail delivery\n• Blue Harbour Hosting – hosting (Netherlands)\n';
    expect(recipientsInText(source)).toEqual(['Northwind Mail', 'Blue Harbour Hosting']);
  });

  it('does not take a lead-in that is not about recipients as one', () => {
    const source = 'Your choices\n\nYou can choose between:\n- Segment – a slice of your audience\n- Square – the layout of your dashboard\n';
    expect(recipientsInText(source)).toEqual([]);
  });

  it('stops at the end of the list: a paragraph after it is not an item', () => {
    const source = 'Providers\n\nWe use these vendors:\n- Mixpanel – analytics\n\nSegment your audience before a campaign.\n';
    expect(recipientsInText(source)).toEqual(['Mixpanel']);
  });
});

describe('extractSubprocessors: group companies', () => {
  const facts = (source: string, vendorName: string, vendorLegalEntity: string | null) => extractSubprocessors(segment(source), { vendorName, vendorLegalEntity });

  it('reads an affiliate named as handling data, but never the vendor’s own entity', () => {
    const source =
      'Who can access the data\n\nTwo groups of people outside the United Kingdom can access the data remotely:\n' +
      '- Kestrel Analytics Inc., our wholly owned subsidiary in Austin, Texas, provides customer support.\n' +
      '- Kestrel Analytics Ltd, our parent company, runs the service.\n';
    expect(facts(source, 'Kestrel', 'Kestrel Analytics Ltd').map((fact) => [fact.normalized, fact.value])).toEqual([
      ['Kestrel Analytics', 'Kestrel Analytics Inc.'],
    ]);
  });

  it('reads affiliates marked in a sub-processor table or list', () => {
    const table = 'Annex III – List of sub-processors\n\n1\tNordlicht Cloud Sp. z o.o. (affiliate)\tSecond-level support\tPoland\n2\tMailjet SAS\tE-mail\tFrance\n';
    expect(facts(table, 'Nordlicht', 'Nordlicht Cloud GmbH').map((fact) => [fact.normalized, fact.countries])).toEqual([
      ['Nordlicht Cloud', ['PL']],
      ['Mailjet', ['FR']],
    ]);
    expect(recipientsIn(['Example Ireland Limited — affiliate — Ireland'], 'Sub-processors')).toEqual(['Example Ireland']);
    expect(recipientsIn(['RelayWave Serbia d.o.o. (subsidiary) – engineering and on-call support – Serbia'], 'Sub-processors')).toEqual([
      'RelayWave Serbia',
    ]);
    const sentence = 'Customer support is provided by Acme Support Pvt Ltd, our subsidiary in Bengaluru, which can access ticket data.';
    expect(normalizedOf(facts(sentence, 'Acme', 'Acme Inc.'))).toEqual(['Acme Support']);
  });

  it('leaves a group company out where nothing says it handles the data', () => {
    expect(normalizedOf(facts('Acme Holdings Ltd, our parent company, was founded in 1999.', 'Acme', 'Acme Inc.'))).toEqual([]);
  });

  it('leaves the vendor out when the document does not give its legal entity', () => {
    expect(recipientsIn(['Slack Technologies, LLC, our affiliate, processes data in the US.'], 'Sub-processors', 'Slack')).toEqual([]);
  });
});
