import type { FontkitFont } from './pdfkit-internals';

/** Widths are kept in thousandths of an em, the unit of PDF glyph widths, so that one cache serves every size. */
const EM = 1000;
/** A long-running app renders many reports; the cache of measured strings is dropped when it grows past this. */
const MAX_CACHED_STRINGS = 200_000;

/**
 * Glyphs, advance widths and kerning of one font, read once per process and shared by every report rendered with
 * it. Text is set glyph by glyph with the font's kerning pairs: enough for the Latin, Greek and Cyrillic the report
 * prints (text is NFC-normalised first, so accented letters are single glyphs). Scripts that need shaping (Arabic,
 * Indic) are not set correctly by this renderer, as they were not by pdfkit, which does not reorder right-to-left text.
 */
export class FontMetrics {
  /** Ascender above the baseline, in thousandths of an em: pdfkit places text by the top of this box. */
  readonly ascender: number;
  private readonly scale: number;
  private readonly bmpGlyphs = new Int32Array(0x10000).fill(-1);
  private readonly bmpAdvances = new Float64Array(0x10000);
  private readonly astral = new Map<number, { id: number; advance: number }>();
  /**
   * Kerning as a dense table over the few glyphs that kern at all: a glyph's row (as left) or column (as right) index,
   * -1 for glyphs without pairs. Text sets millions of glyph pairs; two array reads per pair keep that cheap.
   */
  private readonly kernRow = new Int32Array(0x10000).fill(-1);
  private readonly kernColumn = new Int32Array(0x10000).fill(-1);
  private readonly kernColumns: number;
  private readonly kernTable: Float32Array;
  private readonly widths = new Map<string, number>();

  constructor(private readonly font: FontkitFont) {
    this.scale = EM / font.unitsPerEm;
    this.ascender = font.ascent * this.scale;
    const pairs = (font.kern?.tables ?? []).flatMap((table) => (table.format === 0 ? (table.subtable?.pairs ?? []) : []));
    let rows = 0;
    let columns = 0;
    for (const pair of pairs) {
      if ((this.kernRow[pair.left] as number) < 0) this.kernRow[pair.left] = rows++;
      if ((this.kernColumn[pair.right] as number) < 0) this.kernColumn[pair.right] = columns++;
    }
    this.kernColumns = columns;
    this.kernTable = new Float32Array(rows * columns);
    for (const pair of pairs) {
      this.kernTable[(this.kernRow[pair.left] as number) * columns + (this.kernColumn[pair.right] as number)] = pair.value * this.scale;
    }
  }

  /** The font's glyph id for a code point (0, the "missing" glyph, where the font has none). */
  glyphId(codePoint: number): number {
    if (codePoint < 0x10000) {
      const known = this.bmpGlyphs[codePoint] as number;
      if (known >= 0) return known;
      const glyph = this.font.glyphForCodePoint(codePoint);
      this.bmpGlyphs[codePoint] = glyph.id;
      this.bmpAdvances[codePoint] = glyph.advanceWidth * this.scale;
      return glyph.id;
    }
    return this.astralGlyph(codePoint).id;
  }

  /** Advance of a code point's glyph, in thousandths of an em. */
  advance(codePoint: number): number {
    if (codePoint < 0x10000) {
      if ((this.bmpGlyphs[codePoint] as number) < 0) this.glyphId(codePoint);
      return this.bmpAdvances[codePoint] as number;
    }
    return this.astralGlyph(codePoint).advance;
  }

  kern(leftGlyph: number, rightGlyph: number): number {
    const row = this.kernRow[leftGlyph] as number;
    if (row < 0) return 0;
    const column = this.kernColumn[rightGlyph] as number;
    return column < 0 ? 0 : (this.kernTable[row * this.kernColumns + column] as number);
  }

  /** Width of a string set in this font, kerning included, in thousandths of an em. */
  width(text: string): number {
    const cached = this.widths.get(text);
    if (cached !== undefined) return cached;
    let width = 0;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i) as number;
      if (codePoint > 0xffff) i += 1;
      const glyph = this.glyphId(codePoint);
      if (previous >= 0) width += this.kern(previous, glyph);
      width += this.advance(codePoint);
      previous = glyph;
    }
    if (this.widths.size >= MAX_CACHED_STRINGS) this.widths.clear();
    this.widths.set(text, width);
    return width;
  }

  private astralGlyph(codePoint: number): { id: number; advance: number } {
    let known = this.astral.get(codePoint);
    if (!known) {
      const glyph = this.font.glyphForCodePoint(codePoint);
      known = { id: glyph.id, advance: glyph.advanceWidth * this.scale };
      this.astral.set(codePoint, known);
    }
    return known;
  }
}

/** Metrics by font file: loadReportFonts returns the same buffers on every call, so they live as long as the app. */
const byFontData = new WeakMap<Buffer, FontMetrics>();

export function fontMetrics(data: Buffer, font: () => FontkitFont): FontMetrics {
  let metrics = byFontData.get(data);
  if (!metrics) {
    metrics = new FontMetrics(font());
    byFontData.set(data, metrics);
  }
  return metrics;
}
