import type { Party, TransferMap, Transfer } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { LawLibrary } from '../domain/law-library';
import type { DestinationStatus, Reason } from './types';

/**
 * The transfer regime a transfer falls under (EU GDPR, UK GDPR, Swiss FADP) and what that regime says about the
 * destination. The shipped law library holds the EU adequacy list; the UK list below is the one recorded in the
 * project's law-library notes (LAW-LIBRARY.md §1.2, as of June 2026), and the Swiss list (Annex 1 of the Data
 * Protection Ordinance) was not retrieved, so Swiss exporters are told to check it.
 */
export type Regime = 'eu' | 'uk' | 'ch';

export function regimeOfCountry(countryCode: string): Regime | null {
  if (isEea(countryCode)) return 'eu';
  if (countryCode === 'GB') return 'uk';
  if (countryCode === 'CH') return 'ch';
  return null;
}

/** The regime of the exporter whose data this transfer carries, found by following the chain back to an exporter. */
export function regimeOfTransfer(map: TransferMap, transfer: Transfer): Regime {
  const seen = new Set<string>();
  let current: Transfer | undefined = transfer;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const sender: Party | undefined = map.parties.find((p) => p.id === current?.fromPartyId);
    if (!sender) break;
    if (sender.kind === 'exporter') return regimeOfCountry(sender.country) ?? 'eu';
    const senderId = sender.id;
    current = map.transfers.find((t) => t.toPartyId === senderId);
  }
  const firstExporter = map.parties.find((p) => p.kind === 'exporter');
  return (firstExporter && regimeOfCountry(firstExporter.country)) || 'eu';
}

export function isHome(regime: Regime, countryCode: string): boolean {
  if (regime === 'eu') return isEea(countryCode);
  if (regime === 'uk') return countryCode === 'GB';
  return countryCode === 'CH';
}

/** UK adequacy regulations ("data bridges") as recorded in LAW-LIBRARY.md §1.2; the US only for the UK Extension. */
const UK_DATA_BRIDGES: ReadonlyMap<string, { reference: string; date: string } | null> = new Map([
  ...['GI', 'CH', 'CA', 'AR', 'GG', 'IM', 'JE', 'AD', 'IL', 'UY', 'NZ', 'JP'].map((code) => [code, null] as const),
  ['KR', { reference: 'SI 2022/1213', date: 'in force 19 Dec 2022' }],
]);
const UK_US_EXTENSION = { reference: 'SI 2023/1028 (UK Extension to the EU-US DPF)', date: 'in force 12 Oct 2023' };

export interface DestinationUnderRegime {
  code: string;
  status: DestinationStatus;
  countryName: string;
  /** The library's note on the scope of adequacy, in English as the library holds it; '' where none applies. */
  note: string;
  /** Adequacy decision (or UK regulation) by reference and date, where known. */
  decision: { reference: string; date: string } | null;
  reasons: Reason[];
}

function libraryCountry(library: LawLibrary, code: string) {
  return library.countries.find((c) => c.code === code);
}

function euView(library: LawLibrary, code: string): DestinationUnderRegime {
  const entry = libraryCountry(library, code);
  const base = { code, note: '', decision: null, reasons: [] };
  if (isEea(code)) return { ...base, status: 'eea', countryName: entry?.name ?? code };
  if (!entry) return { ...base, status: 'unknown', countryName: code, reasons: [{ key: 'engine.regime.notInLibrary', params: { country: code } }] };
  return { ...base, status: entry.adequacy, countryName: entry.name, note: entry.adequacyNote, decision: entry.adequacyDecision ?? null };
}

export function destinationUnderRegime(regime: Regime, code: string, library: LawLibrary): DestinationUnderRegime {
  if (code === '') return { code, status: 'unknown', countryName: '', note: '', decision: null, reasons: [{ key: 'engine.regime.countryMissing' }] };
  const eu = euView(library, code);
  if (regime === 'eu') return eu;

  if (regime === 'uk') {
    const country = eu.countryName;
    const uk = { code, countryName: country, note: '' };
    if (isEea(code)) return { ...uk, status: 'adequate', decision: null, reasons: [{ key: 'engine.regime.ukBridgeEea', params: { country } }] };
    if (code === 'US') return { ...uk, status: 'partial', decision: UK_US_EXTENSION, reasons: [{ key: 'engine.regime.ukBridgeUs' }] };
    if (UK_DATA_BRIDGES.has(code)) {
      return { ...uk, status: 'adequate', decision: UK_DATA_BRIDGES.get(code) ?? null, reasons: [{ key: 'engine.regime.ukBridge', params: { country } }] };
    }
    const differs = eu.status === 'adequate' || eu.status === 'partial' ? [{ key: 'engine.regime.ukListDiffers', params: { country } }] : [];
    return { ...uk, status: eu.status === 'unknown' ? 'unknown' : 'none', decision: null, reasons: [{ key: 'engine.regime.ukNoBridge', params: { country } }, ...differs] };
  }

  // Swiss exporters: only the Swiss-US DPF listing is recorded; everything else follows the EU list, with a warning.
  if (code === 'US') return { ...eu, status: 'partial', decision: null, reasons: [{ key: 'engine.regime.swissUs' }] };
  return { ...eu, decision: null, reasons: [...eu.reasons, { key: 'engine.regime.swissListUnverified', params: { country: eu.countryName } }] };
}
