import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FontMetrics } from '../../electron/services/report/font-metrics';
import { loadReportFonts, registerReportFonts } from '../../electron/services/report/fonts';
import { embeddedFont, type FontkitFont } from '../../electron/services/report/pdfkit-internals';
import { FONT_FILES, type FontName } from '../../electron/services/report/theme';
import { RESOURCES_DIR } from '../fixtures/report-assessment';

/** fontkit's own shaping of a text, as pdfkit's `text()` would set it: the sum of the glyphs' advances. */
interface Shaping {
  layout(text: string): { glyphs: unknown[]; positions: { xAdvance: number }[] };
}

function fontkitFont(name: FontName): FontkitFont & Shaping {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerReportFonts(doc, loadReportFonts(join(RESOURCES_DIR, 'fonts')));
  return embeddedFont(doc, name).font as FontkitFont & Shaping;
}

// Texts without the ligatures DejaVu forms (ff, fi, fl), which the report deliberately does not use.
const TEXTS = ['AVATAR Tyrol, Wyoming', 'Łódź, Zürich, São Paulo', '„Zażółć gęślą jaźń“', 'P. r. T. V. Y. 1,25 %', 'Datenschutz-Folgenabschätzungsverfahren'];

describe('the report’s font metrics', () => {
  it.each(Object.keys(FONT_FILES) as FontName[])('measure %s as the font shapes it, kerning included', (name) => {
    const font = fontkitFont(name);
    const metrics = new FontMetrics(font);
    for (const text of TEXTS) {
      const shaped = font.layout(text);
      expect(shaped.glyphs).toHaveLength(Array.from(text).length);
      const width = (shaped.positions.reduce((sum, position) => sum + position.xAdvance, 0) * 1000) / font.unitsPerEm;
      expect(metrics.width(text), text).toBeCloseTo(width, 6);
    }
    // Kerning is real: "AV" is narrower than "A" and "V" apart.
    expect(metrics.width('AV')).toBeLessThan(metrics.width('A') + metrics.width('V'));
  });

  it('gives a font’s missing glyph for a character it lacks, and measures it', () => {
    const metrics = new FontMetrics(fontkitFont('serif'));
    expect(metrics.glyphId('字'.codePointAt(0) as number)).toBe(0);
    expect(metrics.width('字')).toBeGreaterThan(0);
    expect(metrics.glyphId('ł'.codePointAt(0) as number)).toBeGreaterThan(0);
  });
});
