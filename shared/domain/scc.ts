import type { Assessment, PartyRole, SccModule } from './assessment';

/**
 * The four modules of the SCCs (Commission Implementing Decision (EU) 2021/914), chosen by the roles of
 * exporter and importer.
 */
export const SCC_MODULE_TABLE: ReadonlyArray<{ exporter: PartyRole; importer: PartyRole; module: SccModule }> = [
  { exporter: 'controller', importer: 'controller', module: 1 },
  { exporter: 'controller', importer: 'processor', module: 2 },
  { exporter: 'processor', importer: 'processor', module: 3 },
  { exporter: 'processor', importer: 'controller', module: 4 },
];

export function proposeSccModule(exporter: PartyRole | '', importer: PartyRole | ''): SccModule | null {
  const row = SCC_MODULE_TABLE.find((r) => r.exporter === exporter && r.importer === importer);
  return row ? row.module : null;
}

export interface SccModuleChoice {
  proposed: SccModule | null;
  effective: SccModule | null;
  source: 'proposed' | 'override' | 'none';
  /** An override exists but nobody wrote down why. */
  overrideLacksReason: boolean;
}

export function sccModuleChoice(assessment: Pick<Assessment, 'step1' | 'step2'>): SccModuleChoice {
  const proposed = proposeSccModule(assessment.step1.exporter.role, assessment.step1.importer.role);
  const override = assessment.step2.sccModuleOverride;
  if (override !== null) {
    return {
      proposed,
      effective: override,
      source: 'override',
      overrideLacksReason: assessment.step2.sccModuleOverrideReason.trim() === '',
    };
  }
  return { proposed, effective: proposed, source: proposed === null ? 'none' : 'proposed', overrideLacksReason: false };
}
