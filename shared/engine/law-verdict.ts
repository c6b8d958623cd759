import type { LawAssessment, LawVerdict } from '../domain/assessment';
import { findLaw, type LawEntry, type LawLibrary, type QuestionRole, type QuestionnaireItem } from '../domain/law-library';
import { findMeasure } from '../wizard/catalogues';
import type { LawEvaluation, Reason } from './types';

/**
 * The qualitative verdict per law under the EDPB's "no reason to believe" test (Recommendations 01/2020 v2.0,
 * para 43.3), from the law's questionnaire. Scope and readability are chains of conditions like the preconditions
 * of the quantitative model: one answer that breaks the chain is enough to exclude access. Practice answers are
 * recorded but never decide alone (para 47).
 */
export interface LawVerdictContext {
  measureIds: readonly string[];
  /** Destination countries with a transfer on which the recipient needs the data in clear (use cases 6 and 7). */
  clearTextCountries: ReadonlySet<string>;
  /**
   * Destination countries where the map shows every transfer encrypted with keys held by the exporter and not
   * needed in clear (EDPB use case 1): the data is unreadable there whatever the measures list says.
   */
  exporterKeyCountries?: ReadonlySet<string>;
}

interface Classified {
  atRisk: QuestionnaireItem[];
  safe: { item: QuestionnaireItem; answer: string }[];
  open: QuestionnaireItem[];
  answered: { item: QuestionnaireItem; answer: string }[];
}

function classify(law: LawEntry, row: LawAssessment, role: QuestionRole): Classified {
  const answers = new Map(row.answers.map((a) => [a.questionId, a.answer]));
  const result: Classified = { atRisk: [], safe: [], open: [], answered: [] };
  for (const item of law.questionnaire.filter((q) => q.role === role)) {
    const answer = answers.get(item.id) ?? '';
    if (answer === 'yes' || answer === 'no') {
      result.answered.push({ item, answer });
      if (answer === item.riskAnswer) result.atRisk.push(item);
      else result.safe.push({ item, answer });
    } else {
      result.open.push(item);
    }
  }
  return result;
}

export function countryOfLaw(library: LawLibrary, lawId: string): string | null {
  return library.countries.find((c) => c.laws.some((l) => l.id === lawId))?.code ?? null;
}

