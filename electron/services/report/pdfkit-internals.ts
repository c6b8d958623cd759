/**
 * The few pdfkit internals the renderer relies on, typed narrowly. The renderer sets its own text (see
 * text-writer.ts) because pdfkit's `text()` costs more per line than the whole rest of the layout, and a large report
 * has tens of thousands of lines; it still uses pdfkit's fonts, so that pdfkit subsets and embeds them as usual.
 * pdfkit is pinned to an exact version in package.json, so these do not move under the renderer.
 */

/** A glyph of a fontkit font, in font units. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

/** The legacy `kern` table (format 0): pairs of glyph ids and their adjustment, in font units. */
export interface FontkitKernTable {
  tables?: { format: number; subtable?: { pairs?: { left: number; right: number; value: number }[] } }[];
}

export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  kern?: FontkitKernTable;
}

/** pdfkit's embedded (subset) font of one document. */
export interface EmbeddedFont {
  id: string;
  font: FontkitFont;
  subset: { includeGlyph(glyphId: number): number };
  /** Advance widths by subset glyph id, in thousandths of an em: pdfkit writes them as the font's /W array. */
  widths: number[];
  /** Code points by subset glyph id: pdfkit writes them as the font's ToUnicode map, which text extraction reads. */
  unicode: number[][];
  ref(): unknown;
}

interface PageInternals {
  fonts: Record<string, unknown>;
}

interface DocumentInternals {
  _font: EmbeddedFont;
  page: PageInternals;
}

/** The embedded font registered under `name` in `doc` (pdfkit creates it on first use). */
export function embeddedFont(doc: PDFKit.PDFDocument, name: string): EmbeddedFont {
  doc.font(name);
  return (doc as unknown as DocumentInternals)._font;
}

/** Lists the font among the current page's resources, as pdfkit does when it draws text. */
export function useFontOnPage(doc: PDFKit.PDFDocument, font: EmbeddedFont): void {
  const fonts = (doc as unknown as DocumentInternals).page.fonts;
  if (fonts[font.id] === undefined) fonts[font.id] = font.ref();
}
