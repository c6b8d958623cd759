import { STEPS } from '../wizard/steps';

/**
 * Where a change is, in the words the screens use: i18n keys, looked up by the "shape" of a path, which is the path
 * with array items written as `[]` ("map.parties[].country"). A label is a list of parts, outermost first, that a
 * reader joins: "Party “AWS”" then "Country".
 */

export interface LabelPart {
  key: string;
  params?: Record<string, string | number>;
}

/** The fields the wizard's own questions ask for, labelled as the wizard labels them. */
function wizardFieldLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const step of STEPS) {
    for (const section of step.sections) {
      for (const question of section.questions) {
        if (question.kind !== 'widget') labels[question.path] = question.labelKey;
      }
    }
  }
  return labels;
}

/** The fields the widgets edit (the map, tools, laws, risk model…), with the labels those widgets show. */
const WIDGET_FIELD_LABELS: Record<string, string> = {
  title: 'editor.titleLabel',
  'prechecks.continueFullAssessment': 'map.prechecks.continue',
  'prechecks.note': 'history.field.note',

  'map.parties': 'map.parties.title',
  'map.parties[].name': 'map.parties.name',
  'map.parties[].kind': 'map.parties.kind',
  'map.parties[].role': 'map.parties.role',
  'map.parties[].country': 'map.parties.country',
  'map.parties[].entityType': 'map.parties.entityType',
  'map.parties[].address': 'map.parties.address',
  'map.parties[].contact': 'map.parties.contact',

  'map.transfers': 'map.transfers.title',
  'map.transfers[].fromPartyId': 'map.transfers.from',
  'map.transfers[].toPartyId': 'map.transfers.to',
  'map.transfers[].dataCategories': 'map.transfer.dataCategories',
  'map.transfers[].dataSubjects': 'map.transfer.dataSubjects',
  'map.transfers[].specialCategories': 'map.transfer.specialCategories',
  'map.transfers[].specialCategoriesDetail': 'map.transfer.specialCategoriesDetail',
  'map.transfers[].criminalData': 'map.transfer.criminalData',
  'map.transfers[].purpose': 'map.transfer.purpose',
  'map.transfers[].frequency': 'map.transfer.frequency',
  'map.transfers[].volume': 'map.transfer.volume',
  'map.transfers[].format': 'map.transfer.format',
  'map.transfers[].keyHolder': 'map.transfer.keyHolder',
  'map.transfers[].accessType': 'map.transfer.accessType',
  'map.transfers[].needsClearText': 'map.transfer.needsClearText',
  'map.transfers[].retention': 'map.transfer.retention',
  'map.transfers[].tool.tool': 'map.tools.tool',
  'map.transfers[].tool.sccModuleOverride': 'map.tools.moduleOverride',
  'map.transfers[].tool.sccModuleOverrideReason': 'map.tools.moduleOverrideReason',
  'map.transfers[].tool.dpfCertificationConfirmed': 'history.field.dpfConfirmed',
  'map.transfers[].tool.dpfCheckedOn': 'map.tools.dpfCheckedOn',
  'map.transfers[].tool.art49Derogation': 'map.tools.art49Derogation',
  'map.transfers[].tool.details': 'map.tools.details',

  'step2.scc.clause7Docking': 'map.clauses.clause7.title',
  'step2.scc.clause9Option': 'map.clauses.clause9.title',
  'step2.scc.clause9NoticeDays': 'map.clauses.clause9.noticeDays',
  'step2.scc.clause11IndependentBody': 'map.clauses.clause11.title',
  'step2.scc.clause13Authority': 'map.clauses.clause13.label',
  'step2.scc.clause17Option': 'map.clauses.clause17.title',
  'step2.scc.clause17Law': 'map.clauses.clause17.law',
  'step2.scc.clause18Forum': 'map.clauses.clause18.title',
  'step2.ukInstrument': 'map.regime.uk.instrument',
  'step2.ukTra': 'map.regime.uk.traTitle',
  'step2.ukTra[].answer': 'history.field.answer',
  'step2.ukTra[].note': 'map.regime.uk.traNote',
  'step2.swissAmendments': 'map.regime.ch.amendments',

  'step3.laws': 'wizard.step3.laws.title',
  'step3.laws[].lawId': 'analysis.library.fromLibrary',
  'step3.laws[].name': 'analysis.laws.name',
  'step3.laws[].citation': 'analysis.laws.citation',
  'step3.laws[].answers': 'analysis.laws.questionnaire.title',
  'step3.laws[].answers[].answer': 'history.field.answer',
  'step3.laws[].answers[].note': 'analysis.laws.questionnaire.note',
  'step3.laws[].verdictOverride': 'analysis.laws.verdict.override',
  'step3.laws[].verdictOverrideReason': 'analysis.laws.verdict.overrideReason',
  'step3.laws[].reasoning': 'analysis.laws.reasoning',
  'step3.laws[].notes': 'analysis.laws.notes',
  'step3.laws[].userSources': 'analysis.laws.userSources.title',
  'step3.risk.horizonYears': 'analysis.risk.horizon',
  'step3.risk.acceptableLimit': 'analysis.risk.limit',
  'step3.risk.limitSource': 'analysis.risk.limitSource',
  'step3.risk.confidence': 'analysis.risk.confidence',
  'step3.risk.scenarios': 'analysis.risk.scenarios',
  'step3.risk.scenarios[].name': 'analysis.risk.scenario.name',
  'step3.risk.scenarios[].vector': 'analysis.risk.scenario.vector',
  'step3.risk.scenarios[].included': 'analysis.risk.scenario.included',
  'step3.risk.scenarios[].preconditions': 'analysis.risk.scenario.factors',
  'step3.risk.scenarios[].annualTrigger.label': 'analysis.risk.scenario.factorLabel',
  'step3.risk.scenarios[].annualTrigger.probability': 'analysis.risk.scenario.probability',
  'step3.risk.scenarios[].annualTrigger.reason': 'analysis.risk.scenario.reason',
  'step3.risk.scenarios[].preconditions[].label': 'analysis.risk.scenario.factorLabel',
  'step3.risk.scenarios[].preconditions[].probability': 'analysis.risk.scenario.probability',
  'step3.risk.scenarios[].preconditions[].reason': 'analysis.risk.scenario.reason',

  'step4.measures': 'wizard.step4.measures.title',
  'step4.measures[].note': 'analysis.measures.note',
  'step5.checklist': 'wizard.step5.checklist.title',
  'step5.checklist[].status': 'analysis.checklist.status',
  'step5.checklist[].evidence': 'analysis.checklist.evidence',
  'step6.nextReviewDate': 'analysis.review.date',
  'step6.triggers': 'wizard.step6.review.triggers',

  'conclusion.decision': 'history.field.decision',
  'conclusion.outcome': 'analysis.outcome.overrideOutcome',
  'conclusion.proposedOutcome': 'analysis.outcome.proposed',
  'conclusion.proposedReasons': 'analysis.outcome.recordedReasons',
  'conclusion.overrideJustification': 'analysis.outcome.overrideJustification',
};

