import {
  createEmptyAssessment,
  emptyParty,
  emptyTransfer,
  type Assessment,
  type LawAssessment,
  type Party,
  type PartyKind,
  type PartyRole,
  type Transfer,
} from '../../../shared/domain/assessment';
import type { LawEntry, LawLibrary } from '../../../shared/domain/law-library';
import { lawAssessmentFromLibrary, scenarioFromTemplate } from '../../../shared/engine/from-library';

/**
 * Test assessments and a small law library with stable numbers, independent of the shipped library (which has its
 * own tests). The figures below are test values, not the library's estimates.
 */

const source = [{ title: 'Test source', url: 'https://example.org/source', date: '2026-06-01' }];

export const FISA_702: LawEntry = {
  id: 'us-fisa-702',
  name: 'FISA Section 702',
  citation: '50 U.S.C. §1881a',
  kind: 'access-law',
  summary: 'Compelled assistance of electronic communication service providers.',
  scope: 'ECSPs under 50 U.S.C. §1881(b)(4).',
  safeguards: 'FISC review; EO 14086 and the DPRC.',
  questionnaire: [
    { id: 'ecsp', text: 'Is the importer, or any sub-processor, an ECSP under the 2024 definition?', role: 'scope', riskAnswer: 'yes' },
    { id: 'clear-text', text: 'Can the importer access the data in clear text?', role: 'readable', riskAnswer: 'yes' },
    { id: 'requests', text: 'Has the importer received §702 directives?', role: 'practice', riskAnswer: 'yes' },
    { id: 'challenge', text: 'Will the importer challenge directives and notify the exporter?', role: 'safeguard', riskAnswer: 'no' },
  ],
  scenarios: [
    {
      id: 'fisa-702-directive',
      name: 'FISA 702 directive to the importer',
      vector: 'provider',
      annualTrigger: { label: 'A directive touching this data is issued', probability: 0.02, basis: 'test value' },
      preconditions: [
        { kind: 'in-scope', label: 'The importer is an ECSP and cannot resist', probability: 0.5, basis: 'test value' },
        { kind: 'readable', label: 'The data is readable', probability: 0.8, basis: 'test value' },
      ],
    },
  ],
  recheck: 'Section 702 lapsed on 12 June 2026; its status after June 2026 is unconfirmed.',
  confidence: 'partly',
  caveat: 'The 2026 events rest on news reports of mixed quality.',
  asOf: '2026-06',
  sources: source,
};

export const EO_12333: LawEntry = {
  id: 'us-eo-12333',
  name: 'Executive Order 12333',
  citation: 'EO 12333 (4 Dec 1981)',
  kind: 'access-law',
  summary: 'Signals intelligence outside FISA.',
  scope: 'Data in transit.',
  safeguards: 'EO 14086.',
  questionnaire: [{ id: 'transit-encrypted', text: 'Is the data encrypted end to end in transit?', role: 'readable', riskAnswer: 'no' }],
  scenarios: [
    {
      id: 'eo-12333-transit',
      name: 'Interception in transit',
      vector: 'transit',
      annualTrigger: { label: 'Interception of this traffic', probability: 0.02, basis: 'test value' },
      preconditions: [{ kind: 'readable', label: 'The traffic is readable', probability: 0.1, basis: 'test value' }],
    },
  ],
  confidence: 'confirmed',
  asOf: '2026-06',
  sources: source,
};

export const EO_14086: LawEntry = {
  id: 'us-eo-14086',
  name: 'Executive Order 14086',
  citation: 'EO 14086 (7 Oct 2022)',
  kind: 'safeguard',
  summary: 'Necessity and proportionality limits; DPRC.',
  scope: 'All US signals intelligence.',
  safeguards: 'DPRC.',
  questionnaire: [],
  scenarios: [],
  confidence: 'confirmed',
  asOf: '2026-06',
  sources: source,
};

export const IT_ACT_69: LawEntry = {
  id: 'in-it-act-69',
  name: 'IT Act 2000, s.69',
  citation: 'Information Technology Act 2000, s.69',
  kind: 'access-law',
  summary: 'Interception and decryption orders.',
  scope: 'Any computer resource.',
  safeguards: 'Executive Review Committee.',
  questionnaire: [{ id: 'demands', text: 'Has the importer received s.69 demands?', role: 'practice', riskAnswer: 'yes' }],
  scenarios: [],
  confidence: 'conflicting',
  asOf: '2026-06',
  sources: source,
};

