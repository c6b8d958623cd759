import type { ColumnLayout, PlacedLine } from './text-layout';
import { PAGE } from './theme';

export interface FlowColumn {
  x: number;
  layout: ColumnLayout;
}

/** The part of a row that landed on one page. */
export interface RowPiece {
  y: number;
  height: number;
  first: boolean;
  last: boolean;
}

export interface FlowRow {
  columns: FlowColumn[];
  padTop: number;
  padBottom: number;
  /** Draws backgrounds and rules of one piece; called before the piece's text. */
  decorate?: (piece: RowPiece) => void;
  /** Draws what heads every further page the content runs onto, such as a table's header row. */
  onNewPage?: () => void;
  /** Keep at least this much of the row together rather than leave a sliver at the foot of a page. */
  keepTogether?: number;
}

/**
 * The vertical cursor through the pages. Rows are laid out beforehand (see text-layout.ts), so a row that does not
 * fit can be split between lines, each column separately, and continued on the next page.
 */
export class PageFlow {
  y: number = PAGE.margin.top;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  get top(): number {
    return PAGE.margin.top;
  }

  get bottom(): number {
    return PAGE.height - PAGE.margin.bottom;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining && !this.atTop) this.newPage();
  }

  /** Vertical space that disappears at the top of a page. */
  space(points: number): void {
    if (!this.atTop) this.y = Math.min(this.y + points, this.bottom);
  }

  drawLine(line: PlacedLine, x: number, y: number): void {
    const { doc } = this;
    doc.font(line.style.font).fontSize(line.style.size).fillColor(line.style.colour);
    doc.text(line.text, x + line.dx, y + line.dy, line.link ? { lineBreak: false, link: line.link } : { lineBreak: false });
  }

  drawRow(row: FlowRow): void {
    const next = row.columns.map(() => 0);
    const base = row.columns.map(() => 0);
    let first = true;
    // A page just begun (possibly below a repeated table header) must take at least one line, or nothing ever would.
    let fresh = this.atTop;
    for (;;) {
      const rest = Math.max(0, ...row.columns.map((column, c) => column.layout.height - (base[c] ?? 0)));
      const available = this.remaining - row.padTop - row.padBottom;

      if (rest <= available) {
        this.drawPiece(row, next, base, row.columns.map((column) => column.layout.lines.length), rest, first, true);
        return;
      }

      const keep = first ? Math.min(rest, row.keepTogether ?? 0) : 0;
      const ends = row.columns.map((column, c) => this.fittingEnd(column.layout, next[c] ?? 0, base[c] ?? 0, available));
      const fitsSomething = ends.some((end, c) => end > (next[c] ?? 0));
      if (!fresh && (!fitsSomething || available < keep)) {
        this.newPage();
        row.onNewPage?.();
        fresh = true;
        continue;
      }
      // On a fresh page and still nothing fits: the space is smaller than one line; place one line anyway.
      const forced = ends.map((end, c) => (fitsSomething ? end : Math.min((next[c] ?? 0) + 1, row.columns[c]?.layout.lines.length ?? 0)));
      const height = Math.max(
        0,
        ...row.columns.map((column, c) => {
          const last = column.layout.lines[(forced[c] ?? 0) - 1];
          return last && (forced[c] ?? 0) > (next[c] ?? 0) ? last.dy - (base[c] ?? 0) + last.style.leading : 0;
        }),
      );
      this.drawPiece(row, next, base, forced, height, first, false);
      row.columns.forEach((column, c) => {
        next[c] = forced[c] ?? 0;
        base[c] = column.layout.lines[next[c] ?? 0]?.dy ?? column.layout.height;
      });
      first = false;
      this.newPage();
      row.onNewPage?.();
      fresh = true;
    }
  }

  /** Index of the first line (from `start`) that would cross the foot of the page. Lines sharing a `dy` go together. */
  private fittingEnd(layout: ColumnLayout, start: number, base: number, available: number): number {
    let end = start;
    while (end < layout.lines.length) {
      const line = layout.lines[end] as PlacedLine;
      if (line.dy - base + line.style.leading > available) break;
      end += 1;
    }
    return end;
  }

  private drawPiece(row: FlowRow, from: number[], base: number[], to: number[], height: number, first: boolean, last: boolean): void {
    const pieceHeight = row.padTop + height + row.padBottom;
    row.decorate?.({ y: this.y, height: pieceHeight, first, last });
    const textTop = this.y + row.padTop;
    row.columns.forEach((column, c) => {
      for (let i = from[c] ?? 0; i < (to[c] ?? 0); i++) {
        const line = column.layout.lines[i] as PlacedLine;
        this.drawLine(line, column.x, textTop - (base[c] ?? 0));
      }
    });
    this.y += pieceHeight;
  }
}