export const FIELD_LABELS: Readonly<Record<string, string>> = { ...WIDGET_FIELD_LABELS, ...wizardFieldLabels() };

/** Objects inside an item that the screens show as a group of their own. */
export const GROUP_LABELS: Readonly<Record<string, LabelPart>> = {
  'step3.risk.scenarios[].annualTrigger': { key: 'analysis.risk.scenario.trigger' },
};

type Item = Record<string, unknown>;
type ItemLabel = (item: Item, index: number) => LabelPart;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const named = (key: string, field: string): ItemLabel => (item) => ({ key, params: { name: text(item[field]) || text(item.id) } });
const byId = (key: string, field: string): ItemLabel => (item) => ({ key, params: { id: text(item[field]) } });

/** How the screens name an item of a list: parties and laws by name, transfers by their number on the map. */
export const ITEM_LABELS: Readonly<Record<string, ItemLabel>> = {
  'map.parties': named('history.item.party', 'name'),
  'map.transfers': (_item, index) => ({ key: 'map.transfer.numbered', params: { number: index + 1 } }),
  'step2.ukTra': byId('history.item.question', 'questionId'),
  'step3.laws': named('history.item.law', 'name'),
  'step3.laws[].answers': byId('history.item.question', 'questionId'),
  'step3.risk.scenarios': named('history.item.scenario', 'name'),
  'step3.risk.scenarios[].preconditions': named('history.item.precondition', 'label'),
  'step4.measures': byId('history.item.measure', 'measureId'),
  'step5.checklist': byId('history.item.checklistItem', 'itemId'),
};

/** The step a top-level section belongs to, to place a field that has no label of its own. */
const STEP_OF_SECTION: Readonly<Record<string, string>> = {
  prechecks: 'wizard.prechecks.title',
  map: 'wizard.step1.title',
  step2: 'wizard.step2.title',
  step3: 'wizard.step3.title',
  step4: 'wizard.step4.title',
  step5: 'wizard.step5.title',
  step6: 'wizard.step6.title',
  conclusion: 'wizard.conclusion.title',
};

export function itemLabel(shape: string, item: unknown, index: number, id: string): LabelPart {
  const label = ITEM_LABELS[shape];
  const fields = item !== null && typeof item === 'object' ? (item as Item) : {};
  return label ? label(fields, index) : { key: 'history.item.other', params: { id } };
}

/** The label of a field; one the screens do not name is shown by its name in the document, under its step. */
export function fieldLabel(shape: string, scope: readonly LabelPart[]): LabelPart[] {
  const key = FIELD_LABELS[shape];
  if (key) return [...scope, { key }];
  const name = shape.slice(shape.lastIndexOf('.') + 1).replace(/\[\]$/, '');
  const step = scope.length === 0 ? STEP_OF_SECTION[shape.split(/[.[]/)[0] ?? ''] : undefined;
  return [...scope, ...(step ? [{ key: step }] : []), { key: 'history.field.named', params: { name } }];
}

/** Every key a label may use, for the check that each one has a text. */
export function labelKeys(): string[] {
  const fromItems = Object.values(ITEM_LABELS).map((label) => label({}, 0).key);
  return [
    ...new Set([
      ...Object.values(FIELD_LABELS),
      ...Object.values(GROUP_LABELS).map((part) => part.key),
      ...fromItems,
      ...Object.values(STEP_OF_SECTION),
      'history.item.other',
      'history.field.named',
    ]),
  ].sort();
}
