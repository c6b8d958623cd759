import type { Assessment, Party, Transfer } from '../domain/assessment';
import type { LawLibrary } from '../domain/law-library';
import { findMeasure, type MeasureGroup, MEASURE_GROUPS } from '../wizard/catalogues';
import { countryField, keyField, listField, textField, type AnnexField } from './annex-fields';
import { sccModulesInUse } from './clauses';
import { isOnwardTransfer } from './module';

export type { AnnexField, AnnexValue } from './annex-fields';

/**
 * The SCC appendix generated from the map, step 2 and step 4: Annex I.A (parties), I.B (description of each
 * transfer), I.C (competent supervisory authority), II (technical and organisational measures) and III
 * (sub-processors). Pure data; the wizard and the report render it, and every missing entry is flagged.
 */
export interface AnnexParty {
  partyId: string;
  side: 'exporter' | 'importer';
  fields: AnnexField[];
}

export interface AnnexTransfer {
  transferId: string;
  fromName: string;
  toName: string;
  /** Sent on by a party outside the EEA (e.g. importer → sub-processor), under the importer's sub-processing contract. */
  onward: boolean;
  fields: AnnexField[];
}

export interface AnnexMeasure {
  measureId: string;
  title: string;
  note: string;
  /** No note says how the measure is implemented for this transfer. */
  noteMissing: boolean;
}

export interface SccAnnexes {
  /** False when no transfer uses the SCCs; the annexes are then shown for information only. */
  applicable: boolean;
  annexIA: AnnexParty[];
  annexIB: AnnexTransfer[];
  annexIC: AnnexField;
  annexII: { groups: { group: MeasureGroup | 'other'; labelKey: string; measures: AnnexMeasure[] }[]; missing: boolean };
  /** Required by Modules 2 and 3 (DOMAIN.md §3). */
  annexIII: { required: boolean; subProcessors: { partyId: string; fields: AnnexField[] }[] };
  /** Number of missing entries across all annexes, for a completeness badge. */
  missingCount: number;
}

const label = (party: Party | undefined, fallback: string): string => party?.name.trim() || party?.id || fallback;

function country(library: LawLibrary, code: string) {
  return countryField('country', code, library.countries.find((c) => c.code === code)?.name ?? code);
}

function partyFields(party: Party, library: LawLibrary, activities: string[]): AnnexField[] {
  return [
    textField('name', party.name),
    textField('address', party.address),
    textField('contact', party.contact),
    listField('activities', activities),
    keyField('role', party.role === '' ? null : `scc.annex.role.${party.role}`),
    country(library, party.country),
  ];
}

function sensitiveFields(transfer: Transfer, technicalSafeguards: string[]): AnnexField[] {
  if (transfer.specialCategories === null || transfer.criminalData === null) return [keyField('sensitiveData', null)];
  if (!transfer.specialCategories && !transfer.criminalData) return [keyField('sensitiveData', 'scc.annex.sensitive.none')];
  const kinds = [transfer.specialCategories ? 'art9' : '', transfer.criminalData ? 'art10' : ''].filter(Boolean).join('-');
  const detail = transfer.specialCategoriesDetail.trim();
  return [
    { ...keyField('sensitiveData', `scc.annex.sensitive.${kinds}`, { detail }), missing: detail === '' },
    listField('sensitiveSafeguards', technicalSafeguards),
  ];
}

function transferFields(transfer: Transfer, recipient: Party | undefined, technicalSafeguards: string[]): AnnexField[] {
  const fields = [
    listField('dataSubjects', transfer.dataSubjects),
    listField('dataCategories', transfer.dataCategories),
    ...sensitiveFields(transfer, technicalSafeguards),
    keyField('frequency', transfer.frequency === '' ? null : `scc.annex.frequency.${transfer.frequency}`),
    keyField('nature', transfer.accessType === '' ? null : `scc.annex.nature.${transfer.accessType}`),
    textField('purpose', transfer.purpose),
    textField('retention', transfer.retention),
  ];
  // The annex asks processors for subject matter and duration; the map records them as purpose and retention.
  if (recipient?.role === 'processor') fields.push(textField('subjectMatter', transfer.purpose), textField('duration', transfer.retention));
  return fields;
}

