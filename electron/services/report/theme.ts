/** The look of the report: an A4 legal memo with a serif body, sans-serif headings and quiet colours. */

export const PAGE = {
  size: 'A4',
  width: 595.28,
  height: 841.89,
  margin: { top: 66, bottom: 62, left: 62, right: 62 },
  /** Tops of the running header and footer lines, outside the text area. */
  headerY: 34,
  footerY: 796,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Names under which the embedded fonts are registered, and their files in resources/fonts. */
export const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;

export const COLOURS = {
  ink: '#1b1f24',
  heading: '#1f3a5f',
  muted: '#5c6470',
  rule: '#c9cfd6',
  faintRule: '#e1e5ea',
  tableHeader: '#eef1f5',
  missing: '#a4262c',
  link: '#1f4f8f',
  caveatFill: '#fdf5e1',
  caveatBar: '#c98a00',
  caveatInk: '#5e4300',
  infoFill: '#eef3fa',
  infoBar: '#6f8fbf',
  warningFill: '#fbeaea',
  warningBar: '#a4262c',
  warningInk: '#6b1a1e',
  formulaFill: '#f6f7f9',
  /** Parties on the transfer map, by kind. */
  party: {
    exporter: { fill: '#eef3fa', stroke: '#1f4f8f' },
    importer: { fill: '#fdf5e1', stroke: '#a36f00' },
    'sub-processor': { fill: '#f1f2f4', stroke: '#5c6470' },
    recipient: { fill: '#ffffff', stroke: '#7a828c' },
  },
  arrow: '#3d4652',
  chartBefore: '#a4262c',
  chartAfter: '#1f4f8f',
  chartLimit: '#c98a00',
  grid: '#e1e5ea',
  outcome: {
    'no-tia-required': { fill: '#e9f4ec', bar: '#2e7d4f' },
    proceed: { fill: '#e9f4ec', bar: '#2e7d4f' },
    'proceed-with-measures': { fill: '#eef3fa', bar: '#1f4f8f' },
    'do-not-proceed': { fill: '#fbeaea', bar: '#a4262c' },
    none: { fill: '#f1f2f4', bar: '#7a828c' },
  },
} as const;

export interface TextStyle {
  font: FontName;
  size: number;
  colour: string;
  /** Distance between baselines, in points. */
  leading: number;
}

const style = (font: FontName, size: number, colour: string, leading = size * 1.36): TextStyle => ({ font, size, colour, leading });

/**
 * Sizes step down from the section title (17) through headings (12.5, 10.6) to the body (9.2) and tables (8.5), so
 * that a heading is never mistaken for body text; the leading is tight enough for a dense legal memo.
 */
export const STYLES = {
  body: style('serif', 9.2, COLOURS.ink),
  bodyMissing: style('serifItalic', 9.2, COLOURS.missing),
  bodyMuted: style('serifItalic', 9.2, COLOURS.muted),
  bodyCaveat: style('serif', 9.2, COLOURS.caveatInk),
  intro: style('serifItalic', 9, COLOURS.muted, 12.2),
  label: style('sans', 7.9, COLOURS.muted, 10.6),
  url: style('sans', 7, COLOURS.link, 9.2),
  source: style('serif', 8.6, COLOURS.ink, 11.4),
  tableHeader: style('sansBold', 7.6, COLOURS.heading, 10),
  tableCell: style('serif', 8.5, COLOURS.ink, 11.4),
  tableCellBold: style('serifBold', 8.5, COLOURS.ink, 11.4),
  tableCellMissing: style('serifItalic', 8.5, COLOURS.missing, 11.4),
  tableCellMuted: style('serifItalic', 8.5, COLOURS.muted, 11.4),
  stepLabel: style('sansBold', 8.2, COLOURS.muted, 11.5),
  stepTitle: style('sansBold', 17, COLOURS.heading, 21),
  status: style('sans', 7.8, COLOURS.muted, 10.5),
  statusIncomplete: style('sans', 7.8, COLOURS.missing, 10.5),
  heading: style('sansBold', 12.5, COLOURS.heading, 16),
  subheading: style('serifBold', 10.6, COLOURS.ink, 13.8),
  notice: style('serif', 8.8, COLOURS.caveatInk, 12),
  noticeInfo: style('serif', 8.8, COLOURS.ink, 12),
  noticeWarning: style('serif', 8.8, COLOURS.warningInk, 12),
  references: style('sans', 7.3, COLOURS.muted, 9.8),
  running: style('sans', 7.2, COLOURS.muted, 9.6),
  runningMarking: style('sansBold', 7.6, COLOURS.missing, 9.6),
  coverKicker: style('sansBold', 10, COLOURS.heading, 14),
  coverTitle: style('serifBold', 22, COLOURS.ink, 28),
  coverLabel: style('sans', 8.4, COLOURS.muted, 11.6),
  coverValue: style('serif', 10.2, COLOURS.ink, 14),
  coverValueMissing: style('serifItalic', 10.2, COLOURS.missing, 14),
  coverValueCaveat: style('serif', 10.2, COLOURS.caveatInk, 14),
  outcomeLabel: style('sansBold', 8, COLOURS.muted, 11),
  outcomeText: style('serifBold', 13, COLOURS.ink, 17.5),
  idLabel: style('sans', 7.8, COLOURS.muted, 11),
  idValue: style('sans', 8.2, COLOURS.ink, 11.2),
  coverNote: style('serifItalic', 8.4, COLOURS.muted, 11.6),
  pageTitle: style('sansBold', 19, COLOURS.heading, 24),
  contentsSection: style('sansBold', 9.6, COLOURS.ink, 13.4),
  contentsHeading: style('serif', 9.2, COLOURS.ink, 12.6),
  signoffTitle: style('sansBold', 10, COLOURS.heading, 14),
  signaturePlaceholder: style('sans', 7.6, COLOURS.muted, 10),
  formulaTitle: style('sansBold', 7.6, COLOURS.heading, 10.6),
  formula: style('sans', 8, COLOURS.ink, 11.2),
  mapTitle: style('sansBold', 7.4, COLOURS.ink, 9.2),
  mapText: style('sans', 6.6, COLOURS.muted, 8.4),
  mapLabel: style('sansBold', 6.8, '#ffffff', 8),
  caption: style('serifItalic', 8, COLOURS.muted, 11),
  chartText: style('sans', 7, COLOURS.muted, 9),
  chartTitle: style('sansBold', 8.4, COLOURS.heading, 12),
} as const;
