import type { ProbabilityChart } from '../chart/probability-chart';
import type { StepKey } from '../domain/assessment';

/**
 * The report as a structured document: every text already translated and formatted, so that any renderer (the PDF
 * today) only lays it out. Nothing here knows about pages or fonts; drawings (the transfer map, the chart) are given
 * in abstract units that the renderer scales to the space it has.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ReportMeta {
  /** SHA-256 (hex) of the canonical JSON of the assessment the report is generated from. */
  contentHash: string;
  /** ISO timestamp. */
  generatedAt: string;
  appVersion: string;
  /** BCP 47 tag used for country names and dates; English by default. */
  language?: string;
  /** Marking for the running header ("Confidential"); empty or absent for none. */
  confidentiality?: string;
}

/** How a text is meant to read: a plain answer, a required answer still missing, a quiet remark, or a warning. */
export type Tone = 'normal' | 'missing' | 'muted' | 'caveat';

export interface TextLine {
  text: string;
  /** A web address shown (and linked) beneath the text, as for a cited source. */
  url?: string;
  tone?: Tone;
}

export interface AnswerRow {
  label: string;
  lines: TextLine[];
  /** Show the lines as a bulleted list rather than as paragraphs. */
  list: boolean;
  tone: Tone;
}

export interface TableColumn {
  header: string;
  /** Relative width; the renderer shares the available width in proportion. */
  weight: number;
  /** Right-aligned, for figures. */
  numeric?: boolean;
}

export interface TableCell {
  text: string;
  tone?: Tone;
  bold?: boolean;
}

/** A box of the transfer map: one party. */
export interface MapNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  /** Role and country, one per line. */
  lines: string[];
  /** Exporters, importers and sub-processors are told apart by colour. */
  kind: 'exporter' | 'importer' | 'sub-processor' | 'recipient';
}

/** An arrow of the transfer map: one transfer, drawn along `points`, with its number as the label. */
export interface MapEdge {
  id: string;
  points: { x: number; y: number }[];
  label: string;
  labelAt: { x: number; y: number };
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; tone: Tone }
  | { kind: 'answers'; rows: AnswerRow[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; emptyText: string }
  | { kind: 'notice'; tone: 'caveat' | 'info' | 'warning'; text: string }
  /** Arithmetic a reader can re-do: each line a formula with its numbers, in a fixed-width face. */
  | { kind: 'formula'; title: string; lines: string[] }
  | { kind: 'transferMap'; width: number; height: number; nodes: MapNode[]; edges: MapEdge[]; caption: string }
  /** The probability over the years before and after measures, with the limit (shared/chart/probability-chart.ts). */
  | { kind: 'chart'; title: string; chart: ProbabilityChart; caption: string }
  | { kind: 'signoff'; title: string; rows: AnswerRow[]; note: string };

export interface ReportReference {
  label: string;
  citation: string;
  url: string;
}

export interface ReportSection {
  /** A wizard step, the law library excerpts, the facts quoted from the vendor's documents, or the SCC annexes appendix. */
  key: StepKey | 'library' | 'evidence' | 'appendix';
  /** "Step 1", "Pre-checks", "Conclusion" or "Appendix". */
  label: string;
  title: string;
  intro: string;
  /** "Complete" or "Incomplete: 3 of 5 required answers given"; null where completeness does not apply. */
  status: { text: string; complete: boolean } | null;
  blocks: ReportBlock[];
  referencesLabel: string;
  references: ReportReference[];
}

export interface CoverFact {
  label: string;
  value: string;
  tone: Tone;
}

export type OutcomeKind = 'no-tia-required' | 'proceed' | 'proceed-with-measures' | 'do-not-proceed' | 'none';

export interface ReportCover {
  heading: string;
  title: string;
  facts: CoverFact[];
  outcome: { label: string; text: string; kind: OutcomeKind };
  identification: CoverFact[];
  note: string;
}

/** What goes into the PDF Info dictionary so that a verifier can read it back. */
export interface ReportDocumentInfo {
  title: string;
  subject: string;
  keywords: string;
  author: string;
  creator: string;
  assessmentId: string;
  contentHash: string;
  generatedAt: string;
  language: string;
}

/** The page after the cover: what a reader who reads one page must know. */
export interface ExecutiveSummary {
  title: string;
  outcome: { label: string; text: string; kind: OutcomeKind };
  /** Residual risk against the limit, status, transfer tools, next review date… */
  facts: CoverFact[];
  reasonsTitle: string;
  /** The decisive reasons of the proposal (or the blockers), in the engine's words. */
  reasons: TextLine[];
  openItemsTitle: string;
  /** Required answers still missing, unconfirmed facts relied on, checklist items still open… */
  openItems: TextLine[];
  noOpenItems: string;
}

/** One box of the sign-off page; the signature of that role fills it (see INFO_SIGNOFF_BOXES). */
export interface SignOffBox {
  role: 'assessor' | 'approver';
  title: string;
  /** Name and date as recorded in the assessment. */
  rows: AnswerRow[];
  /** Printed inside the box, under any signature: "Digital signature of the assessor". */
  placeholder: string;
}

export interface SignOffPage {
  label: string;
  title: string;
  intro: string;
  /** The recorded decision, outcome, assessor, approver, date. */
  rows: AnswerRow[];
  boxes: SignOffBox[];
  /** How to verify the signatures and the embedded assessment. */
  note: string;
}

export interface ReportModel {
  info: ReportDocumentInfo;
  cover: ReportCover;
  executiveSummary: ExecutiveSummary;
  /** "Contents": the table of contents is built by the renderer from the sections, with page numbers. */
  contentsTitle: string;
  /** The steps, then the law library excerpts, the facts quoted from the vendor's documents, the SCC annexes appendix. */
  sections: ReportSection[];
  signOff: SignOffPage;
  /** Marking in the running header of every page ("Confidential"); empty for none. */
  confidentiality: string;
  /** The embedded `.dtia.json`: its file name and the attachment's description. */
  attachment: { fileName: string; description: string };
  /** Shown at the top of every page after the cover. */
  runningHeader: string;
  /** Shown at the foot of every page beside the page number. */
  footerNote: string;
  /** "Page {page} of {pages}": the renderer fills in the numbers once it knows the page count. */
  pageTemplate: string;
}
