import type { CountryEntry, LawEntry } from '../domain/law-library';
import { lawsForMap } from '../engine/from-library';
import { answerRow, countryText, destinationCountries, optionalRow, paragraphs, reliesOnAdequacy, type ReportContext } from './context';
import { formatDate } from './format';
import { caveatText, libraryDateBlock } from './law-blocks';
import type { AnswerRow, ReportBlock, ReportSection } from './model';

/**
 * What the law library says about each destination country and its laws, quoted as the library states it: the
 * adequacy decision by reference and date, and per law its citation, summary, scope, safeguards, sources, "as of"
 * date and confidence. An entry the library does not confirm carries the library's own caveat, printed here once.
 */
export function librarySection(ctx: ReportContext): ReportSection {
  const { t } = ctx;
  const blocks: ReportBlock[] = [libraryDateBlock(ctx)];
  const codes = countryCodes(ctx);
  if (codes.length === 0) blocks.push({ kind: 'paragraph', text: t('report.library.noDestinations'), tone: 'muted' });
  const offered = new Set(lawsForMap(ctx.assessment, ctx.library, ctx.evaluation.transfers).map((law) => law.id));
  for (const code of codes) blocks.push(...countryBlocks(ctx, code, offered));
  return {
    key: 'library',
    label: t('report.library.label'),
    title: t('report.library.title'),
    intro: t('report.library.intro'),
    status: null,
    blocks,
    referencesLabel: t('report.references'),
    references: [],
  };
}

/** The destinations of the map, then the countries of any other library law assessed in step 3. */
function countryCodes(ctx: ReportContext): string[] {
  const assessed = ctx.assessment.step3.laws.flatMap((law) => {
    const country = law.lawId === null ? undefined : ctx.library.countries.find((c) => c.laws.some((l) => l.id === law.lawId));
    return country ? [country.code] : [];
  });
  return [...new Set([...destinationCountries(ctx), ...assessed])];
}

const KIND_ORDER: LawEntry['kind'][] = ['access-law', 'safeguard', 'adequacy'];

/**
 * The access laws the library offers for this map (`lawsForMap`), any law step 3 assesses, and the adequacy entry
 * where a transfer to the country rests on adequacy; otherwise the decision's reference and date above suffice.
 */
function isRelevant(ctx: ReportContext, law: LawEntry, country: CountryEntry, offered: ReadonlySet<string>): boolean {
  if (offered.has(law.id) || ctx.assessment.step3.laws.some((row) => row.lawId === law.id)) return true;
  return law.kind === 'adequacy' && reliesOnAdequacy(ctx, country.code);
}

function countryBlocks(ctx: ReportContext, code: string, offered: ReadonlySet<string>): ReportBlock[] {
  const { t } = ctx;
  const blocks: ReportBlock[] = [{ kind: 'heading', text: countryText(ctx, code) }];
  const country = ctx.library.countries.find((c) => c.code === code);
  if (!country) {
    blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.library.noEntry') });
    return blocks;
  }
  blocks.push({ kind: 'answers', rows: adequacyRows(ctx, country) });
  const laws = country.laws.filter((law) => isRelevant(ctx, law, country, offered)).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  if (laws.length === 0) blocks.push({ kind: 'paragraph', text: t('report.library.noLaws'), tone: 'muted' });
  for (const law of laws) blocks.push(...lawBlocks(ctx, law));
  return blocks;
}

function adequacyRows(ctx: ReportContext, country: CountryEntry): AnswerRow[] {
  const { t } = ctx;
  const decision = country.adequacyDecision;
  const rows: (AnswerRow | null)[] = [
    answerRow(ctx, t('report.library.adequacy'), [t(`report.adequacy.${country.adequacy}`)], { required: true }),
    decision
      ? optionalRow(t('report.library.adequacyDecision'), [t('report.tools.decision', { reference: decision.reference, date: formatDate(decision.date, ctx.language) })])
      : null,
    optionalRow(t('report.library.adequacyNote'), paragraphs(country.adequacyNote)),
  ];
  return rows.filter((row): row is AnswerRow => row !== null);
}

/** An access law of a destination that step 3 leaves out is worth saying; one it assesses is in step 3's table. */
function notAssessedRow(ctx: ReportContext, law: LawEntry): AnswerRow | null {
  if (law.kind !== 'access-law' || ctx.assessment.step3.laws.some((row) => row.lawId === law.id)) return null;
  return optionalRow(ctx.t('report.library.inAssessment'), [ctx.t('report.library.notAssessed')], {
    tone: ctx.completeness.fullTiaRequired ? 'missing' : 'muted',
  });
}

function lawBlocks(ctx: ReportContext, law: LawEntry): ReportBlock[] {
  const { t } = ctx;
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: law.name }];
  const caveat = caveatText(ctx, law);
  if (caveat) blocks.push({ kind: 'notice', tone: 'caveat', text: caveat });
  if (law.recheck) blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.laws.recheck', { text: law.recheck }) });
  const confirmed = law.confidence === 'confirmed';
  const rows: (AnswerRow | null)[] = [
    // Most entries are access laws; the type is named only for the others (safeguards, adequacy decisions).
    law.kind === 'access-law' ? null : optionalRow(t('report.library.kind.label'), [t(`report.library.kind.${law.kind}`)]),
    answerRow(ctx, t('report.laws.citation'), [law.citation], { required: false }),
    optionalRow(t('report.library.summary'), paragraphs(law.summary)),
    optionalRow(t('report.library.scope'), paragraphs(law.scope)),
    optionalRow(t('report.library.safeguards'), paragraphs(law.safeguards)),
    answerRow(
      ctx,
      t('report.library.sources'),
      law.sources.map((source) => ({ text: t('report.laws.source', { title: source.title, date: source.date }), url: source.url })),
      { required: false, list: true },
    ),
    answerRow(ctx, t('report.library.asOf'), [formatDate(law.asOf, ctx.language)], { required: false }),
    answerRow(ctx, t('report.library.confidence'), [t(`options.confidence.${law.confidence}`)], { required: false, tone: confirmed ? 'normal' : 'caveat' }),
    notAssessedRow(ctx, law),
  ];
  blocks.push({ kind: 'answers', rows: rows.filter((row): row is AnswerRow => row !== null) });
  return blocks;
}
