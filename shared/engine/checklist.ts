import type { Assessment } from '../domain/assessment';
import { CHECKLIST_ITEMS, type ChecklistCondition } from '../wizard/catalogues';
import { regimeOfCountry } from './regimes';
import type { ChecklistItemEvaluation, Reason, TransferEvaluation } from './types';

/**
 * The procedural checklist of EDPB step 5, generated from what this assessment actually uses: the tools chosen per
 * transfer, the SCC modules, the exporters' regimes and the chosen technical measures; the user's statuses and
 * evidence are kept by item id.
 */
function whyApplies(condition: ChecklistCondition, assessment: Assessment, transfers: readonly TransferEvaluation[]): Reason[] {
  const routes = (list: readonly TransferEvaluation[]) => list.map((t) => `${t.fromName} → ${t.toName}`).join(', ');
  switch (condition.kind) {
    case 'always':
      return [{ key: 'engine.checklist.always' }];
    case 'tool': {
      const using = transfers.filter((t) => t.tool !== '' && condition.tools.includes(t.tool));
      const tools = [...new Set(using.map((t) => t.tool))];
      return tools.map((tool) => ({ key: 'engine.checklist.becauseTool', params: { tool, transfers: routes(using.filter((t) => t.tool === tool)) } }));
    }
    case 'scc-module': {
      const using = transfers.filter((t) => t.sccModule?.effective != null && condition.modules.includes(t.sccModule.effective));
      if (using.length === 0) return [];
      const modules = [...new Set(using.map((t) => t.sccModule?.effective))].sort().join(', ');
      return [{ key: 'engine.checklist.becauseModule', params: { modules, transfers: routes(using) } }];
    }
    case 'exporter-regime': {
      const exporters = assessment.map.parties.filter((p) => p.kind === 'exporter' && regimeOfCountry(p.country) === condition.regime);
      if (exporters.length === 0) return [];
      const names = exporters.map((p) => p.name.trim() || p.id).join(', ');
      return [{ key: condition.regime === 'uk' ? 'engine.checklist.becauseUkExporter' : 'engine.checklist.becauseSwissExporter', params: { exporters: names } }];
    }
    case 'partial-adequacy': {
      const using = transfers.filter((t) => t.tool === 'adequacy' && t.destinationStatus === 'partial' && t.destinationCountry !== 'US');
      return using.length === 0 ? [] : [{ key: 'engine.checklist.becausePartialAdequacy', params: { transfers: routes(using) } }];
    }
    case 'measure':
      return assessment.step4.measures.some((m) => m.measureId === condition.measureId)
        ? [{ key: 'engine.checklist.becauseMeasure', params: { measureId: condition.measureId } }]
        : [];
  }
}

export function evaluateChecklist(assessment: Assessment, transfers: readonly TransferEvaluation[]): ChecklistItemEvaluation[] {
  const entries = new Map(assessment.step5.checklist.map((e) => [e.itemId, e]));
  const items: ChecklistItemEvaluation[] = [];
  for (const item of CHECKLIST_ITEMS) {
    const reasons = whyApplies(item.when, assessment, transfers);
    if (reasons.length === 0) continue;
    const entry = entries.get(item.id);
    items.push({ itemId: item.id, reasons, status: entry?.status ?? 'open', evidence: entry?.evidence ?? '' });
  }
  return items;
}
