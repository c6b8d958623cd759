import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/extraction/segment';

const texts = (source: string): string[] => segment(source).sentences.map((sentence) => sentence.text);
const headings = (source: string): (string | null)[] => segment(source).sentences.map((sentence) => sentence.heading);

describe('segment', () => {
  it('splits sentences at full stops, question and exclamation marks followed by a capital', () => {
    expect(texts('We store data in Germany. Do we share it? No! It stays there.')).toEqual([
      'We store data in Germany.',
      'Do we share it?',
      'No!',
      'It stays there.',
    ]);
  });

  it('keeps abbreviations, initials and dotted country names inside the sentence', () => {
    const source =
      'We use providers (e.g. Stripe, i.e. our payment processor) and Twilio Inc. (San Francisco). ' +
      'The U.S. Government may ask under 50 U.S.C. § 1881a and Art. 28 GDPR, see No. 5 of Annex I. ' +
      'Acme Corp. was founded by John F. Kennedy Jr. in 1990.';
    expect(texts(source)).toEqual([
      'We use providers (e.g. Stripe, i.e. our payment processor) and Twilio Inc. (San Francisco).',
      'The U.S. Government may ask under 50 U.S.C. § 1881a and Art. 28 GDPR, see No. 5 of Annex I.',
      'Acme Corp. was founded by John F. Kennedy Jr. in 1990.',
    ]);
  });

  it('ends a sentence after a dotted country name when a sentence opener follows', () => {
    expect(texts('Our servers are in the U.S. We also use Ireland.')).toEqual([
      'Our servers are in the U.S.',
      'We also use Ireland.',
    ]);
  });

  it('keeps a dotted country name inside a compound whole: "Swiss-U.S.", "EU–U.S.", "EU/U.S."', () => {
    const source =
      'Acme complies with the Swiss-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce. ' +
      'Zoom relies on the EU–U.S. Data Privacy Framework. Transfers under the EU/U.S. Privacy Shield ended. ' +
      'We are a Swiss-U.S. company. We have offices there.';
    expect(texts(source)).toEqual([
      'Acme complies with the Swiss-U.S. Data Privacy Framework as set forth by the U.S. Department of Commerce.',
      'Zoom relies on the EU–U.S. Data Privacy Framework.',
      'Transfers under the EU/U.S. Privacy Shield ended.',
      'We are a Swiss-U.S. company.',
      'We have offices there.',
    ]);
    expect(texts('Data is stored in the EU-U.S. We review it yearly.')).toEqual(['Data is stored in the EU-U.S.', 'We review it yearly.']);
  });

  it('keeps decimals, versions, URLs and e-mail addresses whole', () => {
    const source =
      'Uptime was 99.95 % under TLS 1.2. Read https://www.example.com/legal/privacy.html. Write to dpo@example.co.uk. Done.';
    expect(texts(source)).toEqual([
      'Uptime was 99.95 % under TLS 1.2.',
      'Read https://www.example.com/legal/privacy.html.',
      'Write to dpo@example.co.uk.',
      'Done.',
    ]);
  });

  it('splits a sentence glued to the next one without a space, but not a domain', () => {
    expect(texts('See the App Privacy Notice.Looking for more? Visit acme.com.')).toEqual([
      'See the App Privacy Notice.',
      'Looking for more?',
      'Visit acme.com.',
    ]);
  });

  it('reads bullets and numbered items as items without their markers', () => {
    const source = 'We use:\n• AWS for hosting\n- Stripe for payments\n* Twilio for SMS\n1. OpenAI\n2) Meta\n(a) Google';
    expect(texts(source)).toEqual(['We use:', 'AWS for hosting', 'Stripe for payments', 'Twilio for SMS', 'OpenAI', 'Meta', 'Google']);
  });

  it('gives every sentence the nearest heading above it, Markdown or a short line without final punctuation', () => {
    const source = '# Privacy Policy\n\nWe are Acme.\n\nSub-processors\nWe use AWS.\n\n## Data Retention ##\nWe keep logs for 30 days.';
    expect(segment(source).sentences.map((sentence) => [sentence.heading, sentence.text])).toEqual([
      ['Privacy Policy', 'We are Acme.'],
      ['Sub-processors', 'We use AWS.'],
      ['Data Retention', 'We keep logs for 30 days.'],
    ]);
  });

  it('reads a numbered title as a heading but a numbered list as items', () => {
    expect(headings('1. Introduction\nAcme is a platform.\n2. Data We Collect\nWe collect e-mail addresses.')).toEqual([
      'Introduction',
      'Data We Collect',
    ]);
    expect(texts('We collect:\n1. Name\n2. E-mail address\n3. Phone number')).toEqual(['We collect:', 'Name', 'E-mail address', 'Phone number']);
  });

  it('keeps table rows as sentences rather than headings', () => {
    const source = 'Where is data stored?\nSupport USA, Canada, EU\nHosting Germany, Ireland\nBilling USA\nAnalytics USA\n';
    expect(texts(source)).toEqual(['Where is data stored?', 'Support USA, Canada, EU', 'Hosting Germany, Ireland', 'Billing USA', 'Analytics USA']);
    expect(texts('Name\tCountry\nAWS\tUnited States')).toEqual(['Name\tCountry', 'AWS\tUnited States']);
  });

  it('keeps rows of a table drawn with pipes as sentences under the table’s heading', () => {
    const source = 'Infrastructure sub-processors\n\n| Entity | Purpose | Location |\n| Google LLC | Backups | Belgium |\n| Cloudflare, Inc. | CDN | Worldwide |\n';
    expect(texts(source)).toEqual(['| Entity | Purpose | Location |', '| Google LLC | Backups | Belgium |', '| Cloudflare, Inc. | CDN | Worldwide |']);
    expect(headings(source)).toEqual(['Infrastructure sub-processors', 'Infrastructure sub-processors', 'Infrastructure sub-processors']);
  });

  it('reads a line with an address or a link, and the last line of a text, as text rather than a title', () => {
    expect(texts('Contact\nQuestions about this list: privacy@acme.example')).toEqual(['Questions about this list: privacy@acme.example']);
    expect(headings('Contact\nQuestions about this list: privacy@acme.example')).toEqual(['Contact']);
    expect(texts('Our Policy\n\nWe store data.\n\nSee our Trust Center at https://acme.example/trust\n\nMore\nDetails follow.')).toContain(
      'See our Trust Center at https://acme.example/trust',
    );
    expect(texts('Security\nWe encrypt data.\nLast revised 2024')).toEqual(['We encrypt data.', 'Last revised 2024']);
  });

  it('uses an FAQ question both as a sentence and as the heading of its answer', () => {
    const segmented = segment('Is Acme subject to FISA 702?\n\nAcme has never received a request.');
    expect(segmented.sentences.map((sentence) => [sentence.heading, sentence.text])).toEqual([
      [null, 'Is Acme subject to FISA 702?'],
      ['Is Acme subject to FISA 702?', 'Acme has never received a request.'],
    ]);
  });

  it('joins lines wrapped mid-sentence, as text taken from a PDF is', () => {
    const source = 'Personal data may be transferred to the\nUnited States and to other countries where our\nsub-processors operate. We use SCCs.';
    expect(texts(source)).toEqual([
      'Personal data may be transferred to the\nUnited States and to other countries where our\nsub-processors operate.',
      'We use SCCs.',
    ]);
  });

  it('handles empty text, CRLF line ends and lines of whitespace', () => {
    expect(segment('').sentences).toEqual([]);
    expect(texts('First line.\r\n   \r\nSecond line.\r\n')).toEqual(['First line.', 'Second line.']);
  });

  it('gives exact offsets: text === source.slice(start, end) on the seed documents', () => {
    const folder = join(__dirname, '../../fixtures');
    const seeds = readdirSync(folder).filter((name) => /^\d{3}_.*\.txt$/.test(name));
    expect(seeds).toHaveLength(5);
    for (const name of seeds) {
      const source = readFileSync(join(folder, name), 'utf8');
      const { sentences } = segment(source);
      expect(sentences.length, name).toBeGreaterThan(20);
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        expect(sentence.text).toBe(sentence.text.trim());
        previousEnd = sentence.end;
      }
    }
  });
});
