import type { ReportBlock } from '../../../../shared/report/model';
import type { PageFlow } from '../page-flow';
import { prepareAnswers } from './answers';
import { prepareChart } from './chart';
import { prepareFormula } from './formula';
import { prepareNotice } from './notice';
import { STYLES, answerStyle, type PreparedBlock } from './primitives';
import { prepareSignOffBlock } from './signoff';
import { prepareTable } from './table';
import { prepareHeading, prepareParagraph } from './text-blocks';
import { prepareTransferMap } from './transfer-map';

export type { PreparedBlock } from './primitives';

/** Each block kind has its own renderer; `next` tells a heading how much of what follows must share its page. */
export function prepareBlock(flow: PageFlow, block: ReportBlock, next: () => number, placed?: (page: number, top: number) => void): PreparedBlock {
  switch (block.kind) {
    case 'heading':
      return prepareHeading(flow, block.text, STYLES.heading, 'H2', { before: 14, after: 4 }, next, placed);
    case 'subheading':
      return prepareHeading(flow, block.text, STYLES.subheading, 'H3', { before: 10, after: 3 }, next);
    case 'paragraph':
      return prepareParagraph(flow, block.text, answerStyle(block.tone));
    case 'answers':
      return prepareAnswers(flow, block.rows);
    case 'table':
      return prepareTable(flow, block);
    case 'notice':
      return prepareNotice(flow, block);
    case 'formula':
      return prepareFormula(flow, block);
    case 'transferMap':
      return prepareTransferMap(flow, block);
    case 'chart':
      return prepareChart(flow, block);
    case 'signoff':
      return prepareSignOffBlock(flow, block);
  }
}
