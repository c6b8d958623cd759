import type { Party, PartyKind, TransferMap } from '../domain/assessment';

/**
 * Lays out the transfer map as a left-to-right diagram: parties as boxes in columns by their distance from the
 * exporters along the transfers, transfers as arrows. Pure and renderer-free, so the app (SVG) and the report
 * (pdfkit) draw the same picture. All coordinates are abstract points with the origin at the top left and y growing
 * downwards; each renderer scales them to its own canvas.
 */

export const MAP_LAYOUT = {
  nodeWidth: 200,
  nodeHeight: 72,
  /** Horizontal space between columns; arrows and their labels live here. */
  columnGap: 170,
  rowGap: 36,
  margin: 24,
  /** Vertical distance between the lanes under the nodes that carry backward and long arrows. */
  laneGap: 20,
} as const;

export interface MapLayoutNode {
  partyId: string;
  x: number;
  y: number;
  w: number;
  h: number;
  column: number;
  /** Position within the column, from the top. */
  row: number;
}

export interface MapLayoutPoint {
  x: number;
  y: number;
}

export interface MapLayoutEdge {
  transferId: string;
  fromPartyId: string;
  toPartyId: string;
  /** The polyline from the sender's box to the recipient's box; the arrowhead belongs at the last point. */
  points: MapLayoutPoint[];
  labelX: number;
  labelY: number;
  /** 'direct' joins neighbouring columns; 'lane' runs under the nodes (backward, same-column or long transfers). */
  route: 'direct' | 'lane';
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: MapLayoutNode[];
  edges: MapLayoutEdge[];
}

/** Where a party that no exporter reaches starts, so an unconnected importer still sits right of the exporters. */
const FALLBACK_COLUMN: Record<PartyKind, number> = { exporter: 0, importer: 1, 'sub-processor': 2, recipient: 2 };

function assignColumns(map: TransferMap): Map<string, number> {
  const column = new Map<string, number>();
  const partyIds = new Set(map.parties.map((p) => p.id));
  const next = new Map<string, string[]>();
  for (const transfer of map.transfers) {
    if (!partyIds.has(transfer.fromPartyId) || !partyIds.has(transfer.toPartyId)) continue;
    next.set(transfer.fromPartyId, [...(next.get(transfer.fromPartyId) ?? []), transfer.toPartyId]);
  }
  // Breadth-first from the given roots: a party's column is its shortest distance along transfers.
  const spread = (roots: Party[], start: (party: Party) => number) => {
    const queue: string[] = [];
    for (const root of roots) {
      if (column.has(root.id)) continue;
      column.set(root.id, start(root));
      queue.push(root.id);
    }
    while (queue.length > 0) {
      const current = queue.shift() as string;
      const depth = column.get(current) as number;
      for (const target of next.get(current) ?? []) {
        if (column.has(target)) continue;
        column.set(target, depth + 1);
        queue.push(target);
      }
    }
  };
  spread(
    map.parties.filter((p) => p.kind === 'exporter'),
    () => 0,
  );
  for (const party of map.parties) {
    if (!column.has(party.id)) spread([party], (p) => FALLBACK_COLUMN[p.kind]);
  }
  // Fallback columns can leave a column empty (a map without exporters); close such gaps.
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  const compact = new Map(used.map((c, i) => [c, i]));
  for (const [partyId, c] of column) column.set(partyId, compact.get(c) as number);
  return column;
}

/** Orders each column: first by the highest-placed sender in the column before (fewer crossings), then by map order. */
function orderColumns(map: TransferMap, column: Map<string, number>): string[][] {
  const count = Math.max(-1, ...column.values()) + 1;
  const columns: string[][] = Array.from({ length: count }, () => []);
  const partyIndex = new Map(map.parties.map((p, i) => [p.id, i]));
  const row = new Map<string, number>();
  for (let c = 0; c < count; c++) {
    const members = map.parties.filter((p) => column.get(p.id) === c).map((p) => p.id);
    const key = (partyId: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (const transfer of map.transfers) {
        if (transfer.toPartyId !== partyId || column.get(transfer.fromPartyId) !== c - 1) continue;
        best = Math.min(best, row.get(transfer.fromPartyId) ?? Number.POSITIVE_INFINITY);
      }
      return best;
    };
    const keys = new Map(members.map((id) => [id, key(id)]));
    members.sort((a, b) => {
      const byKey = (keys.get(a) as number) - (keys.get(b) as number);
      if (byKey !== 0 && Number.isFinite(byKey)) return byKey;
      const aFinite = Number.isFinite(keys.get(a));
      const bFinite = Number.isFinite(keys.get(b));
      if (aFinite !== bFinite) return aFinite ? -1 : 1;
      return (partyIndex.get(a) as number) - (partyIndex.get(b) as number);
    });
    members.forEach((id, i) => row.set(id, i));
    columns[c] = members;
  }
  return columns;
}

/** Spreads n attachment points evenly along a side of length `length`, away from the corners. */
const spreadAlong = (start: number, length: number, index: number, n: number): number =>
  start + (length * (index + 1)) / (n + 1);

