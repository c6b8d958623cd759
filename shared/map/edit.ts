import {
  emptyParty,
  emptyTransfer,
  LIMITS,
  type Party,
  type PartyKind,
  type Transfer,
  type TransferMap,
  type TransferToolChoice,
} from '../domain/assessment';

/**
 * Edits of the transfer map as pure functions: the wizard's tables call them through the editor store, and they
 * keep the map consistent (no transfer points to a party that is gone).
 */

/**
 * A short id, unique on the map, that satisfies the schema's id pattern (/^[A-Za-z0-9_-]+$/). `random` is
 * injectable so that tests can make it deterministic.
 */
export function newMapId(prefix: 'p' | 't', taken: ReadonlySet<string>, random: () => number = Math.random): string {
  for (;;) {
    const candidate = `${prefix}-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const takenIds = (map: TransferMap): Set<string> => new Set([...map.parties.map((p) => p.id), ...map.transfers.map((t) => t.id)]);

/** The kind a new party most likely has: whatever the map still lacks, else a sub-processor. */
export function nextPartyKind(map: TransferMap): PartyKind {
  if (!map.parties.some((p) => p.kind === 'exporter')) return 'exporter';
  if (!map.parties.some((p) => p.kind === 'importer')) return 'importer';
  return 'sub-processor';
}

export function addParty(map: TransferMap, kind: PartyKind = nextPartyKind(map), random?: () => number): { map: TransferMap; partyId: string } {
  if (map.parties.length >= LIMITS.listItems) return { map, partyId: '' };
  const partyId = newMapId('p', takenIds(map), random);
  return { map: { ...map, parties: [...map.parties, emptyParty(partyId, kind)] }, partyId };
}

export function transfersOfParty(map: TransferMap, partyId: string): Transfer[] {
  return map.transfers.filter((t) => t.fromPartyId === partyId || t.toPartyId === partyId);
}

/** Removes the party together with every transfer that starts or ends at it. */
export function removeParty(map: TransferMap, partyId: string): TransferMap {
  return {
    parties: map.parties.filter((p) => p.id !== partyId),
    transfers: map.transfers.filter((t) => t.fromPartyId !== partyId && t.toPartyId !== partyId),
  };
}

export function updateParty(map: TransferMap, partyId: string, patch: Partial<Omit<Party, 'id'>>): TransferMap {
  return { ...map, parties: map.parties.map((p) => (p.id === partyId ? { ...p, ...patch } : p)) };
}

/**
 * The ends a new transfer most likely has: to the last party nothing flows to yet (a sub-processor just added),
 * from the importer when that party is further down the chain, else from the first exporter.
 */
export function suggestTransferEnds(map: TransferMap): { fromPartyId: string; toPartyId: string } | null {
  if (map.parties.length < 2) return null;
  const receiving = new Set(map.transfers.map((t) => t.toPartyId));
  const candidates = map.parties.filter((p) => p.kind !== 'exporter');
  const to = [...candidates].reverse().find((p) => !receiving.has(p.id)) ?? candidates[candidates.length - 1] ?? map.parties[1];
  if (!to) return null;
  const exporter = map.parties.find((p) => p.kind === 'exporter' && p.id !== to.id);
  const importer = map.parties.find((p) => p.kind === 'importer' && p.id !== to.id);
  const downstream = to.kind === 'sub-processor' || to.kind === 'recipient';
  const from = (downstream ? (importer ?? exporter) : (exporter ?? importer)) ?? map.parties.find((p) => p.id !== to.id);
  return from ? { fromPartyId: from.id, toPartyId: to.id } : null;
}

export function addTransfer(map: TransferMap, random?: () => number): { map: TransferMap; transferId: string } {
  const ends = suggestTransferEnds(map);
  if (!ends || map.transfers.length >= LIMITS.listItems) return { map, transferId: '' };
  const transferId = newMapId('t', takenIds(map), random);
  return { map: { ...map, transfers: [...map.transfers, emptyTransfer(transferId, ends.fromPartyId, ends.toPartyId)] }, transferId };
}

export function removeTransfer(map: TransferMap, transferId: string): TransferMap {
  return { ...map, transfers: map.transfers.filter((t) => t.id !== transferId) };
}

export function updateTransfer(map: TransferMap, transferId: string, patch: Partial<Omit<Transfer, 'id' | 'tool'>>): TransferMap {
  return { ...map, transfers: map.transfers.map((t) => (t.id === transferId ? { ...t, ...patch } : t)) };
}

export function updateTransferTool(map: TransferMap, transferId: string, patch: Partial<TransferToolChoice>): TransferMap {
  return { ...map, transfers: map.transfers.map((t) => (t.id === transferId ? { ...t, tool: { ...t.tool, ...patch } } : t)) };
}
