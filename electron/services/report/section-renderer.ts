import type { ReportReference, ReportSection } from '../../../shared/report/model';
import { prepareBlock, type PreparedBlock } from './blocks';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, rule, type TextStyle } from './blocks/primitives';
import type { PageFlow } from './page-flow';
import { ColumnBuilder } from './text-layout';

function prepareReferences(flow: PageFlow, label: string, references: ReportReference[]): PreparedBlock | null {
  if (references.length === 0) return null;
  const column = new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(label, { ...STYLES.references, font: 'sansBold' });
  for (const reference of references) {
    column.gap(2).paragraph(`${reference.label}: ${reference.citation}`, STYLES.references);
    column.paragraph(reference.url, { ...STYLES.references, colour: COLOURS.link }, { link: reference.url });
  }
  const layout = column.build();
  return {
    lead: layout.height + 20,
    draw() {
      flow.space(14);
      flow.ensure(layout.height + 6);
      rule(flow, flow.y, COLOURS.faintRule, 0.5);
      flow.y += 6;
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: layout.height });
    },
  };
}

function prepareSectionHead(flow: PageFlow, section: ReportSection, next: () => number): PreparedBlock {
  const column = (text: string, style: TextStyle) => new ColumnBuilder(flow.doc, CONTENT_WIDTH).paragraph(text, style).build();
  const label = column(section.label.toUpperCase(), STYLES.stepLabel);
  const title = column(section.title, STYLES.stepTitle);
  const status = section.status ? column(section.status.text, section.status.complete ? STYLES.status : STYLES.statusIncomplete) : null;
  const intro = column(section.intro, STYLES.intro);
  const height = label.height + title.height + 6 + (status ? status.height : 0) + 8 + intro.height + 6;
  return {
    lead: height,
    draw() {
      flow.space(26);
      flow.ensure(height + Math.min(next(), (flow.bottom - flow.top) / 2));
      flow.doc.outline.addItem(`${section.label}: ${section.title}`);
      for (const line of label.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += label.height;
      for (const line of title.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += title.height + 2;
      rule(flow, flow.y, COLOURS.heading, 1.2);
      flow.y += 4;
      if (status) for (const line of status.lines) flow.drawLine(line, LEFT, flow.y);
      flow.y += (status ? status.height : 0) + 8;
      flow.drawRow({ columns: [{ x: LEFT, layout: intro }], padTop: 0, padBottom: 0, keepTogether: Math.min(intro.height, 60) });
      flow.y += 6;
    },
  };
}

/** One step of the assessment (or the appendix): its title block, its blocks, its references. */
export function renderSection(flow: PageFlow, section: ReportSection): void {
  const parts: PreparedBlock[] = [];
  // Each part is prepared knowing how much of the part after it must follow on the same page.
  const leadOf = (index: number) => () => parts[index]?.lead ?? 0;
  parts.push(prepareSectionHead(flow, section, leadOf(1)));
  section.blocks.forEach((block, index) => parts.push(prepareBlock(flow, block, leadOf(index + 2))));
  const references = prepareReferences(flow, section.referencesLabel, section.references);
  if (references) parts.push(references);
  for (const part of parts) part.draw();
}
