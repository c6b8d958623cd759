import { TRI_STATE, type StepKey } from '../domain/assessment';

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
export type WidgetKind =
  | 'precheckResult'
  | 'transferMap'
  | 'transferTools'
  | 'sccClauses'
  | 'regimeSpecifics'
  | 'sccAnnexes'
  | 'laws'
  | 'riskModel'
  | 'measures'
  | 'checklist'
  | 'reviewDate'
  | 'triggers'
  | 'outcome';

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
  /** 1–6 for the EDPB steps; null for the pre-checks and the conclusion. */
  number: number | null;
  /** Not required when the pre-checks found that no full TIA is needed and the user did not choose to continue. */
  onlyForFullTia: boolean;
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

const SCC_DECISION: Reference = {
  labelKey: 'references.sccDecision',
  citation: 'Commission Implementing Decision (EU) 2021/914 (4 June 2021)',
  url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
};

const CNIL_TIA_GUIDE: Reference = {
  labelKey: 'references.cnilTiaGuide',
  citation: 'CNIL, Transfer impact assessment guide (final version, 31 Jan 2025)',
  url: 'https://www.cnil.fr/sites/default/files/2025-02/guide_aitd_pdf.pdf',
};

const EDPB_GUIDELINES_05_2021: Reference = {
  labelKey: 'references.edpbGuidelines052021',
  citation: 'EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V GDPR, version 2.0 (14 Feb 2023)',
  url: 'https://armingaud-avocat.fr/en/guidelines-05-2021-on-the-interplay-between-the-application-of-article-3-and-the-provisions-on-international-transfers-as-per-chapter-v-of-the-gdpr/',
};

const tri = (id: string, path: string, key: string, withHelp = false): Question => ({
  id,
  kind: 'select',
  path,
  labelKey: `wizard.prechecks.${key}`,
  ...(withHelp ? { helpKey: `wizard.prechecks.${key}Help` } : {}),
  options: options('options.tri', TRI_STATE),
  required: true,
});

const widget = (id: string, widgetKind: WidgetKind, labelKey: string, required = true, helpKey?: string): Question => ({
  id,
  kind: 'widget',
  widget: widgetKind,
  labelKey,
  required,
  ...(helpKey ? { helpKey } : {}),
});

