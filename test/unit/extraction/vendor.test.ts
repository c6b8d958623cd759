import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../shared/extraction/segment';
import { detectVendor } from '../../../shared/extraction/vendor';

const vendorOf = (source: string) => detectVendor(segment(source));
const seed = (name: string): string => readFileSync(join(__dirname, '../../fixtures', name), 'utf8');

describe('detectVendor', () => {
  it('prefers the name the document defines as "we" over a partner it names more often', () => {
    const source =
      'At TelBuddy ("we", "us", "our"), privacy matters. We connect to Twilio. Twilio sends the messages. ' +
      'Twilio stores the logs. Your Twilio account is yours. TelBuddy operates on a BYOC model.';
    expect(vendorOf(source)).toMatchObject({ name: 'TelBuddy', legalEntity: null });
    expect(vendorOf(source)?.evidence?.text).toBe('At TelBuddy ("we", "us", "our"), privacy matters.');
  });

  it('reads the short name defined in quotes and the legal entity before it', () => {
    const source = 'Zoom Video Communications, Inc. ("Zoom", "we") respects your privacy. Zoom collects data. Zoom uses AWS.';
    expect(vendorOf(source)).toMatchObject({ name: 'Zoom', legalEntity: 'Zoom Video Communications, Inc.' });
  });

  it('reads a legal entity trading under the name', () => {
    const source =
      'This policy describes how The Rocket Science Group LLC d/b/a Mailchimp (“Mailchimp”, “we”, “us”) processes data. ' +
      'Mailchimp uses sub-processors.';
    expect(vendorOf(source)).toMatchObject({ name: 'Mailchimp', legalEntity: 'The Rocket Science Group LLC' });
  });

  it.each([
    ['Acme Cloud GmbH (“we”) is a company in Berlin. Acme processes data in Germany.', 'Acme', 'Acme Cloud GmbH'],
    ['Atlassian uses sub-processors. Atlassian Pty Ltd is the contracting entity. Atlassian hosts data on AWS.', 'Atlassian', 'Atlassian Pty Ltd'],
    ['MessageBird B.V. provides the platform. MessageBird processes messages. MessageBird is a processor.', 'MessageBird', 'MessageBird B.V.'],
    ['Telnyx LLC is the provider. Telnyx stores CDRs. Telnyx offers data locality.', 'Telnyx', 'Telnyx LLC'],
  ])('reads the name and legal form: %s', (source, name, legalEntity) => {
    expect(vendorOf(source)).toMatchObject({ name, legalEntity });
  });

  it('takes the entity with the fewest words between the name and its legal form', () => {
    const source =
      'Twilio processes data. Twilio is a platform. Write to Twilio Ireland Limited, Dublin, or Twilio Inc., San Francisco.';
    expect(vendorOf(source)?.legalEntity).toBe('Twilio Inc.');
  });

  it('returns null when no name stands out', () => {
    expect(vendorOf('We use cookies. The data is stored securely. Please contact us.')).toBeNull();
    expect(vendorOf('')).toBeNull();
  });

  it('does not take laws, regulators or countries for the vendor', () => {
    const source = 'GDPR applies. The GDPR is a law. Germany is a country. Germany has rules. Acme (“we”) follows GDPR.';
    expect(vendorOf(source)?.name).toBe('Acme');
  });

  it.each([
    ['000_dac82eb4ce5db20e.txt', 'Qualyon', null],
    ['001_0e2383ff3c06b88f.txt', 'Qliento', null],
    ['002_7c90d0f1a853ce8b.txt', 'Telnyx', null],
    ['003_dd5531d24f9e349b.txt', 'TelBuddy', null],
    ['004_dd27f6e47548c1c9.txt', 'Twilio', 'Twilio Inc.'],
  ])('finds the vendor of seed %s', (file, name, legalEntity) => {
    const source = seed(file);
    const vendor = detectVendor(segment(source));
    expect(vendor).toMatchObject({ name, legalEntity });
    expect(vendor?.evidence?.text).toContain(name);
    expect(source.slice(vendor!.evidence!.start, vendor!.evidence!.end)).toBe(vendor!.evidence!.text);
  });
});
