import { describe, expect, it } from 'vitest';
import { createEmptyAssessment, type TransferMap } from '../../../shared/domain/assessment';
import {
  addParty,
  addTransfer,
  newMapId,
  nextPartyKind,
  removeParty,
  removeTransfer,
  suggestTransferEnds,
  transfersOfParty,
  updateParty,
  updateTransfer,
  updateTransferTool,
} from '../../../shared/map/edit';

const startingMap = (): TransferMap =>
  createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 't', now: '2026-01-01T00:00:00.000Z' }).map;

/** A repeatable sequence of "random" numbers. */
const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length] as number;
};

describe('transfer map edits', () => {
  it('makes short ids that match the schema pattern and avoid ids already taken', () => {
    const id = newMapId('p', new Set(), sequence(0.5));
    expect(id).toMatch(/^p-[0-9a-z]{6}$/);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const again = newMapId('p', new Set([id]), sequence(0.5, 0.25));
    expect(again).not.toBe(id);
    expect(newMapId('t', new Set(), sequence(0))).toBe('t-000000');
  });

  it('adds the kind of party the map still lacks, then sub-processors', () => {
    expect(nextPartyKind({ parties: [], transfers: [] })).toBe('exporter');
    const map = startingMap();
    expect(nextPartyKind(map)).toBe('sub-processor');
    const { map: next, partyId } = addParty(map);
    expect(next.parties).toHaveLength(3);
    expect(next.parties[2]).toMatchObject({ id: partyId, kind: 'sub-processor', name: '' });
    expect(map.parties).toHaveLength(2);
  });

  it('suggests a new transfer from the importer to a sub-processor just added', () => {
    const { map, partyId } = addParty(startingMap(), 'sub-processor');
    expect(suggestTransferEnds(map)).toEqual({ fromPartyId: 'importer', toPartyId: partyId });
    const { map: withTransfer, transferId } = addTransfer(map);
    expect(withTransfer.transfers.find((t) => t.id === transferId)).toMatchObject({ fromPartyId: 'importer', toPartyId: partyId });
  });

  it('suggests exporter to importer on a map with only those two and no transfer', () => {
    const map = { ...startingMap(), transfers: [] };
    expect(suggestTransferEnds(map)).toEqual({ fromPartyId: 'exporter', toPartyId: 'importer' });
    expect(suggestTransferEnds({ parties: map.parties.slice(0, 1), transfers: [] })).toBeNull();
  });

  it('removes a party together with the transfers that reference it', () => {
    const { map, partyId } = addParty(startingMap(), 'sub-processor');
    const { map: withTransfer } = addTransfer(map);
    expect(transfersOfParty(withTransfer, partyId)).toHaveLength(1);
    expect(transfersOfParty(withTransfer, 'importer')).toHaveLength(2);
    const removed = removeParty(withTransfer, 'importer');
    expect(removed.parties.map((p) => p.id)).toEqual(['exporter', partyId]);
    expect(removed.transfers).toEqual([]);
  });

  it('updates one party, one transfer or one transfer tool and leaves the rest alone', () => {
    const map = startingMap();
    const renamed = updateParty(map, 'importer', { name: 'Acme Inc.', country: 'US' });
    expect(renamed.parties[1]).toMatchObject({ id: 'importer', name: 'Acme Inc.', country: 'US' });
    expect(renamed.parties[0]).toBe(map.parties[0]);

    const described = updateTransfer(map, 'transfer-1', { dataCategories: ['Contact data'], accessType: 'storage' });
    expect(described.transfers[0]).toMatchObject({ dataCategories: ['Contact data'], accessType: 'storage' });

    const tooled = updateTransferTool(described, 'transfer-1', { tool: 'dpf', dpfCertificationConfirmed: true });
    expect(tooled.transfers[0]?.tool).toMatchObject({ tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '' });
    expect(tooled.transfers[0]?.dataCategories).toEqual(['Contact data']);

    expect(removeTransfer(tooled, 'transfer-1').transfers).toEqual([]);
  });
});
