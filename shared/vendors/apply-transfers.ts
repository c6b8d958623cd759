import { LIMITS, type Party, type Transfer, type TransferTool } from '../domain/assessment';
import type { Mechanism } from '../extraction/types';
import { partyLabel } from './apply-parties';
import type { ApplyState } from './apply-state';
import { dataCategoryLabel } from './category-labels';
import type { ProfileFact } from './profile';

/** What a profile fills on the transfers from the exporter to the vendor: data categories, the tool, the retention. */

/** The transfers from an exporter to the vendor's party, which the vendor's own statements describe. */
export function transfersToImporter(state: ApplyState, importer: Party): Transfer[] {
  const exporters = new Set(state.assessment.map.parties.filter((party) => party.kind === 'exporter').map((party) => party.id));
  return state.assessment.map.transfers.filter((transfer) => transfer.toPartyId === importer.id && exporters.has(transfer.fromPartyId));
}

function ends(state: ApplyState, transfer: Transfer): { from: string; to: string } {
  const party = (id: string) => partyLabel(state.assessment.map.parties.find((candidate) => candidate.id === id));
  return { from: party(transfer.fromPartyId), to: party(transfer.toPartyId) };
}

/** Adds the category to each transfer that lacks it; a category the user already wrote is cited as it stands. */
export function applyDataCategory(state: ApplyState, fact: ProfileFact, transfers: readonly Transfer[]): void {
  const label = dataCategoryLabel(fact.normalized).slice(0, LIMITS.shortText);
  const key = label.toLocaleLowerCase();
  for (const transfer of transfers) {
    if (transfer.dataCategories.some((category) => category.trim().toLocaleLowerCase() === key)) {
      state.cite(fact, transfer.id);
    } else if (transfer.dataCategories.length < LIMITS.listItems) {
      transfer.dataCategories.push(label);
      state.change(fact, 'dataCategoryAdded', { category: label, ...ends(state, transfer) }, transfer.id);
    }
  }
}

/** The tools of step 2 that a named mechanism stands for; the UK and Swiss instruments add to the SCCs instead. */
const TOOL_OF: Partial<Record<Mechanism, TransferTool>> = { SCC: 'scc', BCR: 'bcr', DPF: 'dpf', ADEQUACY: 'adequacy' };
/**
 * Which named mechanism sets the tool where a document names several: the SCCs first, as the tool a transfer impact
 * assessment is made for and the one that still holds if a framework or decision falls; the DPF only after the
 * tools that do not depend on the importer's certification.
 */
const TOOL_PREFERENCE: readonly Mechanism[] = ['SCC', 'BCR', 'DPF', 'ADEQUACY'];

export function preferredMechanism(mechanisms: readonly ProfileFact[]): ProfileFact | null {
  for (const mechanism of TOOL_PREFERENCE) {
    const fact = mechanisms.find((candidate) => candidate.normalized === mechanism);
    if (fact) return fact;
  }
  return null;
}

/**
 * Sets the tool of each transfer that has none; a tool the user chose stays, and a different one is pointed out. A
 * DPF certification the user confirmed on the profile, with its date, is carried over with the DPF.
 */
export function applyMechanism(state: ApplyState, fact: ProfileFact, transfers: readonly Transfer[]): void {
  const tool = TOOL_OF[fact.normalized as Mechanism];
  if (!tool) return;
  const { dpf } = state.profile;
  for (const transfer of transfers) {
    const choice = transfer.tool;
    if (choice.tool === '') {
      choice.tool = tool;
      state.change(fact, 'toolSet', { tool, ...ends(state, transfer) }, transfer.id);
    } else if (choice.tool !== tool) {
      state.change(fact, 'toolDiffers', { current: choice.tool, stated: tool, ...ends(state, transfer) }, transfer.id);
      continue;
    } else {
      state.cite(fact, transfer.id);
    }
    if (tool === 'dpf' && dpf.status === 'certified' && dpf.checkedOn !== '' && !choice.dpfCertificationConfirmed && choice.dpfCheckedOn === '') {
      choice.dpfCertificationConfirmed = true;
      choice.dpfCheckedOn = dpf.checkedOn;
      state.change(fact, 'dpfConfirmed', { checkedOn: dpf.checkedOn, ...ends(state, transfer) }, transfer.id);
    }
  }
}

/** A stated period before a vague one ("as long as necessary"), as the retention field holds one. */
export function preferredRetention(retentions: readonly ProfileFact[]): ProfileFact | null {
  return retentions.find((fact) => fact.normalized !== 'stated') ?? retentions[0] ?? null;
}

/** Fills each empty retention with what the documents state. */
export function applyRetention(state: ApplyState, fact: ProfileFact, transfers: readonly Transfer[]): void {
  const retention = fact.value.trim().slice(0, LIMITS.shortText);
  if (retention === '') return;
  for (const transfer of transfers) {
    if (transfer.retention.trim() === '') {
      transfer.retention = retention;
      state.change(fact, 'retentionSet', { retention, ...ends(state, transfer) }, transfer.id);
    } else if (transfer.retention.trim() === retention) {
      state.cite(fact, transfer.id);
    }
  }
}
