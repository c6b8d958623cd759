import { describe, expect, it } from 'vitest';
import { joinPages, pageText, type TextRun } from '../../electron/services/documents/pdf-layout';

/** Runs laid out as a page of 10-point text shows them: one per line, 12 points apart, the margin at x = 500. */
function lines(...rows: [text: string, options?: { x?: number; gapBefore?: number; width?: number; size?: number }][]): TextRun[] {
  let y = 800;
  return rows.map(([text, options = {}]) => {
    y -= options.gapBefore ?? 12;
    const size = options.size ?? 10;
    return { text, x: options.x ?? 50, y, width: options.width ?? 450, size, endsLine: true };
  });
}

describe('pageText', () => {
  it('joins lines wrapped at the margin into one paragraph and keeps paragraphs apart', () => {
    const runs = lines(
      ['Acme stores Customer Data in data centres located in the', {}],
      ['United States and transfers it under the Standard', {}],
      ['Contractual Clauses.', { width: 100 }],
      ['We notify customers of government requests.', { gapBefore: 20, width: 220 }],
    );
    expect(pageText(runs)).toBe(
      'Acme stores Customer Data in data centres located in the United States and transfers it under the Standard Contractual Clauses.\n\n' +
        'We notify customers of government requests.',
    );
  });

  it('ends a line that stops short of the margin, and starts list items and headings on lines of their own', () => {
    const runs = lines(
      ['Sub-processors', { size: 14, width: 120 }],
      ['We use the following providers:', { width: 200 }],
      ['• Amazon Web Services (United States)', { x: 60, width: 250 }],
      ['• Twilio Inc. (United States)', { x: 60, width: 200 }],
    );
    expect(pageText(runs)).toBe('Sub-processors\nWe use the following providers:\n• Amazon Web Services (United States)\n• Twilio Inc. (United States)');
  });

  it('puts the runs of one line together, adding the spaces the PDF leaves out', () => {
    const runs: TextRun[] = [
      { text: 'Data is encrypted', x: 50, y: 700, width: 80, size: 10, endsLine: false },
      { text: 'at rest', x: 133, y: 700, width: 30, size: 10, endsLine: false },
      { text: 'with AES-256.', x: 166, y: 700.2, width: 60, size: 10, endsLine: true },
      { text: '', x: 50, y: 688, width: 0, size: 10, endsLine: true },
    ];
    expect(pageText(runs)).toBe('Data is encrypted at rest with AES-256.');
  });

  it('keeps the hyphen of a word broken at the margin and joins it without a space', () => {
    const runs = lines(['Our list of sub-', {}], ['processors is published on our website.', { width: 200 }]);
    expect(pageText(runs)).toBe('Our list of sub-processors is published on our website.');
  });

  it('tells paragraphs apart on a page of mostly one-line paragraphs, by the one paragraph that wraps', () => {
    const runs = lines(
      ['Retention', { width: 60 }],
      ['Call detail records are kept for seven years after the end of the', { gapBefore: 20 }],
      ['contract.', { width: 50 }],
      ['Messages are deleted after 30 days, unless the customer chose a longer period in the portal.', { gapBefore: 20 }],
      ['Recordings are kept until the customer deletes them, or the account is closed for good.', { gapBefore: 20 }],
      ['Backups are overwritten after 35 days.', { gapBefore: 20, width: 180 }],
    );
    expect(pageText(runs)).toBe(
      'Retention\n\nCall detail records are kept for seven years after the end of the contract.\n\n' +
        'Messages are deleted after 30 days, unless the customer chose a longer period in the portal.\n\n' +
        'Recordings are kept until the customer deletes them, or the account is closed for good.\n\nBackups are overwritten after 35 days.',
    );
  });
});

describe('joinPages', () => {
  it('separates pages by a line break and leaves out pages without text', () => {
    expect(joinPages(['First page.', '', 'Second page.'])).toBe('First page.\nSecond page.');
  });
});
