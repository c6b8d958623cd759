import { LIMITS, emptyParty, emptyTransfer, type Party, type Transfer } from '../domain/assessment';
import { isCountryCode } from '../domain/countries';
import type { ApplyState } from './apply-state';
import { readableId, sameOrganisation } from './organisation-names';
import type { ProfileFact } from './profile';

/** The parties a profile fills: the vendor as the importer, and its sub-processors with their onward transfers. */

const HEADQUARTERS = /\b(?:headquarter(?:s|ed)?|head office|incorporated|registered office|principal (?:place of business|office))\b/gi;

const takenIds = (state: ApplyState): Set<string> =>
  new Set([...state.assessment.map.parties.map((party) => party.id), ...state.assessment.map.transfers.map((transfer) => transfer.id)]);

export const partyLabel = (party: Party | undefined): string => (party ? party.name.trim() || party.id : '');

/**
 * The vendor's party: the importer of that name, else the first importer with no name yet (which takes it), else the
 * first importer (whose name the user wrote, so it stays); a map without an importer gains one, with a transfer from
 * the first exporter.
 */
export function resolveImporter(state: ApplyState, nameFact: ProfileFact): Party | null {
  const { map } = state.assessment;
  const vendor = state.profile.vendorName.trim().slice(0, LIMITS.shortText);
  const importers = map.parties.filter((party) => party.kind === 'importer');
  if (vendor === '') return importers[0] ?? null;
  const named = importers.find((party) => sameOrganisation(party.name, vendor));
  if (named) return named;
  const unnamed = importers.find((party) => party.name.trim() === '');
  if (unnamed) {
    unnamed.name = vendor;
    state.note(nameFact, 'importerNamed', { name: vendor }, unnamed.id);
    return unnamed;
  }
  const first = importers[0];
  if (first) {
    state.note(nameFact, 'importerNameDiffers', { current: first.name, stated: vendor }, first.id);
    return first;
  }
  if (map.parties.length >= LIMITS.listItems) return null;
  const taken = takenIds(state);
  const importer: Party = { ...emptyParty(taken.has('importer') ? readableId('importer', vendor, taken) : 'importer', 'importer'), name: vendor };
  map.parties.push(importer);
  state.note(nameFact, 'importerAdded', { name: vendor }, importer.id);
  const exporter = map.parties.find((party) => party.kind === 'exporter');
  if (exporter && map.transfers.length < LIMITS.listItems) {
    const transfer = emptyTransfer(readableId('transfer', importer.id, takenIds(state)), exporter.id, importer.id);
    map.transfers.push(transfer);
    state.note(nameFact, 'transferAdded', { from: partyLabel(exporter), to: vendor }, transfer.id);
  }
  return importer;
}

/**
 * The vendor's own country: the one country its documents name, or else the one country named with its
 * headquarters or registered office. Regions ("EU") say where data goes, not where the vendor is.
 */
export function vendorCountry(countryFacts: readonly ProfileFact[]): ProfileFact | null {
  const single = (facts: readonly ProfileFact[]) => {
    const codes = new Set(facts.map((fact) => fact.normalized));
    return codes.size === 1 ? (facts[0] ?? null) : null;
  };
  const countries = countryFacts.filter((fact) => isCountryCode(fact.normalized));
  // A sentence naming two head offices ("our worldwide headquarters … our EEA headquarters") tells neither apart.
  const headquarters = countries.filter((fact) => (fact.evidence.text.match(HEADQUARTERS) ?? []).length === 1);
  return single(countries) ?? single(headquarters);
}

/** Fills the importer's empty country; a country the user wrote stays, and a different one is pointed out. */
export function applyImporterCountry(state: ApplyState, importer: Party, fact: ProfileFact | null): void {
  if (!fact) return;
  if (importer.country === '') {
    importer.country = fact.normalized;
    state.change(fact, 'importerCountrySet', { country: fact.normalized }, importer.id);
  } else if (importer.country !== fact.normalized) {
    state.change(fact, 'importerCountryDiffers', { current: importer.country, stated: fact.normalized }, importer.id);
  } else {
    state.cite(fact, importer.id);
  }
}

/** Fills the importer's empty contact with the privacy contact the documents give (Annex I.A asks for one). */
export function applyImporterContact(state: ApplyState, importer: Party, contacts: readonly ProfileFact[]): void {
  const fact = contacts.find((contact) => contact.normalized !== 'dpo');
  if (!fact || importer.contact.trim() !== '') return;
  importer.contact = fact.normalized.slice(0, LIMITS.shortText);
  state.change(fact, 'importerContactSet', { contact: importer.contact }, importer.id);
}

function firstStatedCountry(fact: ProfileFact): string {
  return fact.countries.find((code) => isCountryCode(code)) ?? '';
}

/**
 * A sub-processor party for each recipient the documents name, unless the map has it already, and an onward
 * transfer from the importer that carries what the importer receives, unless something already flows to it.
 */
export function applySubprocessor(state: ApplyState, importer: Party, fact: ProfileFact, fromExporter: readonly Transfer[]): void {
  const { map } = state.assessment;
  const name = fact.normalized.trim().slice(0, LIMITS.shortText);
  if (name === '' || sameOrganisation(name, importer.name) || sameOrganisation(name, state.profile.vendorName)) return;
  let party = map.parties.find((candidate) => sameOrganisation(candidate.name, name));
  if (party && (party.kind === 'exporter' || party.kind === 'importer')) return;
  const country = firstStatedCountry(fact);
  if (!party) {
    if (map.parties.length >= LIMITS.listItems) return;
    party = { ...emptyParty(readableId('sub', name, takenIds(state)), 'sub-processor'), name, role: 'processor', country };
    map.parties.push(party);
    state.change(fact, 'subprocessorAdded', { name, country }, party.id);
  } else if (party.country === '' && country !== '') {
    party.country = country;
    state.change(fact, 'subprocessorCountrySet', { name: partyLabel(party), country }, party.id);
  } else {
    state.cite(fact, party.id);
  }
  const receives = map.transfers.some((transfer) => transfer.toPartyId === party.id);
  if (receives || map.transfers.length >= LIMITS.listItems) return;
  const onward = emptyTransfer(readableId('onward', party.id, takenIds(state)), importer.id, party.id);
  onward.dataCategories = [...new Set(fromExporter.flatMap((transfer) => transfer.dataCategories))].slice(0, LIMITS.listItems);
  onward.purpose = [...new Set([...fromExporter.map((transfer) => transfer.purpose.trim()), fact.purpose?.trim() ?? ''])]
    .filter((purpose) => purpose !== '')
    .join('\n')
    .slice(0, LIMITS.longText);
  map.transfers.push(onward);
  // The sentence is cited once, for the party it names; the transfer follows from it.
  state.note(fact, 'onwardTransferAdded', { from: partyLabel(importer), to: partyLabel(party) }, onward.id);
}
