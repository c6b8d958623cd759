/**
 * Widely used providers that vendors name as sub-processors or other recipients, with the names documents use for
 * them. Names are matched with their capitalisation as written ("AWS", "OpenAI"). Some names are also English
 * words or common prefixes ("Slack", "Zoom", "Segment", "Meta" in "Meta data"), and some name a channel or product
 * as often as the company that receives data ("WhatsApp numbers", "Facebook page"): those need more evidence
 * before they count (see subprocessors.ts); distinctive aliases ("Slack Technologies", "Meta Platforms") do not.
 *
 * Products are filed under the company that runs them when that is how a transfer assessment looks at them:
 * "Google Analytics" and "Firebase" are Google, "WhatsApp" and "Facebook" are Meta, "Jira" is Atlassian. Cloud
 * platforms that customers assess separately from the rest of the company keep their own name ("Google Cloud",
 * "Microsoft Azure").
 */

export type RecipientKind =
  | 'cloud-hosting'
  | 'ai'
  | 'payments'
  | 'communications'
  | 'analytics'
  | 'crm-support'
  | 'collaboration'
  | 'security-identity'
  | 'hr-finance'
  | 'advertising-social'
  | 'data-platform';

export interface RecipientEntry {
  canonical: string;
  kind: RecipientKind;
  aliases: string[];
  /** Aliases that are also English words or prefixes ("Slack", "Meta"). */
  ordinaryWords: string[];
  /** Aliases that name a product or channel as often as the company receiving data ("WhatsApp", "Facebook"). */
  productNames: string[];
}

interface EntryFlags {
  ordinaryWord?: boolean;
  productNames?: string[];
}

function entry(canonical: string, kind: RecipientKind, aliases: string[] = [], flags: EntryFlags | boolean = {}): RecipientEntry {
  const { ordinaryWord = false, productNames = [] } = typeof flags === 'boolean' ? { ordinaryWord: flags } : flags;
  return { canonical, kind, aliases: [canonical, ...aliases, ...productNames], ordinaryWords: ordinaryWord ? [canonical] : [], productNames };
}

