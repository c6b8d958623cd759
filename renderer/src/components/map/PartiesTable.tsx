import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENTITY_TYPES,
  LIMITS,
  PARTY_KINDS,
  PARTY_ROLES,
  type Party,
  type TransferMap,
} from '../../../../shared/domain/assessment';
import { addParty, removeParty, transfersOfParty, updateParty } from '../../../../shared/map/edit';
import { useMapEdit } from '../../hooks/useMapEdit';
import { CountrySelect } from '../fields/CountrySelect';
import { TextField } from '../fields/TextField';
import { SelectField } from '../fields/SelectField';
import { ConfirmDialog } from './ConfirmDialog';
import { partyName } from './diagramText';

const options = (prefix: string, values: readonly string[]) => values.map((value) => ({ value, labelKey: `${prefix}.${value}` }));

export const partyFieldId = (partyId: string, field: string) => `party-${partyId}-${field}`;

/**
 * The parties of the map as an editable table: name, kind, role and country in the row, entity type, address and
 * contact in a detail row the user opens. Removing a party that transfers use asks first, because those transfers
 * go with it.
 */
export function PartiesTable({ map }: { map: TransferMap }) {
  const { t } = useTranslation();
  const edit = useMapEdit();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<Party | null>(null);

  const toggle = (partyId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(partyId)) next.delete(partyId);
      else next.add(partyId);
      return next;
    });

  const add = () => {
    let added = '';
    edit((current) => {
      const result = addParty(current);
      added = result.partyId;
      return result.map;
    });
    if (added) requestAnimationFrame(() => document.getElementById(partyFieldId(added, 'name'))?.focus());
  };

  const remove = (party: Party) => {
    edit((current) => removeParty(current, party.id));
    setConfirming(null);
    requestAnimationFrame(() => document.getElementById('parties-add')?.focus());
  };

  const askRemove = (party: Party) => {
    if (transfersOfParty(map, party.id).length > 0) setConfirming(party);
    else remove(party);
  };

  const set = (partyId: string, patch: Partial<Omit<Party, 'id'>>) => edit((current) => updateParty(current, partyId, patch));

  return (
    <div className="map-table-block">
      <h4 className="map-subtitle" id="parties-title">
        {t('map.parties.title')}
      </h4>
      <div className="table-scroll">
        <table className="data-table compact-table map-table" aria-labelledby="parties-title">
          <thead>
            <tr>
              <th scope="col">{t('map.parties.name')}</th>
              <th scope="col">{t('map.parties.kind')}</th>
              <th scope="col">{t('map.parties.role')}</th>
              <th scope="col">{t('map.parties.country')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('map.actions')}</span>
              </th>
            </tr>
          </thead>
          {map.parties.map((party) => {
            const name = partyName(party, t);
            const expanded = open.has(party.id);
            const detailsId = `party-${party.id}-details`;
            return (
              <tbody key={party.id} className="map-row-group">
                <tr>
                  <td>
                    <input
                      id={partyFieldId(party.id, 'name')}
                      type="text"
                      value={party.name}
                      maxLength={LIMITS.shortText}
                      aria-label={t('map.parties.nameOf', { name })}
                      aria-required
                      onChange={(event) => set(party.id, { name: event.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      value={party.kind}
                      aria-label={t('map.parties.kindOf', { name })}
                      onChange={(event) => set(party.id, { kind: event.target.value as Party['kind'] })}
                    >
                      {PARTY_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`options.partyKind.${kind}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      value={party.role}
                      aria-label={t('map.parties.roleOf', { name })}
                      aria-required
                      onChange={(event) => set(party.id, { role: event.target.value as Party['role'] })}
                    >
                      <option value="">{t('options.unset')}</option>
                      {PARTY_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`options.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <CountrySelectLabelled
                      id={partyFieldId(party.id, 'country')}
                      label={t('map.parties.countryOf', { name })}
                      value={party.country}
                      onChange={(country) => set(party.id, { country })}
                    />
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => toggle(party.id)}
                    >
                      {expanded ? t('map.hideDetails') : t('map.showDetails')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => askRemove(party)}>
                      {t('map.remove')}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailsId} hidden={!expanded} className="map-detail-row">
                  <td colSpan={5}>
                    {expanded && (
                      <div className="row-grid">
                        <SelectField
                          id={partyFieldId(party.id, 'entity-type')}
                          label={t('map.parties.entityType')}
                          required={false}
                          value={party.entityType}
                          options={options('options.entityType', ENTITY_TYPES)}
                          onChange={(value) => set(party.id, { entityType: value as Party['entityType'] })}
                        />
                        <TextField
                          id={partyFieldId(party.id, 'address')}
                          label={t('map.parties.address')}
                          help={t('map.parties.addressHelp')}
                          required={false}
                          value={party.address}
                          onChange={(address) => set(party.id, { address })}
                        />
                        <TextField
                          id={partyFieldId(party.id, 'contact')}
                          label={t('map.parties.contact')}
                          help={t('map.parties.contactHelp')}
                          required={false}
                          value={party.contact}
                          onChange={(contact) => set(party.id, { contact })}
                        />
                      </div>
                    )}
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
      {map.parties.length === 0 && <p className="muted">{t('map.parties.empty')}</p>}
      <button id="parties-add" type="button" className="button button-secondary" onClick={add} disabled={map.parties.length >= LIMITS.listItems}>
        <span aria-hidden="true">+ </span>
        {t('map.parties.add')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('map.parties.removeTitle', { name: partyName(confirming, t) })}
          text={t('map.parties.removeText', { name: partyName(confirming, t), count: transfersOfParty(map, confirming.id).length })}
          confirmLabel={t('map.parties.removeConfirm')}
          onConfirm={() => remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}

function CountrySelectLabelled({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (code: string) => void }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <CountrySelect id={id} value={value} onChange={onChange} required />
    </>
  );
}
