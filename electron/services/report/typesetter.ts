import type { FontName, TextStyle } from './theme';
import type { FontData } from './fonts';
import { fontMetrics, type FontMetrics } from './font-metrics';
import type { ContentBytes } from './content-bytes';
import type { PageContents } from './page-contents';
import { pdfNumber, rgb } from './pdf-ops';
import { embeddedFont, useFontOnPage, type EmbeddedFont } from './pdfkit-internals';

/** A line of text at its place: `top` is the top of its line box in pdfkit's top-down coordinates. */
export interface SetLine {
  text: string;
  style: TextStyle;
  x: number;
  top: number;
  /** Set a space after the text (see PlacedLine.soft). */
  space?: boolean;
}

interface DocumentFont {
  embedded: EmbeddedFont;
  metrics: FontMetrics;
  /** The subset's glyph id for each of the font's glyph ids, -1 until the glyph is first used. */
  subsetIds: Int32Array;
}

/** What follows the backslash for the bytes a literal PDF string must escape (its delimiters, the escape, line ends); 0 for the others. */
const ESCAPED = new Uint8Array(256);
ESCAPED[0x28] = 0x28;
ESCAPED[0x29] = 0x29;
ESCAPED[0x5c] = 0x5c;
ESCAPED[0x0a] = 0x6e;
ESCAPED[0x0d] = 0x72;

const number = pdfNumber;

/**
 * Measures and sets text in the report's embedded fonts. Lines are written as glyph ids of pdfkit's subset fonts, so
 * pdfkit still subsets, embeds and maps the glyphs back to Unicode (text extraction and search work as with its own
 * `text()`); one text object holds many lines, which keeps content streams small and rendering fast.
 */
export class Typesetter {
  private readonly fonts = new Map<FontName, DocumentFont>();
  readonly pageHeight: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly data: FontData,
    private readonly contents: PageContents,
  ) {
    this.pageHeight = doc.page.height;
  }

  metrics(name: FontName): FontMetrics {
    return this.font(name).metrics;
  }

  /** Width of `text` in points. */
  width(text: string, style: TextStyle): number {
    return (this.font(style.font).metrics.width(text) * style.size) / 1000;
  }

  /** Distance from the top of a line box to its baseline. */
  ascent(style: TextStyle): number {
    return (this.font(style.font).metrics.ascender * style.size) / 1000;
  }

  /** Sets the lines on the current page as one text object, in the fonts, sizes and colours of their styles. */
  write(lines: readonly SetLine[]): void {
    if (!lines.some((line) => line.text !== '')) return;
    const out = this.contents.current();
    out.text(`q 1 0 0 -1 0 ${number(this.pageHeight)} cm BT`);
    let font: DocumentFont | null = null;
    let size = 0;
    let colour = '';
    for (const line of lines) {
      if (line.text === '') continue;
      const lineFont = this.font(line.style.font);
      if (lineFont !== font || line.style.size !== size) {
        font = lineFont;
        size = line.style.size;
        useFontOnPage(this.doc, font.embedded);
        out.text(`\n/${font.embedded.id} ${number(size)} Tf`);
      }
      if (line.style.colour !== colour) {
        colour = line.style.colour;
        out.text(`\n${rgb(colour)} rg`);
      }
      const baseline = line.top + (font.metrics.ascender * size) / 1000;
      out.text(`\n1 0 0 1 ${number(line.x)} ${number(this.pageHeight - baseline)} Tm\n`);
      this.encode(out, font, line.text, line.space === true);
    }
    out.text('\nET Q\n');
  }

  /** A show-text operator for `text`: glyph ids two bytes each, kerning as adjustments between them. */
  private encode(out: ContentBytes, font: DocumentFont, text: string, space: boolean): void {
    const { metrics, subsetIds, embedded } = font;
    out.text('[(');
    const length = text.length + (space ? 1 : 0);
    // At most four bytes per glyph (two escaped bytes), and the closing operator.
    out.reserve(4 * length + 8);
    let { buffer } = out;
    let at = out.length;
    let previous = -1;
    for (let i = 0; i < length; i++) {
      let codePoint = i < text.length ? text.charCodeAt(i) : 0x20;
      if (codePoint >= 0xd800 && codePoint < 0xdc00 && i + 1 < text.length) {
        codePoint = text.codePointAt(i) as number;
        i += 1;
      }
      const glyph = metrics.glyphId(codePoint);
      let id = subsetIds[glyph] as number;
      if (id < 0) {
        id = embedded.subset.includeGlyph(glyph);
        subsetIds[glyph] = id;
        embedded.widths[id] = metrics.advance(codePoint);
        if (glyph !== 0) embedded.unicode[id] = [codePoint];
      }
      if (previous >= 0) {
        const kern = metrics.kern(previous, glyph);
        if (kern !== 0) {
          out.length = at;
          out.text(`) ${number(-kern)} (`);
          out.reserve(4 * (length - i) + 8);
          buffer = out.buffer;
          at = out.length;
        }
      }
      const high = id >> 8;
      const low = id & 255;
      const escapedHigh = ESCAPED[high] as number;
      if (escapedHigh === 0) buffer[at++] = high;
      else {
        buffer[at++] = 0x5c;
        buffer[at++] = escapedHigh;
      }
      const escapedLow = ESCAPED[low] as number;
      if (escapedLow === 0) buffer[at++] = low;
      else {
        buffer[at++] = 0x5c;
        buffer[at++] = escapedLow;
      }
      previous = glyph;
    }
    out.length = at;
    out.text(')] TJ');
  }

  private font(name: FontName): DocumentFont {
    let font = this.fonts.get(name);
    if (!font) {
      const embedded = embeddedFont(this.doc, name);
      font = {
        embedded,
        metrics: fontMetrics(this.data[name], () => embedded.font),
        subsetIds: new Int32Array(0x10000).fill(-1),
      };
      this.fonts.set(name, font);
    }
    return font;
  }
}
