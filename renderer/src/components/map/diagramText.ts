import type { TFunction } from 'i18next';
import type { Party, Transfer } from '../../../../shared/domain/assessment';
import type { Language } from '../../../../shared/i18n';
import { countryName } from '../../lib/countries';

/** SVG text does not wrap or clip; long names are shortened to what fits a box of the layout's width. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function partyName(party: Party, t: TFunction): string {
  return party.name.trim() || t('map.party.unnamed', { kind: t(`options.partyKind.${party.kind}`) });
}

export function partyRoleLine(party: Party, t: TFunction): string {
  const kind = t(`options.partyKind.${party.kind}`);
  return party.role === '' ? kind : `${kind} · ${t(`options.role.${party.role}`)}`;
}

export function partyCountryLine(party: Party, t: TFunction, language: Language): string {
  return party.country === '' ? t('map.diagram.noCountry') : `${party.country} · ${countryName(party.country, language)}`;
}

/** A transfer's short label: its data categories, else its access type, else its number. */
export function transferLabel(transfer: Transfer, index: number, t: TFunction): string {
  if (transfer.dataCategories.length > 0) return transfer.dataCategories.join(', ');
  if (transfer.accessType !== '') return t(`options.accessType.${transfer.accessType}`);
  return t('map.transfer.numbered', { number: index + 1 });
}
