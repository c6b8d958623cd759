/**
 * Factor ids of scenarios created from a library template: the trigger is "trigger", the i-th precondition
 * "precondition-<i>". The risk model finds a factor's library default through them; factors the user adds get
 * other ids and have no default.
 */
export const TRIGGER_FACTOR_ID = 'trigger';

export const templateFactorId = (index: number): string => `precondition-${index}`;

export function templateFactorIndex(factorId: string): number | null {
  const match = /^precondition-(\d+)$/.exec(factorId);
  return match ? Number(match[1]) : null;
}
