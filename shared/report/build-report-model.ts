import type { Assessment } from '../domain/assessment';
import type { LawLibrary } from '../domain/law-library';
import { evaluateAssessment } from '../engine/evaluate';
import { completenessContext, isVisible, stepCompleteness } from '../wizard/completeness';
import { STEPS, type Section, type StepDefinition } from '../wizard/steps';
import { annexAppendix } from './annex-blocks';
import { stepLabel, type ReportContext } from './context';
import { buildCover } from './cover';
import { fieldAnswer } from './field-answers';
import type { AnswerRow, ReportBlock, ReportMeta, ReportModel, ReportSection, Translate } from './model';
import { widgetBlocks } from './widget-blocks';
import { attachmentFileName } from './attachment-file-name';
import { evidenceSection } from './evidence-blocks';
import { buildExecutiveSummary } from './executive-summary';
import { librarySection } from './library-blocks';
import { buildSignOffPage } from './signoff-page';

/**
 * The report of an assessment: a cover and an executive summary, the wizard's own steps in the wizard's own words,
 * each widget printed with what the engine derived from it and why (`evaluateAssessment`, the same evaluation the
 * app and the CLI show), the law library excerpts the assessment relies on, the facts taken from the vendor's own
 * documents with the sentences they were read from, the SCC annexes as an appendix, and the sign-off page that the
 * signatures fill.
 */
export function buildReportModel(assessment: Assessment, library: LawLibrary, t: Translate, meta: ReportMeta): ReportModel {
  const language = meta.language ?? 'en';
  const today = meta.generatedAt.slice(0, 10);
  const evaluation = evaluateAssessment(assessment, library, today);
  const ctx: ReportContext = { assessment, library, evaluation, t, language, today, completeness: completenessContext(assessment, evaluation) };
  const title = t('report.title');
  const appendix = annexAppendix(ctx);
  const evidence = evidenceSection(ctx);
  const fileName = attachmentFileName(assessment.title);
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
    cover: buildCover(ctx, meta),
    executiveSummary: buildExecutiveSummary(ctx),
    contentsTitle: t('report.contentsTitle'),
    sections: [
      ...STEPS.map((step) => buildSection(ctx, step)),
      librarySection(ctx),
      ...(evidence ? [evidence] : []),
      ...(appendix ? [appendix] : []),
    ],
    signOff: buildSignOffPage(ctx, meta, fileName),
    confidentiality: meta.confidentiality?.trim() ?? '',
    attachment: {
      fileName,
      description: t('report.attachment.description', { title: assessment.title, id: assessment.id, hash: meta.contentHash }),
    },
    runningHeader: t('report.runningHeader', { report: title, title: assessment.title }),
    footerNote: t('report.footer.note', { id: assessment.id, hash: meta.contentHash.slice(0, 16) }),
    pageTemplate: t('report.footer.page', { page: '{page}', pages: '{pages}' }),
  };
}

function buildSection(ctx: ReportContext, step: StepDefinition): ReportSection {
  const { t } = ctx;
  const completeness = stepCompleteness(step, ctx.assessment, ctx.completeness);
  const skipped = step.onlyForFullTia && !ctx.completeness.fullTiaRequired;
  return {
    key: step.key,
    label: stepLabel(ctx, step),
    title: t(step.titleKey),
    intro: t(step.introKey),
    status: {
      complete: completeness.complete,
      text: completeness.complete
        ? t('report.status.complete')
        : t('report.status.incomplete', { answered: completeness.answered, required: completeness.required }),
    },
    blocks: skipped
      ? [{ kind: 'notice', tone: 'info', text: t('report.notRequiredStep') }]
      : step.sections.flatMap((section) => sectionBlocks(ctx, step, section)),
    referencesLabel: t('report.references'),
    references: step.references.map((reference) => ({ label: t(reference.labelKey), citation: reference.citation, url: reference.url })),
  };
}

function sectionBlocks(ctx: ReportContext, step: StepDefinition, section: Section): ReportBlock[] {
  // The sign-off has a page of its own at the end of the report (ReportModel.signOff).
  if (step.key === 'conclusion' && section.id === 'signoff') return [];
  const visible = section.questions.filter((question) => isVisible(question, ctx.assessment));
  if (visible.length === 0) return [];

  const blocks: ReportBlock[] = [{ kind: 'heading', text: ctx.t(section.titleKey) }];
  let pending: AnswerRow[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push({ kind: 'answers', rows: pending });
    pending = [];
  };
  for (const question of visible) {
    if (question.kind === 'widget') {
      flush();
      blocks.push(...widgetBlocks(ctx, question));
    } else {
      const row = fieldAnswer(ctx, question);
      if (row) pending.push(row);
    }
  }
  flush();
  // A heading over nothing (every question optional and left empty) would only be filler.
  return blocks.length > 1 ? blocks : [];
}
