import { describe, expect, it } from 'vitest';
import { emptyParty, emptyTransfer, type Party, type PartyKind, type TransferMap } from '../../../shared/domain/assessment';
import { layoutTransferMap, MAP_LAYOUT, type MapLayout, type MapLayoutNode } from '../../../shared/map/layout';

const party = (id: string, kind: PartyKind): Party => ({ ...emptyParty(id, kind), name: id });
const map = (parties: Party[], edges: [string, string, string][]): TransferMap => ({
  parties,
  transfers: edges.map(([id, from, to]) => emptyTransfer(id, from, to)),
});

const node = (layout: MapLayout, partyId: string): MapLayoutNode => {
  const found = layout.nodes.find((n) => n.partyId === partyId);
  if (!found) throw new Error(`no node for ${partyId}`);
  return found;
};

const overlaps = (a: MapLayoutNode, b: MapLayoutNode) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const inside = (n: MapLayoutNode, p: { x: number; y: number }) => p.x > n.x && p.x < n.x + n.w && p.y > n.y && p.y < n.y + n.h;

/** Samples each segment of an edge and checks that no sample lies inside any node. */
function edgeCrossesANode(layout: MapLayout): string[] {
  const hits: string[] = [];
  for (const edge of layout.edges) {
    for (let i = 0; i < edge.points.length - 1; i++) {
      const a = edge.points[i] as { x: number; y: number };
      const b = edge.points[i + 1] as { x: number; y: number };
      for (let s = 0; s <= 50; s++) {
        const p = { x: a.x + ((b.x - a.x) * s) / 50, y: a.y + ((b.y - a.y) * s) / 50 };
        const hit = layout.nodes.find((n) => inside(n, p));
        if (hit) hits.push(`${edge.transferId} through ${hit.partyId}`);
      }
    }
  }
  return [...new Set(hits)];
}

