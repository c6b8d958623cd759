import type { Assessment } from '../domain/assessment';
import type { FactType } from '../extraction/types';
import { applyImporterContact, applyImporterCountry, applySubprocessor, resolveImporter, vendorCountry } from './apply-parties';
import { ApplyState } from './apply-state';
import { applyDataCategory, applyMechanism, applyRetention, preferredMechanism, preferredRetention, transfersToImporter } from './apply-transfers';
import type { ProfileFact, VendorProfile } from './profile';

/** One change the profile made to the assessment, for the user to see before and after applying. */
export interface AppliedChange {
  factId: string;
  factType: FactType;
  /** i18n key under `vendorFacts.applied.*` describing the change, e.g. 'importerNamed', 'subprocessorAdded'. */
  kind: string;
  /** Values for the key's variables (names, countries…). */
  values: Record<string, string>;
  /** Where it went: a party id, a transfer id or a field path ("map.parties"); also the EvidenceLink's usedFor. */
  usedFor: string;
}

/**
 * The kinds of change, with the variables of each (tool values are TRANSFER_TOOLS ids, countries ISO codes):
 * importerAdded, importerNamed {name}; importerNameDiffers {current, stated}; transferAdded {from, to};
 * importerCountrySet {country}; importerCountryDiffers {current, stated}; importerContactSet {contact};
 * dataCategoryAdded {category, from, to}; toolSet {tool, from, to}; toolDiffers {current, stated, from, to};
 * dpfConfirmed {checkedOn, from, to}; retentionSet {retention, from, to}; subprocessorAdded {name, country};
 * subprocessorCountrySet {name, country}; onwardTransferAdded {from, to}; evidenceLinked {value, step}.
 * The `…Differs` kinds change nothing: the user's value stays and the difference is shown.
 */
export const APPLIED_CHANGE_KINDS = [
  'importerAdded',
  'importerNamed',
  'importerNameDiffers',
  'transferAdded',
  'importerCountrySet',
  'importerCountryDiffers',
  'importerContactSet',
  'dataCategoryAdded',
  'toolSet',
  'toolDiffers',
  'dpfConfirmed',
  'retentionSet',
  'subprocessorAdded',
  'subprocessorCountrySet',
  'onwardTransferAdded',
  'evidenceLinked',
] as const;

export interface ApplyOptions {
  /** The accepted facts to apply; all of the profile's accepted facts when absent. */
  factIds?: readonly string[];
}

/**
 * Fills the transfer map from a vendor profile's accepted facts and records each one used as an EvidenceLink in
 * `assessment.evidence`. Applying twice changes nothing the second time. Pure: returns a new assessment.
 */
export type ApplyProfileToAssessment = (
  assessment: Assessment,
  profile: VendorProfile,
  options?: ApplyOptions,
) => { assessment: Assessment; changes: AppliedChange[] };

/** Where a fact that changes nothing on the map informs the assessment: the importer, or the step that weighs it. */
const CITED_IN_STEP: Partial<Record<FactType, 'step2' | 'step3' | 'step4'>> = {
  mechanism: 'step2',
  government_access: 'step3',
  requests_reported: 'step3',
  security: 'step4',
};

/** The first fact of each kind of statement: a document that says the same thing five times is cited once. */
function firstOfEach(facts: readonly ProfileFact[], type: FactType): ProfileFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    if (fact.type !== type) return false;
    const key = `${fact.normalized}\u0000${fact.qualifier ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const applyProfileToAssessment: ApplyProfileToAssessment = (assessment, profile, options = {}) => {
  const wanted = options.factIds ? new Set(options.factIds) : null;
  const facts = profile.facts.filter((fact) => fact.decision === 'accepted' && (wanted === null || wanted.has(fact.id)));
  if (facts.length === 0) return { assessment, changes: [] };

  const state = new ApplyState(structuredClone(assessment), profile);
  const of = (type: FactType) => firstOfEach(facts, type);
  const roles = of('role');
  const importer = resolveImporter(state, roles[0] ?? facts[0]!);
  if (!importer) return { assessment: state.assessment, changes: state.changes };

  const countries = of('country');
  // Every country fact, repeats included: the one sentence that names the head office may repeat a country.
  applyImporterCountry(state, importer, vendorCountry(facts.filter((fact) => fact.type === 'country')));
  applyImporterContact(state, importer, of('contact'));

  const toImporter = transfersToImporter(state, importer);
  for (const fact of of('data_category')) applyDataCategory(state, fact, toImporter);
  const mechanisms = of('mechanism');
  const mechanism = preferredMechanism(mechanisms);
  if (mechanism) applyMechanism(state, mechanism, toImporter);
  const retention = preferredRetention(of('retention'));
  if (retention) applyRetention(state, retention, toImporter);
  // After the categories: an onward transfer carries what the importer receives, as the profile has just filled it.
  for (const fact of of('subprocessor')) applySubprocessor(state, importer, fact, toImporter);

  const cited: ProfileFact[] = [
    ...roles,
    ...countries,
    ...of('contact'),
    ...mechanisms.filter((fact) => fact !== mechanism),
    ...of('government_access'),
    ...of('requests_reported'),
    ...of('security'),
  ];
  for (const fact of cited) {
    const step = CITED_IN_STEP[fact.type];
    state.citeOnly(fact, step ?? importer.id, { value: fact.value, step: step ?? 'step1' });
  }
  return { assessment: state.assessment, changes: state.changes };
};
