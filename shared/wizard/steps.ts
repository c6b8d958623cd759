import {
  ACCESS_TYPES,
  DATA_FORMATS,
  FREQUENCIES,
  KEY_HOLDERS,
  OUTCOMES,
  PARTY_ROLES,
  TRANSFER_TOOLS,
  TRI_STATE,
  type StepKey,
} from '../domain/assessment';

/**
 * The wizard as data: steps → sections → questions. Every text is an i18n key; the renderer draws plain fields
 * generically and hands `widget` questions to a dedicated component.
 */

export interface Condition {
  path: string;
  equals?: string | number | boolean | null;
  notEquals?: string | number | boolean | null;
}

export type FieldKind = 'text' | 'textarea' | 'date' | 'select' | 'yesno' | 'country' | 'lines';
export type WidgetKind = 'onwardTransfers' | 'sccModule' | 'laws' | 'measures' | 'checklist' | 'triggers';

export interface Option {
  value: string;
  labelKey: string;
}

interface QuestionBase {
  id: string;
  labelKey: string;
  helpKey?: string;
  required: boolean;
  /** Asked only when this holds; an invisible question never counts against completeness. */
  visibleWhen?: Condition;
}

export interface FieldQuestion extends QuestionBase {
  kind: FieldKind;
  path: string;
  options?: readonly Option[];
}

export interface WidgetQuestion extends QuestionBase {
  kind: 'widget';
  widget: WidgetKind;
}

export type Question = FieldQuestion | WidgetQuestion;

export interface Section {
  id: string;
  titleKey: string;
  questions: readonly Question[];
}

export interface Reference {
  labelKey: string;
  citation: string;
  url: string;
}

export interface StepDefinition {
  key: StepKey;
  /** 1–6 for the EDPB steps; null for the conclusion. */
  number: number | null;
  titleKey: string;
  introKey: string;
  sections: readonly Section[];
  references: readonly Reference[];
}

const options = (prefix: string, values: readonly string[]): Option[] =>
  values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

const EDPB_RECOMMENDATIONS: Reference = {
  labelKey: 'references.edpbRecommendations',
  citation: 'EDPB Recommendations 01/2020, version 2.0 (18 June 2021)',
  url: 'https://www.edpb.europa.eu/our-work-tools/our-documents/recommendations/recommendations-012020-measures-supplement-transfer_en',
};

const party = (who: 'exporter' | 'importer'): Section => ({
  id: who,
  titleKey: `wizard.step1.${who}.title`,
  questions: [
    { id: `${who}-name`, kind: 'text', path: `step1.${who}.name`, labelKey: `wizard.step1.${who}.name`, required: true },
    { id: `${who}-country`, kind: 'country', path: `step1.${who}.country`, labelKey: `wizard.step1.${who}.country`, required: true },
    {
      id: `${who}-role`,
      kind: 'select',
      path: `step1.${who}.role`,
      labelKey: `wizard.step1.${who}.role`,
      options: options('options.role', PARTY_ROLES),
      required: true,
    },
  ],
});