function proposeFromQuestionnaire(law: LawEntry, row: LawAssessment, library: LawLibrary, context: LawVerdictContext): { verdict: LawVerdict; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const lawName = law.name;
  if (law.kind === 'adequacy') return { verdict: 'not-applicable', reasons: [{ key: 'engine.laws.adequacyEntry', params: { law: lawName } }] };
  if (law.kind !== 'access-law') return { verdict: 'not-applicable', reasons: [{ key: 'engine.laws.notAnAccessLaw', params: { law: lawName } }] };

  const scope = classify(law, row, 'scope');
  const readable = classify(law, row, 'readable');
  const practice = classify(law, row, 'practice');
  const safeguard = classify(law, row, 'safeguard');
  const noted: Reason[] = [
    ...practice.answered.map(({ item, answer }) => ({ key: 'engine.laws.practiceNoted', params: { question: item.text, answer } })),
    ...(practice.answered.length > 0 ? [{ key: 'engine.laws.practiceNotAlone' }] : []),
    ...safeguard.answered.map(({ item, answer }) => ({ key: 'engine.laws.safeguardNoted', params: { question: item.text, answer } })),
  ];

  if (scope.safe.length > 0) {
    for (const { item, answer } of scope.safe) reasons.push({ key: 'engine.laws.outOfScope', params: { law: lawName, question: item.text, answer } });
    return { verdict: 'not-applicable', reasons: [...reasons, ...noted] };
  }
  const scopeQuestions = scope.atRisk.length + scope.open.length;
  if (scopeQuestions === 0) reasons.push({ key: 'engine.laws.noScopeQuestions', params: { law: lawName } });
  else if (scope.open.length === 0) reasons.push({ key: 'engine.laws.inScope', params: { law: lawName } });

  const lawCountry = countryOfLaw(library, law.id);
  const unreadableMeasures = context.measureIds.filter((id) => findMeasure(id)?.keepsDataUnreadableToImporter);
  const clearTextStands = lawCountry !== null && context.clearTextCountries.has(lawCountry);
  if (unreadableMeasures.length > 0 && clearTextStands) reasons.push({ key: 'engine.laws.measureDefeatedByClearText' });
  const measureKeepsUnreadable = unreadableMeasures.length > 0 && !clearTextStands;
  const mapKeepsUnreadable = lawCountry !== null && (context.exporterKeyCountries?.has(lawCountry) ?? false);

  if (readable.safe.length > 0 || measureKeepsUnreadable || mapKeepsUnreadable) {
    for (const { item, answer } of readable.safe) reasons.push({ key: 'engine.laws.notReadableByAnswer', params: { question: item.text, answer } });
    if (mapKeepsUnreadable) reasons.push({ key: 'engine.laws.notReadableByMap' });
    for (const measureId of measureKeepsUnreadable ? unreadableMeasures : []) {
      reasons.push({ key: 'engine.laws.notReadableByMeasure', params: { measureId } });
    }
    if (scope.open.length > 0) reasons.push({ key: 'engine.laws.scopeOpenButUnreadable' });
    reasons.push({ key: 'engine.laws.noReasonToBelieve', params: { law: lawName } });
    return { verdict: 'no-reason-to-believe', reasons: [...reasons, ...noted] };
  }

  const open = [...scope.open, ...readable.open];
  if (open.length > 0) {
    reasons.push({ key: 'engine.laws.missingAnswers', params: { count: open.length, questions: open.map((q) => q.text).join(' · ') } });
    return { verdict: 'undetermined', reasons: [...reasons, ...noted] };
  }
  reasons.push(readable.atRisk.length > 0 ? { key: 'engine.laws.readable' } : { key: 'engine.laws.readableAssumed' });
  reasons.push({ key: 'engine.laws.reasonToBelieve', params: { law: lawName } });
  return { verdict: 'reason-to-believe', reasons: [...reasons, ...noted] };
}

export function evaluateLaw(row: LawAssessment, library: LawLibrary, context: LawVerdictContext): LawEvaluation {
  const law = row.lawId === null ? undefined : findLaw(library, row.lawId);
  let proposal: { verdict: LawVerdict; reasons: Reason[] };
  if (row.lawId === null) proposal = { verdict: 'undetermined', reasons: [{ key: 'engine.laws.userLaw' }] };
  else if (!law) proposal = { verdict: 'undetermined', reasons: [{ key: 'engine.laws.notInLibrary', params: { lawId: row.lawId } }] };
  else proposal = proposeFromQuestionnaire(law, row, library, context);

  const reasons = [...proposal.reasons];
  const override = row.verdictOverride;
  const overridden = override !== '' && override !== proposal.verdict;
  const overrideLacksReason = overridden && row.verdictOverrideReason.trim() === '';
  if (overridden) {
    reasons.push(
      overrideLacksReason
        ? { key: 'engine.laws.overrideWithoutReason', params: { verdict: override } }
        : { key: 'engine.laws.override', params: { verdict: override, reason: row.verdictOverrideReason.trim() } },
    );
  }
  const unconfirmed = law !== undefined && law.confidence !== 'confirmed';
  if (law && unconfirmed) reasons.push({ key: 'engine.laws.unconfirmed', params: { law: law.name, confidence: law.confidence } });
  if (law?.recheck) reasons.push({ key: 'engine.laws.recheck', params: { law: law.name, recheck: law.recheck } });

  return {
    lawAssessmentId: row.id,
    lawId: row.lawId,
    name: row.name.trim() || law?.name || row.lawId || row.id,
    citation: law?.citation ?? row.citation,
    proposed: proposal.verdict,
    effective: override === '' ? proposal.verdict : override,
    overridden,
    overrideLacksReason,
    reasons,
    unconfirmed,
    caveat: law?.caveat ?? null,
  };
}
