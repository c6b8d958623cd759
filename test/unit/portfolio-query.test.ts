import { describe, expect, it } from 'vitest';
import { addDays, defaultPortfolioQuery, foldForSearch, ftsMatchExpression, portfolioQuerySchema } from '../../shared/portfolio/query';

describe('portfolio query', () => {
  it('quotes every word and makes the last a prefix', () => {
    expect(ftsMatchExpression('Cloud hosting')).toBe('"Cloud" "hosting"*');
    expect(ftsMatchExpression('a NEAR(b "c") OR *d')).toBe('"a" "NEAR" "b" "c" "OR" "d"*');
    expect(ftsMatchExpression(' "*()" ')).toBeNull();
  });

  it('folds letters that have no decomposition', () => {
    expect(foldForSearch('Łódź Straße Øresund')).toBe('Lódź Strasse Oresund');
  });

  it('adds days across month ends in UTC', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
  });

  it('refuses a page larger than 200', () => {
    expect(portfolioQuerySchema.safeParse({ ...defaultPortfolioQuery(), limit: 201 }).success).toBe(false);
    expect(portfolioQuerySchema.safeParse(defaultPortfolioQuery()).success).toBe(true);
  });
});
