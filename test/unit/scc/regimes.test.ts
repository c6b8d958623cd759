import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { REGIME_FACT_KEYS, regimeForCountry, regimeRequirements, UK_INSTRUMENT_KEYS, UK_TRA_QUESTION_KEYS, UK_TRA_QUESTIONS } from '../../../shared/scc/regimes';
import { chainAssessment } from './fixtures';

const warningKeys = (a: ReturnType<typeof chainAssessment>) => regimeRequirements(a).warnings.map((w) => w.key.replace('scc.regimes.issue.', ''));

function ukAssessment() {
  const a = chainAssessment();
  a.map.parties[0]!.country = 'GB';
  return a;
}

describe('exporter regimes', () => {
  it.each([
    ['DE', 'eu'],
    ['NO', 'eu'],
    ['GB', 'uk'],
    ['CH', 'ch'],
    ['US', 'other'],
    ['', 'unknown'],
  ] as const)('%s → %s', (country, regime) => {
    expect(regimeForCountry(country)).toBe(regime);
  });

  it('asks nothing extra of an EU exporter and explains no UK or Swiss facts', () => {
    const result = regimeRequirements(chainAssessment());
    expect(result.exporters).toEqual([{ partyId: 'exporter', name: 'Beispiel GmbH', regime: 'eu' }]);
    expect(result.warnings).toEqual([]);
    expect(result.reasons).toEqual([]);
  });

  it('asks a UK exporter for its instrument and the six TRA answers, and states the UK facts', () => {
    const a = ukAssessment();
    expect(warningKeys(a)).toEqual(['ukInstrumentMissing', 'ukTraIncomplete']);
    expect(regimeRequirements(a).warnings[1]!.params).toMatchObject({ missing: 6, total: 6 });
    expect(regimeRequirements(a).reasons.map((r) => r.key)).toEqual([...REGIME_FACT_KEYS.uk]);

    a.step2.ukInstrument = 'addendum';
    a.step2.ukTra = UK_TRA_QUESTIONS.map((questionId) => ({ questionId, answer: 'no' as const, note: '' }));
    a.step2.ukTra.find((q) => q.questionId === 'safeguard-enforceable')!.answer = 'yes';
    expect(warningKeys(a)).toEqual([]);
  });

  it('says the EU SCCs need the UK Addendum, not the IDTA', () => {
    const a = ukAssessment();
    a.step2.ukInstrument = 'idta';
    expect(warningKeys(a)).toContain('sccWithIdta');
  });

  it('warns when the TRA finds a significant risk that neither the safeguard nor an exception covers', () => {
    const a = ukAssessment();
    a.step2.ukInstrument = 'addendum';
    a.step2.ukTra = UK_TRA_QUESTIONS.map((questionId) => ({ questionId, answer: 'yes' as const, note: '' }));
    expect(warningKeys(a)).toEqual([]);
    for (const q of a.step2.ukTra) if (q.questionId === 'safeguard-enforceable' || q.questionId === 'exceptions-cover-remaining') q.answer = 'no';
    expect(warningKeys(a)).toEqual(['ukTraRiskUncovered']);
  });

  it('asks a Swiss exporter using the SCCs for the Swiss amendments', () => {
    const a = chainAssessment();
    a.map.parties[0]!.country = 'CH';
    expect(warningKeys(a)).toEqual(['swissAmendmentsMissing']);
    expect(regimeRequirements(a).reasons.map((r) => r.key)).toEqual([...REGIME_FACT_KEYS.ch]);
    a.step2.swissAmendments = true;
    expect(warningKeys(a)).toEqual([]);
  });

  it('flags UK and Swiss inputs where no exporter is under those regimes, and the IDTA outside the UK', () => {
    const a = chainAssessment();
    a.step2.swissAmendments = true;
    a.step2.ukInstrument = 'idta';
    a.map.transfers[0]!.tool.tool = 'idta';
    expect(warningKeys(a)).toEqual(['idtaOutsideUk', 'ukInputsWithoutUkExporter', 'swissAmendmentsWithoutSwissExporter']);
  });

  it('asks for the exporter’s country, and says when it is outside the regimes the app covers', () => {
    const a = chainAssessment();
    a.map.parties[0]!.country = '';
    expect(warningKeys(a)).toEqual(['exporterCountryMissing']);
    a.map.parties[0]!.country = 'US';
    expect(warningKeys(a)).toEqual(['exporterOutsideKnownRegimes']);
  });

  it('has English texts for every question, instrument, fact and warning', () => {
    const i18n = createI18n('en');
    const all = [
      ...Object.values(UK_TRA_QUESTION_KEYS).flatMap((q) => [q.textKey, q.helpKey]),
      ...Object.values(UK_INSTRUMENT_KEYS).flatMap((i) => [i.labelKey, i.descriptionKey]),
      ...REGIME_FACT_KEYS.uk,
      ...REGIME_FACT_KEYS.ch,
    ];
    for (const key of all) expect(i18n.exists(key), key).toBe(true);
    const a = ukAssessment();
    a.step2.ukInstrument = 'idta';
    a.step2.swissAmendments = true;
    for (const w of regimeRequirements(a).warnings) expect(i18n.exists(w.key), w.key).toBe(true);
  });
});
