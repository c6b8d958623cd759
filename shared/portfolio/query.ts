import { z } from 'zod';

/** What the portfolio asks for: a text search, filters, an order and one page. */
export const PORTFOLIO_SORT_COLUMNS = [
  'title',
  'status',
  'outcome',
  'importer',
  'residualRisk',
  'nextReviewDate',
  'updatedAt',
] as const;
export type PortfolioSortColumn = (typeof PORTFOLIO_SORT_COLUMNS)[number];

export const REVIEW_FILTERS = ['overdue', 'due-soon'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** A review is "soon due" within this many days from today. */
export const DUE_SOON_DAYS = 30;
export const MAX_PAGE_SIZE = 200;

const code = z.string().min(1).max(40);

export const portfolioQuerySchema = z
  .object({
    text: z.string().max(300),
    statuses: z.array(code).max(20),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(250),
    tools: z.array(code).max(20),
    outcomes: z.array(code).max(20),
    review: z.union([z.enum(REVIEW_FILTERS), z.null()]),
    sort: z.object({ column: z.enum(PORTFOLIO_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict(),
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
  })
  .strict();
export type PortfolioQuery = z.infer<typeof portfolioQuerySchema>;

export function defaultPortfolioQuery(): PortfolioQuery {
  return {
    text: '',
    statuses: [],
    countries: [],
    tools: [],
    outcomes: [],
    review: null,
    sort: { column: 'nextReviewDate', direction: 'asc' },
    offset: 0,
    limit: 50,
  };
}

export const portfolioRowSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.string(),
    outcome: z.string(),
    importer: z.string(),
    /** Destination country codes. */
    countries: z.array(z.string()),
    tools: z.array(z.string()),
    residualRisk: z.number().nullable(),
    assessor: z.string(),
    approver: z.string(),
    nextReviewDate: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type PortfolioRow = z.infer<typeof portfolioRowSchema>;

export const portfolioCountsSchema = z
  .object({
    byStatus: z.record(z.string(), z.number().int()),
    byCountry: z.record(z.string(), z.number().int()),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
  })
  .strict();

export const portfolioPageSchema = z
  .object({ rows: z.array(portfolioRowSchema), total: z.number().int(), counts: portfolioCountsSchema })
  .strict();
export type PortfolioPage = z.infer<typeof portfolioPageSchema>;

export const savedViewSchema = z
  .object({ id: z.string(), name: z.string().min(1).max(100), query: portfolioQuerySchema, createdAt: z.string() })
  .strict();
export type SavedView = z.infer<typeof savedViewSchema>;

/**
 * Letters that SQLite's `remove_diacritics` leaves alone because Unicode gives them no decomposition (ł is not l plus
 * a mark). The indexed text and the search words are both folded with this, so "lodz" finds "Łódź" and back.
 */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŀ: 'l', Ŀ: 'L', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D',
};
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

export function foldForSearch(text: string): string {
  return text.replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/**
 * The FTS5 MATCH expression for what the user typed: every word becomes a quoted string (so that quotes, NEAR, AND,
 * '*' or parentheses are plain text), and the last one a prefix, for search as you type. Null when nothing is left.
 */
export function ftsMatchExpression(text: string): string | null {
  const words = foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, 20);
  if (words.length === 0) return null;
  const quoted = words.map((word) => `"${word.replaceAll('"', '""')}"`);
  quoted[quoted.length - 1] = `${quoted[quoted.length - 1]}*`;
  return quoted.join(' ');
}

/** An ISO date `days` after `today` (YYYY-MM-DD), in UTC so that it never shifts with the time zone. */
export function addDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