export const STEPS: readonly StepDefinition[] = [
  {
    key: 'prechecks',
    number: null,
    onlyForFullTia: false,
    titleKey: 'wizard.prechecks.title',
    introKey: 'wizard.prechecks.intro',
    references: [CNIL_TIA_GUIDE, EDPB_GUIDELINES_05_2021],
    sections: [
      {
        id: 'criteria',
        titleKey: 'wizard.prechecks.criteriaTitle',
        questions: [
          tri('personal-data', 'prechecks.personalData', 'personalData', true),
          tri('criterion-regime', 'prechecks.exporterSubjectToRegime', 'exporterSubjectToRegime', true),
          tri('criterion-disclosure', 'prechecks.disclosedToOtherParty', 'disclosedToOtherParty', true),
          tri('criterion-third-country', 'prechecks.recipientInThirdCountry', 'recipientInThirdCountry', true),
        ],
      },
      {
        id: 'principles',
        titleKey: 'wizard.prechecks.principlesTitle',
        questions: [
          tri('roles', 'prechecks.rolesEstablished', 'rolesEstablished', true),
          tri('minimisation', 'prechecks.minimisationDone', 'minimisationDone', true),
          { id: 'minimisation-note', kind: 'textarea', path: 'prechecks.minimisationNote', labelKey: 'wizard.prechecks.minimisationNote', required: false },
          tri('art49', 'prechecks.art49IsBasis', 'art49IsBasis', true),
          {
            id: 'art49-justification',
            kind: 'textarea',
            path: 'prechecks.art49Justification',
            labelKey: 'wizard.prechecks.art49Justification',
            helpKey: 'wizard.prechecks.art49JustificationHelp',
            required: true,
            visibleWhen: { path: 'prechecks.art49IsBasis', equals: 'yes' },
          },
        ],
      },
      {
        id: 'result',
        titleKey: 'wizard.prechecks.resultTitle',
        questions: [widget('precheck-result', 'precheckResult', 'wizard.prechecks.resultTitle', false)],
      },
    ],
  },
  {
    key: 'step1',
    number: 1,
    onlyForFullTia: false,
    titleKey: 'wizard.step1.title',
    introKey: 'wizard.step1.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'map',
        titleKey: 'wizard.step1.map.title',
        questions: [widget('transfer-map', 'transferMap', 'wizard.step1.map.title', true, 'wizard.step1.map.help')],
      },
    ],
  },
  {
    key: 'step2',
    number: 2,
    onlyForFullTia: false,
    titleKey: 'wizard.step2.title',
    introKey: 'wizard.step2.intro',
    references: [EDPB_RECOMMENDATIONS, SCC_DECISION],
    sections: [
      {
        id: 'tools',
        titleKey: 'wizard.step2.tools.title',
        questions: [widget('transfer-tools', 'transferTools', 'wizard.step2.tools.title', true, 'wizard.step2.tools.help')],
      },
      {
        id: 'scc',
        titleKey: 'wizard.step2.scc.title',
        questions: [widget('scc-clauses', 'sccClauses', 'wizard.step2.scc.title')],
      },
      {
        id: 'regime',
        titleKey: 'wizard.step2.regime.title',
        questions: [widget('regime-specifics', 'regimeSpecifics', 'wizard.step2.regime.title')],
      },
      {
        id: 'annexes',
        titleKey: 'wizard.step2.annexes.title',
        questions: [widget('scc-annexes', 'sccAnnexes', 'wizard.step2.annexes.title', false)],
      },
    ],
  },
  {
    key: 'step3',
    number: 3,
    onlyForFullTia: true,
    titleKey: 'wizard.step3.title',
    introKey: 'wizard.step3.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'laws',
        titleKey: 'wizard.step3.laws.title',
        questions: [widget('laws', 'laws', 'wizard.step3.laws.title')],
      },
      {
        id: 'risk',
        titleKey: 'wizard.step3.risk.title',
        questions: [widget('risk-model', 'riskModel', 'wizard.step3.risk.title', true, 'wizard.step3.risk.help')],
      },
      {
        id: 'overall',
        titleKey: 'wizard.step3.overall.title',
        questions: [
          { id: 'overall-reasoning', kind: 'textarea', path: 'step3.overallReasoning', labelKey: 'wizard.step3.overall.reasoning', helpKey: 'wizard.step3.overall.reasoningHelp', required: true },
        ],
      },
    ],
  },
  {
    key: 'step4',
    number: 4,
    onlyForFullTia: true,
    titleKey: 'wizard.step4.title',
    introKey: 'wizard.step4.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'measures',
        titleKey: 'wizard.step4.measures.title',
        questions: [widget('measures', 'measures', 'wizard.step4.measures.title')],
      },
    ],
  },
  {
    key: 'step5',
    number: 5,
    onlyForFullTia: true,
    titleKey: 'wizard.step5.title',
    introKey: 'wizard.step5.intro',
    references: [EDPB_RECOMMENDATIONS, SCC_DECISION],
    sections: [
      {
        id: 'checklist',
        titleKey: 'wizard.step5.checklist.title',
        questions: [widget('checklist', 'checklist', 'wizard.step5.checklist.title')],
      },
    ],
  },
  {
    key: 'step6',
    number: 6,
    onlyForFullTia: false,
    titleKey: 'wizard.step6.title',
    introKey: 'wizard.step6.intro',
    references: [EDPB_RECOMMENDATIONS],
    sections: [
      {
        id: 'review',
        titleKey: 'wizard.step6.review.title',
        questions: [
          widget('review-date', 'reviewDate', 'wizard.step6.review.nextReviewDate'),
          widget('triggers', 'triggers', 'wizard.step6.review.triggers'),
          { id: 'other-triggers', kind: 'textarea', path: 'step6.otherTriggers', labelKey: 'wizard.step6.review.otherTriggers', required: false },
        ],
      },
    ],
  },
  {
    key: 'conclusion',
    number: null,
    onlyForFullTia: false,
    titleKey: 'wizard.conclusion.title',
    introKey: 'wizard.conclusion.intro',
    references: [],
    sections: [
      {
        id: 'outcome',
        titleKey: 'wizard.conclusion.outcome.title',
        questions: [
          widget('outcome', 'outcome', 'wizard.conclusion.outcome.title'),
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
