import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssues } from '../../shared/domain/interchange';
import { lawLibrarySchema, type LawLibrary } from '../../shared/domain/law-library';
import { AppFailure } from '../../shared/domain/result';

export const LAW_LIBRARY_FILE = 'law-library.json';

/** The library ships with the app and never changes while it runs, so one read per path is enough. */
const cache = new Map<string, LawLibrary>();

/**
 * Reads and validates `<resourcesDir>/law-library.json`. A missing or malformed file is a defect of the
 * installation, not of the user's input, hence INTERNAL.
 */
export function loadLawLibrary(resourcesDir: string): LawLibrary {
  const file = path.resolve(resourcesDir, LAW_LIBRARY_FILE);
  const cached = cache.get(file);
  if (cached) return cached;

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppFailure('INTERNAL', `The law library could not be read from ${file}: ${(error as Error).message}`);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppFailure('INTERNAL', `The law library at ${file} is not valid JSON: ${(error as Error).message}`);
  }

  const parsed = lawLibrarySchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppFailure(
      'INTERNAL',
      `The law library at ${file} does not match the expected format.`,
      describeIssues(parsed.error),
    );
  }

  cache.set(file, parsed.data);
  return parsed.data;
}
