/** The SCC tool: module per transfer, clause choices, annexes, and the UK and Swiss regimes. */
export { evaluateSccModule, isOnwardTransfer, proposeSccModule, SCC_MODULE_TABLE } from './module';
export { SCC_CLAUSE_CHOICES, sccClauseIssues, sccModulesInUse, type SccClauseId } from './clauses';
export { buildSccAnnexes, type AnnexField, type AnnexMeasure, type AnnexParty, type AnnexTransfer, type AnnexValue, type SccAnnexes } from './annexes';
export {
  exporterRegimes,
  regimeForCountry,
  regimeRequirements,
  REGIME_FACT_KEYS,
  UK_INSTRUMENT_KEYS,
  UK_TRA_QUESTION_KEYS,
  UK_TRA_QUESTIONS,
  type ExporterRegime,
  type ExporterRegimeInfo,
  type RegimeRequirements,
  type UkTraQuestionId,
} from './regimes';
