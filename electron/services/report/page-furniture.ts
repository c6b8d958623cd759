import type { ReportModel } from '../../../shared/report/model';
import { wrapText } from './text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES } from './theme';

const LEFT = PAGE.margin.left;
const RIGHT = PAGE.margin.left + CONTENT_WIDTH;

/** The first line of `text`, shortened with an ellipsis when it is longer than `width`. */
function oneLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  const lines = wrapText(doc, text, STYLES.running, width);
  if (lines.length <= 1) return lines[0] ?? '';
  const first = lines[0] ?? '';
  return `${first.replace(/\s+\S*$/, '')} …`;
}

function drawAt(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  doc.font(STYLES.running.font).fontSize(STYLES.running.size).fillColor(STYLES.running.colour);
  doc.text(text, x, y, { lineBreak: false });
}

/**
 * Running header (every page after the cover) and footer with "Page X of Y" (every page), drawn once all pages
 * exist so that Y is known.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, model: ReportModel): void {
  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let index = 0; index < pages; index++) {
    doc.switchToPage(range.start + index);
    const pageLabel = model.pageTemplate.replace('{page}', String(index + 1)).replace('{pages}', String(pages));
    doc.font(STYLES.running.font).fontSize(STYLES.running.size);
    const pageLabelWidth = doc.widthOfString(pageLabel);

    if (index > 0) {
      drawAt(doc, oneLine(doc, model.runningHeader, CONTENT_WIDTH), LEFT, PAGE.headerY);
      doc.save().moveTo(LEFT, PAGE.headerY + 13).lineTo(RIGHT, PAGE.headerY + 13).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
    }
    doc.save().moveTo(LEFT, PAGE.footerY - 6).lineTo(RIGHT, PAGE.footerY - 6).lineWidth(0.5).strokeColor(COLOURS.rule).stroke().restore();
    drawAt(doc, oneLine(doc, model.footerNote, CONTENT_WIDTH - pageLabelWidth - 20), LEFT, PAGE.footerY);
    drawAt(doc, pageLabel, RIGHT - pageLabelWidth, PAGE.footerY);
  }
}
