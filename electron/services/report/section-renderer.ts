import type { ReportReference, ReportSection } from '../../../shared/report/model';
import { prepareBlock, type PreparedBlock } from './blocks';
import { COLOURS, CONTENT_WIDTH, LEFT, STYLES, rule } from './blocks/primitives';
import type { ContentsPlan } from './contents-plan';
import type { PageFlow } from './page-flow';
import type { StructNode } from './tagging';
import { ColumnBuilder, textColumn } from './text-layout';

function prepareReferences(flow: PageFlow, label: string, references: ReportReference[]): PreparedBlock | null {
  if (references.length === 0) return null;
  const column = new ColumnBuilder(flow.type, CONTENT_WIDTH).paragraph(label, { ...STYLES.references, font: 'sansBold' });
  for (const reference of references) {
    column.gap(2).paragraph(`${reference.label}: ${reference.citation}`, STYLES.references);
    column.paragraph(reference.url, { ...STYLES.references, colour: COLOURS.link }, { link: reference.url });
  }
  const layout = column.build();
  return {
    lead: layout.height + 18,
    draw() {
      flow.space(12);
      flow.ensure(layout.height + 6);
      const y = flow.y;
      flow.artifact(() => rule(flow, y, COLOURS.faintRule, 0.5));
      flow.y += 6;
      flow.drawRow({ columns: [{ x: LEFT, layout }], padTop: 0, padBottom: 0, keepTogether: layout.height });
    },
  };
}

/** The section's label ("STEP 1") and title as one level-1 heading, its completeness and its introduction. */
function prepareSectionHead(flow: PageFlow, section: ReportSection, next: () => number, placed: (page: number, top: number) => void): PreparedBlock {
  const label = textColumn(flow.type, section.label.toUpperCase(), STYLES.stepLabel, CONTENT_WIDTH, { role: null });
  const title = textColumn(flow.type, section.title, STYLES.stepTitle, CONTENT_WIDTH, { role: null });
  const status = section.status ? textColumn(flow.type, section.status.text, section.status.complete ? STYLES.status : STYLES.statusIncomplete, CONTENT_WIDTH) : null;
  const intro = textColumn(flow.type, section.intro, STYLES.intro, CONTENT_WIDTH);
  const introKeep = Math.min(intro.height, 3 * STYLES.intro.leading);
  const height = label.height + title.height + 6 + (status ? status.height : 0) + 7 + introKeep + 5;
  return {
    get lead() {
      return height + Math.min(next(), flow.pageBody - height);
    },
    draw() {
      flow.space(22);
      flow.ensure(height + Math.min(next(), flow.pageBody - height));
      placed(flow.pageIndex, flow.y);
      const heading: StructNode = flow.tags.element('H1', flow.container);
      flow.drawColumn({ x: LEFT, layout: label, container: heading }, flow.y);
      flow.y += label.height;
      flow.drawColumn({ x: LEFT, layout: title, container: heading }, flow.y);
      heading.element.end();
      flow.y += title.height + 2;
      const ruleY = flow.y;
      flow.artifact(() => rule(flow, ruleY, COLOURS.heading, 1.2));
      flow.y += 4;
      if (status) flow.drawColumn({ x: LEFT, layout: status }, flow.y);
      flow.y += (status ? status.height : 0) + 7;
      flow.drawRow({ columns: [{ x: LEFT, layout: intro }], padTop: 0, padBottom: 0, keepTogether: introKeep });
      flow.y += 5;
    },
  };
}

/** One section of the report (a step, the law library, the appendix): its title block, its blocks, its references. */
export function renderSection(flow: PageFlow, section: ReportSection, index: number, contents: ContentsPlan): void {
  const sect = flow.tags.element('Sect', flow.tags.root);
  flow.container = sect;
  const parts: PreparedBlock[] = [];
  // Each part is prepared knowing how much of the part after it must follow on the same page.
  const leadOf = (at: number) => () => parts[at]?.lead ?? 0;
  parts.push(prepareSectionHead(flow, section, leadOf(1), (page, top) => contents.placed({ section: index }, page, top)));
  section.blocks.forEach((block, b) =>
    parts.push(prepareBlock(flow, block, leadOf(b + 2), (page, top) => contents.placed({ section: index, block: b }, page, top))),
  );
  const references = prepareReferences(flow, section.referencesLabel, section.references);
  if (references) parts.push(references);
  for (const part of parts) part.draw();
  sect.element.end();
  flow.container = flow.tags.root;
}
