import { writeContent } from './pdf-ops';

/**
 * The report's logical structure (tagged PDF): what is a heading, a paragraph, a list, a table or a figure, in reading
 * order, for screen readers and reflow. Everything drawn is either content of a structure element or an artifact
 * (rules, shading, running headers and footers, repeated table headers), so nothing is read twice or out of order.
 */

export type StructureRole =
  | 'Document'
  | 'Sect'
  | 'Div'
  | 'TOC'
  | 'TOCI'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Link'
  | 'Note';

/** A structure element and its role (pdfkit does not expose the role of an element it has made). */
export interface StructNode {
  element: PDFKit.PDFStructureElement;
  role: StructureRole;
}

interface ElementOptions {
  alt?: string;
  lang?: string;
  title?: string;
  /** A table header cell's scope. */
  scope?: 'Column' | 'Row';
  /** A figure's box, [left, top, right, bottom] in pdfkit's top-down coordinates of its page. */
  bbox?: [number, number, number, number];
}

export class Tagger {
  readonly root: StructNode;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.root = { element: doc.struct('Document'), role: 'Document' };
    doc.addStructure(this.root.element);
  }

  /** A new element, added as the last child of `parent`. */
  element(role: StructureRole, parent: StructNode, options: ElementOptions = {}): StructNode {
    const element = this.doc.struct(role, options as Parameters<PDFKit.PDFDocument['struct']>[1]);
    parent.element.add(element);
    return { element, role };
  }

  /** Runs `draw` as (a piece of) the content of `node` on the current page. */
  content(node: StructNode, draw: () => void): void {
    node.element.add(this.doc.markStructureContent(node.role));
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Runs `draw` as an artifact: seen on the page, skipped by assistive technology. Written directly (balanced, never
   * left open), as pdfkit's own marking would add two more small writes to every rule of every table row.
   */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout', subtype?: 'Header' | 'Footer'): void {
    writeContent(this.doc, `/Artifact <</Type /${type}${subtype ? ` /Subtype /${subtype}` : ''}>> BDC`);
    draw();
    writeContent(this.doc, 'EMC');
  }
}
