import type { ContentsPlan } from './contents-plan';
import { PAGE } from './theme';

/** Where an outline item leads: its page, scrolled to its heading. */
interface OutlineTarget {
  pageNumber: number;
  top: number;
  /** pdfkit places the destination at `width - left`; the page's width puts it at the left edge. */
  left: number;
}

/** The PDF outline (bookmarks) mirrors the table of contents: sections, and their headings beneath them. */
export function addOutline(doc: PDFKit.PDFDocument, contents: ContentsPlan): void {
  let parent: PDFKit.PDFOutline | null = null;
  for (const entry of contents.entries) {
    if (entry.page === null) continue;
    const target: OutlineTarget = { pageNumber: entry.page, top: Math.max(0, entry.top - 12), left: PAGE.width };
    const addItem = (outline: PDFKit.PDFOutline) => (outline.addItem as (title: string, options: OutlineTarget) => PDFKit.PDFOutline).call(outline, entry.text, target);
    if (entry.level === 1 || !parent) parent = addItem(doc.outline);
    else addItem(parent);
  }
}
