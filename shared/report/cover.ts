import { formatPercent } from '../chart/format-probability';
import type { PartyKind } from '../domain/assessment';
import { isEea } from '../domain/countries';
import { assessmentCompleteness } from '../wizard/completeness';
import { STEPS } from '../wizard/steps';
import { countryText, optionText, partyName, stepLabel, type ReportContext } from './context';
import { formatDate, formatTimestamp } from './format';
import type { CoverFact, OutcomeKind, ReportCover, ReportMeta } from './model';

const COVER_PARTY_LIMIT = 4;

function fact(ctx: ReportContext, label: string, value: string, required = true): CoverFact {
  if (value.trim() !== '') return { label, value, tone: 'normal' };
  return required
    ? { label, value: ctx.t('report.notAnswered'), tone: 'missing' }
    : { label, value: ctx.t('report.noneRecorded'), tone: 'muted' };
}

/** Parties of one kind; a long list is counted rather than spread over the cover. */
function partiesText(ctx: ReportContext, kind: PartyKind): string {
  const parties = ctx.assessment.map.parties.filter((party) => party.kind === kind);
  if (parties.length > COVER_PARTY_LIMIT) return ctx.t('report.cover.manyParties', { count: parties.length });
  return parties
    .map((party) => [partyName(ctx, party), countryText(ctx, party.country), optionText(ctx, 'role', party.role)].filter((s) => s !== '').join(', '))
    .join('; ');
}

function destinationsText(ctx: ReportContext): string {
  const codes = new Set(
    ctx.assessment.map.parties.filter((party) => party.kind !== 'exporter' && party.country !== '' && !isEea(party.country)).map((party) => party.country),
  );
  return [...codes].map((code) => countryText(ctx, code)).join('; ');
}

function toolsText(ctx: ReportContext): string {
  const parts = ctx.evaluation.transfers.map((transfer) => {
    if (transfer.tool === '') return '';
    const label = optionText(ctx, 'tool', transfer.tool);
    const module = transfer.sccModule?.effective ?? null;
    return transfer.tool === 'scc' && module !== null ? `${label}, ${ctx.t('report.scc.module', { module })}` : label;
  });
  return [...new Set(parts.filter((p) => p !== ''))].join('; ');
}

function riskText(ctx: ReportContext): string {
  const risk = ctx.evaluation.risk;
  if (risk.scenarios.every((s) => !s.included)) return '';
  return ctx.t('report.cover.riskValue', {
    before: formatPercent(risk.horizonBefore),
    after: formatPercent(risk.horizonAfter),
    years: risk.horizonYears,
    limit: formatPercent(risk.acceptableLimit),
  });
}

function statusText(ctx: ReportContext): { text: string; complete: boolean } {
  const incomplete = assessmentCompleteness(ctx.assessment, ctx.completeness).filter((step) => !step.complete);
  if (incomplete.length === 0) return { text: ctx.t('report.cover.statusComplete'), complete: true };
  const names = incomplete.map((step) => stepLabel(ctx, { key: step.key, number: STEPS.find((s) => s.key === step.key)?.number ?? null }));
  return { text: ctx.t('report.cover.statusDraft', { steps: names.join(', ') }), complete: false };
}

export function buildCover(ctx: ReportContext, meta: ReportMeta): ReportCover {
  const { t, assessment, language, library, evaluation } = ctx;
  const outcome = assessment.conclusion.outcome;
  const kind: OutcomeKind = outcome === '' ? 'none' : outcome;
  const status = statusText(ctx);
  const decision = assessment.conclusion.decision;
  return {
    heading: t('report.title'),
    title: assessment.title,
    facts: [
      fact(ctx, t('report.cover.exporter'), partiesText(ctx, 'exporter')),
      fact(ctx, t('report.cover.importer'), partiesText(ctx, 'importer')),
      fact(ctx, t('report.cover.subProcessors'), partiesText(ctx, 'sub-processor'), false),
      fact(ctx, t('report.cover.destination'), destinationsText(ctx)),
      fact(ctx, t('report.cover.tool'), toolsText(ctx)),
      fact(ctx, t('report.cover.tiaRequired'), t(`report.prechecks.required.${evaluation.prechecks.tiaRequired}`)),
      fact(ctx, t('report.cover.risk'), riskText(ctx), false),
      { ...fact(ctx, t('report.cover.status'), status.text), tone: status.complete ? 'normal' : 'caveat' },
      fact(ctx, t('report.cover.nextReview'), assessment.step6.nextReviewDate === '' ? '' : formatDate(assessment.step6.nextReviewDate, language)),
    ],
    outcome: {
      label: decision === '' ? t('report.cover.outcome') : t(`report.cover.outcomeDecided.${decision}`),
      text: outcome === '' ? t('report.cover.noOutcome') : optionText(ctx, 'outcome', outcome),
      kind,
    },
    identification: [
      fact(ctx, t('report.cover.assessmentId'), assessment.id),
      fact(ctx, t('report.cover.contentHash'), meta.contentHash),
      fact(ctx, t('report.cover.generated'), formatTimestamp(meta.generatedAt, language)),
      fact(ctx, t('report.cover.application'), t('report.cover.applicationValue', { version: meta.appVersion })),
      fact(
        ctx,
        t('report.cover.library'),
        t('report.cover.libraryValue', { asOf: formatDate(library.asOf, language), compiled: formatDate(library.compiled, language) }),
      ),
    ],
    note: t('report.cover.note'),
  };
}
