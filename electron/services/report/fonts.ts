import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/domain/result';
import { FONT_FILES, type FontName } from './theme';

/**
 * The report embeds DejaVu (see resources/fonts/LICENSE) rather than the PDF standard fonts, which cover only
 * Latin-1 and would lose "Łódź" or „quotes“. pdfkit embeds only the glyphs used.
 */
export type FontData = Record<FontName, Buffer>;

const cache = new Map<string, FontData>();

export function loadReportFonts(fontsDir: string): FontData {
  const cached = cache.get(fontsDir);
  if (cached) return cached;
  const fonts = {} as FontData;
  for (const [name, file] of Object.entries(FONT_FILES) as [FontName, string][]) {
    try {
      fonts[name] = readFileSync(join(fontsDir, file));
    } catch (error) {
      throw new AppFailure('INTERNAL', `The report font ${file} is missing from ${fontsDir}.`, [(error as Error).message]);
    }
  }
  cache.set(fontsDir, fonts);
  return fonts;
}

export function registerReportFonts(doc: PDFKit.PDFDocument, fonts: FontData): void {
  for (const [name, data] of Object.entries(fonts) as [FontName, Buffer][]) doc.registerFont(name, data);
}
