import type { LawVerdict } from '../domain/assessment';
import type { Reason } from '../engine/types';
import { destinationsText, fact, nextReviewFact, outcomeStatement, residualRiskFact, statusFact, toolsText } from './assessment-facts';
import { optionText, paragraphs, reasonText, type ReportContext } from './context';
import { formatList } from './format';
import type { CoverFact, ExecutiveSummary, TextLine } from './model';
import { openItems } from './open-items';

/** Reasons of one kind beyond this many are counted, not printed: the conclusion lists them all. */
const REASONS_PER_KIND = 3;

/** The per-law detail of the proposal; the summary gives one line per verdict instead, and the conclusion the detail. */
const isLawDetail = (reason: Reason) =>
  reason.key.startsWith('engine.laws.') || reason.key.startsWith('engine.outcome.law.') || reason.key === 'engine.outcome.lawUnconfirmed';

/** The reasons in order; of a kind that recurs more than REASONS_PER_KIND + 1 times, the first few and a count. */
function capped(ctx: ReportContext, reasons: readonly Reason[]): TextLine[] {
  const total = new Map<string, number>();
  for (const reason of reasons) total.set(reason.key, (total.get(reason.key) ?? 0) + 1);
  const printed = new Map<string, number>();
  const lines: TextLine[] = [];
  for (const reason of reasons) {
    const count = (printed.get(reason.key) ?? 0) + 1;
    printed.set(reason.key, count);
    const all = total.get(reason.key) ?? 0;
    if (all <= REASONS_PER_KIND + 1 || count <= REASONS_PER_KIND) lines.push({ text: reasonText(ctx, reason) });
    else if (count === REASONS_PER_KIND + 1) lines.push({ text: ctx.t('report.summary.moreOfKind', { count: all - REASONS_PER_KIND }), tone: 'muted' });
  }
  return lines;
}

/**
 * "No reason to believe that it will be applied: CLOUD Act and …", one line per verdict; the laws with reason to
 * believe are left out where the headline of the proposal already names them.
 */
function verdictLines(ctx: ReportContext, headline: Reason | undefined): TextLine[] {
  const byVerdict = new Map<LawVerdict, string[]>();
  for (const law of ctx.evaluation.laws) byVerdict.set(law.effective, [...(byVerdict.get(law.effective) ?? []), law.name]);
  const named = headline?.params?.laws;
  return [...byVerdict]
    .filter(([verdict, laws]) => !(verdict === 'reason-to-believe' && named === laws.join(', ')))
    .map(([verdict, laws]) => ({
      text: ctx.t('report.summary.lawsByVerdict', { verdict: optionText(ctx, 'verdict', verdict), laws: formatList(laws, ctx.language) }),
    }));
}

function reasons(ctx: ReportContext): { title: string; lines: TextLine[] } {
  const proposal = ctx.evaluation.outcome;
  if (proposal.outcome === null) {
    return { title: ctx.t('report.summary.blockersTitle'), lines: capped(ctx, proposal.blockers).map((line) => ({ ...line, tone: line.tone ?? 'missing' })) };
  }
  const general = capped(ctx, proposal.reasons.filter((reason) => !isLawDetail(reason)));
  const laws = proposal.outcome === 'no-tia-required' ? [] : verdictLines(ctx, proposal.reasons[0]);
  const [headline, ...rest] = general;
  return { title: ctx.t('report.summary.reasonsTitle'), lines: [...(headline ? [headline] : []), ...laws, ...rest] };
}

/** What the proposal is where it differs from the recorded outcome, and the justification of an override. */
function decisionFacts(ctx: ReportContext): CoverFact[] {
  const { t, assessment, evaluation } = ctx;
  const recorded = assessment.conclusion.outcome;
  const proposed = evaluation.outcome.outcome;
  const facts: CoverFact[] = [];
  if (recorded !== '' && proposed === null) {
    facts.push({ label: t('report.conclusion.proposed'), value: t('report.conclusion.noProposal'), tone: 'caveat' });
  } else if (recorded !== '' && proposed !== null && proposed !== recorded) {
    facts.push({ label: t('report.conclusion.proposed'), value: optionText(ctx, 'outcome', proposed), tone: 'caveat' });
  }
  if (assessment.conclusion.decision === 'overridden') {
    facts.push(fact(ctx, t('report.conclusion.justification'), paragraphs(assessment.conclusion.overrideJustification).join('\n')));
  }
  return facts;
}

export function buildExecutiveSummary(ctx: ReportContext): ExecutiveSummary {
  const { t } = ctx;
  const why = reasons(ctx);
  const residual = residualRiskFact(ctx);
  const tiaRequired = ctx.evaluation.prechecks.tiaRequired;
  return {
    title: t('report.summary.title'),
    outcome: outcomeStatement(ctx),
    facts: [
      ...decisionFacts(ctx),
      // That a full TIA is required goes without saying once the reasons below are read; the exceptions do not.
      ...(tiaRequired === 'yes' ? [] : [fact(ctx, t('report.cover.tiaRequired'), t(`report.prechecks.required.${tiaRequired}`))]),
      ...(residual ? [residual] : []),
      fact(ctx, t('report.cover.tool'), toolsText(ctx)),
      fact(ctx, t('report.cover.destination'), destinationsText(ctx)),
      statusFact(ctx),
      nextReviewFact(ctx),
    ],
    reasonsTitle: why.title,
    reasons: why.lines,
    openItemsTitle: t('report.summary.openItemsTitle'),
    openItems: openItems(ctx),
    noOpenItems: t('report.summary.noOpenItems'),
  };
}