export const RECIPIENTS: readonly RecipientEntry[] = [
  entry('Amazon Web Services', 'cloud-hosting', ['AWS', 'Amazon', 'Amazon S3', 'Amazon SES', 'Amazon.com Services']),
  entry('Google Cloud', 'cloud-hosting', ['Google Cloud Platform', 'GCP', 'Google Compute Engine', 'BigQuery']),
  entry('Google', 'analytics', ['Google LLC', 'Google Ireland', 'Google Analytics', 'Google Workspace', 'G Suite', 'Google Ads', 'Firebase', 'Google Tag Manager', 'reCAPTCHA', 'Gemini API']),
  entry('Microsoft Azure', 'cloud-hosting', ['Azure', 'Azure OpenAI Service', 'Azure OpenAI']),
  entry('Microsoft', 'collaboration', ['Microsoft Corporation', 'Microsoft 365', 'Office 365', 'Microsoft Teams', 'Dynamics 365']),
  entry('Oracle', 'cloud-hosting', ['Oracle Cloud', 'Oracle Cloud Infrastructure', 'NetSuite']),
  entry('IBM', 'cloud-hosting', ['IBM Cloud', 'Red Hat']),
  entry('Alibaba Cloud', 'cloud-hosting', ['Aliyun']),
  entry('DigitalOcean', 'cloud-hosting', ['Digital Ocean']),
  entry('Hetzner', 'cloud-hosting', ['Hetzner Online']),
  entry('OVHcloud', 'cloud-hosting', ['OVH']),
  entry('Rackspace', 'cloud-hosting'),
  entry('Equinix', 'cloud-hosting'),
  entry('Digital Realty', 'cloud-hosting', ['Interxion']),
  entry('Heroku', 'cloud-hosting'),
  entry('Vercel', 'cloud-hosting'),
  entry('Netlify', 'cloud-hosting'),
  entry('Cloudflare', 'cloud-hosting'),
  entry('Fastly', 'cloud-hosting'),
  entry('Akamai', 'cloud-hosting', ['Linode']),
  entry('MongoDB', 'data-platform', ['MongoDB Atlas']),
  entry('Elastic', 'data-platform', ['Elasticsearch', 'Elastic Cloud', 'Elastic N.V.'], true),
  entry('Redis', 'data-platform', ['Redis Labs']),
  entry('Snowflake', 'data-platform', [], true),
  entry('Databricks', 'data-platform'),
  entry('Confluent', 'data-platform'),
  entry('Fivetran', 'data-platform'),
  entry('Salesforce', 'crm-support', ['Salesforce.com', 'Tableau', 'MuleSoft']),
  entry('OpenAI', 'ai', ['ChatGPT', 'OpenAI API']),
  entry('Anthropic', 'ai'),
  entry('Cohere', 'ai', [], true),
  entry('Mistral AI', 'ai'),
  entry('Hugging Face', 'ai'),
  entry('ElevenLabs', 'ai'),
  entry('Deepgram', 'ai'),
  entry('AssemblyAI', 'ai'),
  entry('Meta', 'advertising-social', ['Meta Platforms', 'WhatsApp Business API', 'WhatsApp Business Platform'], {
    ordinaryWord: true,
    productNames: ['Facebook', 'Instagram', 'WhatsApp', 'Messenger'],
  }),
  entry('LinkedIn', 'advertising-social'),
  entry('X Corp', 'advertising-social', ['Twitter']),
  entry('TikTok', 'advertising-social'),
  entry('Pinterest', 'advertising-social'),
  entry('Criteo', 'advertising-social'),
  entry('Stripe', 'payments'),
  entry('PayPal', 'payments'),
  entry('Adyen', 'payments'),
  entry('Braintree', 'payments'),
  entry('Square', 'payments', ['Block, Inc.'], true),
  entry('Worldpay', 'payments'),
  entry('Checkout.com', 'payments'),
  entry('Klarna', 'payments'),
  entry('GoCardless', 'payments'),
  entry('Chargebee', 'payments'),
  entry('Recurly', 'payments'),
  entry('Paddle', 'payments', [], true),
  entry('Zuora', 'payments'),
  entry('Plaid', 'payments', [], true),
  entry('Twilio', 'communications', ['Twilio Inc.']),
  entry('SendGrid', 'communications', ['Twilio SendGrid']),
  entry('Vonage', 'communications', ['Nexmo']),
  entry('Sinch', 'communications'),
  entry('Bandwidth', 'communications', ['Bandwidth Inc.'], true),
  entry('MessageBird', 'communications', ['Bird.com']),
  entry('Plivo', 'communications'),
  entry('Telnyx', 'communications'),
  entry('Infobip', 'communications'),
  entry('Mailgun', 'communications'),
  entry('Postmark', 'communications', [], true),
  entry('Mailchimp', 'communications', ['MailChimp', 'Mandrill', 'Intuit Mailchimp']),
  entry('Brevo', 'communications', ['Sendinblue']),
  entry('Customer.io', 'communications'),
  entry('Braze', 'communications'),
  entry('Klaviyo', 'communications'),
  entry('OneSignal', 'communications'),
  entry('HubSpot', 'crm-support', ['Hubspot']),
  entry('Zendesk', 'crm-support'),
  entry('Intercom', 'crm-support', [], true),
  entry('Freshworks', 'crm-support', ['Freshdesk']),
  entry('Pipedrive', 'crm-support'),
  entry('Gong', 'crm-support', ['Gong.io'], true),
  entry('Gainsight', 'crm-support'),
  entry('Help Scout', 'crm-support'),
  entry('Qualtrics', 'crm-support'),
  entry('SurveyMonkey', 'crm-support'),
  entry('Typeform', 'crm-support'),
  entry('Calendly', 'crm-support'),
  entry('Adobe', 'crm-support', ['Marketo', 'Adobe Sign', 'Adobe Analytics']),
  entry('Atlassian', 'collaboration', ['Jira', 'Trello', 'Bitbucket', 'Opsgenie']),
  entry('Slack', 'collaboration', ['Slack Technologies'], true),
  entry('Zoom', 'collaboration', ['Zoom Video Communications'], true),
  entry('Dropbox', 'collaboration'),
  entry('Asana', 'collaboration'),
  entry('Miro', 'collaboration'),
  entry('Airtable', 'collaboration'),
  entry('Notion', 'collaboration', ['Notion Labs'], true),
  entry('GitHub', 'collaboration'),
  entry('GitLab', 'collaboration'),
  entry('DocuSign', 'collaboration'),
  entry('Segment', 'analytics', ['Twilio Segment', 'Segment.io', 'Segment.com'], true),
  entry('Mixpanel', 'analytics'),
  entry('Amplitude', 'analytics', [], true),
  entry('Heap', 'analytics', ['Heap Analytics'], true),
  entry('Hotjar', 'analytics'),
  entry('FullStory', 'analytics'),
  entry('LogRocket', 'analytics'),
  entry('Pendo', 'analytics'),
  entry('Optimizely', 'analytics'),
  entry('Sentry', 'analytics', ['Functional Software'], true),
  entry('New Relic', 'analytics'),
  entry('Datadog', 'analytics'),
  entry('Splunk', 'analytics'),
  entry('Sumo Logic', 'analytics'),
  entry('PagerDuty', 'analytics'),
  entry('Grafana Labs', 'analytics', ['Grafana Cloud']),
  entry('Okta', 'security-identity'),
  entry('Auth0', 'security-identity'),
  entry('OneLogin', 'security-identity'),
  entry('Ping Identity', 'security-identity'),
  entry('CrowdStrike', 'security-identity'),
  entry('Zscaler', 'security-identity'),
  entry('Onfido', 'security-identity'),
  entry('Jumio', 'security-identity'),
  entry('Veriff', 'security-identity'),
  entry('Workday', 'hr-finance', [], true),
  entry('ADP', 'hr-finance'),
  entry('BambooHR', 'hr-finance'),
  entry('Rippling', 'hr-finance'),
  entry('Deel', 'hr-finance'),
  entry('SAP', 'hr-finance', ['SAP SE', 'SuccessFactors', 'SAP Concur']),
  entry('Intuit', 'hr-finance', ['QuickBooks']),
  entry('Xero', 'hr-finance'),
  entry('Avalara', 'hr-finance'),
  entry('Expensify', 'hr-finance'),
];

const BY_ALIAS = new Map<string, RecipientEntry>(RECIPIENTS.flatMap((recipient) => recipient.aliases.map((alias) => [alias, recipient] as const)));

/** The provider a name as written refers to ("AWS" → Amazon Web Services), or null. */
export function recipientByAlias(alias: string): RecipientEntry | null {
  return BY_ALIAS.get(alias) ?? null;
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every alias as a whole word with its capitalisation, longest first so "Amazon Web Services" wins over "Amazon".
 * Not inside e-mail addresses, domains or longer words ("stripe.com", "Metadata").
 */
export const RECIPIENT_NAME_PATTERN = new RegExp(
  `(?<![\\w@./])(?:${[...BY_ALIAS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeForPattern)
    .join('|')})(?![\\w@]|\\.[a-z])`,
  'g',
);
