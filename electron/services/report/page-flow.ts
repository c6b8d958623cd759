import type { StructNode, Tagger } from './tagging';
import type { ColumnLayout, PlacedLine } from './text-layout';
import { PAGE } from './theme';
import type { SetLine, Typesetter } from './typesetter';

export interface FlowColumn {
  x: number;
  layout: ColumnLayout;
  /** The element the column's text belongs to; the flow's current container when absent. */
  container?: StructNode;
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
  /** Draws backgrounds and rules of one piece (as artifacts); called before the piece's text. */
  decorate?: (piece: RowPiece) => void;
  /** Draws what heads every further page the content runs onto, such as a table's header row. */
  onNewPage?: () => void;
  /** Keep at least this much of the row together rather than leave a sliver at the foot of a page. */
  keepTogether?: number;
}

/**
 * The structure elements of one column's paragraphs, made as their first line is drawn so that the structure
 * follows the reading order; consecutive list items share one list, and a link goes inside the paragraph it follows.
 */
class ColumnTags {
  private readonly nodes: (StructNode | undefined)[] = [];
  private readonly bullets: (StructNode | undefined)[] = [];
  private readonly made: StructNode[] = [];
  private list: StructNode | null = null;
  private listPart = -2;

  constructor(
    private readonly tags: Tagger,
    private readonly container: StructNode,
    private readonly layout: ColumnLayout,
  ) {}

  target(line: PlacedLine): StructNode {
    const part = this.layout.parts[line.part];
    if (!part || part.role === null) return this.container;
    if (!this.nodes[line.part]) this.make(line.part);
    return (line.bullet ? this.bullets[line.part] : this.nodes[line.part]) as StructNode;
  }

  /** Ends what the column made, so that pdfkit writes it out and frees it. */
  finish(): void {
    for (const node of this.made) node.element.end();
  }

  private make(index: number): void {
    const role = this.layout.parts[index]?.role;
    if (role === 'LI') {
      if (!this.list || this.listPart !== index - 1) this.list = this.top('L', this.container);
      this.listPart = index;
      const item = this.tags.element('LI', this.list);
      this.bullets[index] = this.tags.element('Lbl', item);
      this.nodes[index] = this.tags.element('LBody', item);
      return;
    }
    if (role === 'Link') {
      const before = this.nodes[index - 1];
      const parent = before && (before.role === 'P' || before.role === 'LBody') ? before : this.container;
      this.nodes[index] = parent === this.container ? this.top('Link', parent) : this.tags.element('Link', parent);
      return;
    }
    this.nodes[index] = this.top(role ?? 'P', this.container);
  }

  private top(role: Parameters<Tagger['element']>[0], parent: StructNode): StructNode {
    const node = this.tags.element(role, parent);
    this.made.push(node);
    return node;
  }
}

/**
 * The vertical cursor through the pages. Rows are laid out beforehand (see text-layout.ts), so a row that does not
 * fit can be split between lines, each column separately, and continued on the next page.
 */
export class PageFlow {
  y: number = PAGE.margin.top;
  /** 0-based index of the current page. */
  pageIndex = 0;
  /** Where blocks add their structure elements: the section being drawn. */
  container: StructNode;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly type: Typesetter,
    readonly tags: Tagger,
  ) {
    this.container = tags.root;
  }

  get top(): number {
    return PAGE.margin.top;
  }

  get bottom(): number {
    return PAGE.height - PAGE.margin.bottom;
  }

  /** Height of the text area of a page. */
  get pageBody(): number {
    return this.bottom - this.top;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage();
    this.pageIndex += 1;
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

  artifact(draw: () => void): void {
    this.tags.artifact(draw);
  }

  /** Draws a whole column at a fixed place (it must fit), its text tagged under `container`. */
  drawColumn(column: FlowColumn, top: number): void {
    const tags = new ColumnTags(this.tags, column.container ?? this.container, column.layout);
    this.drawLines(column, tags, 0, column.layout.lines.length, top);
    tags.finish();
  }

  drawRow(row: FlowRow): void {
    const tags = row.columns.map((column) => new ColumnTags(this.tags, column.container ?? this.container, column.layout));
    const next = row.columns.map(() => 0);
    const base = row.columns.map(() => 0);
    let first = true;
    // A page just begun (possibly below a repeated table header) must take at least one line, or nothing ever would.
    let fresh = this.atTop;
    for (;;) {
      const rest = Math.max(0, ...row.columns.map((column, c) => column.layout.height - (base[c] ?? 0)));
      const available = this.remaining - row.padTop - row.padBottom;

      if (rest <= available) {
        this.drawPiece(row, tags, next, base, row.columns.map((column) => column.layout.lines.length), rest, first, true);
        break;
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
      this.drawPiece(row, tags, next, base, forced, height, first, false);
      row.columns.forEach((column, c) => {
        next[c] = forced[c] ?? 0;
        base[c] = column.layout.lines[next[c] ?? 0]?.dy ?? column.layout.height;
      });
      first = false;
      this.newPage();
      row.onNewPage?.();
      fresh = true;
    }
    for (const columnTags of tags) columnTags.finish();
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

  private drawPiece(row: FlowRow, tags: ColumnTags[], from: number[], base: number[], to: number[], height: number, first: boolean, last: boolean): void {
    const pieceHeight = row.padTop + height + row.padBottom;
    const { decorate } = row;
    if (decorate) this.artifact(() => decorate({ y: this.y, height: pieceHeight, first, last }));
    const textTop = this.y + row.padTop;
    row.columns.forEach((column, c) => {
      this.drawLines(column, tags[c] as ColumnTags, from[c] ?? 0, to[c] ?? 0, textTop - (base[c] ?? 0));
    });
    this.y += pieceHeight;
  }

  /** Lines `from`–`to` of a column whose top is at `top`: one marked-content sequence per run of one element. */
  private drawLines(column: FlowColumn, tags: ColumnTags, from: number, to: number, top: number): void {
    const { lines } = column.layout;
    let start = from;
    while (start < to) {
      const target = tags.target(lines[start] as PlacedLine);
      let end = start + 1;
      while (end < to && tags.target(lines[end] as PlacedLine) === target) end += 1;
      const set: SetLine[] = [];
      for (let i = start; i < end; i++) {
        const line = lines[i] as PlacedLine;
        set.push({ text: line.text, style: line.style, x: column.x + line.dx, top: top + line.dy, space: line.soft === true });
      }
      this.tags.content(target, () => this.type.write(set));
      if (target.role === 'Link') {
        set.forEach((line, i) => {
          const url = lines[start + i]?.link;
          if (url) this.link(line, url, target);
        });
      }
      start = end;
    }
  }

  private link(line: SetLine, url: string, node: StructNode): void {
    const width = this.type.width(line.text, line.style);
    this.doc.link(line.x, line.top, width, line.style.leading, url, { structParent: node.element, Contents: new String(url) } as object);
  }
}
