import type { Font } from 'fontkit';
import { outlineText } from './glyph-outlines';
import { formatNumber } from './serialize';

/**
 * The visible signature block: a thin frame and a few lines of text (the first in bold), as the content stream of
 * the widget's appearance form XObject, whose bounding box is [0 0 width height]. The text takes the largest size
 * up to MAX_SIZE at which it fits, wrapping long lines at spaces, and is centred vertically.
 */

export interface BlockFonts {
  regular: Font;
  bold: Font;
}

interface Row {
  text: string;
  font: Font;
}

const LEADING = 1.3;
const MAX_SIZE = 10;
const MIN_WRAPPED_SIZE = 5;
const n = formatNumber;

const widths = new WeakMap<Font, Map<string, number>>();

/** Width in ems. Layout (shaping) is the slow part, and wrapping measures the same words at every size tried. */
function measure(font: Font, text: string): number {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  let width = cache.get(text);
  if (width === undefined) {
    width = font.layout(text).advanceWidth / font.unitsPerEm;
    if (cache.size < 10_000) cache.set(text, width);
  }
  return width;
}

/** From the first ascender to the last descender: about 1.2 sizes for one row, LEADING sizes for each further one. */
const blockHeight = (rows: number, size: number) => size * (1.2 + LEADING * (rows - 1));

function wrap(text: string, font: Font, widthEm: number): string[] {
  const words = text.split(/ +/);
  const space = measure(font, ' ');
  const rows: string[] = [];
  let row = '';
  let rowWidth = 0;
  for (const word of words) {
    const wordWidth = measure(font, word);
    if (row && rowWidth + space + wordWidth > widthEm) {
      rows.push(row);
      [row, rowWidth] = [word, wordWidth];
    } else {
      [row, rowWidth] = row ? [`${row} ${word}`, rowWidth + space + wordWidth] : [word, wordWidth];
    }
  }
  rows.push(row);
  return rows;
}

function layout(lines: string[], fonts: BlockFonts, width: number, height: number): { rows: Row[]; size: number } {
  const fontOf = (index: number) => (index === 0 ? fonts.bold : fonts.regular);
  for (let size = MAX_SIZE; size >= MIN_WRAPPED_SIZE; size -= 0.5) {
    const rows = lines.flatMap((line, index) => wrap(line, fontOf(index), width / size).map((text) => ({ text, font: fontOf(index) })));
    if (blockHeight(rows.length, size) <= height) return { rows, size };
  }
  // Too small a box to wrap in: one row per line, as large as the height allows (each row still shrinks to fit).
  return { rows: lines.map((text, index) => ({ text, font: fontOf(index) })), size: Math.min(MAX_SIZE, height / blockHeight(lines.length, 1)) };
}

export function signatureBlockContent(width: number, height: number, lines: string[], fonts: BlockFonts): string {
  if (width < 4 || height < 4 || lines.length === 0) return '';
  const padding = Math.min(8, Math.max(2, Math.min(width, height) * 0.06));
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  const { rows, size } = layout(lines, fonts, innerWidth, innerHeight);
  const top = height - padding - (innerHeight - blockHeight(rows.length, size)) / 2;

  const ops = ['q', '0.42 0.45 0.5 RG 0.6 w', `0.3 0.3 ${n(width - 0.6)} ${n(height - 0.6)} re S`, '0.1 0.12 0.15 rg'];
  rows.forEach(({ text, font }, index) => {
    const outlined = outlineText(font, text);
    if (!outlined.path) return;
    // A row that is still too wide (one long word) shrinks on its own rather than leave the box.
    const rowSize = outlined.width > 0 ? Math.min(size, (innerWidth * font.unitsPerEm) / outlined.width) : size;
    const scale = rowSize / font.unitsPerEm;
    const baseline = top - size * 0.95 - index * size * LEADING;
    ops.push(`q ${n(scale)} 0 0 ${n(scale)} ${n(padding)} ${n(baseline)} cm`, outlined.path, 'f Q');
  });
  ops.push('Q');
  return ops.join('\n');
}
