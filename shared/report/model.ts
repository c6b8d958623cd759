import type { StepKey } from '../domain/assessment';

/**
 * The report as a structured document: every text already translated and formatted, so that any renderer (the PDF
 * today) only lays it out. Nothing here knows about pages or fonts.
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
}

/** How a text is meant to read: a plain answer, a required answer still missing, a quiet remark, or a warning. */
export type Tone = 'normal' | 'missing' | 'muted' | 'caveat';

export interface TextLine {
  text: string;
  /** A web address shown (and linked) beneath the text, as for a cited source. */
  url?: string;
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
}

export interface TableCell {
  text: string;
  tone?: Tone;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; tone: Tone }
  | { kind: 'answers'; rows: AnswerRow[] }
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; emptyText: string }
  | { kind: 'notice'; tone: 'caveat' | 'info'; text: string }
  | { kind: 'signoff'; title: string; rows: AnswerRow[]; note: string };

export interface ReportReference {
  label: string;
  citation: string;
  url: string;
}

export interface ReportSection {
  key: StepKey;
  /** "Step 1" or "Conclusion". */
  label: string;
  title: string;
  intro: string;
  /** "Complete" or "Incomplete: 3 of 5 required answers given". */
  status: { text: string; complete: boolean };
  blocks: ReportBlock[];
  referencesLabel: string;
  references: ReportReference[];
}

export interface CoverFact {
  label: string;
  value: string;
  tone: Tone;
}

export type OutcomeKind = 'proceed' | 'proceed-with-measures' | 'do-not-proceed' | 'none';

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

export interface ReportModel {
  info: ReportDocumentInfo;
  cover: ReportCover;
  sections: ReportSection[];
  /** Shown at the top of every page after the cover. */
  runningHeader: string;
  /** Shown at the foot of every page beside the page number. */
  footerNote: string;
  /** "Page {page} of {pages}": the renderer fills in the numbers once it knows the page count. */
  pageTemplate: string;
}
