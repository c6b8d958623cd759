import { create } from 'zustand';
import type { Assessment, AssessmentSummary } from '../../../shared/domain/assessment';
import type { Result } from '../../../shared/domain/result';
import { client } from '../client';
import { usePortfolio } from './portfolio';

interface AssessmentsState {
  /** Brings the portfolio up to date after assessments were added, changed or removed elsewhere. */
  load: () => Promise<void>;
  create: (title: string) => Promise<Result<Assessment>>;
  duplicate: (id: string) => Promise<Result<Assessment>>;
  remove: (id: string) => Promise<Result<{ id: string }>>;
  /** Keeps the portfolio's row current after an autosave without asking the backend again. */
  upsertSummary: (summary: AssessmentSummary) => void;
}

/** Changes to whole assessments; what the home screen shows of them is the portfolio's (stores/portfolio). */
export const useAssessments = create<AssessmentsState>((_set, get) => {
  const reloadAfter = async <T>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) await get().load();
    return result;
  };

  return {
    load: () => usePortfolio.getState().refresh(),
    create: async (title) => reloadAfter(await client.createAssessment(title)),
    duplicate: async (id) => reloadAfter(await client.duplicateAssessment(id)),
    remove: async (id) => reloadAfter(await client.deleteAssessment(id)),
    upsertSummary: (summary) =>
      usePortfolio.getState().patchRow(summary.id, {
        title: summary.title,
        importer: summary.importer,
        nextReviewDate: summary.nextReviewDate,
        updatedAt: summary.updatedAt,
      }),
  };
});
