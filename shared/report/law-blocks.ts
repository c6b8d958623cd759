import type { LawAssessment } from '../domain/assessment';
import { findLaw, libraryAgeInMonths, type LawEntry } from '../domain/law-library';
import type { WidgetQuestion } from '../wizard/steps';
import { answerRow, cell, type ReportContext } from './context';
import { paragraphs } from './field-answers';
import { formatCountry, formatDate } from './format';
import type { AnswerRow, ReportBlock, TableCell } from './model';

/** The law library counts as stale past this age; the wizard warns at the same point. */
const STALE_AFTER_MONTHS = 12;

/**
 * Step 3's laws: where the destination stands, a summary table, then each law with what the law library says about
 * it — citation, sources, "as of" date — and, where the library is not sure, its caveat in plain sight.
 */
export function lawBlocks(ctx: ReportContext, question: WidgetQuestion): ReportBlock[] {
  const { t, assessment } = ctx;
  const blocks: ReportBlock[] = [...destinationBlocks(ctx)];
  const laws = assessment.step3.laws;

  if (laws.length === 0) {
    blocks.push({ kind: 'answers', rows: [answerRow(ctx, t(question.labelKey), [], { required: question.required })] });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { header: t('report.laws.law'), weight: 4 },
        { header: t('report.laws.citation'), weight: 4 },
        { header: t('report.laws.applies'), weight: 1.6 },
        { header: t('report.laws.asOf'), weight: 1.9 },
      ],
      rows: laws.map((law) => summaryRow(ctx, law)),
      emptyText: t('report.laws.empty'),
    });
  }

  const notAssessed = unassessedLibraryLaws(ctx);
  if (notAssessed.length > 0) {
    blocks.push({
      kind: 'notice',
      tone: 'info',
      text: t('report.laws.notAssessed', {
        country: formatCountry(assessment.step1.importer.country, ctx.language),
        laws: notAssessed.map((law) => law.name).join('; '),
      }),
    });
  }
  for (const law of laws) blocks.push(...lawDetailBlocks(ctx, law));
  return blocks;
}

function destinationBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, library, assessment } = ctx;
  const code = assessment.step1.importer.country;
  if (code === '') return [{ kind: 'notice', tone: 'info', text: t('report.laws.noDestination') }];
  const rows: AnswerRow[] = [answerRow(ctx, t('report.laws.destination'), [formatCountry(code, ctx.language)], { required: true })];
  const country = library.countries.find((c) => c.code === code);
  if (country) {
    const adequacy = t(`report.adequacy.${country.adequacy}`);
    rows.push(answerRow(ctx, t('report.laws.adequacy'), [adequacy, country.adequacyNote], { required: false }));
  }
  const blocks: ReportBlock[] = [{ kind: 'answers', rows }];
  const age = libraryAgeInMonths(library, ctx.today);
  if (age > STALE_AFTER_MONTHS) {
    blocks.push({
      kind: 'notice',
      tone: 'caveat',
      text: t('report.laws.libraryAge', { months: age, asOf: formatDate(library.asOf, ctx.language) }),
    });
  }
  return blocks;
}

function libraryEntry(ctx: ReportContext, law: LawAssessment): LawEntry | undefined {
  return law.lawId === null ? undefined : findLaw(ctx.library, law.lawId);
}

function appliesText(ctx: ReportContext, law: LawAssessment): string {
  return law.applies === '' ? '' : ctx.t(`options.tri.${law.applies}`);
}

function summaryRow(ctx: ReportContext, law: LawAssessment): TableCell[] {
  const entry = libraryEntry(ctx, law);
  return [
    cell(ctx, law.name, true),
    cell(ctx, entry?.citation ?? '', false),
    cell(ctx, appliesText(ctx, law), true),
    cell(ctx, entry ? formatDate(entry.asOf, ctx.language) : '', false),
  ];
}

/** "Unconfirmed: …" and its kin, worded from the library entry itself. */
export function caveatText(ctx: ReportContext, entry: LawEntry): string | null {
  if (entry.confidence === 'confirmed') return null;
  const caveat = entry.caveat?.trim() || ctx.t('report.laws.caveat.fallback');
  return ctx.t(`report.laws.caveat.${entry.confidence}`, { caveat });
}

function lawDetailBlocks(ctx: ReportContext, law: LawAssessment): ReportBlock[] {
  const { t } = ctx;
  const entry = libraryEntry(ctx, law);
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: law.name.trim() || entry?.name || t('report.laws.law') }];

  if (law.lawId === null) {
    blocks.push({ kind: 'paragraph', text: t('report.laws.userAdded'), tone: 'muted' });
  } else if (!entry) {
    blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.laws.missingEntry', { id: law.lawId }) });
  } else {
    const caveat = caveatText(ctx, entry);
    if (caveat) blocks.push({ kind: 'notice', tone: 'caveat', text: caveat });
  }

  const rows: AnswerRow[] = [];
  if (entry) rows.push(answerRow(ctx, t('report.laws.citation'), [entry.citation], { required: false }));
  rows.push(answerRow(ctx, t('wizard.step3.laws.applies'), [appliesText(ctx, law)], { required: true }));
  rows.push(answerRow(ctx, t('wizard.step3.laws.reasoning'), paragraphs(law.reasoning), { required: false }));
  rows.push(answerRow(ctx, t('wizard.step3.laws.sources'), paragraphs(law.sources), { required: false }));
  if (entry) {
    rows.push(answerRow(ctx, t('report.laws.summary'), paragraphs(entry.summary), { required: false }));
    rows.push(
      answerRow(
        ctx,
        t('report.laws.librarySources'),
        entry.sources.map((source) => ({
          text: t('report.laws.source', { title: source.title, date: source.date }),
          url: source.url,
        })),
        { required: false, list: true },
      ),
    );
    rows.push(answerRow(ctx, t('report.laws.entryAsOf'), [formatDate(entry.asOf, ctx.language)], { required: false }));
    rows.push(
      answerRow(ctx, t('report.laws.confidence'), [t(`report.laws.confidenceValues.${entry.confidence}`)], {
        required: false,
        tone: entry.confidence === 'confirmed' ? 'normal' : 'caveat',
      }),
    );
  }
  blocks.push({ kind: 'answers', rows });
  return blocks;
}

function unassessedLibraryLaws(ctx: ReportContext): LawEntry[] {
  const code = ctx.assessment.step1.importer.country;
  const country = ctx.library.countries.find((c) => c.code === code);
  if (!country) return [];
  const assessed = new Set(ctx.assessment.step3.laws.map((law) => law.lawId));
  return country.laws.filter((law) => law.kind === 'access-law' && !assessed.has(law.id));
}
