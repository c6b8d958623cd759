import { create } from 'zustand';
import type { Assessment, AssessmentSummary, StepKey } from '../../../shared/domain/assessment';
import type { AppError } from '../../../shared/domain/result';
import { setAtPath } from '../../../shared/wizard/paths';
import { client } from '../client';
import { Autosaver, type SaveState } from '../lib/autosaver';
import { useAssessments } from './assessments';

interface EditorState {
  assessment: Assessment | null;
  loadError: AppError | null;
  step: StepKey;
  save: SaveState;
  /** Archived assessments are shown but not edited: edits are ignored until the assessment leaves the archive. */
  readOnly: boolean;
  setReadOnly: (readOnly: boolean) => void;
  open: (id: string) => Promise<void>;
  /** Writes one value at a dotted path and schedules an autosave. */
  update: (path: string, value: unknown) => void;
  /** Applies a change to the whole document (widgets that touch several fields at once). */
  change: (recipe: (assessment: Assessment) => Assessment) => void;
  goToStep: (step: StepKey) => void;
  /** Saves pending edits now; resolves false if the save failed. */
  flush: () => Promise<boolean>;
  /** True while an edit has not reached the database yet. */
  hasUnsavedChanges: () => boolean;
  /** Flushes and forgets the open assessment; resolves false (and keeps it open) if the save failed. */
  close: () => Promise<boolean>;
}

let autosaver: Autosaver<Assessment, { updatedAt: string; summary: AssessmentSummary }> | null = null;
/** The schema refuses an empty title; while the field is blank, saves keep the last title that was accepted. */
let lastTitle = '';
/** The id being loaded, so that a second open of the same assessment does not load it twice. */
let openingId: string | null = null;

function payload(assessment: Assessment): Assessment {
  return assessment.title.trim() === '' ? { ...assessment, title: lastTitle } : assessment;
}

const IDLE: SaveState = { status: 'idle', error: null };

export const useEditor = create<EditorState>((set, get) => {
  const apply = (next: Assessment) => {
    set({ assessment: next });
    autosaver?.change(payload(next));
  };

  return {
    assessment: null,
    loadError: null,
    step: 'prechecks',
    save: IDLE,
    readOnly: false,

    setReadOnly: (readOnly) => set({ readOnly }),

    open: async (id) => {
      if (get().assessment?.id === id || openingId === id) return;
      openingId = id;
      if (autosaver) await get().close();
      set({ assessment: null, loadError: null, step: 'prechecks', save: IDLE, readOnly: false });
      const result = await client.getAssessment(id);
      if (openingId !== id) return;
      openingId = null;
      if (!result.ok) {
        set({ loadError: result.error });
        return;
      }
      lastTitle = result.value.title;
      autosaver = new Autosaver({
        save: (document) => client.saveAssessment(document),
        onSaved: (document, response) => {
          lastTitle = document.title;
          const current = get().assessment;
          if (current?.id === document.id) set({ assessment: { ...current, updatedAt: response.updatedAt } });
          useAssessments.getState().upsertSummary(response.summary);
        },
        onState: (save) => set({ save }),
      });
      set({ assessment: result.value });
    },

    update: (path, value) => {
      const current = get().assessment;
      if (current && !get().readOnly) apply(setAtPath(current, path, value));
    },

    change: (recipe) => {
      const current = get().assessment;
      if (!current || get().readOnly) return;
      const next = recipe(current);
      // A recipe that changes nothing returns the same object; saving it would only bump updatedAt.
      if (next !== current) apply(next);
    },

    goToStep: (step) => {
      void get().flush();
      set({ step });
    },

    flush: () => autosaver?.flush() ?? Promise.resolve(true),

    hasUnsavedChanges: () => autosaver?.hasUnsavedChanges() ?? false,

    close: async () => {
      if (!autosaver) return true;
      const saved = await autosaver.flush();
      if (!saved) return false;
      autosaver.dispose();
      autosaver = null;
      set({ assessment: null, loadError: null, save: IDLE, step: 'prechecks' });
      return true;
    },
  };
});
