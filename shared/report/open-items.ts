import { findLaw, type LawEntry } from '../domain/law-library';
import { lawsForMap } from '../engine/from-library';
import { assessmentCompleteness } from '../wizard/completeness';
import { STEPS } from '../wizard/steps';
import { annexes } from './annex-blocks';
import { proposalChange } from './conclusion-blocks';
import { catalogueText, countryText, reliesOnAdequacy, stepLabel, type ReportContext } from './context';
import { formatDate } from './format';
import type { TextLine } from './model';

/**
 * What still stands between this assessment and a finished one: required answers not given, law library facts
 * relied on that the library does not confirm, relevant laws not assessed, procedural steps still open, annex
 * entries missing, and a decision that no longer matches the proposal or the calendar.
 */
export function openItems(ctx: ReportContext): TextLine[] {
  return [
    ...missingAnswers(ctx),
    ...unconfirmedLaws(ctx),
    ...unconfirmedAdequacy(ctx),
    ...lawsNotAssessed(ctx),
    ...openChecklist(ctx),
    ...annexGaps(ctx),
    ...staleDecision(ctx),
  ];
}

function missingAnswers(ctx: ReportContext): TextLine[] {
  const { t } = ctx;
  // Open checklist items are listed one by one below; the checklist as a whole need not be named as well.
  const checklistListed = ctx.evaluation.checklist.some((item) => item.status === 'open');
  return assessmentCompleteness(ctx.assessment, ctx.completeness).flatMap((completeness) => {
    const step = STEPS.find((s) => s.key === completeness.key);
    if (!step) return [];
    const questions = step.sections.flatMap((section) => section.questions);
    return completeness.missing.flatMap((id) => {
      const question = questions.find((q) => q.id === id);
      if (!question || (checklistListed && question.kind === 'widget' && question.widget === 'checklist')) return [];
      const label = stepLabel(ctx, step);
      const title = t(step.titleKey);
      const place = label === title ? title : t('report.summary.open.stepPlace', { step: label, title });
      const text = t('report.summary.open.missingAnswer', { question: t(question.labelKey), place });
      return [{ text, tone: 'missing' as const }];
    });
  });
}

function assessedEntries(ctx: ReportContext): LawEntry[] {
  return ctx.assessment.step3.laws.flatMap((law) => {
    const entry = law.lawId === null ? undefined : findLaw(ctx.library, law.lawId);
    return entry ? [entry] : [];
  });
}

function unconfirmedLaws(ctx: ReportContext): TextLine[] {
  const { t } = ctx;
  return assessedEntries(ctx).flatMap((entry) => {
    const lines: TextLine[] = [];
    if (entry.confidence !== 'confirmed') {
      lines.push({
        text: t('report.summary.open.unconfirmedLaw', {
          law: entry.name,
          confidence: t(`engine.confidence.${entry.confidence}`),
          asOf: formatDate(entry.asOf, ctx.language),
        }),
        tone: 'caveat',
      });
    }
    if (entry.recheck) lines.push({ text: t('report.summary.open.recheck', { law: entry.name }), tone: 'caveat' });
    return lines;
  });
}

/** Adequacy entries the library does not confirm, for countries where a transfer rests on adequacy. */
function unconfirmedAdequacy(ctx: ReportContext): TextLine[] {
  const { t } = ctx;
  return ctx.library.countries
    .filter((country) => reliesOnAdequacy(ctx, country.code))
    .flatMap((country) =>
      country.laws
        .filter((law) => law.kind === 'adequacy' && law.confidence !== 'confirmed')
        .map((law) => ({
          text: t('report.summary.open.unconfirmedAdequacy', {
            country: countryText(ctx, country.code),
            entry: law.name,
            confidence: t(`engine.confidence.${law.confidence}`),
            asOf: formatDate(law.asOf, ctx.language),
          }),
          tone: 'caveat' as const,
        })),
    );
}

function lawsNotAssessed(ctx: ReportContext): TextLine[] {
  if (!ctx.completeness.fullTiaRequired) return [];
  const assessed = new Set(ctx.assessment.step3.laws.map((law) => law.lawId));
  return lawsForMap(ctx.assessment, ctx.library, ctx.evaluation.transfers)
    .filter((law) => !assessed.has(law.id))
    .map((law) => {
      const country = ctx.library.countries.find((c) => c.laws.some((l) => l.id === law.id))?.code ?? '';
      return { text: ctx.t('report.summary.open.lawNotAssessed', { law: law.name, country: countryText(ctx, country) }), tone: 'missing' as const };
    });
}

function openChecklist(ctx: ReportContext): TextLine[] {
  return ctx.evaluation.checklist
    .filter((item) => item.status === 'open')
    .map((item) => ({ text: ctx.t('report.summary.open.checklist', { item: catalogueText(ctx, `checklist.${item.itemId}`, item.itemId) }), tone: 'missing' as const }));
}

function annexGaps(ctx: ReportContext): TextLine[] {
  const built = annexes(ctx);
  if (!built.applicable || built.missingCount === 0) return [];
  return [{ text: ctx.t('report.summary.open.annexes', { count: built.missingCount }), tone: 'missing' }];
}

function staleDecision(ctx: ReportContext): TextLine[] {
  const { t, evaluation, assessment } = ctx;
  const lines: TextLine[] = [];
  const change = proposalChange(ctx);
  if (change) lines.push({ text: t('report.conclusion.proposalChanged', change), tone: 'caveat' });
  const review = assessment.step6.nextReviewDate;
  if (review !== '' && review < ctx.today) lines.push({ text: t('report.summary.open.reviewOverdue', { date: formatDate(review, ctx.language) }), tone: 'caveat' });
  if (evaluation.library.outdated) {
    lines.push({ text: t('report.laws.libraryAge', { months: evaluation.library.ageInMonths, asOf: formatDate(ctx.library.asOf, ctx.language) }), tone: 'caveat' });
  }
  return lines;
}
