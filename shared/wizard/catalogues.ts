/**
 * Catalogues the steps draw on. Texts are i18n keys (`measures.<id>.title`, `measures.<id>.description`, …) so
 * that every language shares one list of ids.
 */

export const MEASURE_GROUPS = ['technical', 'contractual', 'organisational'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

export interface MeasureDefinition {
  id: string;
  group: MeasureGroup;
  /** The EDPB Recommendations 01/2020 Annex 2 use case the measure corresponds to, if any. */
  edpbUseCase?: 1 | 2 | 3 | 4 | 5;
}

export const MEASURES: readonly MeasureDefinition[] = [
  { id: 'encrypted-storage-exporter-keys', group: 'technical', edpbUseCase: 1 },
  { id: 'pseudonymisation', group: 'technical', edpbUseCase: 2 },
  { id: 'transit-encryption', group: 'technical', edpbUseCase: 3 },
  { id: 'protected-recipient', group: 'technical', edpbUseCase: 4 },
  { id: 'split-processing', group: 'technical', edpbUseCase: 5 },
  { id: 'encryption-at-rest-importer-keys', group: 'technical' },
  { id: 'access-control-logging', group: 'technical' },
  { id: 'transparency-on-laws', group: 'contractual' },
  { id: 'notify-requests', group: 'contractual' },
  { id: 'challenge-orders', group: 'contractual' },
  { id: 'warrant-canary', group: 'contractual' },
  { id: 'assist-redress', group: 'contractual' },
  { id: 'audit-rights', group: 'contractual' },
  { id: 'access-request-policy', group: 'organisational' },
  { id: 'transparency-reports', group: 'organisational' },
  { id: 'minimisation', group: 'organisational' },
  { id: 'audits', group: 'organisational' },
  { id: 'training', group: 'organisational' },
  { id: 'certifications', group: 'organisational' },
];

/** EDPB Annex 2 use cases in which the EDPB found no effective technical measure. */
export const USE_CASES_WITHOUT_TECHNICAL_MEASURE = [6, 7] as const;

export const CHECKLIST_ITEMS: readonly { id: string }[] = [
  { id: 'scc-unmodified' },
  { id: 'annexes-complete' },
  { id: 'importer-clause-14-15' },
  { id: 'supplementary-clauses-consistent' },
  { id: 'ad-hoc-authorisation' },
  { id: 'bcr-approval' },
  { id: 'documentation-available' },
  { id: 'importer-notification-process' },
];

export const REVIEW_TRIGGERS: readonly { id: string }[] = [
  { id: 'law-change' },
  { id: 'adequacy-change' },
  { id: 'dpf-change' },
  { id: 'new-subprocessor' },
  { id: 'incident' },
  { id: 'new-data-category' },
  { id: 'government-request' },
];

export function findMeasure(id: string): MeasureDefinition | undefined {
  return MEASURES.find((m) => m.id === id);
}
