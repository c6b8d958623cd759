import { create } from 'zustand';
import type { AppError, Result } from '../../../shared/domain/result';
import { defaultPortfolioQuery, type PortfolioPage, type PortfolioQuery, type PortfolioRow, type SavedView } from '../../../shared/portfolio/query';
import { client } from '../client';
import { todayIso } from '../lib/format';
import { sameView } from '../../../shared/portfolio/view-state';

/** The whole workspace, unfiltered: which countries occur at all, and whether there is anything yet. */
export interface WorkspaceCounts {
  total: number;
  byCountry: Record<string, number>;
}

interface PortfolioState {
  /** What the home screen asks for; kept while the user is in an assessment, so that coming back finds it as left. */
  query: PortfolioQuery;
  /** null until the first answer. */
  page: PortfolioPage | null;
  workspace: WorkspaceCounts | null;
  loadError: AppError | null;
  views: SavedView[];
  /** Any change of the filters or the order starts again at the first page, unless it names its own offset. */
  setQuery: (change: Partial<PortfolioQuery>) => void;
  /** The current page and the workspace's counts again, after a change to the assessments. */
  refresh: () => Promise<void>;
  /** Keeps a row of the page current after an autosave, without asking the backend. */
  patchRow: (id: string, change: Partial<Pick<PortfolioRow, 'title' | 'importer' | 'nextReviewDate' | 'updatedAt'>>) => void;
  loadViews: () => Promise<Result<SavedView[]>>;
  /** Saves the current filters and order; a view of the same name takes them over. */
  saveView: (name: string) => Promise<Result<SavedView>>;
  deleteView: (id: string) => Promise<Result<{ id: string }>>;
  applyView: (view: SavedView) => void;
}

export const usePortfolio = create<PortfolioState>((set, get) => {
  // Answers can arrive out of order while the user types; only the latest request's answer is shown.
  let latestRequest = 0;

  const fetchPage = async (): Promise<void> => {
    const request = ++latestRequest;
    const result = await client.queryPortfolio(get().query, todayIso());
    if (request !== latestRequest) return;
    if (!result.ok) {
      set({ loadError: result.error });
      return;
    }
    const { query } = get();
    // The last page emptied (its last row deleted): the one before it.
    if (result.value.rows.length === 0 && query.offset > 0 && result.value.total > 0) {
      const lastPage = Math.floor((result.value.total - 1) / query.limit);
      set({ query: { ...query, offset: lastPage * query.limit } });
      await fetchPage();
      return;
    }
    set({ page: result.value, loadError: null });
  };

  const fetchWorkspace = async (): Promise<void> => {
    const result = await client.queryPortfolio({ ...defaultPortfolioQuery(), limit: 1 }, todayIso());
    if (result.ok) set({ workspace: { total: result.value.total, byCountry: result.value.counts.byCountry } });
  };

  return {
    query: defaultPortfolioQuery(),
    page: null,
    workspace: null,
    loadError: null,
    views: [],
    setQuery: (change) => {
      set({ query: { ...get().query, offset: 0, ...change } });
      void fetchPage();
    },
    refresh: async () => {
      await Promise.all([fetchPage(), fetchWorkspace()]);
    },
    patchRow: (id, change) => {
      const page = get().page;
      if (!page?.rows.some((row) => row.id === id)) return;
      set({ page: { ...page, rows: page.rows.map((row) => (row.id === id ? { ...row, ...change } : row)) } });
    },
    loadViews: async () => {
      const result = await client.listSavedViews();
      if (result.ok) set({ views: result.value });
      return result;
    },
    saveView: async (name) => {
      const trimmed = name.trim();
      const existing = get().views.find((view) => view.name.localeCompare(trimmed, undefined, { sensitivity: 'accent' }) === 0);
      const result = await client.saveView({ id: existing?.id, name: trimmed, query: { ...get().query, offset: 0 } });
      if (result.ok) await get().loadViews();
      return result;
    },
    deleteView: async (id) => {
      const result = await client.deleteView(id);
      if (result.ok) set({ views: get().views.filter((view) => view.id !== id) });
      return result;
    },
    applyView: (view) => {
      if (sameView(view.query, get().query)) return;
      get().setQuery({ ...view.query, offset: 0 });
    },
  };
});
