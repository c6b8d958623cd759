import type { LawLibrary } from '../domain/law-library';
import { sccModuleChoice } from '../domain/scc';
import { assessmentCompleteness } from '../wizard/completeness';
import { STEPS } from '../wizard/steps';
import type { ReportContext } from './context';
import { formatCountry, formatDate, formatTimestamp } from './format';
import type { CoverFact, OutcomeKind, ReportCover, ReportMeta } from './model';

function fact(ctx: ReportContext, label: string, value: string, required = true): CoverFact {
  if (value.trim() !== '') return { label, value, tone: 'normal' };
  return required
    ? { label, value: ctx.t('report.notAnswered'), tone: 'missing' }
    : { label, value: ctx.t('report.noneRecorded'), tone: 'muted' };
}

function partyText(ctx: ReportContext, who: 'exporter' | 'importer'): string {
  const party = ctx.assessment.step1[who];
  return [party.name.trim(), formatCountry(party.country, ctx.language), party.role === '' ? '' : ctx.t(`options.role.${party.role}`)]
    .filter((part) => part !== '')
    .join(', ');
}

function toolText(ctx: ReportContext): string {
  const { tool } = ctx.assessment.step2;
  if (tool === '') return '';
  const label = ctx.t(`options.tool.${tool}`);
  const module = sccModuleChoice(ctx.assessment).effective;
  return tool === 'scc' && module !== null ? `${label}, ${ctx.t('report.scc.module', { module })}` : label;
}

function statusText(ctx: ReportContext): string {
  const incomplete = assessmentCompleteness(ctx.assessment).filter((step) => !step.complete);
  if (incomplete.length === 0) return ctx.t('report.cover.statusComplete');
  const names = incomplete.map((step) => {
    const number = STEPS.find((s) => s.key === step.key)?.number ?? null;
    return number === null ? ctx.t('report.conclusionLabel') : ctx.t('report.stepLabel', { number });
  });
  return ctx.t('report.cover.statusDraft', { steps: names.join(', ') });
}

export function buildCover(ctx: ReportContext, meta: ReportMeta, library: LawLibrary): ReportCover {
  const { t, assessment, language } = ctx;
  const outcome = assessment.conclusion.outcome;
  const kind: OutcomeKind = outcome === '' ? 'none' : outcome;
  const complete = assessmentCompleteness(assessment).every((step) => step.complete);
  return {
    heading: t('report.title'),
    title: assessment.title,
    facts: [
      fact(ctx, t('report.cover.exporter'), partyText(ctx, 'exporter')),
      fact(ctx, t('report.cover.importer'), partyText(ctx, 'importer')),
      fact(ctx, t('report.cover.destination'), formatCountry(assessment.step1.importer.country, language)),
      fact(ctx, t('report.cover.tool'), toolText(ctx)),
      { ...fact(ctx, t('report.cover.status'), statusText(ctx)), tone: complete ? 'normal' : 'caveat' },
      fact(ctx, t('report.cover.nextReview'), assessment.step6.nextReviewDate === '' ? '' : formatDate(assessment.step6.nextReviewDate, language)),
    ],
    outcome: {
      label: t('report.cover.outcome'),
      text: outcome === '' ? t('report.cover.noOutcome') : t(`options.outcome.${outcome}`),
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