function measuresAnnex(assessment: Assessment, measureTitle: (measureId: string) => string): SccAnnexes['annexII'] {
  const groups = [...MEASURE_GROUPS, 'other' as const].map((group) => ({
    group,
    labelKey: `scc.annex.measureGroup.${group}`,
    measures: assessment.step4.measures
      .filter((m) => (findMeasure(m.measureId)?.group ?? 'other') === group)
      .map((m) => ({ measureId: m.measureId, title: measureTitle(m.measureId), note: m.note.trim(), noteMissing: m.note.trim() === '' })),
  }));
  return { groups: groups.filter((g) => g.measures.length > 0), missing: assessment.step4.measures.length === 0 };
}

export function buildSccAnnexes(assessment: Assessment, library: LawLibrary, measureTitle: (measureId: string) => string): SccAnnexes {
  const { parties, transfers } = assessment.map;
  const byId = new Map(parties.map((p) => [p.id, p]));
  const sccTransfers = transfers.filter((t) => t.tool.tool === 'scc');
  const direct = sccTransfers.filter((t) => {
    const sender = byId.get(t.fromPartyId);
    return sender !== undefined && !isOnwardTransfer(sender);
  });

  const purposesOf = (partyId: string, edges: Transfer[]) =>
    [...new Set(edges.filter((t) => t.fromPartyId === partyId || t.toPartyId === partyId).map((t) => t.purpose.trim()))];
  const annexIA: AnnexParty[] = [];
  for (const side of ['exporter', 'importer'] as const) {
    const ids = [...new Set(direct.map((t) => (side === 'exporter' ? t.fromPartyId : t.toPartyId)))];
    for (const partyId of ids) {
      const party = byId.get(partyId);
      if (party) annexIA.push({ partyId, side, fields: partyFields(party, library, purposesOf(partyId, direct)) });
    }
  }

  const technicalSafeguards = assessment.step4.measures
    .filter((m) => findMeasure(m.measureId)?.group === 'technical')
    .map((m) => (m.note.trim() ? `${measureTitle(m.measureId)}: ${m.note.trim()}` : measureTitle(m.measureId)));
  const annexIB: AnnexTransfer[] = sccTransfers.map((t) => {
    const sender = byId.get(t.fromPartyId);
    const recipient = byId.get(t.toPartyId);
    return {
      transferId: t.id,
      fromName: label(sender, t.fromPartyId),
      toName: label(recipient, t.toPartyId),
      onward: sender !== undefined && isOnwardTransfer(sender),
      fields: transferFields(t, recipient, technicalSafeguards),
    };
  });

  const annexIC = textField('supervisoryAuthority', assessment.step2.scc.clause13Authority);
  const annexII = measuresAnnex(assessment, measureTitle);
  const modules = sccModulesInUse(assessment);
  const subProcessors = parties
    .filter((p) => p.kind === 'sub-processor')
    .map((p) => ({
      partyId: p.id,
      fields: [
        textField('name', p.name),
        textField('address', p.address),
        textField('contact', p.contact),
        country(library, p.country),
        listField('processing', transfers.filter((t) => t.toPartyId === p.id).map((t) => t.purpose)),
      ],
    }));
  const annexIII = { required: modules.has(2) || modules.has(3), subProcessors };

  const allFields = [...annexIA.flatMap((p) => p.fields), ...annexIB.flatMap((t) => t.fields), annexIC, ...subProcessors.flatMap((s) => s.fields)];
  const missingCount =
    allFields.filter((f) => f.missing).length +
    (annexII.missing ? 1 : 0) +
    annexII.groups.flatMap((g) => g.measures).filter((m) => m.noteMissing).length;

  return { applicable: sccTransfers.length > 0, annexIA, annexIB, annexIC, annexII, annexIII, missingCount };
}
