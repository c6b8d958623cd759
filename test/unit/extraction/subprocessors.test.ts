import { describe, expect, it } from 'vitest';
import { extractSubprocessors } from '../../../shared/extraction/subprocessors';
import { RECIPIENTS, recipientByAlias } from '../../../shared/extraction/recipients';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function recipientsIn(sentences: string[], heading: string | null = null, vendorName?: string): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractSubprocessors(document, vendorName ? { vendorName } : {});
  expectEvidenceInSource(document, facts);
  return normalizedOf(facts);
}

describe('recipient gazetteer', () => {
  it('holds about a hundred providers, each alias naming one of them', () => {
    expect(RECIPIENTS.length).toBeGreaterThanOrEqual(100);
    const aliases = RECIPIENTS.flatMap((recipient) => recipient.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('files aliases and products under their canonical name', () => {
    expect(recipientByAlias('AWS')?.canonical).toBe('Amazon Web Services');
    expect(recipientByAlias('GCP')?.canonical).toBe('Google Cloud');
    expect(recipientByAlias('Google Analytics')?.canonical).toBe('Google');
    expect(recipientByAlias('Azure')?.canonical).toBe('Microsoft Azure');
    expect(recipientByAlias('Facebook')?.canonical).toBe('Meta');
    expect(recipientByAlias('Nexmo')?.canonical).toBe('Vonage');
    expect(recipientByAlias('Jira')?.canonical).toBe('Atlassian');
    expect(recipientByAlias('aws')).toBeNull();
  });
});

describe('extractSubprocessors: named providers', () => {
  it('reads recipients with their stated purpose from a list in parentheses', () => {
    const document = sentencesOf([
      'Qliento integrates with third-party providers to deliver the service, including Meta (WhatsApp Business API), OpenAI (AI processing), and Stripe (billing).',
    ]);
    const facts = extractSubprocessors(document);
    expect(facts.map((fact) => [fact.normalized, fact.purpose])).toEqual([
      ['Meta', 'WhatsApp Business API'],
      ['OpenAI', 'AI processing'],
      ['Stripe', 'billing'],
    ]);
    expectEvidenceInSource(document, facts);
  });

  it('finds hosting, payment, AI and communications providers in the ways policies name them', () => {
    expect(recipientsIn(['For example, we use Amazon Web Services data centers to assist us in storing your data.'])).toEqual([
      'Amazon Web Services',
    ]);
    expect(recipientsIn(['Our platform is hosted on AWS in the eu-west-1 region.'])).toEqual(['Amazon Web Services']);
    expect(recipientsIn(['We use secure third-party payment gateways (e.g., Stripe) to process transactions.'])).toEqual(['Stripe']);
    expect(recipientsIn(['Customer Content may be shared with our AI providers, OpenAI and Anthropic, to generate summaries.'])).toEqual([
      'OpenAI',
      'Anthropic',
    ]);
    expect(recipientsIn(['Emails are delivered through SendGrid and text messages through Twilio.'])).toEqual(['SendGrid', 'Twilio']);
    expect(recipientsIn(['We rely on Google Cloud Platform and Microsoft Azure for infrastructure.'])).toEqual([
      'Google Cloud',
      'Microsoft Azure',
    ]);
  });

  it('reports an analytics tool that receives cookie data as a recipient under the company name', () => {
    expect(recipientsIn(['We use Google Analytics to understand how visitors use our website.'])).toEqual(['Google']);
  });

  it('gives one fact per recipient, with the plainest sentence as evidence', () => {
    const document = sectionsOf([
      { heading: 'Introduction', sentences: ['TelBuddy runs on top of Twilio’s API services.'] },
      { heading: 'Third-Party Sharing', sentences: ['Twilio: As an interface, we transmit your commands to Twilio.'] },
    ]);
    const facts = extractSubprocessors(document);
    expect(normalizedOf(facts)).toEqual(['Twilio']);
    expect(facts[0]!.evidence.text).toBe('Twilio: As an interface, we transmit your commands to Twilio.');
  });

  it('reads purpose and countries from the rows of a sub-processor list', () => {
    const document = sectionsOf([
      {
        heading: 'List of Sub-processors',
        sentences: [
          'Amazon Web Services — Cloud hosting — United States, Ireland',
          'Zendesk | Customer support ticketing | United States',
          'Acme Analytics GmbH (product analytics, Germany)',
          'Northwind Mail — Email delivery — EU',
        ],
      },
    ]);
    const facts = extractSubprocessors(document);
    expectEvidenceInSource(document, facts);
    expect(facts.map((fact) => [fact.normalized, fact.purpose, fact.countries])).toEqual([
      ['Amazon Web Services', 'Cloud hosting', ['US', 'IE']],
      ['Zendesk', 'Customer support ticketing', ['US']],
      ['Acme Analytics', 'product analytics', ['DE']],
      ['Northwind Mail', 'Email delivery', ['EU']],
    ]);
  });

  it('reads tab-separated table rows and leaves the header row out', () => {
    const document = sectionsOf([
      {
        heading: 'Sub-processors',
        sentences: ['Entity Name\tPurpose\tLocation', 'Google LLC\tCloud infrastructure\tUnited States', 'Datadog, Inc.\tMonitoring\tUSA'],
      },
    ]);
    const facts = extractSubprocessors(document);
    expect(facts.map((fact) => [fact.normalized, fact.purpose, fact.countries])).toEqual([
      ['Google', 'Cloud infrastructure', ['US']],
      ['Datadog', 'Monitoring', ['US']],
    ]);
  });

  it('leaves the author of a titled policy out of its own sub-processor list', () => {
    const document = sectionsOf([
      { heading: 'Slack Privacy Policy', sentences: ['Slack uses sub-processors to provide the Services.'] },
      { heading: 'Sub-processors', sentences: ['Amazon Web Services, Inc. — Cloud hosting — United States', 'Slack Technologies Limited — affiliate — Ireland'] },
    ]);
    expect(normalizedOf(extractSubprocessors(document))).toEqual(['Amazon Web Services']);
  });

  it('reads rows of company, purpose and country where the list heading was not recognised', () => {
    const document = sectionsOf([
      {
        heading: 'Annex III',
        sentences: ['Intercom R&D Unlimited Company – Customer messaging – Ireland', 'Northpass Ltd – Training platform – United Kingdom'],
      },
    ]);
    const facts = extractSubprocessors(document);
    expect(facts.map((fact) => [fact.normalized, fact.purpose, fact.countries])).toEqual([
      ['Intercom', 'Customer messaging', ['IE']],
      ['Northpass', 'Training platform', ['GB']],
    ]);
  });

  it('reads a company named with its legal form where the sentence is about recipients', () => {
    expect(recipientsIn(['Our sub-processors include Contoso Hosting Ltd. (hosting, United Kingdom).'])).toEqual(['Contoso Hosting']);
  });
});

describe('extractSubprocessors: what is not a recipient', () => {
  it('does not read ordinary words as providers', () => {
    expect(recipientsIn(['Meta data such as timestamps is stored with each message.'])).toEqual([]);
    expect(recipientsIn(['We collect metadata about calls and share it with service providers.'])).toEqual([]);
    expect(recipientsIn(['Segment your audience by region before you share campaigns with partners.'])).toEqual([]);
    expect(recipientsIn(['Square brackets mark optional fields in the data we share with vendors.'])).toEqual([]);
    expect(recipientsIn(['Users can zoom in on the map; the slack in our schedule lets service providers catch up.'])).toEqual([]);
    expect(recipientsIn(['Elastic scaling lets our hosting providers absorb peaks.'])).toEqual([]);
  });

  it('reads those names when they are plainly the company', () => {
    expect(recipientsIn(['We share meeting recordings with Zoom, our video conferencing provider.'])).toEqual(['Zoom']);
    expect(recipientsIn(['Internal messages are processed by our service provider Slack.'])).toEqual(['Slack']);
    expect(recipientsIn(['Slack — internal communication — United States'], 'Sub-processors')).toEqual(['Slack']);
    expect(recipientsIn(['Event data is sent to our sub-processor Segment for analytics.'])).toEqual(['Segment']);
    expect(recipientsIn(['Error reports are sent to Sentry.'])).toEqual(['Sentry']);
  });

  it('needs a sentence about recipients before a product or channel name counts', () => {
    expect(recipientsIn(['Now available for Voice, Fax, WhatsApp and Wireless, including Media Storage.'])).toEqual([]);
    expect(recipientsIn(['Message content is shared with Meta via the WhatsApp Business API, a third-party provider.'])).toEqual(['Meta']);
  });

  it('leaves out the vendor itself, its own brands and group companies', () => {
    const twilio = sentencesOf([
      'Twilio Privacy Statement',
      'Twilio is a cloud communications platform that manages email applications (such as through our SendGrid products and services).',
      'Personal information processed by Twilio may be transferred to the United States, where our service providers operate.',
      'SendGrid services rely on Standard Contractual Clauses for transfers to our sub-processors.',
    ]);
    expect(normalizedOf(extractSubprocessors(twilio))).toEqual([]);
    const telbuddy = sentencesOf([
      'At TelBuddy ("we", "us", "our"), protecting your data is the foundation of our architecture.',
      'We transmit your commands to Twilio, our communications provider.',
    ]);
    expect(normalizedOf(extractSubprocessors(telbuddy))).toEqual(['Twilio']);
    expect(recipientsIn(['We require all service providers, including other Telnyx companies, to sign contracts.'])).toEqual([]);
  });

  it('leaves out the vendor named by the caller', () => {
    const sentences = ['Stripe shares data with its service providers, including Amazon Web Services.'];
    expect(recipientsIn(sentences, null, 'Stripe, Inc.')).toEqual(['Amazon Web Services']);
  });

  it('does not read app stores and social media links as recipients', () => {
    expect(recipientsIn(['You can download the app from Google Play or the App Store.'])).toEqual([]);
    expect(recipientsIn(['You can follow us on Facebook, LinkedIn and Twitter.'])).toEqual([]);
  });

  it('does not read customers, competitors, refusals or generic roles as recipients', () => {
    expect(recipientsIn(['Our customers include Stripe, Zendesk and HubSpot, who use our hosting platform.'])).toEqual([]);
    expect(recipientsIn(['We do not use Google Analytics or any other third-party analytics provider.'])).toEqual([]);
    expect(recipientsIn(['Payment Processors: We use secure payment gateways to process transactions.'], 'Third-Party Sharing')).toEqual([]);
    expect(recipientsIn(['Twilio Inc., 375 Beale Street, Suite 300, San Francisco, CA 94105 (our worldwide headquarters)'])).toEqual([]);
  });

  it('does not read a list of group companies that says nothing of the data as recipients', () => {
    expect(recipientsIn(['Example Communications GmbH — Germany'], 'Affiliates')).toEqual([]);
    expect(recipientsIn(['We may share data with Example Inc. and its affiliates.'])).toEqual([]);
  });

  it('reads a company named in brackets after a recipient as its legal entity, not as another recipient', () => {
    expect(recipientsIn(['Microsoft Azure (Microsoft Ireland Operations Limited) – hosting, as above.'], 'Sub-processors')).toEqual(['Microsoft Azure']);
    expect(recipientsIn(['Postmark (ActiveCampaign, LLC) – transactional e-mail'], 'Sub-processors')).toEqual(['Postmark']);
    expect(recipientsIn(['Our data is hosted by Amazon Web Services (Amazon Web Services EMEA SARL) in Ireland.'])).toEqual(['Amazon Web Services']);
    expect(recipientsIn(['We use Stripe (payments) and Zendesk, Inc. (support tickets) as service providers.'])).toEqual(['Stripe', 'Zendesk']);
    expect(recipientsIn(['Microsoft Ireland Operations Limited (Azure) – hosting of the customer portal – Ireland'], 'Sub-processors')).toEqual([
      'Microsoft Azure',
    ]);
    expect(recipientsIn(['Vonage (Nexmo Inc.) – fallback SMS delivery'], 'Sub-processors')).toEqual(['Vonage']);
  });

  it('reads the author from the sentence that introduces its own list', () => {
    const document = sectionsOf([
      { heading: 'Sub-processors', sentences: ['Vidyo Communications uses the following sub-processors.', 'Vidyo Communications Ltd — Support — Ireland', 'Okta, Inc. — Identity management — United States'] },
    ]);
    expect(normalizedOf(extractSubprocessors(document))).toEqual(['Okta']);
  });
});
