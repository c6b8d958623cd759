import type { ReportModel } from '../../../shared/report/model';
import { lineOps, writeContent } from './pdf-ops';
import type { Tagger } from './tagging';
import { wrapText } from './text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES, type TextStyle } from './theme';
import type { SetLine, Typesetter } from './typesetter';

const LEFT = PAGE.margin.left;
const RIGHT = PAGE.margin.left + CONTENT_WIDTH;
const GAP = 16;

/** The first line of `text`, shortened with an ellipsis when it is longer than `width`. */
function oneLine(type: Typesetter, text: string, style: TextStyle, width: number): string {
  const lines = wrapText(type, text, style, width);
  if (lines.length <= 1) return lines[0] ?? '';
  return `${(lines[0] ?? '').replace(/\s+\S*$/, '')} …`;
}

/** `style`, smaller where `text` would otherwise be wider than `width`. */
function fitted(type: Typesetter, text: string, style: TextStyle, width: number): TextStyle {
  const natural = type.width(text, style);
  return natural <= width ? style : { ...style, size: (style.size * width) / natural };
}

/**
 * Running header (every page after the cover: the report and assessment, and the confidentiality marking in bold at
 * the right) and footer with "Page X of Y" (every page), drawn once all pages exist so that Y is known. Both are
 * pagination artifacts, which assistive technology skips.
 */
export function drawPageFurniture(doc: PDFKit.PDFDocument, type: Typesetter, tags: Tagger, model: ReportModel): void {
  const range = doc.bufferedPageRange();
  const pages = range.count;
  const marking = model.confidentiality.trim();
  // The marking is never shortened: a long one is set smaller, and the running header gives way to it.
  const markingStyle = fitted(type, marking, STYLES.runningMarking, (CONTENT_WIDTH * 2) / 3);
  const markingWidth = marking === '' ? 0 : type.width(marking, markingStyle);
  const header = oneLine(type, model.runningHeader, STYLES.running, CONTENT_WIDTH - (markingWidth > 0 ? markingWidth + GAP : 0));
  for (let index = 0; index < pages; index++) {
    doc.switchToPage(range.start + index);
    const pageLabel = model.pageTemplate.replace('{page}', String(index + 1)).replace('{pages}', String(pages));
    const pageLabelWidth = type.width(pageLabel, STYLES.running);
    const footer = oneLine(type, model.footerNote, STYLES.running, CONTENT_WIDTH - pageLabelWidth - GAP);
    if (index > 0) {
      tags.artifact(
        () => {
          const lines: SetLine[] = [{ text: header, style: STYLES.running, x: LEFT, top: PAGE.headerY }];
          if (marking !== '') lines.push({ text: marking, style: markingStyle, x: RIGHT - markingWidth, top: PAGE.headerY - 0.3 });
          writeContent(doc, lineOps(LEFT, PAGE.headerY + 13, RIGHT, PAGE.headerY + 13, 0.5, COLOURS.rule));
          type.write(lines);
        },
        'Pagination',
        'Header',
      );
    }
    tags.artifact(
      () => {
        writeContent(doc, lineOps(LEFT, PAGE.footerY - 6, RIGHT, PAGE.footerY - 6, 0.5, COLOURS.rule));
        type.write([
          { text: footer, style: STYLES.running, x: LEFT, top: PAGE.footerY },
          { text: pageLabel, style: STYLES.running, x: RIGHT - pageLabelWidth, top: PAGE.footerY },
        ]);
      },
      'Pagination',
      'Footer',
    );
  }
}
