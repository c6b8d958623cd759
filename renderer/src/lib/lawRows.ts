import type { LawAssessment } from '../../../shared/domain/assessment';
import { lawsForCountry, type LawEntry, type LawLibrary } from '../../../shared/domain/law-library';
import { newRowId } from './ids';

/** For the US the wizard starts from the three laws the EDPB analysis turns on; elsewhere from every access law. */
export const US_CORE_LAW_IDS: readonly string[] = ['us-fisa-702', 'us-eo-12333', 'us-cloud-act'];

export function libraryLawsFor(library: LawLibrary, countryCode: string): LawEntry[] {
  const accessLaws = lawsForCountry(library, countryCode).filter((law) => law.kind === 'access-law');
  return countryCode === 'US' ? accessLaws.filter((law) => US_CORE_LAW_IDS.includes(law.id)) : accessLaws;
}

export function lawsNotYetAssessed(rows: readonly LawAssessment[], laws: readonly LawEntry[]): LawEntry[] {
  return laws.filter((law) => !rows.some((row) => row.lawId === law.id));
}

export function rowForLibraryLaw(law: LawEntry): LawAssessment {
  return { id: newRowId(), lawId: law.id, name: law.name, applies: '', reasoning: '', sources: '' };
}

export function freeLawRow(): LawAssessment {
  return { id: newRowId(), lawId: null, name: '', applies: '', reasoning: '', sources: '' };
}

/** True when the importer is in the US and none of the core US laws has a row yet. */
export function needsUsCoreLaws(countryCode: string, rows: readonly LawAssessment[]): boolean {
  return countryCode === 'US' && !rows.some((row) => row.lawId !== null && US_CORE_LAW_IDS.includes(row.lawId));
}
