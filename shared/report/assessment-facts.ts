import { formatPercent } from '../chart/format-probability';
import type { PartyKind } from '../domain/assessment';
import { assessmentCompleteness } from '../wizard/completeness';
import { STEPS } from '../wizard/steps';
import { countryText, destinationCountries, optionText, partyName, stepLabel, type ReportContext } from './context';
import { formatDate, formatList } from './format';
import type { CoverFact, OutcomeKind } from './model';

/** The facts the cover and the executive summary share, worded once. */

const PARTY_LIMIT = 4;

export function fact(ctx: ReportContext, label: string, value: string, required = true): CoverFact {
  if (value.trim() !== '') return { label, value, tone: 'normal' };
  return required
    ? { label, value: ctx.t('report.notAnswered'), tone: 'missing' }
    : { label, value: ctx.t('report.noneRecorded'), tone: 'muted' };
}

/** Parties of one kind with country and role; a long list is counted rather than spread over the page. */
export function partiesText(ctx: ReportContext, kind: PartyKind): string {
  const parties = ctx.assessment.map.parties.filter((party) => party.kind === kind);
  if (parties.length > PARTY_LIMIT) return ctx.t('report.cover.manyParties', { count: parties.length });
  return parties
    .map((party) => [partyName(ctx, party), countryText(ctx, party.country), optionText(ctx, 'role', party.role)].filter((s) => s !== '').join(', '))
    .join('; ');
}

export function destinationsText(ctx: ReportContext): string {
  return destinationCountries(ctx)
    .map((code) => countryText(ctx, code))
    .join('; ');
}

/** The tools in use, each once: "Standard Contractual Clauses (Art. 46(2)(c)), Modules 2 and 3; …". */
export function toolsText(ctx: ReportContext): string {
  const modules = new Map<string, Set<number>>();
  for (const transfer of ctx.evaluation.transfers) {
    if (transfer.tool === '') continue;
    const set = modules.get(transfer.tool) ?? new Set<number>();
    const module = transfer.sccModule?.effective ?? null;
    if (transfer.tool === 'scc' && module !== null) set.add(module);
    modules.set(transfer.tool, set);
  }
  return [...modules]
    .map(([tool, set]) => {
      const label = optionText(ctx, 'tool', tool);
      if (set.size === 0) return label;
      const numbers = formatList([...set].sort().map(String), ctx.language);
      return `${label}, ${ctx.t('report.scc.modules', { modules: numbers, count: set.size })}`;
    })
    .join('; ');
}

/** "Complete", or "Draft: Step 2 and Step 5 not yet complete". */
export function statusFact(ctx: ReportContext): CoverFact {
  const incomplete = assessmentCompleteness(ctx.assessment, ctx.completeness).filter((step) => !step.complete);
  const label = ctx.t('report.cover.status');
  if (incomplete.length === 0) return { label, value: ctx.t('report.cover.statusComplete'), tone: 'normal' };
  const names = incomplete.map((step) => stepLabel(ctx, { key: step.key, number: STEPS.find((s) => s.key === step.key)?.number ?? null }));
  return { label, value: ctx.t('report.cover.statusDraft', { steps: formatList(names, ctx.language) }), tone: 'caveat' };
}

export function nextReviewFact(ctx: ReportContext): CoverFact {
  const date = ctx.assessment.step6.nextReviewDate;
  return fact(ctx, ctx.t('report.cover.nextReview'), date === '' ? '' : formatDate(date, ctx.language));
}

/**
 * The residual probability over the horizon against the limit, with the limit's source; null where no full TIA
 * is required and none was modelled, "Not answered" where one is required and no scenario is included.
 */
export function residualRiskFact(ctx: ReportContext): CoverFact | null {
  const { t } = ctx;
  const risk = ctx.evaluation.risk;
  const label = t('report.summary.residualRisk');
  if (risk.scenarios.every((s) => !s.included)) return ctx.completeness.fullTiaRequired ? fact(ctx, label, '') : null;
  const params = {
    after: formatPercent(risk.horizonAfter, ctx.language),
    before: formatPercent(risk.horizonBefore, ctx.language),
    years: risk.horizonYears,
    limit: formatPercent(risk.acceptableLimit, ctx.language),
    source: risk.limitSource.trim() || t('report.summary.noLimitSource'),
  };
  return risk.withinLimitAfter
    ? { label, value: t('report.summary.residualWithin', params), tone: 'normal' }
    : { label, value: t('report.summary.residualAbove', params), tone: 'caveat' };
}

/** The recorded outcome in plain words; where none is recorded yet, what DTIA Studio proposes. */
export function outcomeStatement(ctx: ReportContext): { label: string; text: string; kind: OutcomeKind } {
  const { t, assessment, evaluation } = ctx;
  const { decision, outcome } = assessment.conclusion;
  const proposed = evaluation.outcome.outcome;
  const text =
    outcome !== ''
      ? optionText(ctx, 'outcome', outcome)
      : proposed !== null
        ? t('report.cover.noOutcomeProposed', { outcome: optionText(ctx, 'outcome', proposed) })
        : t('report.cover.noOutcome');
  return {
    label: decision === '' ? t('report.cover.outcome') : t(`report.cover.outcomeDecided.${decision}`),
    text,
    kind: outcome === '' ? 'none' : outcome,
  };
}
