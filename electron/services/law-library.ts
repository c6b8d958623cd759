import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describeIssues } from '../../shared/domain/interchange';
import { lawLibrarySchema, type LawLibrary } from '../../shared/domain/law-library';
import {
  lawLibraryTranslationSchema,
  translateLawLibrary,
  type TranslationLanguage,
} from '../../shared/domain/law-library-translation';
import { AppFailure } from '../../shared/domain/result';

export const LAW_LIBRARY_FILE = 'law-library.json';

export type LawLibraryLanguage = 'en' | TranslationLanguage;

/** `law-library.de.json` beside `law-library.json`: the German prose of the same entries. */
export function lawLibraryTranslationFile(language: TranslationLanguage): string {
  return `law-library.${language}.json`;
}

/** Texts of a translation that could not be used: each is shown in English instead. */
export interface LawLibraryTranslationStatus {
  missing: string[];
  stale: string[];
  unused: string[];
}

interface LoadedLibrary {
  library: LawLibrary;
  status: LawLibraryTranslationStatus;
}

const NOTHING_LEFT_OUT: LawLibraryTranslationStatus = { missing: [], stale: [], unused: [] };

/** The library ships with the app and never changes while it runs, so one read per path and language is enough. */
const cache = new Map<string, LoadedLibrary>();

/**
 * Reads and validates `<resourcesDir>/<file>`. A missing or malformed file is a defect of the installation, not of
 * the user's input, hence INTERNAL.
 */
function readValidated<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppFailure('INTERNAL', `The ${what} could not be read from ${file}: ${(error as Error).message}`);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new AppFailure('INTERNAL', `The ${what} at ${file} is not valid JSON: ${(error as Error).message}`);
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new AppFailure('INTERNAL', `The ${what} at ${file} does not match the expected format.`, describeIssues(parsed.error));
  }
  return parsed.data;
}

function load(resourcesDir: string, language: LawLibraryLanguage): LoadedLibrary {
  const englishFile = path.resolve(resourcesDir, LAW_LIBRARY_FILE);
  const cacheKey = `${language}:${englishFile}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  let loaded: LoadedLibrary;
  if (language === 'en') {
    loaded = { library: readValidated(englishFile, lawLibrarySchema, 'law library'), status: NOTHING_LEFT_OUT };
  } else {
    const english = load(resourcesDir, 'en').library;
    const file = path.resolve(resourcesDir, lawLibraryTranslationFile(language));
    const translation = readValidated(file, lawLibraryTranslationSchema, 'law library translation');
    if (translation.language !== language) {
      throw new AppFailure('INTERNAL', `The law library translation at ${file} is in "${translation.language}", not "${language}".`);
    }
    const { library, ...status } = translateLawLibrary(english, translation);
    loaded = { library, status };
    // An out-of-date translation still yields a complete library (those texts stay English); say so once per run.
    if (status.stale.length > 0 || status.missing.length > 0) {
      console.warn(
        `The law library translation ${file} is incomplete: ${status.stale.length} text(s) out of date, ` +
          `${status.missing.length} missing; they are shown in English. Out of date: ${status.stale.join(', ') || 'none'}.`,
      );
    }
  }

  cache.set(cacheKey, loaded);
  return loaded;
}

/**
 * The law library in `language`. English is `law-library.json` itself; any other language is that library with the
 * prose of `law-library.<language>.json` laid over it, field by field, keeping English wherever a translation is
 * missing or was made from an older English text.
 */
export function loadLawLibrary(resourcesDir: string, language: LawLibraryLanguage = 'en'): LawLibrary {
  return load(resourcesDir, language).library;
}

/** Which texts of a translation are missing, out of date or unused (always none for English). */
export function lawLibraryTranslationStatus(resourcesDir: string, language: LawLibraryLanguage): LawLibraryTranslationStatus {
  return load(resourcesDir, language).status;
}
