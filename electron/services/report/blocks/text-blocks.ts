import type { PageFlow } from '../page-flow';
import { heightOfFirstLines, textColumn, type PartRole } from '../text-layout';
import { CONTENT_WIDTH, LEFT, type PreparedBlock, type TextStyle } from './primitives';

/** A paragraph across the text width; at least two of its lines stay together. */
export function prepareParagraph(flow: PageFlow, text: string, style: TextStyle, after = 5): PreparedBlock {
  const layout = textColumn(flow.type, text, style, CONTENT_WIDTH);
  const keep = heightOfFirstLines(layout, 2);
  return {
    lead: keep,
    draw() {
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: keep });
      flow.y += after;
    },
  };
}

/**
 * A heading is drawn only where the start of what follows it fits below it (keep with next); its lead includes that
 * start, so a heading right after another heading takes it along too.
 */
export function prepareHeading(
  flow: PageFlow,
  text: string,
  style: TextStyle,
  role: Extract<PartRole, 'H2' | 'H3'>,
  spacing: { before: number; after: number },
  next: () => number,
  placed?: (page: number, top: number) => void,
): PreparedBlock {
  const layout = textColumn(flow.type, text, style, CONTENT_WIDTH, { role });
  const own = layout.height + spacing.after;
  const following = () => Math.min(next(), flow.pageBody - own - spacing.before);
  return {
    get lead() {
      return own + following();
    },
    draw() {
      flow.space(spacing.before);
      flow.ensure(own + following());
      placed?.(flow.pageIndex, flow.y);
      flow.drawColumn({ x: LEFT, layout }, flow.y);
      flow.y += own;
    },
  };
}
