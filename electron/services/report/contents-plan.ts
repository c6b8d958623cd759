import type { ReportModel } from '../../../shared/report/model';

/** An entry of the table of contents, and where layout put what it names. */
export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  /** 0-based page index, once laid out. */
  page: number | null;
  /** Top of the entry's heading on its page (pdfkit's top-down coordinates), for the outline's destination. */
  top: number;
}

/** Where each entry comes from, so layout can tell the plan where it put it. */
export type ContentsKey = 'summary' | 'signOff' | { section: number; block?: number };

/**
 * The table of contents is known before layout (the summary, every section and its headings, the sign-off page), so
 * its pages can be reserved up front; layout then records the page of each entry, and the numbers are filled in last.
 */
export class ContentsPlan {
  readonly entries: ContentsEntry[] = [];
  private readonly byKey = new Map<string, ContentsEntry>();

  constructor(model: ReportModel) {
    this.add('summary', 1, model.executiveSummary.title);
    model.sections.forEach((section, s) => {
      this.add({ section: s }, 1, sectionTitle(section.label, section.title));
      section.blocks.forEach((block, b) => {
        if (block.kind === 'heading') this.add({ section: s, block: b }, 2, block.text);
      });
    });
    this.add('signOff', 1, sectionTitle(model.signOff.label, model.signOff.title));
  }

  /** Records that the entry's heading was drawn at `top` on page `page`. */
  placed(key: ContentsKey, page: number, top: number): void {
    const entry = this.byKey.get(keyOf(key));
    if (entry && entry.page === null) {
      entry.page = page;
      entry.top = top;
    }
  }

  private add(key: ContentsKey, level: 1 | 2, text: string): void {
    const entry: ContentsEntry = { level, text, page: null, top: 0 };
    this.entries.push(entry);
    this.byKey.set(keyOf(key), entry);
  }
}

/** "Step 1: Know your transfers": the label is left out where it only repeats the title. */
export function sectionTitle(label: string, title: string): string {
  return label.trim() === '' || label.trim() === title.trim() ? title : `${label}: ${title}`;
}

function keyOf(key: ContentsKey): string {
  return typeof key === 'string' ? key : `${key.section}/${key.block ?? ''}`;
}
