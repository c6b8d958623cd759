import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Transfer, type TransferMap } from '../../../../shared/domain/assessment';
import type { Reason } from '../../../../shared/engine/types';
import { addTransfer, removeTransfer, updateTransfer } from '../../../../shared/map/edit';
import { useMapEdit } from '../../hooks/useMapEdit';
import { ConfirmDialog } from './ConfirmDialog';
import { partyName, transferLabel } from './diagramText';
import { ReasonList } from '../common/ReasonList';
import { TransferDetails, transferFieldId } from './TransferDetails';

interface TransfersTableProps {
  map: TransferMap;
  /** Minimisation prompts of each transfer, from the evaluation. */
  prompts: ReadonlyMap<string, readonly Reason[]>;
}

/** What step 1 still needs of a transfer (the same fields completeness checks). */
function missingDetails(transfer: Transfer): string[] {
  const missing: string[] = [];
  if (transfer.dataCategories.length === 0) missing.push('dataCategories');
  if (transfer.dataSubjects.length === 0) missing.push('dataSubjects');
  if (transfer.purpose.trim() === '') missing.push('purpose');
  if (transfer.format === '') missing.push('format');
  if (transfer.accessType === '') missing.push('accessType');
  return missing;
}

/**
 * The transfers of the map: sender and recipient chosen in the row, every other detail in an editor the user
 * expands. This table, not the diagram, is the way to edit the map from the keyboard.
 */
export function TransfersTable({ map, prompts }: TransfersTableProps) {
  const { t } = useTranslation();
  const edit = useMapEdit();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<{ transfer: Transfer; label: string } | null>(null);
  const partyById = new Map(map.parties.map((p) => [p.id, p]));
  const nameOf = (partyId: string) => {
    const party = partyById.get(partyId);
    return party ? partyName(party, t) : t('map.transfer.missingParty');
  };

  const setOpenState = (transferId: string, expanded: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (expanded) next.add(transferId);
      else next.delete(transferId);
      return next;
    });

  const add = () => {
    let added = '';
    edit((current) => {
      const result = addTransfer(current);
      added = result.transferId;
      return result.map;
    });
    if (added) {
      setOpenState(added, true);
      requestAnimationFrame(() => document.getElementById(transferFieldId(added, 'from'))?.focus());
    }
  };

  const remove = (transferId: string) => {
    edit((current) => removeTransfer(current, transferId));
    setConfirming(null);
    requestAnimationFrame(() => document.getElementById('transfers-add')?.focus());
  };

  const set = (transferId: string, patch: Partial<Omit<Transfer, 'id' | 'tool'>>) =>
    edit((current) => updateTransfer(current, transferId, patch));

  const partyOptions = map.parties.map((p) => (
    <option key={p.id} value={p.id}>
      {partyName(p, t)}
    </option>
  ));

  return (
    <div className="map-table-block">
      <h4 className="map-subtitle" id="transfers-title">
        {t('map.transfers.title')}
      </h4>
      <div className="table-scroll">
        <table className="data-table compact-table map-table" aria-labelledby="transfers-title">
          <thead>
            <tr>
              <th scope="col">{t('map.transfers.number')}</th>
              <th scope="col">{t('map.transfers.from')}</th>
              <th scope="col">{t('map.transfers.to')}</th>
              <th scope="col">{t('map.transfers.summary')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('map.actions')}</span>
              </th>
            </tr>
          </thead>
          {map.transfers.map((transfer, index) => {
            const label = t('map.transfers.rowLabel', { number: index + 1, from: nameOf(transfer.fromPartyId), to: nameOf(transfer.toPartyId) });
            const expanded = open.has(transfer.id);
            const detailsId = `transfer-${transfer.id}-details`;
            const missing = missingDetails(transfer);
            const rowPrompts = prompts.get(transfer.id) ?? [];
            const sameParty = transfer.fromPartyId === transfer.toPartyId;
            return (
              <tbody key={transfer.id} className="map-row-group">
                <tr>
                  <th scope="row">{index + 1}</th>
                  <td>
                    <select
                      id={transferFieldId(transfer.id, 'from')}
                      value={transfer.fromPartyId}
                      aria-label={t('map.transfers.fromOf', { number: index + 1 })}
                      aria-invalid={sameParty}
                      onChange={(event) => set(transfer.id, { fromPartyId: event.target.value })}
                    >
                      {!partyById.has(transfer.fromPartyId) && <option value={transfer.fromPartyId}>{t('map.transfer.missingParty')}</option>}
                      {partyOptions}
                    </select>
                  </td>
                  <td>
                    <select
                      id={transferFieldId(transfer.id, 'to')}
                      value={transfer.toPartyId}
                      aria-label={t('map.transfers.toOf', { number: index + 1 })}
                      aria-invalid={sameParty}
                      aria-describedby={sameParty ? `${detailsId}-same` : undefined}
                      onChange={(event) => set(transfer.id, { toPartyId: event.target.value })}
                    >
                      {!partyById.has(transfer.toPartyId) && <option value={transfer.toPartyId}>{t('map.transfer.missingParty')}</option>}
                      {partyOptions}
                    </select>
                    {sameParty && (
                      <p id={`${detailsId}-same`} className="field-error">
                        {t('map.transfers.sameParty')}
                      </p>
                    )}
                  </td>
                  <td>
                    <span className="transfer-summary">{transferLabel(transfer, index, t)}</span>
                    {missing.length > 0 && (
                      <span className="badge badge-warning badge-inline">{t('map.transfers.missing', { count: missing.length })}</span>
                    )}
                    {rowPrompts.length > 0 && (
                      <span className="badge badge-info badge-inline">{t('map.transfers.prompts', { count: rowPrompts.length })}</span>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => setOpenState(transfer.id, !expanded)}
                    >
                      {expanded ? t('map.hideDetails') : t('map.editDetails')}
                      <span className="visually-hidden"> {label}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => setConfirming({ transfer, label })}
                    >
                      {t('map.remove')}
                      <span className="visually-hidden"> {label}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailsId} hidden={!expanded} className="map-detail-row">
                  <td colSpan={5}>
                    {expanded && (
                      <section aria-label={label}>
                        {rowPrompts.length > 0 && (
                          <div className="notice notice-info minimisation-prompts">
                            <p className="notice-title">{t('map.transfers.promptsTitle')}</p>
                            <ReasonList reasons={rowPrompts} />
                          </div>
                        )}
                        {missing.length > 0 && (
                          <p className="muted">
                            {t('map.transfers.missingList', { fields: missing.map((field) => t(`map.transfer.${field}`)).join(', ') })}
                          </p>
                        )}
                        <TransferDetails transfer={transfer} onChange={(patch) => set(transfer.id, patch)} />
                      </section>
                    )}
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
      {map.transfers.length === 0 && <p className="muted">{t('map.transfers.empty')}</p>}
      <button
        id="transfers-add"
        type="button"
        className="button button-secondary"
        onClick={add}
        disabled={map.parties.length < 2 || map.transfers.length >= LIMITS.listItems}
        aria-describedby={map.parties.length < 2 ? 'transfers-add-help' : undefined}
      >
        <span aria-hidden="true">+ </span>
        {t('map.transfers.add')}
      </button>
      {map.parties.length < 2 && (
        <p id="transfers-add-help" className="field-help">
          {t('map.transfers.needTwoParties')}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('map.transfers.removeTitle', { label: confirming.label })}
          text={t('map.transfers.removeText')}
          confirmLabel={t('map.transfers.removeConfirm')}
          onConfirm={() => remove(confirming.transfer.id)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
