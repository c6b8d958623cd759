/**
 * Content-stream operators written directly, for the many small rules, fills and text objects of a report: pdfkit's
 * drawing API writes several small chunks per shape, each converted byte by byte, which a large report feels. The
 * coordinates are pdfkit's (top-down): pdfkit flips the page's coordinate system once at the start of each page.
 */

export const pdfNumber = (value: number): string => String(Math.round(value * 100) / 100);

const colours = new Map<string, string>();
/** "#1f3a5f" as the three operands of `rg`/`RG`. */
export function rgb(hex: string): string {
  let operands = colours.get(hex);
  if (!operands) {
    const value = Number.parseInt(hex.slice(1), 16);
    operands = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => pdfNumber(channel / 255)).join(' ');
    colours.set(hex, operands);
  }
  return operands;
}

/** Appends operators to the current page; `content` holds bytes 0–255 only (glyph ids are written as such). */
export function writeContent(doc: PDFKit.PDFDocument, content: string): void {
  doc.addContent(content);
}

export function lineOps(x1: number, y1: number, x2: number, y2: number, width: number, colour: string): string {
  return `q ${pdfNumber(width)} w ${rgb(colour)} RG ${pdfNumber(x1)} ${pdfNumber(y1)} m ${pdfNumber(x2)} ${pdfNumber(y2)} l S Q`;
}

export function fillOps(x: number, y: number, width: number, height: number, colour: string): string {
  return `q ${rgb(colour)} rg ${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re f Q`;
}

export function frameOps(x: number, y: number, width: number, height: number, lineWidth: number, colour: string): string {
  return `q ${pdfNumber(lineWidth)} w ${rgb(colour)} RG ${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re S Q`;
}
