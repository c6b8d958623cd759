import type { LawAssessment } from '../domain/assessment';
import { findLaw, type LawEntry } from '../domain/law-library';
import type { LawEvaluation } from '../engine/types';
import { answerRow, answersBlock, cell, optionalRow, optionText, paragraphs, reasonText, type ReportContext } from './context';
import { formatDate } from './format';
import type { AnswerRow, ReportBlock, TableCell, TextLine } from './model';

/**
 * Step 3's laws: a summary table, then each law with its citation, verdict and reasons, the questionnaire as
 * answered and the assessor's own notes and sources. What the library says of the law (summary, scope, safeguards,
 * sources, caveat) is quoted once, in the law library excerpts; here each law names the entry's date and confidence.
 */
export function lawBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  const blocks: ReportBlock[] = [];
  const laws = assessment.step3.laws;
  if (laws.length === 0) {
    blocks.push({ kind: 'answers', rows: [answerRow(ctx, t('report.laws.title'), [], { required: true })] });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.laws.law'), weight: 3 },
      { header: t('report.laws.citation'), weight: 4.5 },
      { header: t('report.laws.verdict'), weight: 3.5 },
      { header: t('report.laws.confidence'), weight: 1.8 },
    ],
    rows: laws.map((law) => summaryRow(ctx, law, lawEvaluation(ctx, law))),
    emptyText: t('report.laws.empty'),
  });
  for (const law of laws) blocks.push(...lawDetailBlocks(ctx, law, lawEvaluation(ctx, law)));
  return blocks;
}

function lawEvaluation(ctx: ReportContext, law: LawAssessment): LawEvaluation | undefined {
  return ctx.evaluation.laws.find((e) => e.lawAssessmentId === law.id);
}

function libraryEntry(ctx: ReportContext, law: LawAssessment): LawEntry | undefined {
  return law.lawId === null ? undefined : findLaw(ctx.library, law.lawId);
}

/** The library's date, or its age where it is outdated. */
export function libraryDateBlock(ctx: ReportContext): ReportBlock {
  const { t, evaluation, library } = ctx;
  const asOf = formatDate(library.asOf, ctx.language);
  if (evaluation.library.outdated) {
    return { kind: 'notice', tone: 'caveat', text: t('report.laws.libraryAge', { months: evaluation.library.ageInMonths, asOf }) };
  }
  return { kind: 'notice', tone: 'info', text: t('report.laws.libraryAsOf', { asOf, compiled: formatDate(library.compiled, ctx.language) }) };
}

function verdictText(ctx: ReportContext, evaluation: LawEvaluation | undefined): string {
  return evaluation ? optionText(ctx, 'verdict', evaluation.effective) : '';
}

function summaryRow(ctx: ReportContext, law: LawAssessment, evaluation: LawEvaluation | undefined): TableCell[] {
  const entry = libraryEntry(ctx, law);
  const verdict = verdictText(ctx, evaluation);
  return [
    cell(ctx, law.name.trim() || entry?.name || '', true),
    cell(ctx, entry?.citation ?? law.citation, false),
    { ...cell(ctx, evaluation?.overridden ? ctx.t('report.laws.overriddenShort', { verdict }) : verdict, true) },
    entry
      ? { text: ctx.t(`options.confidence.${entry.confidence}`), tone: entry.confidence === 'confirmed' ? 'normal' : 'caveat' }
      : { text: ctx.t('report.laws.userAddedShort'), tone: 'muted' },
  ];
}

/** "Partly confirmed: …" and its kin, worded from the library entry itself. */
export function caveatText(ctx: ReportContext, entry: LawEntry): string | null {
  if (entry.confidence === 'confirmed') return null;
  const caveat = entry.caveat?.trim() || ctx.t('report.laws.caveat.fallback');
  return ctx.t(`report.laws.caveat.${entry.confidence}`, { caveat });
}