export function testLibrary(asOf = '2026-06'): LawLibrary {
  return {
    format: 'dtia-law-library',
    version: 2,
    compiled: '2026-11-22',
    asOf,
    countries: [
      { code: 'DE', name: 'Germany', adequacy: 'eea', adequacyNote: 'EEA', laws: [] },
      {
        code: 'US',
        name: 'United States',
        adequacy: 'partial',
        adequacyNote: 'DPF-certified organisations only.',
        adequacyDecision: { reference: 'Decision (EU) 2023/1795', date: '2023-07-10' },
        laws: [FISA_702, EO_12333, EO_14086],
      },
      {
        code: 'JP',
        name: 'Japan',
        adequacy: 'adequate',
        adequacyNote: 'APPI business operators.',
        adequacyDecision: { reference: 'Decision (EU) 2019/419', date: '2019-01-23' },
        laws: [],
      },
      { code: 'BR', name: 'Brazil', adequacy: 'adequate', adequacyNote: 'LGPD.', adequacyDecision: { reference: 'Decision (EU) 2026/179', date: '2026-01-26' }, laws: [] },
      {
        code: 'CA',
        name: 'Canada',
        adequacy: 'partial',
        adequacyNote: 'Commercial organisations subject to PIPEDA only.',
        adequacyDecision: { reference: 'Test decision for Canada', date: '20 Dec 2001' },
        laws: [],
      },
      { code: 'IN', name: 'India', adequacy: 'none', adequacyNote: 'Not adequate.', laws: [IT_ACT_69] },
      { code: 'GB', name: 'United Kingdom', adequacy: 'adequate', adequacyNote: 'Renewed to 27 Dec 2031.', laws: [] },
    ],
  };
}

export function party(id: string, kind: PartyKind, role: PartyRole | '', country: string, name = id): Party {
  return { ...emptyParty(id, kind), name, role, country };
}

export function transfer(id: string, from: string, to: string, patch: Partial<Transfer> = {}): Transfer {
  return { ...emptyTransfer(id, from, to), ...patch };
}

const BASE_TRANSFER: Partial<Transfer> = {
  dataCategories: ['contact details'],
  dataSubjects: ['customers'],
  specialCategories: false,
  criminalData: false,
  purpose: 'Customer relationship management',
  frequency: 'continuous',
  format: 'clear',
  keyHolder: 'importer',
  accessType: 'storage',
  needsClearText: true,
  retention: '30 days',
};

export function emptyTestAssessment(): Assessment {
  return createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000010', title: 'Test', now: '2026-07-01T00:00:00.000Z' });
}

/** A German controller using a US SaaS processor, which hosts at a US sub-processor; SCCs on both edges. */
export function usSaasAssessment(patch: Partial<Transfer> = {}): Assessment {
  const a = emptyTestAssessment();
  a.prechecks = {
    ...a.prechecks,
    personalData: 'yes',
    exporterSubjectToRegime: 'yes',
    disclosedToOtherParty: 'yes',
    recipientInThirdCountry: 'yes',
    rolesEstablished: 'yes',
    minimisationDone: 'yes',
    art49IsBasis: 'no',
  };
  a.map.parties = [
    party('exporter', 'exporter', 'controller', 'DE', 'Beispiel GmbH'),
    party('saas', 'importer', 'processor', 'US', 'CloudCRM Inc.'),
    party('aws', 'sub-processor', 'processor', 'US', 'AWS'),
  ];
  a.map.transfers = [
    transfer('t1', 'exporter', 'saas', { ...BASE_TRANSFER, ...patch }),
    transfer('t2', 'saas', 'aws', { ...BASE_TRANSFER, purpose: 'Hosting', ...patch }),
  ];
  for (const t of a.map.transfers) t.tool.tool = 'scc';
  return a;
}

/** A single exporter → importer transfer to `country`, with the given tool. */
export function singleTransferAssessment(country: string, patch: Partial<Transfer> = {}, exporterCountry = 'DE'): Assessment {
  const a = usSaasAssessment();
  a.map.parties = [party('exporter', 'exporter', 'controller', exporterCountry, 'Exporter'), party('importer', 'importer', 'processor', country, 'Importer')];
  a.map.transfers = [transfer('t1', 'exporter', 'importer', { ...BASE_TRANSFER, ...patch })];
  return a;
}

/** Adds a step-3 row for `law` with the given answers (question id → yes / no / unknown). */
export function withLaw(a: Assessment, law: LawEntry, answers: Record<string, 'yes' | 'no' | 'unknown'> = {}, rowId = law.id): LawAssessment {
  const row = lawAssessmentFromLibrary(law, rowId);
  row.answers = row.answers.map((x) => ({ ...x, answer: answers[x.questionId] ?? '' }));
  a.step3.laws.push(row);
  return row;
}

/** Adds every scenario of `law` at its defaults. */
export function withScenarios(a: Assessment, law: LawEntry): void {
  for (const template of law.scenarios) a.step3.risk.scenarios.push(scenarioFromTemplate(template, law.id, template.id));
}

export function withMeasures(a: Assessment, ...measureIds: string[]): void {
  a.step4.measures.push(...measureIds.map((measureId) => ({ measureId, note: '' })));
}
