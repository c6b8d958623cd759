import type { Transfer } from '../domain/assessment';
import type { Reason } from './types';

/** More categories than this on one transfer prompts the question whether all are needed. */
const MANY_CATEGORIES = 8;
/** Retention beyond this many days prompts the question whether it is needed (DTIA Studio's threshold). */
const LONG_RETENTION_DAYS = 3 * 365;

const DAYS_PER_UNIT: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** Days from free text such as "30 days", "6 months", "10 years"; null when no such figure is found. */
export function retentionInDays(retention: string): number | null {
  const match = /(\d+(?:[.,]\d+)?)\s*(day|week|month|year|yr)s?\b/i.exec(retention);
  if (!match) return null;
  const unit = (match[2] ?? '').toLowerCase() === 'yr' ? 'year' : (match[2] ?? '').toLowerCase();
  return Number((match[1] ?? '0').replace(',', '.')) * (DAYS_PER_UNIT[unit] ?? 0);
}

const UNLIMITED = /indefinite|unlimited|permanent|forever|no limit|until deletion/i;

/** The minimisation questions this transfer raises (EDPB step 1; GDPR Art. 5(1)(c) and (e)). */
export function minimisationPrompts(transfer: Transfer): Reason[] {
  const prompts: Reason[] = [];
  if (transfer.specialCategories === true) prompts.push({ key: 'engine.minimisation.specialCategories' });
  if (transfer.criminalData === true) prompts.push({ key: 'engine.minimisation.criminalData' });
  if (transfer.format === 'clear' && transfer.needsClearText !== true) prompts.push({ key: 'engine.minimisation.clearText' });
  if (transfer.accessType === 'remote-access') prompts.push({ key: 'engine.minimisation.remoteAccess' });
  const retention = transfer.retention.trim();
  if (retention === '') {
    prompts.push({ key: 'engine.minimisation.retentionMissing' });
  } else {
    const days = retentionInDays(retention);
    if (UNLIMITED.test(retention) || (days !== null && days > LONG_RETENTION_DAYS)) {
      prompts.push({ key: 'engine.minimisation.retentionLong', params: { retention } });
    }
  }
  if (transfer.dataCategories.length > MANY_CATEGORIES) {
    prompts.push({ key: 'engine.minimisation.manyCategories', params: { count: transfer.dataCategories.length } });
  }
  return prompts;
}