function verdictLines(ctx: ReportContext, law: LawAssessment, evaluation: LawEvaluation | undefined): TextLine[] {
  const { t } = ctx;
  if (!evaluation) return [];
  const lines: TextLine[] = [{ text: verdictText(ctx, evaluation) }];
  if (!evaluation.overridden && law.verdictOverride !== '' && law.verdictOverrideReason.trim() !== '') {
    lines.push({ text: t('report.laws.confirmedReason', { reason: law.verdictOverrideReason.trim() }) });
  }
  if (evaluation.overridden) {
    lines.push({ text: t('report.laws.proposedWas', { verdict: optionText(ctx, 'verdict', evaluation.proposed) }) });
    lines.push(
      evaluation.overrideLacksReason
        ? { text: t('report.laws.overrideWithoutReason'), tone: 'missing' }
        : { text: t('report.laws.overrideReason', { reason: law.verdictOverrideReason.trim() }) },
    );
  }
  return lines;
}

function questionnaireTable(ctx: ReportContext, law: LawAssessment, entry: LawEntry): ReportBlock {
  const { t } = ctx;
  const known = new Set(entry.questionnaire.map((q) => q.id));
  const rows: TableCell[][] = entry.questionnaire.map((question) => {
    const answer = law.answers.find((a) => a.questionId === question.id);
    const given = answer && answer.answer !== '' ? optionText(ctx, 'tri', answer.answer) : '';
    return [{ text: question.text }, cell(ctx, given, false), cell(ctx, answer?.note ?? '', false)];
  });
  for (const answer of law.answers.filter((a) => !known.has(a.questionId))) {
    rows.push([{ text: answer.questionId, tone: 'muted' }, cell(ctx, optionText(ctx, 'tri', answer.answer), false), cell(ctx, answer.note, false)]);
  }
  return {
    kind: 'table',
    columns: [
      { header: t('report.laws.question'), weight: 6 },
      { header: t('report.laws.answer'), weight: 1.9 },
      { header: t('report.laws.answerNote'), weight: 4.4 },
    ],
    rows,
    emptyText: t('report.laws.noQuestionnaire'),
  };
}

/** Where the library entry stands: its date and confidence, and that its text is quoted in the excerpts. */
function libraryEntryRow(ctx: ReportContext, entry: LawEntry): AnswerRow {
  const confirmed = entry.confidence === 'confirmed';
  return answerRow(
    ctx,
    ctx.t('report.laws.libraryEntry'),
    [ctx.t('report.laws.libraryEntryValue', { asOf: formatDate(entry.asOf, ctx.language), confidence: ctx.t(`engine.confidence.${entry.confidence}`) })],
    { required: false, tone: confirmed ? 'normal' : 'caveat' },
  );
}

function lawDetailBlocks(ctx: ReportContext, law: LawAssessment, evaluation: LawEvaluation | undefined): ReportBlock[] {
  const { t } = ctx;
  const entry = libraryEntry(ctx, law);
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: law.name.trim() || entry?.name || t('report.laws.law') }];
  if (law.lawId === null) blocks.push({ kind: 'paragraph', text: t('report.laws.userAdded'), tone: 'muted' });
  else if (!entry) blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.laws.missingEntry', { id: law.lawId }) });

  blocks.push(
    ...answersBlock([
      answerRow(ctx, t('report.laws.citation'), [entry?.citation ?? law.citation], { required: false }),
      entry ? libraryEntryRow(ctx, entry) : null,
      answerRow(ctx, t('report.laws.verdict'), verdictLines(ctx, law, evaluation), { required: true }),
      optionalRow(t('report.reasons'), (evaluation?.reasons ?? []).map((r) => reasonText(ctx, r)), { list: true }),
      optionalRow(t('report.laws.reasoning'), paragraphs(law.reasoning)),
    ]),
  );
  if (entry) blocks.push(questionnaireTable(ctx, law, entry));
  blocks.push(
    ...answersBlock([
      optionalRow(t('report.laws.notes'), paragraphs(law.notes)),
      optionalRow(
        t('report.laws.userSources'),
        law.userSources.map((s) => ({ text: t('report.laws.source', { title: s.title, date: s.date || t('report.laws.noDate') }), url: s.url || undefined })),
        { list: true },
      ),
    ]),
  );
  return blocks;
}