export function layoutTransferMap(map: TransferMap): MapLayout {
  const { nodeWidth: w, nodeHeight: h, columnGap, rowGap, margin, laneGap } = MAP_LAYOUT;
  const column = assignColumns(map);
  const columns = orderColumns(map, column);
  const tallest = Math.max(0, ...columns.map((c) => c.length));
  const contentHeight = tallest === 0 ? 0 : tallest * h + (tallest - 1) * rowGap;

  const drawable = map.transfers.filter((t) => column.has(t.fromPartyId) && column.has(t.toPartyId));
  const isDirect = (t: (typeof drawable)[number]) =>
    (column.get(t.toPartyId) as number) === (column.get(t.fromPartyId) as number) + 1;
  const laneTransfers = drawable.filter((t) => !isDirect(t));
  // Lane arrows turn beside their end nodes; an outer column they touch needs that room outside it too.
  const lastColumn = columns.length - 1;
  const leftPad = laneTransfers.some((t) => column.get(t.toPartyId) === 0) ? columnGap / 2 : 0;
  const rightPad = laneTransfers.some((t) => column.get(t.fromPartyId) === lastColumn) ? columnGap / 2 : 0;

  const nodes: MapLayoutNode[] = [];
  const nodeById = new Map<string, MapLayoutNode>();
  columns.forEach((members, c) => {
    const columnHeight = members.length * h + (members.length - 1) * rowGap;
    const top = margin + (contentHeight - columnHeight) / 2;
    members.forEach((partyId, row) => {
      const x = margin + leftPad + c * (w + columnGap);
      const node = { partyId, x, y: top + row * (h + rowGap), w, h, column: c, row };
      nodes.push(node);
      nodeById.set(partyId, node);
    });
  });
  const laneIndex = new Map(laneTransfers.map((t, i) => [t.id, i]));
  const contentBottom = margin + contentHeight;
  const laneY = (i: number) => contentBottom + laneGap * (i + 1);

  // Attachment points: outgoing arrows leave the right side, incoming ones enter the left side, each side sorted by
  // where the other end sits so that arrows of one node do not cross each other; lane arrows attach lowest.
  const sortKey = (t: (typeof drawable)[number], otherEnd: MapLayoutNode) =>
    isDirect(t) ? otherEnd.y : Number.MAX_SAFE_INTEGER / 2 + (laneIndex.get(t.id) as number);
  const attach = new Map<string, { out: number; in: number }>();
  for (const node of nodes) {
    const outgoing = drawable
      .filter((t) => t.fromPartyId === node.partyId)
      .map((t, i) => ({ t, i, key: sortKey(t, nodeById.get(t.toPartyId) as MapLayoutNode) }))
      .sort((a, b) => a.key - b.key || a.i - b.i);
    outgoing.forEach(({ t }, i) => {
      attach.set(t.id, { out: spreadAlong(node.y, h, i, outgoing.length), in: attach.get(t.id)?.in ?? 0 });
    });
  }
  for (const node of nodes) {
    const incoming = drawable
      .filter((t) => t.toPartyId === node.partyId)
      .map((t, i) => ({ t, i, key: sortKey(t, nodeById.get(t.fromPartyId) as MapLayoutNode) }))
      .sort((a, b) => a.key - b.key || a.i - b.i);
    incoming.forEach(({ t }, i) => {
      attach.set(t.id, { out: attach.get(t.id)?.out ?? 0, in: spreadAlong(node.y, h, i, incoming.length) });
    });
  }

  // Lane arrows turn in the gaps between columns, each at its own offset so that parallel ones stay apart.
  const gutterOffset = (i: number) => 12 + ((i * 10) % (columnGap / 2 - 24));
  const edges: MapLayoutEdge[] = drawable.map((t) => {
    const from = nodeById.get(t.fromPartyId) as MapLayoutNode;
    const to = nodeById.get(t.toPartyId) as MapLayoutNode;
    const { out, in: inY } = attach.get(t.id) as { out: number; in: number };
    const start = { x: from.x + from.w, y: out };
    const end = { x: to.x, y: inY };
    if (isDirect(t)) {
      return {
        transferId: t.id,
        fromPartyId: t.fromPartyId,
        toPartyId: t.toPartyId,
        points: [start, end],
        labelX: (start.x + end.x) / 2,
        labelY: (start.y + end.y) / 2,
        route: 'direct',
      };
    }
    const lane = laneIndex.get(t.id) as number;
    const y = laneY(lane);
    const exitX = start.x + gutterOffset(lane);
    const entryX = end.x - gutterOffset(lane);
    return {
      transferId: t.id,
      fromPartyId: t.fromPartyId,
      toPartyId: t.toPartyId,
      points: [start, { x: exitX, y: start.y }, { x: exitX, y }, { x: entryX, y }, { x: entryX, y: end.y }, end],
      labelX: (exitX + entryX) / 2,
      labelY: y,
      route: 'lane',
    };
  });

  const columnCount = columns.length;
  const width =
    columnCount === 0 ? 2 * margin : 2 * margin + leftPad + rightPad + columnCount * w + (columnCount - 1) * columnGap;
  const height = contentBottom + (laneTransfers.length > 0 ? laneGap * (laneTransfers.length + 1) : 0) + margin;
  return { width, height, nodes, edges };
}
