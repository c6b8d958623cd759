import type { Assessment } from '../domain/assessment';
import type { LawLibrary } from '../domain/law-library';
import { isAnswered, isVisible, stepCompleteness } from '../wizard/completeness';
import { STEPS, type FieldQuestion, type Section, type StepDefinition } from '../wizard/steps';
import { answerRow, type ReportContext } from './context';
import { buildCover } from './cover';
import { fieldAnswer } from './field-answers';
import type { AnswerRow, ReportBlock, ReportMeta, ReportModel, ReportSection, Translate } from './model';
import { widgetBlocks } from './widget-blocks';

/**
 * The report of an assessment, built by walking the wizard's own step definitions so that the report asks and
 * answers exactly what the wizard asked, in the same words.
 */
export function buildReportModel(assessment: Assessment, library: LawLibrary, t: Translate, meta: ReportMeta): ReportModel {
  const language = meta.language ?? 'en';
  const ctx: ReportContext = { assessment, library, t, language, today: meta.generatedAt.slice(0, 10) };
  const title = t('report.title');
  return {
    info: {
      title: `${title}: ${assessment.title}`,
      subject: t('report.info.subject', { title: assessment.title, hash: meta.contentHash }),
      keywords: t('report.info.keywords', { id: assessment.id, hash: meta.contentHash }),
      author: assessment.conclusion.approver.trim() || assessment.conclusion.assessor.trim(),
      creator: t('report.info.creator', { version: meta.appVersion }),
      assessmentId: assessment.id,
      contentHash: meta.contentHash,
      generatedAt: meta.generatedAt,
      language,
    },
    cover: buildCover(ctx, meta, library),
    sections: STEPS.map((step) => buildSection(ctx, step)),
    runningHeader: t('report.runningHeader', { report: title, title: assessment.title }),
    footerNote: t('report.footer.note', { id: assessment.id, hash: meta.contentHash.slice(0, 16) }),
    pageTemplate: t('report.footer.page', { page: '{page}', pages: '{pages}' }),
  };
}

function buildSection(ctx: ReportContext, step: StepDefinition): ReportSection {
  const { t } = ctx;
  const completeness = stepCompleteness(step, ctx.assessment);
  return {
    key: step.key,
    label: step.number === null ? t('report.conclusionLabel') : t('report.stepLabel', { number: step.number }),
    title: t(step.titleKey),
    intro: t(step.introKey),
    status: {
      complete: completeness.complete,
      text: completeness.complete
        ? t('report.status.complete')
        : t('report.status.incomplete', { answered: completeness.answered, required: completeness.required }),
    },
    blocks: step.sections.flatMap((section) => sectionBlocks(ctx, step, section)),
    referencesLabel: t('report.references'),
    references: step.references.map((reference) => ({ label: t(reference.labelKey), citation: reference.citation, url: reference.url })),
  };
}

function sectionBlocks(ctx: ReportContext, step: StepDefinition, section: Section): ReportBlock[] {
  if (step.key === 'conclusion' && section.id === 'signoff') return [signOffBlock(ctx, section)];

  const visible = section.questions.filter((question) => isVisible(question, ctx.assessment));
  const heading: ReportBlock = { kind: 'heading', text: ctx.t(section.titleKey) };
  if (visible.length === 0) {
    return step.key === 'step4' ? [heading, { kind: 'paragraph', text: ctx.t('report.step4.notRequired'), tone: 'normal' }] : [];
  }

  const blocks: ReportBlock[] = [heading];
  let pending: AnswerRow[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push({ kind: 'answers', rows: pending });
    pending = [];
  };
  for (const question of visible) {
    if (question.kind === 'widget') {
      flush();
      blocks.push(...widgetBlocks(ctx, question, isAnswered(question, ctx.assessment)));
    } else {
      pending.push(fieldAnswer(ctx, question));
    }
  }
  flush();
  return blocks;
}

/** The conclusion's sign-off questions, framed as the block an approver signs, with the outcome repeated. */
function signOffBlock(ctx: ReportContext, section: Section): ReportBlock {
  const { t, assessment } = ctx;
  const rows = section.questions
    .filter((question): question is FieldQuestion => question.kind !== 'widget')
    .map((question) => fieldAnswer(ctx, question));
  const outcome = assessment.conclusion.outcome;
  rows.push(answerRow(ctx, t('report.signoff.outcome'), [outcome === '' ? '' : t(`options.outcome.${outcome}`)], { required: true }));
  return { kind: 'signoff', title: t(section.titleKey), rows, note: t('report.signoff.note') };
}
