import { percentInputValue, withDecimalMark } from '../chart/format-probability';
import type { PortfolioRow } from './query';

/**
 * The portfolio as a CSV file for spreadsheets: RFC 4180 quoting and line ends, UTF-8 with a byte order mark (without
 * it Excel reads the file in the system's code page and garbles umlauts), and the field separator Excel expects for
 * the language: a comma in English, a semicolon in German, where the comma is the decimal mark.
 */

export type CsvLanguage = 'en' | 'de';

export const CSV_SEPARATOR: Record<CsvLanguage, string> = { en: ',', de: ';' };
export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, tab and carriage return, that some tools strip
 * before checking). Such a cell gets a leading apostrophe, so that a title such as `=HYPERLINK(…)` stays text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, separator: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = guarded.includes('"') || guarded.includes('\n') || guarded.includes('\r') || guarded.includes(separator);
  return needsQuotes ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The whole file: the byte order mark, then one CRLF-terminated record per row. */
export function csvText(records: readonly (readonly string[])[], separator: string): string {
  return BYTE_ORDER_MARK + records.map((record) => `${record.map((cell) => csvCell(cell, separator)).join(separator)}\r\n`).join('');
}

export const PORTFOLIO_CSV_COLUMNS = [
  'title',
  'status',
  'outcome',
  'importer',
  'countries',
  'tools',
  'residualRisk',
  'assessor',
  'approver',
  'nextReviewDate',
  'updatedAt',
] as const;
export type PortfolioCsvColumn = (typeof PORTFOLIO_CSV_COLUMNS)[number];

/** What the cells need in words: the headers and the labels of codes, in the file's language. */
export interface CsvWording {
  header(column: PortfolioCsvColumn): string;
  status(code: string): string;
  outcome(code: string): string;
  tool(code: string): string;
  country(code: string): string;
}

/** "2026-03-15T09:41:07.123Z" → "2026-03-15 09:41", which spreadsheets read as a date and time in either language. */
function spreadsheetTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}

function cells(row: PortfolioRow, wording: CsvWording, language: CsvLanguage): Record<PortfolioCsvColumn, string> {
  return {
    title: row.title,
    status: row.status === '' ? '' : wording.status(row.status),
    outcome: row.outcome === '' ? '' : wording.outcome(row.outcome),
    importer: row.importer,
    countries: row.countries.map((code) => wording.country(code)).join(', '),
    tools: row.tools.map((code) => wording.tool(code)).join('; '),
    // A bare number in percent, with the language's decimal mark, so that the spreadsheet can sort and sum it.
    residualRisk: row.residualRisk === null ? '' : withDecimalMark(percentInputValue(row.residualRisk), language),
    assessor: row.assessor,
    approver: row.approver,
    nextReviewDate: row.nextReviewDate,
    updatedAt: spreadsheetTime(row.updatedAt),
  };
}

/** The header record and one record per portfolio row, in the portfolio's order. */
export function portfolioCsvRecords(rows: readonly PortfolioRow[], wording: CsvWording, language: CsvLanguage): string[][] {
  const header = PORTFOLIO_CSV_COLUMNS.map((column) => wording.header(column));
  return [header, ...rows.map((row) => {
    const byColumn = cells(row, wording, language);
    return PORTFOLIO_CSV_COLUMNS.map((column) => byColumn[column]);
  })];
}
