import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferMap } from '../../../../shared/domain/assessment';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import { layoutTransferMap, type MapLayoutEdge } from '../../../../shared/map/layout';
import { countryName } from '../../lib/countries';
import { clip, partyCountryLine, partyName, partyRoleLine, transferLabel } from './diagramText';
import { useLanguage } from '../../i18n';

interface MapDiagramProps {
  map: TransferMap;
  library: LawLibrary | null;
}

type CountryStatus = 'eea' | 'adequate' | 'partial' | 'none' | 'unknown';

const LABEL_CHARS = 22;
const NAME_CHARS = 24;
/** Rough width of one character of the 12 px label text, in layout points, to size the label's backdrop. */
const CHAR_WIDTH = 6.4;

const pathOf = (edge: MapLayoutEdge) => edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');

/**
 * A picture of the map: parties as boxes (name, kind and role, country), transfers as arrows labelled with their
 * data. It is a view only; the tables below it are where the map is edited, also from the keyboard. Its text
 * alternative lists every party and transfer.
 */
export function MapDiagram({ map, library }: MapDiagramProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const descId = useId();
  const markerId = `${useId().replace(/:/g, '')}-arrow`;
  const layout = useMemo(() => layoutTransferMap(map), [map]);
  const partyById = new Map(map.parties.map((p) => [p.id, p]));
  const transferById = new Map(map.transfers.map((tr, i) => [tr.id, { transfer: tr, index: i }]));

  const statusOf = (code: string): CountryStatus =>
    (library?.countries.find((c) => c.code === code)?.adequacy as CountryStatus | undefined) ?? 'unknown';

  const description = [
    t('map.diagram.summary', { parties: map.parties.length, transfers: map.transfers.length, count: map.transfers.length }),
    ...map.parties.map((p) =>
      t('map.diagram.partySentence', {
        name: partyName(p, t),
        role: partyRoleLine(p, t),
        country: p.country === '' ? t('map.diagram.noCountry') : countryName(p.country, language),
        status: t(`map.status.${statusOf(p.country)}`),
      }),
    ),
    ...map.transfers.map((tr, i) => {
      const from = partyById.get(tr.fromPartyId);
      const to = partyById.get(tr.toPartyId);
      return t('map.diagram.transferSentence', {
        from: from ? partyName(from, t) : tr.fromPartyId,
        to: to ? partyName(to, t) : tr.toPartyId,
        label: transferLabel(tr, i, t),
      });
    }),
  ].join(' ');

  if (map.parties.length === 0) return <p className="muted">{t('map.diagram.empty')}</p>;

  return (
    <figure className="map-diagram">
      <div className="map-diagram-scroll">
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          style={{ maxWidth: '100%', height: 'auto' }}
          className="map-svg"
        >
          <title id={titleId}>{t('map.diagram.title')}</title>
          <desc id={descId}>{description}</desc>
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="map-arrowhead" />
            </marker>
          </defs>
          {layout.edges.map((edge) => {
            const entry = transferById.get(edge.transferId);
            const accessType = entry?.transfer.accessType ?? '';
            return (
              <path
                key={`edge-${edge.transferId}`}
                d={pathOf(edge)}
                className={`map-edge map-edge-${accessType || 'unset'}`}
                markerEnd={`url(#${markerId})`}
              />
            );
          })}
          {layout.nodes.map((node) => {
            const party = partyById.get(node.partyId);
            if (!party) return null;
            return (
              <g key={`node-${node.partyId}`} className={`map-node map-node-${party.kind} map-status-${statusOf(party.country)}`}>
                <rect x={node.x} y={node.y} width={node.w} height={node.h} rx={6} />
                <text x={node.x + 12} y={node.y + 22} className="map-node-name">
                  {clip(partyName(party, t), NAME_CHARS)}
                </text>
                <text x={node.x + 12} y={node.y + 42} className="map-node-role">
                  {clip(partyRoleLine(party, t), 30)}
                </text>
                <text x={node.x + 12} y={node.y + 60} className="map-node-country">
                  {clip(partyCountryLine(party, t, language), 30)}
                </text>
              </g>
            );
          })}
          {layout.edges.map((edge) => {
            const entry = transferById.get(edge.transferId);
            if (!entry) return null;
            const label = clip(transferLabel(entry.transfer, entry.index, t), LABEL_CHARS);
            const width = label.length * CHAR_WIDTH + 10;
            return (
              <g key={`label-${edge.transferId}`} className="map-edge-label">
                <rect x={edge.labelX - width / 2} y={edge.labelY - 10} width={width} height={18} rx={3} />
                <text x={edge.labelX} y={edge.labelY + 3} textAnchor="middle">
                  {label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="map-legend">
        <span className="map-legend-item">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" className="map-edge map-edge-storage" />
          </svg>
          {t('options.accessType.storage')}
        </span>
        <span className="map-legend-item">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" className="map-edge map-edge-remote-access" />
          </svg>
          {t('options.accessType.remote-access')}
        </span>
        <span className="map-legend-item">
          <svg width="34" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="34" y2="5" className="map-edge map-edge-transit" />
          </svg>
          {t('options.accessType.transit')}
        </span>
        {(['eea', 'adequate', 'partial', 'none', 'unknown'] as const).map((status) => (
          <span key={status} className="map-legend-item">
            <span className={`map-legend-swatch map-status-${status}`} aria-hidden="true" />
            {t(`map.status.${status}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
