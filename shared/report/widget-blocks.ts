import type { WidgetQuestion } from '../wizard/steps';
import { annexPointer } from './annex-blocks';
import { outcomeBlocks } from './conclusion-blocks';
import type { ReportContext } from './context';
import { lawBlocks } from './law-blocks';
import { mapBlocks } from './map-blocks';
import { measureBlocks } from './measure-blocks';
import { precheckBlocks } from './precheck-blocks';
import { checklistBlocks, reviewBlocks, triggerBlocks } from './procedure-blocks';
import { riskBlocks } from './risk-blocks';
import type { ReportBlock } from './model';
import { regimeBlocks, sccClauseBlocks, toolBlocks } from './tool-blocks';

/** The printed form of each wizard widget; each kind has its own builder. */
export function widgetBlocks(ctx: ReportContext, question: WidgetQuestion): ReportBlock[] {
  switch (question.widget) {
    case 'precheckResult':
      return precheckBlocks(ctx);
    case 'transferMap':
      return mapBlocks(ctx);
    case 'transferTools':
      return toolBlocks(ctx);
    case 'sccClauses':
      return sccClauseBlocks(ctx);
    case 'regimeSpecifics':
      return regimeBlocks(ctx);
    case 'sccAnnexes':
      return annexPointer(ctx);
    case 'laws':
      return lawBlocks(ctx);
    case 'riskModel':
      return riskBlocks(ctx);
    case 'measures':
      return measureBlocks(ctx);
    case 'checklist':
      return checklistBlocks(ctx);
    case 'reviewDate':
      return reviewBlocks(ctx, question);
    case 'triggers':
      return triggerBlocks(ctx, question);
    case 'outcome':
      return outcomeBlocks(ctx);
  }
}