export const STEPS: readonly StepDefinition[] = [
  {
    key: 'step1',
    number: 1,
    titleKey: 'wizard.step1.title',
    introKey: 'wizard.step1.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      party('exporter'),
      party('importer'),
      {
        id: 'data',
        titleKey: 'wizard.step1.data.title',
        questions: [
          { id: 'data-categories', kind: 'lines', path: 'step1.dataCategories', labelKey: 'wizard.step1.data.categories', helpKey: 'wizard.step1.data.linesHelp', required: true },
          { id: 'data-subjects', kind: 'lines', path: 'step1.dataSubjects', labelKey: 'wizard.step1.data.subjects', helpKey: 'wizard.step1.data.linesHelp', required: true },
          { id: 'special-categories', kind: 'yesno', path: 'step1.specialCategories', labelKey: 'wizard.step1.data.specialCategories', helpKey: 'wizard.step1.data.specialCategoriesHelp', required: true },
          { id: 'purpose', kind: 'textarea', path: 'step1.purpose', labelKey: 'wizard.step1.data.purpose', required: true },
        ],
      },
      {
        id: 'transfer',
        titleKey: 'wizard.step1.transfer.title',
        questions: [
          { id: 'frequency', kind: 'select', path: 'step1.frequency', labelKey: 'wizard.step1.transfer.frequency', options: options('options.frequency', FREQUENCIES), required: true },
          { id: 'format', kind: 'select', path: 'step1.format', labelKey: 'wizard.step1.transfer.format', options: options('options.format', DATA_FORMATS), required: true },
          {
            id: 'key-holder',
            kind: 'select',
            path: 'step1.keyHolder',
            labelKey: 'wizard.step1.transfer.keyHolder',
            options: options('options.keyHolder', KEY_HOLDERS),
            required: true,
            visibleWhen: { path: 'step1.format', equals: 'encrypted' },
          },
          { id: 'access-type', kind: 'select', path: 'step1.accessType', labelKey: 'wizard.step1.transfer.accessType', options: options('options.accessType', ACCESS_TYPES), required: true },
        ],
      },
      {
        id: 'onward',
        titleKey: 'wizard.step1.onward.title',
        questions: [{ id: 'onward-transfers', kind: 'widget', widget: 'onwardTransfers', labelKey: 'wizard.step1.onward.label', helpKey: 'wizard.step1.onward.help', required: false }],
      },
    ],
  },
  {
    key: 'step2',
    number: 2,
    titleKey: 'wizard.step2.title',
    introKey: 'wizard.step2.intro',
    references: [
      EDPB_RECOMMENDATIONS,
      {
        labelKey: 'references.sccDecision',
        citation: 'Commission Implementing Decision (EU) 2021/914 (4 June 2021)',
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
      },
    ],
    sections: [
      {
        id: 'tool',
        titleKey: 'wizard.step2.tool.title',
        questions: [
          { id: 'tool', kind: 'select', path: 'step2.tool', labelKey: 'wizard.step2.tool.label', helpKey: 'wizard.step2.tool.help', options: options('options.tool', TRANSFER_TOOLS), required: true },
          { id: 'scc-module', kind: 'widget', widget: 'sccModule', labelKey: 'wizard.step2.scc.label', required: true, visibleWhen: { path: 'step2.tool', equals: 'scc' } },
          { id: 'tool-details', kind: 'textarea', path: 'step2.toolDetails', labelKey: 'wizard.step2.tool.details', helpKey: 'wizard.step2.tool.detailsHelp', required: false },
        ],
      },
    ],
  },
  {
    key: 'step3',
    number: 3,
    titleKey: 'wizard.step3.title',
    introKey: 'wizard.step3.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'laws',
        titleKey: 'wizard.step3.laws.title',
        questions: [{ id: 'laws', kind: 'widget', widget: 'laws', labelKey: 'wizard.step3.laws.label', required: true }],
      },
      {
        id: 'overall',
        titleKey: 'wizard.step3.overall.title',
        questions: [
          { id: 'problematic-law', kind: 'select', path: 'step3.problematicLawApplies', labelKey: 'wizard.step3.overall.problematic', helpKey: 'wizard.step3.overall.problematicHelp', options: options('options.tri', TRI_STATE), required: true },
          { id: 'overall-reasoning', kind: 'textarea', path: 'step3.overallReasoning', labelKey: 'wizard.step3.overall.reasoning', required: true },
        ],
      },
    ],
  },
  {
    key: 'step4',
    number: 4,
    titleKey: 'wizard.step4.title',
    introKey: 'wizard.step4.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'measures',
        titleKey: 'wizard.step4.measures.title',
        questions: [
          {
            id: 'measures',
            kind: 'widget',
            widget: 'measures',
            labelKey: 'wizard.step4.measures.label',
            required: true,
            visibleWhen: { path: 'step3.problematicLawApplies', notEquals: 'no' },
          },
        ],
      },
    ],
  },
  {
    key: 'step5',
    number: 5,
    titleKey: 'wizard.step5.title',
    introKey: 'wizard.step5.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'checklist',
        titleKey: 'wizard.step5.checklist.title',
        questions: [{ id: 'checklist', kind: 'widget', widget: 'checklist', labelKey: 'wizard.step5.checklist.label', required: true }],
      },
    ],
  },
  {
    key: 'step6',
    number: 6,
    titleKey: 'wizard.step6.title',
    introKey: 'wizard.step6.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'review',
        titleKey: 'wizard.step6.review.title',
        questions: [
          { id: 'next-review', kind: 'date', path: 'step6.nextReviewDate', labelKey: 'wizard.step6.review.nextReviewDate', required: true },
          { id: 'triggers', kind: 'widget', widget: 'triggers', labelKey: 'wizard.step6.review.triggers', required: true },
          { id: 'other-triggers', kind: 'textarea', path: 'step6.otherTriggers', labelKey: 'wizard.step6.review.otherTriggers', required: false },
        ],
      },
    ],
  },
  {
    key: 'conclusion',
    number: null,
    titleKey: 'wizard.conclusion.title',
    introKey: 'wizard.conclusion.intro',
    references: [],
    sections: [
      {
        id: 'outcome',
        titleKey: 'wizard.conclusion.outcome.title',
        questions: [
          { id: 'outcome', kind: 'select', path: 'conclusion.outcome', labelKey: 'wizard.conclusion.outcome.label', options: options('options.outcome', OUTCOMES), required: true },
          { id: 'rationale', kind: 'textarea', path: 'conclusion.rationale', labelKey: 'wizard.conclusion.outcome.rationale', required: true },
        ],
      },
      {
        id: 'signoff',
        titleKey: 'wizard.conclusion.signoff.title',
        questions: [
          { id: 'assessor', kind: 'text', path: 'conclusion.assessor', labelKey: 'wizard.conclusion.signoff.assessor', required: true },
          { id: 'approver', kind: 'text', path: 'conclusion.approver', labelKey: 'wizard.conclusion.signoff.approver', required: true },
          { id: 'date', kind: 'date', path: 'conclusion.date', labelKey: 'wizard.conclusion.signoff.date', required: true },
        ],
      },
    ],
  },
];

export function findStep(key: StepKey): StepDefinition {
  const step = STEPS.find((s) => s.key === key);
  if (!step) throw new Error(`Unknown step ${key}`);
  return step;
}
