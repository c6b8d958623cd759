import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppFailure } from '../../../shared/domain/result';
import { joinPages, pageText, type TextRun } from './pdf-layout';

/** More pages than any vendor document has; a bigger file is refused before its pages are read. */
export const MAX_PDF_PAGES = 2000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | null = null;

/** pdf.js is large: it is loaded on the first PDF, not when the app starts. In Node it runs without a worker. */
function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}

/** The character maps and standard font data ship with pdf.js; they are read from disk, never fetched. */
function assetFolder(name: string): string {
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${join(dirname(packageJson), name)}/`;
}

function isTextItem(item: object): item is { str: string; transform: number[]; width: number; height: number; hasEOL: boolean } {
  return 'str' in item && 'transform' in item;
}

function runsOf(items: readonly object[]): TextRun[] {
  return items.filter(isTextItem).map((item) => {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
    return { text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height, endsLine: item.hasEOL };
  });
}

function unreadable(error: unknown): AppFailure {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new AppFailure('UNREADABLE_PDF', 'The PDF is protected by a password. Save it without the password, or copy its text and paste it.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AppFailure('UNREADABLE_PDF', 'The PDF could not be read. It may be damaged; copy its text and paste it instead.', [reason]);
}

/**
 * The text of a PDF, page by page, with lines and paragraphs put back together. A PDF whose pages carry no text (a
 * scan) is refused: DTIA Studio does not recognise text in images.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) {
    throw new AppFailure('NOT_A_PDF', 'The file is not a PDF.');
  }
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // pdf.js takes over the buffer it is given; a copy leaves the caller's bytes intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw unreadable(error);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new AppFailure('TOO_LARGE', `The PDF has ${document.numPages} pages; DTIA Studio reads documents of up to ${MAX_PDF_PAGES} pages.`);
    }
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(runsOf(content.items)));
      page.cleanup();
    }
    const text = joinPages(pages);
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new AppFailure(
        'PDF_WITHOUT_TEXT',
        'The PDF has no text to read: its pages are probably scanned images. Open it in a program that recognises text, or copy the text from the vendor’s web page and paste it.',
      );
    }
    return text;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw unreadable(error);
  } finally {
    await document.destroy();
  }
}
