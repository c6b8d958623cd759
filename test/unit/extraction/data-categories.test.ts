import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, extractDataCategories } from '../../../shared/extraction/data-categories';
import { expectEvidenceInSource, normalizedOf, sectionsOf, sentencesOf } from './support/sentences';

function categoriesIn(sentences: string[], heading: string | null = null): string[] {
  const document = sentencesOf(sentences, heading);
  const facts = extractDataCategories(document);
  expectEvidenceInSource(document, facts);
  return [...normalizedOf(facts)].sort();
}

describe('DATA_CATEGORIES', () => {
  it('is a small taxonomy of distinct ids', () => {
    expect(new Set(DATA_CATEGORIES).size).toBe(DATA_CATEGORIES.length);
    expect(DATA_CATEGORIES).toContain('communications-metadata');
    expect(DATA_CATEGORIES).toContain('device-online-identifiers');
  });
});

describe('extractDataCategories', () => {
  it('reads contact, account and device data from a list of what is collected', () => {
    expect(categoriesIn(['When you register, we collect your name, email address, phone number and password.'])).toEqual([
      'account',
      'contact',
      'identification',
    ]);
    expect(categoriesIn(['Usage data: IP addresses, browser type, pages visited, and feature interactions.'], 'Data We Collect')).toEqual([
      'device-online-identifiers',
      'usage',
    ]);
    expect(categoriesIn(['We receive cookie identifiers and device IDs from your browser.'])).toEqual(['device-online-identifiers']);
  });

  it('tells the content of communications from their metadata', () => {
    expect(categoriesIn(['We store call detail records (CDRs) and message logs for billing.'])).toEqual(['communications-metadata']);
    expect(categoriesIn(['Your end users’ information may be contained in the content of communications you send.'])).toEqual([
      'communications-content',
    ]);
    expect(categoriesIn(['We process the contents of messages and calls only to deliver them.'])).toEqual(['communications-content']);
    expect(categoriesIn(['Your Customer Usage Data (e.g., communications metadata) is processed to route calls.'])).toEqual([
      'communications-metadata',
      'usage',
    ]);
    expect(categoriesIn(['Call recordings you enable are stored in the region you choose.'])).toEqual(['call-recordings']);
  });

  it('reads billing, payment card and financial data', () => {
    expect(categoriesIn(['We collect billing information and your credit card number through our payment processor.'])).toEqual([
      'billing',
      'payment-card',
    ]);
    expect(categoriesIn(['For payouts we process your bank account details and tax identification number.'])).toEqual(['financial']);
  });

  it('reads sensitive kinds of data', () => {
    expect(categoriesIn(['We may process health information you include in support tickets.'])).toEqual(['special-categories']);
    expect(categoriesIn(['Identity verification uses a photo of your passport and facial recognition.'])).toEqual([
      'biometric',
      'government-id',
    ]);
    expect(categoriesIn(['We collect precise location data from your device when you allow it.'])).toEqual(['location']);
    expect(categoriesIn(['Schools using our service upload student data on behalf of their pupils.'])).toEqual(['children']);
  });

  it('reads employment data and marketing preferences', () => {
    expect(categoriesIn(['We collect your job title and employer name when you request a demo.'])).toEqual(['employment']);
    expect(categoriesIn(['You can update your marketing preferences in your account at any time.'])).toEqual(['marketing-preferences']);
  });

  it('does not report data the document says it does not collect', () => {
    expect(categoriesIn(['We do not knowingly collect personal data from children under 16.'])).toEqual([]);
    expect(categoriesIn(['We never collect biometric data or precise location data.'])).toEqual([]);
  });

  it('reads data the document does not store itself as still passing through it', () => {
    expect(categoriesIn(['We do not store your full credit card number on our servers.'])).toEqual(['payment-card']);
    expect(categoriesIn(['We do not retain message content after delivery.'])).toEqual(['communications-content']);
  });

  it('does not report data the customer is forbidden to send, or data named as absent', () => {
    expect(categoriesIn(['Our contract forbids customers to send names, e-mail addresses or any special category of personal data.'])).toEqual([]);
    expect(categoriesIn(['Customers must not upload health information or payment card data to the service.'])).toEqual([]);
    expect(categoriesIn(['Our SDK rejects fields that look like e-mail addresses or phone numbers.'])).toEqual([]);
    expect(categoriesIn(['We analyse pseudonymous app events, without names, contact details or message content.'])).toEqual(['usage']);
    expect(categoriesIn(['Without limiting the above, we collect your email address to send receipts.'])).toEqual(['contact']);
  });

  it('does not report a category a list entry answers with "none"', () => {
    expect(categoriesIn(['Special categories of data: none intended.'], 'Categories of personal data')).toEqual([]);
    expect(categoriesIn(['Biometric data – not processed.'], 'Categories of personal data')).toEqual([]);
    expect(categoriesIn(['Health data: yes, where a customer records it in a ticket.'], 'Categories of personal data')).toEqual(['special-categories']);
  });

  it('does not read a pointer to another section as a statement that data is processed', () => {
    expect(
      categoriesIn(['Here is how we handle certain types of data like children’s data or protected health information, and do-not-track signals.']),
    ).toEqual([]);
    expect(categoriesIn(['This section explains how to treat health data you receive from patients.'])).toEqual([]);
    expect(categoriesIn(['We process health data only with your explicit consent.'])).toEqual(['special-categories']);
  });

  it('does not report data another provider keeps for the user', () => {
    expect(categoriesIn(['You own your contact lists and message logs stored within your Twilio account.'])).toEqual([]);
    expect(categoriesIn(['Your contacts and call recordings remain in your Google Workspace account.'])).toEqual([]);
    const own = sectionsOf([{ heading: 'Acme Privacy Policy', sentences: ['Your call logs are stored in your Acme account.'] }]);
    expect(normalizedOf(extractDataCategories(own))).toEqual(['communications-metadata']);
  });

  it('still reports data the document says it does not sell', () => {
    expect(categoriesIn(['We never sell, rent, or trade your contact lists or message contents to third parties.'])).toEqual([
      'communications-content',
      'contact',
    ]);
  });

  it('does not read a place of storage as location data, nor a standard’s description as the vendor’s data', () => {
    expect(categoriesIn(['Discover our data location portal.'])).toEqual([]);
    expect(categoriesIn(['ISO/IEC 27000 standards help organizations manage assets such as financial information.'])).toEqual([]);
  });

  it('reads a person’s name, but not the name of a company, a domain or an event', () => {
    expect(categoriesIn(['We ask for your name and your business e-mail address.'])).toEqual(['contact', 'identification']);
    expect(categoriesIn(['Account data: Name, email address, organization name, and password (hashed).'], 'Information We Collect')).toEqual([
      'account',
      'contact',
      'identification',
    ]);
    expect(categoriesIn(['We process the account data of staff (name, business e-mail address, hashed password).'])).toEqual([
      'account',
      'contact',
      'identification',
    ]);
    expect(categoriesIn(['Slack stores the names and e-mail addresses of members of a workspace.'])).toEqual(['contact', 'identification']);
    expect(categoriesIn(['Zoom processes the names of participants and the meeting topic.'])).toEqual(['identification']);
    expect(categoriesIn(['We store the names of the files and folders you create.'])).toEqual([]);
    expect(categoriesIn(['We collect your customers’ names and phone numbers when you import them.'])).toEqual(['contact', 'identification']);
    expect(categoriesIn(['We record your company name, domain name and the name of each event you send.'])).toEqual([]);
    expect(categoriesIn(['Name: Nordlicht Cloud GmbH; address: Hamburg.'], 'Data importer')).toEqual([]);
  });

  it('reads data described rather than named', () => {
    expect(categoriesIn(['When you use the app we record how you use it: which pages you open and the actions you take.'])).toEqual(['usage']);
    expect(categoriesIn(['Kestrel processes event data sent by our customers’ apps.'])).toEqual(['usage']);
    expect(categoriesIn(['We derive a coarse location (country and region) from the IP address.'])).toEqual([
      'device-online-identifiers',
      'location',
    ]);
    expect(categoriesIn(['Approximate location: the city and country we derive from your IP address.'])).toEqual([
      'device-online-identifiers',
      'location',
    ]);
    expect(categoriesIn(['Customer Messages: the text, images and attachments you send.'])).toEqual(['communications-content']);
    expect(categoriesIn(['We store support ticket contents submitted by the Customer.'])).toEqual(['communications-content']);
    expect(categoriesIn(['The content of those e-mails then becomes part of your CRM Data.'])).toEqual(['communications-content']);
    expect(categoriesIn(['You can change your email preferences in Settings.'])).toEqual(['marketing-preferences']);
    expect(categoriesIn(['Telnyx business operations and analytics (“Usage Data”)\tUSA'])).toEqual(['usage']);
  });

  it('reads how people engage with e-mails as usage data', () => {
    expect(categoriesIn(['When contacts open a campaign, we record whether the email was opened and which links were clicked.'])).toEqual(['usage']);
    expect(categoriesIn(['Reports show open rates and click-through rates for each campaign you send.'])).toEqual(['usage']);
    expect(categoriesIn(['You can export your list in a few clicks.'])).toEqual([]);
  });

  it('does not report data the user is told not to upload', () => {
    expect(categoriesIn(['You are responsible for not uploading sensitive personal information such as health data.'])).toEqual([]);
    expect(categoriesIn(['Please do not submit payment card numbers in support tickets.'])).toEqual([]);
  });

  it('reads timestamps as communications metadata only in a sentence about communications', () => {
    expect(categoriesIn(['WhatsApp data: Messages sent and received via connected numbers, contact identifiers, and timestamps.'])).toEqual([
      'communications-content',
      'communications-metadata',
    ]);
    expect(categoriesIn(['Message metadata: sender and recipient numbers, time sent and delivered.'], 'Information We Collect')).toEqual([
      'communications-metadata',
    ]);
    expect(categoriesIn(['Log data: source IP addresses, timestamps, user agents and API calls made.'])).toEqual([
      'device-online-identifiers',
      'usage',
    ]);
    expect(categoriesIn(['We process event data: the name of the event and a timestamp.'])).toEqual(['usage']);
  });

  it('reads what users send by its form only with a verb of sending, and not a storage location as location data', () => {
    expect(categoriesIn(['Our data location portal lets you choose the region where we store data.'])).toEqual([]);
    expect(categoriesIn(['You can choose the text size and the images you see in our app.'])).toEqual([]);
    expect(categoriesIn(['We store the photos and voice notes you share in a chat.'])).toEqual(['communications-content']);
  });

  it('gives one fact per category, from the first sentence that names it', () => {
    const document = sectionsOf([
      { heading: 'Information We Collect', sentences: ['Account data: name, email address and password.', 'Support data: your email address and the content of your messages.'] },
    ]);
    const facts = extractDataCategories(document);
    expect(facts.filter((fact) => fact.normalized === 'contact')).toHaveLength(1);
    expect(facts.find((fact) => fact.normalized === 'contact')!.evidence.text).toBe('Account data: name, email address and password.');
  });
});
