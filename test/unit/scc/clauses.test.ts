import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { SCC_CLAUSE_CHOICES, sccClauseIssues, sccModulesInUse } from '../../../shared/scc/clauses';
import { chainAssessment, party, transfer } from './fixtures';

const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key.replace('scc.clauses.issue.', ''));

describe('SCC clause choices (step2.scc)', () => {
  it('finds modules 2 and 3 in the controller → processor → sub-processor chain, and nothing to fix', () => {
    const a = chainAssessment();
    expect([...sccModulesInUse(a)].sort()).toEqual([2, 3]);
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('asks nothing while no transfer uses the SCCs', () => {
    const a = chainAssessment();
    for (const t of a.map.transfers) t.tool.tool = 'dpf';
    a.step2.scc.clause13Authority = '';
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('asks for the roles when SCCs are used but no module follows from them', () => {
    const a = chainAssessment();
    for (const p of a.map.parties) p.role = '';
    expect(keys(sccClauseIssues(a))).toEqual(['moduleUndetermined']);
  });

  it('needs a Clause 9 option for modules 2 and 3, and notice days under option 2', () => {
    const a = chainAssessment();
    a.step2.scc.clause9Option = '';
    expect(keys(sccClauseIssues(a))).toEqual(['clause9Missing']);
    a.step2.scc.clause9Option = 'general';
    a.step2.scc.clause9NoticeDays = null;
    expect(keys(sccClauseIssues(a))).toEqual(['clause9NoticeDaysMissing']);
    a.step2.scc.clause9NoticeDays = 0;
    expect(keys(sccClauseIssues(a))).toEqual(['clause9NoticeDaysZero']);
    a.step2.scc.clause9Option = 'specific';
    a.step2.scc.clause9NoticeDays = null;
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('says Clause 9 and Clause 17 option 2 are not part of modules 1 and 4', () => {
    const a = chainAssessment();
    a.map.parties[1]!.role = 'controller';
    a.map.transfers = [a.map.transfers[0]!];
    a.step2.scc.clause17Option = 'option2';
    expect([...sccModulesInUse(a)]).toEqual([1]);
    expect(keys(sccClauseIssues(a))).toEqual(['clause9NotNeeded', 'clause17Option2OnlyModules2And3']);
  });

  it('flags missing authority, law and forum', () => {
    const a = chainAssessment();
    Object.assign(a.step2.scc, { clause13Authority: ' ', clause17Option: '', clause17Law: '', clause18Forum: '' });
    expect(keys(sccClauseIssues(a))).toEqual(['clause13AuthorityMissing', 'clause17OptionMissing', 'clause17LawMissing', 'clause18ForumMissing']);
  });

  it('does not ask module 4 for a Clause 13 authority', () => {
    const a = chainAssessment();
    a.map.parties = [party('p', 'exporter', 'processor', 'DE'), party('c', 'importer', 'controller', 'US')];
    a.map.transfers = [transfer('t', 'p', 'c')];
    a.map.transfers[0]!.tool.tool = 'scc';
    Object.assign(a.step2.scc, { clause9Option: '', clause13Authority: '', clause17Option: '', clause17Law: 'US', clause18Forum: 'US' });
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('warns when an EU exporter’s law or forum lies outside the EEA, and checks option 2 against the exporter’s country', () => {
    const a = chainAssessment();
    Object.assign(a.step2.scc, { clause17Law: 'US', clause18Forum: 'US' });
    expect(keys(sccClauseIssues(a))).toEqual(['clause17LawOutsideEea', 'clause18ForumOutsideEea']);
    Object.assign(a.step2.scc, { clause17Option: 'option2', clause17Law: 'IE', clause18Forum: 'IE' });
    expect(keys(sccClauseIssues(a))).toEqual(['clause17Option2NotExporterLaw']);
    a.step2.scc.clause17Law = 'DE';
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('leaves law and forum outside the EEA to the UK Addendum and the Swiss amendments', () => {
    const a = chainAssessment();
    a.map.parties[0]!.country = 'GB';
    Object.assign(a.step2.scc, { clause17Law: 'GB', clause18Forum: 'GB' });
    expect(sccClauseIssues(a)).toEqual([]);
  });

  it('has English texts for every clause choice and issue', () => {
    const i18n = createI18n('en');
    for (const clause of SCC_CLAUSE_CHOICES) {
      expect(i18n.exists(`scc.clauses.${clause.id}.title`)).toBe(true);
      expect(i18n.exists(`scc.clauses.${clause.id}.explanation`)).toBe(true);
    }
    const issueKeys = Object.keys((i18n.getResourceBundle('en', 'translation') as { scc: { clauses: { issue: object } } }).scc.clauses.issue);
    expect(issueKeys).toEqual(expect.arrayContaining(['clause9Missing', 'clause9NoticeDaysMissing', 'clause18ForumOutsideEea', 'moduleUndetermined']));
  });
});
