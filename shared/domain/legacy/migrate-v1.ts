import {
  LIMITS,
  emptyConclusion,
  emptyParty,
  emptyPrechecks,
  emptyRiskModel,
  emptySccClauses,
  emptyTransfer,
  emptyTransferTool,
  type Assessment,
  type LawAssessment,
  type Party,
  type Transfer,
} from '../assessment';
import type { AssessmentV1 } from './assessment-v1';

/**
 * Version 1 → version 2 of the assessment document. Pure, and loses nothing the user wrote: every v1 text lands in a
 * v2 field (or, where v2 has no such field, in a dated sentence of the nearest free text), which the tests check.
 * Whatever v2 asks that v1 never did stays empty, so the wizard shows it as open rather than guessing an answer.
 */

export const EXPORTER_PARTY_ID = 'exporter';
export const IMPORTER_PARTY_ID = 'importer';
export const NOT_APPLICABLE_BEFORE_V2 = 'Recorded as not applicable before version 2';

const TRI_STATE_WORDS = { yes: 'yes', no: 'no', unknown: 'unknown' } as const;

/** Onward recipients become parties with ids derived from their v1 row id, kept unique against the fixed ones. */
function recipientPartyId(onwardId: string, taken: Set<string>): string {
  let candidate = onwardId.slice(0, 60);
  if (taken.has(candidate)) candidate = `onward-${onwardId}`.slice(0, 60);
  let suffix = 2;
  const base = candidate;
  while (taken.has(candidate)) candidate = `${base.slice(0, 58)}-${suffix++}`;
  taken.add(candidate);
  return candidate;
}

function appendParagraph(text: string, paragraph: string): string {
  return text.trim() === '' ? paragraph : `${text}\n\n${paragraph}`;
}

function appliesSentence(answer: 'yes' | 'unknown'): string {
  return `Before version 2, "Does this law apply to the transfer?" was answered: ${TRI_STATE_WORDS[answer]}.`;
}

/**
 * Where the "applies" answer goes: after the sources in the notes, or after the reasoning if the notes are full.
 * Both full (40,000 characters of text on one law) is the one case where the answer is not carried over.
 */
function placeAppliesAnswer(law: AssessmentV1['step3']['laws'][number]): { notes: string; reasoning: string } {
  if (law.applies !== 'yes' && law.applies !== 'unknown') return { notes: law.sources, reasoning: law.reasoning };
  const sentence = appliesSentence(law.applies);
  const notes = appendParagraph(law.sources, sentence);
  if (notes.length <= LIMITS.longText) return { notes, reasoning: law.reasoning };
  const reasoning = appendParagraph(law.reasoning, sentence);
  return { notes: law.sources, reasoning: reasoning.length <= LIMITS.longText ? reasoning : law.reasoning };
}

function migrateLaw(law: AssessmentV1['step3']['laws'][number]): LawAssessment {
  const notApplicable = law.applies === 'no';
  const { notes, reasoning } = placeAppliesAnswer(law);
  return {
    id: law.id,
    lawId: law.lawId,
    name: law.name,
    citation: '',
    answers: [],
    verdictOverride: notApplicable ? 'not-applicable' : '',
    verdictOverrideReason: notApplicable ? NOT_APPLICABLE_BEFORE_V2 : '',
    reasoning,
    // v1 kept sources as one free text; v2 structures them, so the text stays whole in the notes, followed by a
    // "yes" or "unknown" answer, which v2's questionnaire replaces but the record should still show.
    notes,
    userSources: [],
  };
}

/** v1's single "does problematic law apply?" answer has no v2 field: it is kept as a dated sentence. */
function problematicLawSentence(v1: AssessmentV1): string | null {
  const answer = v1.step3.problematicLawApplies;
  if (answer === '') return null;
  const day = v1.updatedAt.slice(0, 10);
  return `Before version 2 (as of ${day}), the answer to "Does problematic law apply to this transfer?" was: ${TRI_STATE_WORDS[answer]}.`;
}

