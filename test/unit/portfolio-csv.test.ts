import { describe, expect, it } from 'vitest';
import { BYTE_ORDER_MARK, csvCell, csvText, portfolioCsvRecords, type CsvWording } from '../../shared/portfolio/csv';
import type { PortfolioRow } from '../../shared/portfolio/query';
import { parseCsv } from '../fixtures/parse-csv';

describe('csvCell', () => {
  it.each([
    ['plain', ',', 'plain'],
    ['a,b', ',', '"a,b"'],
    ['a,b', ';', 'a,b'],
    ['a;b', ';', '"a;b"'],
    ['say "hi"', ',', '"say ""hi"""'],
    ['two\nlines', ',', '"two\nlines"'],
    ['cr\rhere', ',', '"cr\rhere"'],
    ['=1+1', ',', "'=1+1"],
    ['+49 30', ',', "'+49 30"],
    ['-5', ',', "'-5"],
    ['@cmd', ',', "'@cmd"],
    ['\tstarts with tab', ',', "'\tstarts with tab"],
    ['=A1,"x"', ',', '"\'=A1,""x"""'],
    ['a=b', ',', 'a=b'],
    ['', ',', ''],
    ['Übermittlung', ';', 'Übermittlung'],
  ])('%j with %j → %j', (value, separator, expected) => {
    expect(csvCell(value, separator)).toBe(expected);
  });
});

describe('csvText', () => {
  it('starts with the byte order mark, ends every record in CRLF and reads back as written', () => {
    const records = [['a', 'b,c'], ['line\nbreak', 'quote "q"'], ['', 'ä']];
    const text = csvText(records, ',');
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(text).toBe(`${BYTE_ORDER_MARK}a,"b,c"\r\n"line\nbreak","quote ""q"""\r\n,ä\r\n`);
    expect(parseCsv(text, ',')).toEqual(records);
  });
});

describe('portfolioCsvRecords', () => {
  const wording: CsvWording = {
    header: (column) => column.toUpperCase(),
    status: (code) => `status:${code}`,
    outcome: (code) => `outcome:${code}`,
    tool: (code) => `tool:${code}`,
    country: (code) => `country:${code}`,
  };
  const row: PortfolioRow = {
    id: 'x',
    title: 'Support',
    status: 'in-review',
    outcome: '',
    importer: 'Twilio Inc.',
    countries: ['US', 'BR'],
    tools: ['dpf', 'scc'],
    residualRisk: 0.0123456,
    assessor: 'Zofia',
    approver: '',
    nextReviewDate: '2027-05-20',
    updatedAt: '2026-03-15T09:41:07.123Z',
  };

  it('writes the header, codes in words, the residual risk in percent and times spreadsheets read', () => {
    const [header, record] = portfolioCsvRecords([row], wording, 'en');
    expect(header).toEqual(['TITLE', 'STATUS', 'OUTCOME', 'IMPORTER', 'COUNTRIES', 'TOOLS', 'RESIDUALRISK', 'ASSESSOR', 'APPROVER', 'NEXTREVIEWDATE', 'UPDATEDAT']);
    expect(record).toEqual(['Support', 'status:in-review', '', 'Twilio Inc.', 'country:US, country:BR', 'tool:dpf; tool:scc', '1.23456', 'Zofia', '', '2027-05-20', '2026-03-15 09:41']);
    expect(portfolioCsvRecords([row], wording, 'de')[1]![6]).toBe('1,23456');
    expect(portfolioCsvRecords([{ ...row, residualRisk: null }], wording, 'en')[1]![6]).toBe('');
  });
});
