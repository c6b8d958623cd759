import { LEFT, RIGHT } from './blocks/primitives';
import type { ContentsEntry, ContentsPlan } from './contents-plan';
import { titleRule } from './cover-parts';
import type { PageFlow } from './page-flow';
import type { StructNode } from './tagging';
import { textColumn, type ColumnLayout } from './text-layout';
import { COLOURS, CONTENT_WIDTH, STYLES } from './theme';

/** Room kept at the right of every entry for its page number. */
const NUMBER_WIDTH = 30;
const INDENT = 16;

interface PlacedEntry {
  entry: ContentsEntry;
  layout: ColumnLayout;
  x: number;
  page: number;
  top: number;
}

export interface ReservedContents {
  title: ColumnLayout;
  firstPage: number;
  entries: PlacedEntry[];
  sect: StructNode;
  heading: StructNode;
  list: StructNode;
}

/**
 * Lays the entries out on as many pages as they need and leaves those pages blank: their page numbers are known only
 * once the sections are laid out (see fillContents). The structure elements are made now, so that the contents come
 * between the summary and the sections in reading order.
 */
export function reserveContents(flow: PageFlow, title: string, plan: ContentsPlan): ReservedContents {
  const { tags } = flow;
  const sect = tags.element('Sect', tags.root);
  const heading = textColumn(flow.type, title, STYLES.pageTitle, CONTENT_WIDTH, { role: null });
  const firstPage = flow.pageIndex;
  let page = firstPage;
  let y = flow.y + heading.height + 22;
  const entries = plan.entries.map((entry) => {
    const level1 = entry.level === 1;
    const x = LEFT + (level1 ? 0 : INDENT);
    const layout = textColumn(flow.type, entry.text, level1 ? STYLES.contentsSection : STYLES.contentsHeading, RIGHT - NUMBER_WIDTH - 10 - x, { role: null });
    const before = level1 ? 7 : 2;
    if (y + before + layout.height > flow.bottom) {
      page += 1;
      y = flow.top;
    } else if (y > flow.top) {
      y += before;
    }
    const placed: PlacedEntry = { entry, layout, x, page, top: y };
    y += layout.height;
    return placed;
  });
  for (let extra = firstPage; extra < page; extra++) flow.newPage();
  const headingNode = tags.element('H1', sect);
  return { title: heading, firstPage, entries, sect, heading: headingNode, list: tags.element('TOC', sect) };
}

/** Draws the reserved contents pages, now that every entry has its page. */
export function fillContents(flow: PageFlow, reserved: ReservedContents): void {
  const { doc, tags, type } = flow;
  doc.switchToPage(reserved.firstPage);
  flow.drawColumn({ x: LEFT, layout: reserved.title, container: reserved.heading }, flow.top);
  reserved.heading.element.end();
  titleRule(flow, flow.top + reserved.title.height + 4);
  let page = reserved.firstPage;
  for (const placed of reserved.entries) {
    if (placed.page !== page) {
      page = placed.page;
      doc.switchToPage(page);
    }
    const target = placed.entry.page;
    if (target === null) continue;
    const number = String(target + 1);
    const item = tags.element('TOCI', reserved.list);
    const link = tags.element('Link', item);
    const style = placed.layout.lines[0]?.style ?? STYLES.contentsHeading;
    const last = placed.layout.lines[placed.layout.lines.length - 1];
    const lastTop = placed.top + (last?.dy ?? 0);
    flow.drawColumn({ x: placed.x, layout: placed.layout, container: link }, placed.top);
    tags.content(link, () => type.write([{ text: number, style, x: RIGHT - type.width(number, style), top: lastTop }]));
    // pdfkit links a number to that page (0-based) of the document.
    doc.link(placed.x, placed.top, RIGHT - placed.x, placed.layout.height, target as unknown as string, { structParent: link.element, Contents: new String(placed.entry.text) } as object);
    item.element.end();
    // Dotted leaders from the end of the entry's last line to its number.
    const from = placed.x + type.width(last?.text ?? '', style) + 5;
    const to = RIGHT - type.width(number, style) - 5;
    const baseline = lastTop + type.ascent(style);
    if (to > from) {
      tags.artifact(() => {
        doc.save().moveTo(from, baseline).lineTo(to, baseline).lineWidth(0.8).lineCap('round').dash(0.01, { space: 3 }).strokeColor(COLOURS.muted).stroke().undash().restore();
      });
    }
  }
  reserved.sect.element.end();
}
