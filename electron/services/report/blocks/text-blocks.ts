import type { PageFlow } from '../page-flow';
import { ColumnBuilder } from '../text-layout';
import { heightOfFirstLines } from '../text-layout';
import { CONTENT_WIDTH, LEFT, type PreparedBlock, type TextStyle } from './primitives';

/** A paragraph across the text width; at least two of its lines stay together. */
export function prepareParagraph(flow: PageFlow, text: string, style: TextStyle, after = 6): PreparedBlock {
  const layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const keep = heightOfFirstLines(layout, 2);
  return {
    lead: keep,
    draw() {
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: keep });
      flow.y += after;
    },
  };
}

/** A heading is drawn only where the start of what follows it fits below it. */
export function prepareHeading(flow: PageFlow, text: string, style: TextStyle, before: number, after: number, next: () => number): PreparedBlock {
  const layout = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const own = layout.height + after;
  return {
    lead: own + 30,
    draw() {
      flow.space(before);
      flow.ensure(own + Math.min(next(), (flow.bottom - flow.top) / 2));
      for (const line of layout.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += own;
    },
  };
}
