import { z } from 'zod';
import { LIMITS } from '../domain/assessment';
import { LIFECYCLE_STATES } from '../history/lifecycle';

/**
 * An imported assessment whose id is already taken here. The user decides, for each or for all: keep both (the
 * import becomes a new assessment, its title marked "(2)") or replace (the stored one gives way to the import, after
 * the database was backed up).
 */

export const CONFLICT_CHOICES = ['keep-both', 'replace'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];
export const conflictChoiceSchema = z.enum(CONFLICT_CHOICES);

export const importConflictSchema = z
  .object({
    id: z.string(),
    importedTitle: z.string(),
    importedUpdatedAt: z.string(),
    existingTitle: z.string(),
    existingUpdatedAt: z.string(),
    existingLifecycle: z.enum(LIFECYCLE_STATES),
  })
  .strict();
export type ImportConflict = z.infer<typeof importConflictSchema>;

/** One choice for every conflict (`all`), and choices for single assessments (`byId`) that take precedence over it. */
export const conflictResolutionSchema = z
  .object({
    all: conflictChoiceSchema.optional(),
    byId: z.record(z.string().uuid(), conflictChoiceSchema).optional(),
  })
  .strict();
export type ConflictResolution = z.infer<typeof conflictResolutionSchema>;

/** The choice for one conflicting id; null when the resolution leaves it open. */
export function choiceFor(resolution: ConflictResolution | undefined, id: string): ConflictChoice | null {
  if (!resolution) return null;
  return resolution.byId?.[id] ?? resolution.all ?? null;
}

const NUMBERED = / \((\d{1,4})\)$/;

/**
 * The title of the copy kept beside an assessment of the same id: "Title (2)", or the next number not yet taken.
 * A title that already ends in a number counts on from it ("Title (2)" becomes "Title (3)").
 */
export function keptBothTitle(title: string, taken: (candidate: string) => boolean): string {
  const match = NUMBERED.exec(title);
  const base = match ? title.slice(0, match.index) : title;
  let number = match ? Number(match[1]) + 1 : 2;
  for (;;) {
    const suffix = ` (${number})`;
    const candidate = `${base.slice(0, LIMITS.shortText - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
    number += 1;
  }
}
