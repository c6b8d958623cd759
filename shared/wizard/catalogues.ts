import type { AccessVector, PreconditionKind, TransferTool } from '../domain/assessment';

/**
 * Catalogues the steps draw on. Texts are i18n keys (`measures.<id>.title`, `measures.<id>.description`,
 * `measures.<id>.basis`, `checklist.<id>`, `triggers.<id>`) so that every language shares one list of ids.
 */

export const MEASURE_GROUPS = ['technical', 'contractual', 'organisational'] as const;
export type MeasureGroup = (typeof MEASURE_GROUPS)[number];

/**
 * How a measure weakens one precondition of the scenarios (DOMAIN.md §5): the precondition's probability is
 * multiplied by `multiplier` in every scenario whose access vector is listed. The multipliers are DTIA Studio's
 * starting estimates, not published figures; `basisKey` of the measure explains them to the user.
 */
export interface MeasureEffect {
  kind: PreconditionKind;
  vectors: readonly AccessVector[];
  multiplier: number;
}

export interface MeasureDefinition {
  id: string;
  group: MeasureGroup;
  /** The EDPB Recommendations 01/2020 Annex 2 use case the measure corresponds to, if any. */
  edpbUseCase?: 1 | 2 | 3 | 4 | 5;
  effects: readonly MeasureEffect[];
  /** Explains the effect (or its absence) and says that the multiplier is a starting estimate. */
  basisKey: string;
  /**
   * The authority that compels the importer gets only ciphertext: the keys stay with the exporter (EDPB use case 1).
   * The law verdict treats such a measure as breaking the "readable" precondition.
   */
  keepsDataUnreadableToImporter?: true;
}

const BOTH: readonly AccessVector[] = ['provider', 'transit'];

const measure = (
  id: string,
  group: MeasureGroup,
  effects: readonly MeasureEffect[],
  extra: Pick<MeasureDefinition, 'edpbUseCase' | 'keepsDataUnreadableToImporter'> = {},
): MeasureDefinition => ({ id, group, effects, basisKey: `measures.${id}.basis`, ...extra });

export const MEASURES: readonly MeasureDefinition[] = [
  measure('encrypted-storage-exporter-keys', 'technical', [{ kind: 'readable', vectors: BOTH, multiplier: 0.02 }], {
    edpbUseCase: 1,
    keepsDataUnreadableToImporter: true,
  }),
  measure('pseudonymisation', 'technical', [{ kind: 'readable', vectors: BOTH, multiplier: 0.1 }], { edpbUseCase: 2 }),
  measure('transit-encryption', 'technical', [{ kind: 'readable', vectors: ['transit'], multiplier: 0.05 }], { edpbUseCase: 3 }),
  measure('protected-recipient', 'technical', [{ kind: 'in-scope', vectors: ['provider'], multiplier: 0.2 }], { edpbUseCase: 4 }),
  measure('split-processing', 'technical', [{ kind: 'readable', vectors: BOTH, multiplier: 0.1 }], { edpbUseCase: 5 }),
  measure('encryption-at-rest-importer-keys', 'technical', []),
  measure('access-control-logging', 'technical', []),
  measure('transparency-on-laws', 'contractual', []),
  measure('notify-requests', 'contractual', []),
  measure('challenge-orders', 'contractual', [{ kind: 'in-scope', vectors: ['provider'], multiplier: 0.9 }]),
  measure('warrant-canary', 'contractual', []),
  measure('assist-redress', 'contractual', []),
  measure('audit-rights', 'contractual', []),
  measure('access-request-policy', 'organisational', []),
  measure('transparency-reports', 'organisational', []),
  measure('minimisation', 'organisational', []),
  measure('audits', 'organisational', []),
  measure('training', 'organisational', []),
  measure('certifications', 'organisational', []),
];

/** EDPB Annex 2 use cases in which the EDPB found no effective technical measure. */
export const USE_CASES_WITHOUT_TECHNICAL_MEASURE = [6, 7] as const;

/**
 * What brings a checklist item onto the list: a transfer tool chosen on some edge, an SCC module needing
 * Clause 9, the exporter's regime, adequacy relied on within a partial decision, a chosen measure, or always.
 */
export type ChecklistCondition =
  | { kind: 'always' }
  | { kind: 'tool'; tools: readonly TransferTool[] }
  | { kind: 'scc-module'; modules: readonly (1 | 2 | 3 | 4)[] }
  | { kind: 'exporter-regime'; regime: 'uk' | 'ch' }
  /** Adequacy chosen for a destination whose decision covers only some recipients or data (not the US: see DPF). */
  | { kind: 'partial-adequacy' }
  | { kind: 'measure'; measureId: string };

export interface ChecklistItemDefinition {
  id: string;
  when: ChecklistCondition;
}

const TIA_TOOLS: readonly TransferTool[] = ['scc', 'idta', 'bcr', 'art46-other'];

/** Every chosen technical measure brings "implemented and tested" onto the list. */
export const measureImplementedItemId = (measureId: string): string => `measure-implemented-${measureId}`;

export const CHECKLIST_ITEMS: readonly ChecklistItemDefinition[] = [
  { id: 'scc-unmodified', when: { kind: 'tool', tools: ['scc'] } },
  { id: 'annexes-complete', when: { kind: 'tool', tools: ['scc'] } },
  { id: 'importer-clause-14-15', when: { kind: 'tool', tools: ['scc'] } },
  { id: 'scc-clause-9-authorisation', when: { kind: 'scc-module', modules: [2, 3] } },
  { id: 'supplementary-clauses-consistent', when: { kind: 'tool', tools: ['scc', 'idta'] } },
  { id: 'ad-hoc-authorisation', when: { kind: 'tool', tools: ['art46-other'] } },
  { id: 'bcr-approval', when: { kind: 'tool', tools: ['bcr'] } },
  { id: 'dpf-certification-checked', when: { kind: 'tool', tools: ['dpf'] } },
  { id: 'dpf-maintenance-promise', when: { kind: 'tool', tools: ['dpf'] } },
  { id: 'adequacy-scope-confirmed', when: { kind: 'partial-adequacy' } },
  { id: 'art49-documentation', when: { kind: 'tool', tools: ['art49'] } },
  { id: 'uk-instrument-signed', when: { kind: 'exporter-regime', regime: 'uk' } },
  { id: 'uk-tra-documented', when: { kind: 'exporter-regime', regime: 'uk' } },
  { id: 'swiss-amendments', when: { kind: 'exporter-regime', regime: 'ch' } },
  { id: 'importer-notification-process', when: { kind: 'tool', tools: TIA_TOOLS } },
  { id: 'documentation-available', when: { kind: 'always' } },
  ...MEASURES.filter((m) => m.group === 'technical').map((m) => ({
    id: measureImplementedItemId(m.id),
    when: { kind: 'measure', measureId: m.id } as const,
  })),
];

export const REVIEW_TRIGGERS: readonly { id: string }[] = [
  { id: 'law-change' },
  { id: 'adequacy-change' },
  { id: 'dpf-change' },
  { id: 'new-subprocessor' },
  { id: 'incident' },
  { id: 'new-data-category' },
  { id: 'government-request' },
  { id: 'processing-location-change' },
  { id: 'library-update' },
];

export function findMeasure(id: string): MeasureDefinition | undefined {
  return MEASURES.find((m) => m.id === id);
}
