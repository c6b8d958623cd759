import type { Assessment, SccModule } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { Reason } from '../engine/types';
import { evaluateSccModule } from './module';
import { exporterRegimes } from './regimes';

/**
 * The agreement-wide choices the SCCs leave to the parties (step2.scc) and what each means. Texts under
 * `scc.clauses.<id>.*`; `modules` lists the modules whose text contains the choice.
 */
export const SCC_CLAUSE_CHOICES = [
  { id: 'clause7', optional: true, modules: [1, 2, 3, 4] },
  { id: 'clause9', optional: false, modules: [2, 3] },
  { id: 'clause11', optional: true, modules: [1, 2, 3, 4] },
  { id: 'clause13', optional: false, modules: [1, 2, 3] },
  { id: 'clause17', optional: false, modules: [1, 2, 3, 4] },
  { id: 'clause18', optional: false, modules: [1, 2, 3, 4] },
] as const satisfies ReadonlyArray<{ id: string; optional: boolean; modules: readonly SccModule[] }>;
export type SccClauseId = (typeof SCC_CLAUSE_CHOICES)[number]['id'];

/** The modules in effect on the transfers whose tool is the SCCs. */
export function sccModulesInUse(assessment: Assessment): Set<SccModule> {
  const modules = new Set<SccModule>();
  for (const transfer of assessment.map.transfers) {
    if (transfer.tool.tool !== 'scc') continue;
    const { effective } = evaluateSccModule(assessment.map, transfer);
    if (effective !== null) modules.add(effective);
  }
  return modules;
}

const usesAny = (modules: Set<SccModule>, wanted: readonly SccModule[]) => wanted.some((m) => modules.has(m));

function clause9Issues(assessment: Assessment, modules: Set<SccModule>): Reason[] {
  const { clause9Option, clause9NoticeDays } = assessment.step2.scc;
  if (!usesAny(modules, [2, 3])) {
    return clause9Option === '' ? [] : [{ key: 'scc.clauses.issue.clause9NotNeeded' }];
  }
  if (clause9Option === '') return [{ key: 'scc.clauses.issue.clause9Missing' }];
  if (clause9Option === 'general' && clause9NoticeDays === null) return [{ key: 'scc.clauses.issue.clause9NoticeDaysMissing' }];
  if (clause9Option === 'general' && clause9NoticeDays === 0) return [{ key: 'scc.clauses.issue.clause9NoticeDaysZero' }];
  return [];
}

function clause17Issues(assessment: Assessment, modules: Set<SccModule>, euRules: boolean): Reason[] {
  const { clause17Option, clause17Law } = assessment.step2.scc;
  const issues: Reason[] = [];
  const modules23 = usesAny(modules, [2, 3]);
  if (modules23 && clause17Option === '') issues.push({ key: 'scc.clauses.issue.clause17OptionMissing' });
  if (!modules23 && clause17Option === 'option2') issues.push({ key: 'scc.clauses.issue.clause17Option2OnlyModules2And3' });
  if (clause17Law === '') {
    issues.push({ key: 'scc.clauses.issue.clause17LawMissing' });
  } else {
    if (euRules && usesAny(modules, [1, 2, 3]) && !isEea(clause17Law)) issues.push({ key: 'scc.clauses.issue.clause17LawOutsideEea', params: { country: clause17Law } });
    if (clause17Option === 'option2' && modules23) {
      const exporterCountries = assessment.map.parties.filter((p) => p.kind === 'exporter').map((p) => p.country);
      if (!exporterCountries.includes(clause17Law)) issues.push({ key: 'scc.clauses.issue.clause17Option2NotExporterLaw', params: { country: clause17Law } });
    }
  }
  return issues;
}

function clause18Issues(assessment: Assessment, modules: Set<SccModule>, euRules: boolean): Reason[] {
  const forum = assessment.step2.scc.clause18Forum;
  if (forum === '') return [{ key: 'scc.clauses.issue.clause18ForumMissing' }];
  if (euRules && usesAny(modules, [1, 2, 3]) && !isEea(forum)) return [{ key: 'scc.clauses.issue.clause18ForumOutsideEea', params: { country: forum } }];
  return [];
}

/**
 * Missing or inconsistent choices in step2.scc, given the modules in use. Nothing is asked while no transfer uses
 * the SCCs. The EEA-law checks of Clauses 17 and 18 apply only where every exporter is under the GDPR, because the
 * UK Addendum and the Swiss amendments adapt those clauses.
 */
export function sccClauseIssues(assessment: Assessment): Reason[] {
  const modules = sccModulesInUse(assessment);
  if (modules.size === 0) {
    const anyScc = assessment.map.transfers.some((t) => t.tool.tool === 'scc');
    return anyScc ? [{ key: 'scc.clauses.issue.moduleUndetermined' }] : [];
  }
  const regimes = exporterRegimes(assessment);
  const euRules = regimes.length > 0 && regimes.every((r) => r.regime === 'eu');
  const issues: Reason[] = [...clause9Issues(assessment, modules)];
  if (usesAny(modules, [1, 2, 3]) && assessment.step2.scc.clause13Authority.trim() === '') issues.push({ key: 'scc.clauses.issue.clause13AuthorityMissing' });
  issues.push(...clause17Issues(assessment, modules, euRules), ...clause18Issues(assessment, modules, euRules));
  return issues;
}
