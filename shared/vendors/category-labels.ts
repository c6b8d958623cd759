import type { DataCategory } from '../extraction/data-categories';

/**
 * How a data category read from a vendor's document is written into the transfer map. The map's categories are the
 * user's own lines of text (there is no fixed list to pick from), so these read as a privacy officer would write
 * them in Annex I.B of the SCCs.
 */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, string>> = {
  contact: 'Contact details (e-mail addresses, telephone numbers, postal addresses)',
  identification: 'Identification data (names, dates of birth)',
  account: 'Account data (user names, log-in credentials)',
  billing: 'Billing and transaction data',
  'payment-card': 'Payment card data',
  financial: 'Financial data (bank details)',
  'communications-content': 'Content of communications (messages, calls, e-mails)',
  'communications-metadata': 'Communications metadata (call and message detail records)',
  'call-recordings': 'Call recordings',
  location: 'Location data',
  'device-online-identifiers': 'Device and online identifiers (IP addresses, device IDs)',
  usage: 'Usage data (logs, interactions with the service)',
  employment: 'Employment data (job titles, employers)',
  'special-categories': 'Special categories of personal data (Art. 9 GDPR)',
  children: 'Personal data of children',
  biometric: 'Biometric data',
  'government-id': 'Government identifiers (passport, national ID numbers)',
  'marketing-preferences': 'Marketing preferences',
};

/** The label of a category id; an id the list does not know (a fact edited by hand) is written as it is. */
export function dataCategoryLabel(normalized: string): string {
  return (DATA_CATEGORY_LABELS as Record<string, string | undefined>)[normalized] ?? normalized;
}
