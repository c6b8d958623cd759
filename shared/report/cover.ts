import { destinationsText, fact, nextReviewFact, outcomeStatement, partiesText, statusFact } from './assessment-facts';
import type { ReportContext } from './context';
import { formatDate, formatTimestamp } from './format';
import type { CoverFact, ReportCover, ReportMeta } from './model';

/**
 * The cover: who transfers what where, the outcome in plain words, how far the assessment is, and what identifies
 * this exact version of it (id, full content hash, when it was saved and when the report was generated).
 */
export function buildCover(ctx: ReportContext, meta: ReportMeta): ReportCover {
  const { t, assessment, language, library } = ctx;
  const hasRecipients = assessment.map.parties.some((party) => party.kind === 'recipient');
  const facts: CoverFact[] = [
    fact(ctx, t('report.cover.exporter'), partiesText(ctx, 'exporter')),
    fact(ctx, t('report.cover.importer'), partiesText(ctx, 'importer')),
    fact(ctx, t('report.cover.subProcessors'), partiesText(ctx, 'sub-processor'), false),
    ...(hasRecipients ? [fact(ctx, t('report.cover.recipients'), partiesText(ctx, 'recipient'))] : []),
    fact(ctx, t('report.cover.destination'), destinationsText(ctx)),
    statusFact(ctx),
    fact(ctx, t('report.cover.assessmentDate'), assessment.conclusion.date === '' ? '' : formatDate(assessment.conclusion.date, language)),
    nextReviewFact(ctx),
  ];
  return {
    heading: t('report.title'),
    title: assessment.title,
    facts,
    outcome: outcomeStatement(ctx),
    identification: [
      fact(ctx, t('report.cover.assessmentId'), assessment.id),
      fact(ctx, t('report.cover.contentHash'), meta.contentHash),
      fact(ctx, t('report.cover.version'), t('report.cover.versionValue', { saved: formatTimestamp(assessment.updatedAt, language), version: meta.appVersion })),
      fact(ctx, t('report.cover.generated'), formatTimestamp(meta.generatedAt, language)),
      fact(
        ctx,
        t('report.cover.library'),
        t('report.cover.libraryValue', { asOf: formatDate(library.asOf, language), compiled: formatDate(library.compiled, language) }),
      ),
    ],
    note: t('report.cover.note'),
  };
}
