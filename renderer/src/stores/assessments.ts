import { create } from 'zustand';
import type { Assessment, AssessmentSummary } from '../../../shared/domain/assessment';
import type { AppError, Result } from '../../../shared/domain/result';
import { client } from '../client';

interface AssessmentsState {
  items: AssessmentSummary[] | null;
  loadError: AppError | null;
  load: () => Promise<void>;
  create: (title: string) => Promise<Result<Assessment>>;
  duplicate: (id: string) => Promise<Result<Assessment>>;
  remove: (id: string) => Promise<Result<{ id: string }>>;
  importFile: (fileName: string, content: string) => Promise<Result<{ assessment: Assessment; migratedFromVersion: number | null }>>;
  /** Keeps the list current after an autosave without reloading it. */
  upsertSummary: (summary: AssessmentSummary) => void;
}

export const useAssessments = create<AssessmentsState>((set, get) => {
  const reloadAfter = async <T>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) await get().load();
    return result;
  };

  return {
    items: null,
    loadError: null,
    load: async () => {
      const result = await client.listAssessments();
      if (result.ok) set({ items: result.value, loadError: null });
      else set({ loadError: result.error });
    },
    create: async (title) => reloadAfter(await client.createAssessment(title)),
    duplicate: async (id) => reloadAfter(await client.duplicateAssessment(id)),
    remove: async (id) => reloadAfter(await client.deleteAssessment(id)),
    importFile: async (fileName, content) => reloadAfter(await client.importAssessment(fileName, content)),
    upsertSummary: (summary) => {
      const items = get().items;
      if (!items) return;
      const exists = items.some((item) => item.id === summary.id);
      set({ items: exists ? items.map((item) => (item.id === summary.id ? summary : item)) : [summary, ...items] });
    },
  };
});