/** The sentence goes under the overall reasoning; only if that is already full does it go to the pre-check note. */
function placeProblematicLawSentence(v1: AssessmentV1): { overallReasoning: string; precheckNote: string } {
  const sentence = problematicLawSentence(v1);
  if (sentence === null) return { overallReasoning: v1.step3.overallReasoning, precheckNote: '' };
  const combined = appendParagraph(v1.step3.overallReasoning, sentence);
  return combined.length <= LIMITS.longText
    ? { overallReasoning: combined, precheckNote: '' }
    : { overallReasoning: v1.step3.overallReasoning, precheckNote: sentence };
}

export function migrateAssessmentV1(v1: AssessmentV1): Assessment {
  const { step1, step2 } = v1;
  const exporter: Party = { ...emptyParty(EXPORTER_PARTY_ID, 'exporter'), ...step1.exporter };
  const importer: Party = { ...emptyParty(IMPORTER_PARTY_ID, 'importer'), ...step1.importer };

  const mainTransfer: Transfer = {
    ...emptyTransfer('transfer-1', EXPORTER_PARTY_ID, IMPORTER_PARTY_ID),
    dataCategories: [...step1.dataCategories],
    dataSubjects: [...step1.dataSubjects],
    specialCategories: step1.specialCategories,
    purpose: step1.purpose,
    frequency: step1.frequency,
    format: step1.format,
    keyHolder: step1.keyHolder,
    accessType: step1.accessType,
    tool: {
      ...emptyTransferTool(),
      tool: step2.tool,
      sccModuleOverride: step2.sccModuleOverride,
      sccModuleOverrideReason: step2.sccModuleOverrideReason,
      details: step2.toolDetails,
    },
  };

  const taken = new Set([EXPORTER_PARTY_ID, IMPORTER_PARTY_ID, 'transfer-1']);
  const onwardParties: Party[] = [];
  const onwardTransfers: Transfer[] = [];
  for (const onward of step1.onwardTransfers) {
    const partyId = recipientPartyId(onward.id, taken);
    onwardParties.push({
      ...emptyParty(partyId, 'sub-processor'),
      name: onward.recipient,
      country: onward.country,
    });
    const transferId = recipientPartyId(`transfer-${onward.id}`, taken);
    onwardTransfers.push({ ...emptyTransfer(transferId, IMPORTER_PARTY_ID, partyId), purpose: onward.purpose });
  }

  const conclusion = v1.conclusion;
  const { overallReasoning, precheckNote } = placeProblematicLawSentence(v1);
  return {
    id: v1.id,
    title: v1.title,
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    prechecks: { ...emptyPrechecks(), note: precheckNote },
    map: {
      parties: [exporter, importer, ...onwardParties],
      transfers: [mainTransfer, ...onwardTransfers],
    },
    step2: { scc: emptySccClauses(), ukInstrument: '', ukTra: [], swissAmendments: false },
    step3: {
      laws: v1.step3.laws.map(migrateLaw),
      overallReasoning,
      risk: emptyRiskModel(),
    },
    step4: { measures: v1.step4.measures.map((m) => ({ ...m })) },
    step5: {
      checklist: v1.step5.checklist.map((entry) => ({
        itemId: entry.itemId,
        status: entry.done ? 'done' : 'open',
        evidence: entry.note,
      })),
    },
    step6: { nextReviewDate: v1.step6.nextReviewDate, triggers: [...v1.step6.triggers], otherTriggers: v1.step6.otherTriggers },
    conclusion: {
      ...emptyConclusion(),
      // The outcome stays, but undecided: the new engine's proposal must be looked at and accepted again.
      decision: '',
      outcome: conclusion.outcome,
      rationale: conclusion.rationale,
      assessor: conclusion.assessor,
      approver: conclusion.approver,
      date: conclusion.date,
    },
    evidence: [],
  };
}
