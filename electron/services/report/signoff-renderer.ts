import type { SignOffPage } from '../../../shared/report/model';
import { answerItem, layoutAnswer, prepareAnswers, type AnswerLayout } from './blocks/answers';
import { LEFT, fill, frame, rule } from './blocks/primitives';
import { prepareParagraph } from './blocks/text-blocks';
import type { ContentsPlan } from './contents-plan';
import { titleRule } from './cover-parts';
import type { PageFlow } from './page-flow';
import type { SignOffBoxPlacement } from './pdf-info-keys';
import { textColumn, type ColumnLayout } from './text-layout';
import { COLOURS, CONTENT_WIDTH, PAGE, STYLES } from './theme';

const BOX_GAP = 16;
const BOX_WIDTH = (CONTENT_WIDTH - BOX_GAP) / 2;
const PAD = 9;
const BOX_LABEL_WIDTH = 62;
/** Room for a visible signature: signer, role, organisation, date and reason in small type. */
const SIGNATURE_HEIGHT = 86;

interface LaidOutBox {
  role: SignOffPage['boxes'][number]['role'];
  title: ColumnLayout;
  rows: AnswerLayout[];
  placeholder: ColumnLayout;
}

const rowHeight = (row: AnswerLayout) => Math.max(row.label.height, row.value.height) + 6;

/**
 * The last page: the decision as recorded, then a framed box per signature (assessor, approver). Each box keeps a
 * signature area free above the placeholder line; where it is goes into the Info dictionary so that the signer can
 * draw the visible signature there.
 */
export function renderSignOffPage(flow: PageFlow, page: SignOffPage, contents: ContentsPlan): SignOffBoxPlacement[] {
  const { tags } = flow;
  const sect = tags.element('Sect', tags.root);
  flow.container = sect;
  contents.placed('signOff', flow.pageIndex, flow.y);
  const heading = tags.element('H1', sect);
  const label = textColumn(flow.type, page.label.toUpperCase(), STYLES.stepLabel, CONTENT_WIDTH, { role: null });
  const title = textColumn(flow.type, page.title, STYLES.stepTitle, CONTENT_WIDTH, { role: null });
  flow.drawColumn({ x: LEFT, layout: label, container: heading }, flow.y);
  flow.y += label.height;
  flow.drawColumn({ x: LEFT, layout: title, container: heading }, flow.y);
  heading.element.end();
  flow.y += title.height + 2;
  titleRule(flow, flow.y, 1.2);
  flow.y += 10;
  prepareParagraph(flow, page.intro, STYLES.intro, 8).draw();
  prepareAnswers(flow, page.rows).draw();

  const boxes: LaidOutBox[] = page.boxes.map((box) => ({
    role: box.role,
    title: textColumn(flow.type, box.title, STYLES.signoffTitle, BOX_WIDTH - 2 * PAD, { role: 'H2' }),
    rows: box.rows.map((row) => layoutAnswer(flow, row, 0, BOX_LABEL_WIDTH, BOX_WIDTH - 2 * PAD - BOX_LABEL_WIDTH - 8)),
    placeholder: textColumn(flow.type, box.placeholder, STYLES.signaturePlaceholder, BOX_WIDTH - 2 * PAD),
  }));
  const headerHeight = Math.max(...boxes.map((box) => box.title.height)) + 2 * 7;
  const rowsHeight = Math.max(...boxes.map((box) => box.rows.reduce((sum, row) => sum + rowHeight(row), 0)));
  const placeholderHeight = Math.max(...boxes.map((box) => box.placeholder.height));
  const height = headerHeight + 6 + rowsHeight + 6 + SIGNATURE_HEIGHT + 4 + placeholderHeight + PAD;

  flow.space(18);
  flow.ensure(height);
  const top = flow.y;
  const placements = boxes.map((box, index) => drawBox(flow, box, LEFT + index * (BOX_WIDTH + BOX_GAP), top, { headerHeight, rowsHeight, height }));
  flow.y = top + height + 14;
  prepareParagraph(flow, page.note, STYLES.coverNote).draw();
  sect.element.end();
  flow.container = tags.root;
  return placements;
}

function drawBox(flow: PageFlow, box: LaidOutBox, x: number, top: number, size: { headerHeight: number; rowsHeight: number; height: number }): SignOffBoxPlacement {
  const { tags } = flow;
  const signatureTop = top + size.headerHeight + 6 + size.rowsHeight + 6;
  const signatureBottom = signatureTop + SIGNATURE_HEIGHT;
  tags.artifact(() => {
    fill(flow, x, top, BOX_WIDTH, size.headerHeight, COLOURS.tableHeader);
    frame(flow, x, top, BOX_WIDTH, size.height, 0.8, COLOURS.heading);
    rule(flow, signatureBottom, COLOURS.muted, 0.6, x + PAD, x + BOX_WIDTH - PAD);
  });
  const group = tags.element('Div', flow.container);
  flow.drawColumn({ x: x + PAD, layout: box.title, container: group }, top + 7);
  const list = tags.element('L', group);
  let y = top + size.headerHeight + 6;
  for (const row of box.rows) {
    const item = answerItem(flow, list);
    flow.drawColumn({ x: x + PAD, layout: row.label, container: item.label }, y);
    flow.drawColumn({ x: x + PAD + BOX_LABEL_WIDTH + 8, layout: row.value, container: item.body }, y);
    item.item.element.end();
    y += rowHeight(row);
  }
  list.element.end();
  flow.drawColumn({ x: x + PAD, layout: box.placeholder, container: group }, signatureBottom + 4);
  group.element.end();
  // PDF user space: the origin at the bottom left of the page, y upwards.
  const rect: SignOffBoxPlacement['rect'] = [x + PAD, PAGE.height - signatureBottom, x + BOX_WIDTH - PAD, PAGE.height - (signatureTop + 4)].map(
    (value) => Math.round(value * 100) / 100,
  ) as SignOffBoxPlacement['rect'];
  return { role: box.role, page: flow.pageIndex, rect };
}
