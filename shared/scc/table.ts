import type { PartyRole, SccModule } from '../domain/assessment';

/**
 * The four modules of the SCCs (Commission Implementing Decision (EU) 2021/914), chosen by the roles of the party
 * that sends the data and the party that receives it. The same table serves onward edges: a processor importer that
 * engages a sub-processor is a processor sending to a processor (module 3 logic).
 */
export const SCC_MODULE_TABLE: ReadonlyArray<{ exporter: PartyRole; importer: PartyRole; module: SccModule }> = [
  { exporter: 'controller', importer: 'controller', module: 1 },
  { exporter: 'controller', importer: 'processor', module: 2 },
  { exporter: 'processor', importer: 'processor', module: 3 },
  { exporter: 'processor', importer: 'controller', module: 4 },
];

export function proposeSccModule(exporterRole: PartyRole | '', importerRole: PartyRole | ''): SccModule | null {
  const row = SCC_MODULE_TABLE.find((r) => r.exporter === exporterRole && r.importer === importerRole);
  return row ? row.module : null;
}
