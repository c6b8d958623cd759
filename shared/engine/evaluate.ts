import type { Assessment } from '../domain/assessment';
import { libraryAgeInMonths, type LawLibrary } from '../domain/law-library';
import { evaluateChecklist } from './checklist';
import { evaluateLaw } from './law-verdict';
import { evaluateMeasures } from './measures';
import { proposeOutcome, transfersNeedingTia } from './outcome';
import { evaluatePrechecks } from './prechecks';
import { LIBRARY_MAX_AGE_MONTHS, proposeReview } from './review';
import { evaluateRisk } from './risk';
import { evaluateTransfers } from './transfers';
import type { AssessmentEvaluation, TransferEvaluation } from './types';

/** Countries whose every assessed transfer is stored encrypted under keys the exporter holds (EDPB use case 1). */
function countriesProtectedByExporterKeys(assessment: Assessment, transfers: readonly TransferEvaluation[]): Set<string> {
  const byCountry = new Map<string, boolean>();
  for (const t of transfersNeedingTia(transfers)) {
    const edge = assessment.map.transfers.find((x) => x.id === t.transferId);
    const protectedByMap = edge?.format === 'encrypted' && edge.keyHolder === 'exporter' && edge.needsClearText === false;
    byCountry.set(t.destinationCountry, (byCountry.get(t.destinationCountry) ?? true) && protectedByMap);
  }
  return new Set([...byCountry].filter(([, protectedByMap]) => protectedByMap).map(([country]) => country));
}

/**
 * The one entry point: everything the UI, the report and the `assess` command show about an assessment, derived
 * from the document and the law library. `today` (YYYY-MM-DD) is passed in so the evaluation stays pure.
 */
export function evaluateAssessment(assessment: Assessment, library: LawLibrary, today: string): AssessmentEvaluation {
  const ageInMonths = libraryAgeInMonths(library, today);
  const outdated = ageInMonths > LIBRARY_MAX_AGE_MONTHS;
  const transfers = evaluateTransfers(assessment, library, today);
  const prechecks = evaluatePrechecks(assessment, library, transfers);
  const measures = evaluateMeasures(assessment.step4.measures, transfers);
  const clearTextCountries = new Set(
    measures.clearTextUseCases.map((u) => transfers.find((t) => t.transferId === u.transferId)?.destinationCountry ?? ''),
  );
  const measureIds = assessment.step4.measures.map((m) => m.measureId);
  const exporterKeyCountries = countriesProtectedByExporterKeys(assessment, transfers);
  const laws = assessment.step3.laws.map((row) => evaluateLaw(row, library, { measureIds, clearTextCountries, exporterKeyCountries }));
  const risk = evaluateRisk(assessment.step3.risk, assessment.step4.measures, library, { clearTextCountries });
  return {
    prechecks,
    transfers,
    laws,
    risk,
    measures,
    checklist: evaluateChecklist(assessment, transfers),
    review: proposeReview({ risk, laws, library, libraryAgeInMonths: ageInMonths, today }),
    outcome: proposeOutcome({ assessment, prechecks, transfers, laws, risk, measures, libraryOutdated: outdated }),
    library: { asOf: library.asOf, ageInMonths, outdated },
  };
}