function expectWellFormed(layout: MapLayout) {
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.partyId} overlaps ${b.partyId}`).toBe(false);
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.h).toBeLessThanOrEqual(layout.height);
  }
  for (const edge of layout.edges) {
    for (const p of edge.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(layout.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(layout.height);
    }
  }
  expect(edgeCrossesANode(layout)).toEqual([]);
}

/** The US SaaS case of the issue: exporter → importer → AWS → a further sub-processor, plus a second exporter. */
const chain = map(
  [party('exp', 'exporter'), party('imp', 'importer'), party('aws', 'sub-processor'), party('sub2', 'sub-processor'), party('exp2', 'exporter')],
  [
    ['t1', 'exp', 'imp'],
    ['t2', 'imp', 'aws'],
    ['t3', 'aws', 'sub2'],
    ['t4', 'exp2', 'imp'],
  ],
);

describe('transfer map layout', () => {
  it('places parties in columns by their distance from the exporters along the transfers', () => {
    const layout = layoutTransferMap(chain);
    expect(Object.fromEntries(layout.nodes.map((n) => [n.partyId, n.column]))).toEqual({ exp: 0, exp2: 0, imp: 1, aws: 2, sub2: 3 });
    expect(node(layout, 'exp').x).toBeLessThan(node(layout, 'imp').x);
    expect(node(layout, 'imp').x).toBeLessThan(node(layout, 'aws').x);
    expect(node(layout, 'aws').x).toBeLessThan(node(layout, 'sub2').x);
    expectWellFormed(layout);
  });

  it('uses the shortest distance when a party is reached along several paths', () => {
    const layout = layoutTransferMap(
      map(
        [party('exp', 'exporter'), party('imp', 'importer'), party('sub', 'sub-processor')],
        [
          ['a', 'exp', 'imp'],
          ['b', 'imp', 'sub'],
          ['c', 'exp', 'sub'],
        ],
      ),
    );
    expect(node(layout, 'sub').column).toBe(1);
    expect(layout.edges.find((e) => e.transferId === 'b')?.route).toBe('lane');
    expectWellFormed(layout);
  });

  it('keeps the map order within a column and is deterministic', () => {
    const a = layoutTransferMap(chain);
    const b = layoutTransferMap(structuredClone(chain));
    expect(a).toEqual(b);
    expect(node(a, 'exp').row).toBe(0);
    expect(node(a, 'exp2').row).toBe(1);
  });

  it('orders a column by the rows of the senders before it, so arrows do not cross needlessly', () => {
    const layout = layoutTransferMap(
      map(
        [party('e1', 'exporter'), party('e2', 'exporter'), party('i2', 'importer'), party('i1', 'importer')],
        [
          ['a', 'e1', 'i1'],
          ['b', 'e2', 'i2'],
        ],
      ),
    );
    expect(node(layout, 'i1').row).toBe(0);
    expect(node(layout, 'i2').row).toBe(1);
    expectWellFormed(layout);
  });

  it('draws each transfer from the right side of its sender to the left side of its recipient', () => {
    const layout = layoutTransferMap(chain);
    expect(layout.edges.map((e) => e.transferId)).toEqual(['t1', 't2', 't3', 't4']);
    for (const edge of layout.edges) {
      const from = node(layout, edge.fromPartyId);
      const to = node(layout, edge.toPartyId);
      const first = edge.points[0] as { x: number; y: number };
      const last = edge.points[edge.points.length - 1] as { x: number; y: number };
      expect(first.x).toBe(from.x + from.w);
      expect(first.y).toBeGreaterThan(from.y);
      expect(first.y).toBeLessThan(from.y + from.h);
      expect(last.x).toBe(to.x);
      expect(last.y).toBeGreaterThan(to.y);
      expect(last.y).toBeLessThan(to.y + to.h);
      expect(edge.route).toBe('direct');
      expect(edge.labelX).toBeGreaterThan(from.x + from.w);
      expect(edge.labelX).toBeLessThan(to.x);
    }
  });

  it('keeps two transfers between the same parties apart', () => {
    const layout = layoutTransferMap(
      map(
        [party('exp', 'exporter'), party('imp', 'importer')],
        [
          ['storage', 'exp', 'imp'],
          ['support', 'exp', 'imp'],
        ],
      ),
    );
    const [a, b] = layout.edges;
    expect(a?.points).not.toEqual(b?.points);
    expect(a?.labelY).not.toBe(b?.labelY);
  });

  it('routes transfers back towards the exporter, and within a column, under the nodes', () => {
    const layout = layoutTransferMap(
      map(
        [party('exp', 'exporter'), party('imp', 'importer'), party('imp2', 'importer')],
        [
          ['out', 'exp', 'imp'],
          ['out2', 'exp', 'imp2'],
          ['back', 'imp', 'exp'],
          ['side', 'imp', 'imp2'],
        ],
      ),
    );
    const lowestNode = Math.max(...layout.nodes.map((n) => n.y + n.h));
    for (const id of ['back', 'side']) {
      const edge = layout.edges.find((e) => e.transferId === id);
      expect(edge?.route).toBe('lane');
      expect(edge?.labelY).toBeGreaterThan(lowestNode);
    }
    const lanes = layout.edges.filter((e) => e.route === 'lane').map((e) => e.labelY);
    expect(new Set(lanes).size).toBe(lanes.length);
    expectWellFormed(layout);
  });

  it('places parties no exporter reaches by their kind, and skips transfers to parties that do not exist', () => {
    const layout = layoutTransferMap(
      map(
        [party('exp', 'exporter'), party('lonely', 'importer'), party('rec', 'recipient')],
        [
          ['ghost', 'exp', 'missing'],
          ['r', 'lonely', 'rec'],
        ],
      ),
    );
    expect(node(layout, 'exp').column).toBe(0);
    expect(node(layout, 'lonely').column).toBe(1);
    expect(node(layout, 'rec').column).toBe(2);
    expect(layout.edges.map((e) => e.transferId)).toEqual(['r']);
    expectWellFormed(layout);
  });

  it('lays out a map without exporters and an empty map', () => {
    const noExporter = layoutTransferMap(map([party('imp', 'importer'), party('sub', 'sub-processor')], [['a', 'imp', 'sub']]));
    expect(node(noExporter, 'imp').column).toBe(0);
    expect(node(noExporter, 'sub').column).toBe(1);
    expect(node(noExporter, 'imp').x).toBe(MAP_LAYOUT.margin);
    expectWellFormed(noExporter);

    const empty = layoutTransferMap({ parties: [], transfers: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.edges).toEqual([]);
    expect(empty.width).toBe(2 * MAP_LAYOUT.margin);
  });

  it('stays free of overlaps for a wide map with many transfers', () => {
    const parties = [party('e', 'exporter'), ...Array.from({ length: 8 }, (_, i) => party(`s${i}`, 'sub-processor'))];
    const edges: [string, string, string][] = parties.slice(1).map((p, i) => [`t${i}`, i < 4 ? 'e' : `s${i - 4}`, p.id]);
    edges.push(['back1', 's7', 'e'], ['back2', 's5', 's0'], ['same', 's0', 's1']);
    const layout = layoutTransferMap(map(parties, edges));
    expectWellFormed(layout);
    expect(layout.edges).toHaveLength(edges.length);
  });
});
