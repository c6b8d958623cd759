import { deflateSync } from 'node:zlib';
import { ContentBytes } from './content-bytes';

/**
 * The content streams of the report's pages, built as bytes. pdfkit turns every `addContent` call into a byte array
 * of its own, and text set as strings glyph by glyph makes millions of short-lived strings; a large report spent
 * more time collecting that garbage than laying itself out. Here each page has one growing buffer, text is encoded
 * straight into it, and each page gets its content in one piece at the end.
 */

interface PageInternals {
  write(chunk: Uint8Array): void;
  /** The content stream's PDF object: pdfkit compresses it at the end unless told it is compressed already. */
  content: { compress: boolean; data: { Filter?: string } };
}

/**
 * Content streams are compressed here, at a level that costs half the time of zlib's default for about a tenth more
 * bytes: a large report has over four megabytes of them.
 */
const CONTENT_COMPRESSION = { level: 3 } as const;

/**
 * Takes over `addContent` of a pdfkit document (pdfkit draws everything through it) and gives each page one buffer;
 * create it before the document's first page. `finish` hands every page its content, compressed, and gives
 * `addContent` back; call it after the last drawing, before `end()`.
 */
export class PageContents {
  private readonly pages = new Map<PageInternals, ContentBytes>();
  private readonly original: PDFKit.PDFDocument['addContent'];

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.original = doc.addContent;
    doc.addContent = ((data: string | Uint8Array) => {
      const bytes = this.current();
      if (typeof data === 'string') bytes.text(data);
      else bytes.append(data);
      // pdfkit ends every chunk with a line feed.
      bytes.byte(0x0a);
      return doc;
    }) as PDFKit.PDFDocument['addContent'];
  }

  /** The buffer of the page being drawn. */
  current(): ContentBytes {
    const page = (this.doc as unknown as { page: PageInternals }).page;
    let bytes = this.pages.get(page);
    if (!bytes) {
      bytes = new ContentBytes();
      this.pages.set(page, bytes);
    }
    return bytes;
  }

  finish(): void {
    for (const [page, bytes] of this.pages) {
      page.content.compress = false;
      page.content.data.Filter = 'FlateDecode';
      page.write(deflateSync(bytes.bytes(), CONTENT_COMPRESSION));
    }
    this.pages.clear();
    this.doc.addContent = this.original;
  }
}
