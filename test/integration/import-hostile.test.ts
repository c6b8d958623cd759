import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import type { ErrorCode } from '../../shared/domain/result';
import { AppFailure } from '../../shared/domain/result';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import { loadLawLibrary } from '../../electron/services/law-library';
import type { AssessmentStore } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';

let dir: string;
let file: string;
let db: Database.Database;
let store: AssessmentStore;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-import-'));
  file = join(dir, 'dtia.sqlite');
  db = openDatabase(file);
  store = createAssessmentStore(db, {
    now: () => new Date('2026-06-01T08:00:00.000Z'),
    newId: randomUUID,
    lawLibrary: () => loadLawLibrary(join(process.cwd(), 'resources')),
  });
  const existing = store.create('Already here');
  store.save({ ...fullAssessment(), id: existing.id, title: existing.title });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row, read through a separate connection so the check does not share state with the store. */
function snapshot(): unknown[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare('SELECT * FROM assessments ORDER BY id').all();
  } finally {
    raw.close();
  }
}

interface EditableFile extends Record<string, unknown> {
  version: unknown;
  assessment: Assessment;
}

function validFile(): EditableFile {
  return { format: 'dtia-assessment', version: 2, exportedAt: '2026-06-01T08:00:00.000Z', assessment: fullAssessment() };
}

/** A valid file whose JSON text is altered, for cases JSON.stringify cannot produce. */
function validText(): string {
  return JSON.stringify(validFile(), null, 2);
}

/** Object.assign lets a case put a value of the wrong type where the type system would not. */
function edited(edit: (file: EditableFile) => void): string {
  const content = validFile();
  edit(content);
  return JSON.stringify(content);
}

interface HostileCase {
  name: string;
  content: () => string;
  code: ErrorCode;
  /** A fragment the message or one of the details must contain, so the user learns what is wrong. */
  mentions: string;
}

const CASES: HostileCase[] = [
  { name: 'an empty file', content: () => '', code: 'INVALID_JSON', mentions: 'not valid JSON' },
  { name: 'text that is not JSON', content: () => 'title: Twilio\nimporter: US\n', code: 'INVALID_JSON', mentions: 'not valid JSON' },
  { name: 'truncated JSON', content: () => validText().slice(0, 500), code: 'INVALID_JSON', mentions: 'not valid JSON' },
  { name: 'a JSON array', content: () => '[1, 2, 3]', code: 'NOT_DTIA_FILE', mentions: 'not a DTIA assessment' },
  { name: 'JSON null', content: () => 'null', code: 'NOT_DTIA_FILE', mentions: 'not a DTIA assessment' },
  {
    name: 'another application’s JSON',
    content: () => JSON.stringify({ name: 'my-package', version: '1.0.0' }),
    code: 'NOT_DTIA_FILE',
    mentions: '"format": "dtia-assessment"',
  },
  {
    name: 'a format version from the future',
    content: () => edited((f) => (f.version = 3)),
    code: 'UNSUPPORTED_VERSION',
    mentions: 'newer version of DTIA Studio',
  },
  {
    name: 'a version 2 document labelled version 1',
    content: () => edited((f) => (f.version = 1)),
    code: 'INVALID_ASSESSMENT',
    mentions: 'version 1',
  },
  {
    name: 'a version given as a string',
    content: () => edited((f) => (f.version = '2')),
    code: 'UNSUPPORTED_VERSION',
    mentions: 'format version "2"',
  },
  {
    name: 'a number where a title belongs',
    content: () => edited((f) => Object.assign(f.assessment, { title: 42 })),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.title',
  },
  {
    name: 'a string where a boolean belongs',
    content: () => edited((f) => Object.assign(f.assessment.map.transfers[0] ?? {}, { specialCategories: 'yes' })),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.map.transfers.0.specialCategories',
  },
  {
    name: 'an object where a list belongs',
    content: () => edited((f) => Object.assign(f.assessment.map.transfers[0] ?? {}, { dataCategories: { 0: 'phone numbers' } })),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.map.transfers.0.dataCategories',
  },
  {
    name: 'an id that is not a UUID',
    content: () => edited((f) => (f.assessment.id = '../../etc/passwd')),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.id',
  },
  {
    name: 'an unknown key in the assessment',
    content: () => edited((f) => Object.assign(f.assessment.step2, { backdoor: true })),
    code: 'INVALID_ASSESSMENT',
    mentions: 'backdoor',
  },
  {
    name: 'an unknown key at the top level',
    content: () => edited((f) => (f.signature = 'trust me')),
    code: 'INVALID_ASSESSMENT',
    mentions: 'signature',
  },
  {
    name: 'a "__proto__" key at the top level',
    content: () => validText().replace('{', '{\n  "__proto__": { "polluted": "yes" },'),
    code: 'INVALID_ASSESSMENT',
    mentions: '__proto__',
  },
  {
    name: 'a "__proto__" key inside a party',
    content: () =>
      validText().replace('"parties": [\n        {', '"parties": [\n        {\n          "__proto__": { "isAdmin": true, "polluted": "yes" },'),
    code: 'INVALID_ASSESSMENT',
    mentions: '__proto__',
  },
  {
    name: 'a "constructor" key with a prototype inside',
    content: () =>
      validText().replace('"step6": {', '"step6": {\n      "constructor": { "prototype": { "polluted": "yes" } },'),
    code: 'INVALID_ASSESSMENT',
    mentions: 'constructor',
  },
  {
    name: 'a 4 MB text in one field',
    content: () => edited((f) => Object.assign(f.assessment.map.transfers[0] ?? {}, { purpose: 'A'.repeat(4 * 1024 * 1024) })),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.map.transfers.0.purpose',
  },
  {
    name: 'a text under the limit in characters but over it in bytes',
    content: () => edited((f) => (f.assessment.conclusion.rationale = 'Ł'.repeat(3 * 1024 * 1024))),
    code: 'TOO_LARGE',
    mentions: 'larger than',
  },
  {
    name: 'a version 1 file with a field of the wrong type',
    content: () => JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-06-01T08:00:00.000Z', assessment: { title: 42 } }),
    code: 'INVALID_ASSESSMENT',
    mentions: 'assessment.title',
  },
  {
    name: 'a 50 MB string',
    content: () => edited((f) => (f.assessment.conclusion.rationale = 'Ł'.repeat(50 * 1024 * 1024))),
    code: 'TOO_LARGE',
    mentions: 'larger than',
  },
];

describe('importing hostile files', () => {
  it.each(CASES)('refuses $name with $code and leaves the database unchanged', ({ content, code, mentions }) => {
    const before = snapshot();
    const text = content();

    let failure: unknown;
    try {
      store.importText('hostile.dtia.json', text);
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(AppFailure);
    const { code: actual, message, details } = failure as AppFailure;
    expect(actual).toBe(code);
    expect([message, ...(details ?? [])].join('\n')).toContain(mentions);
    expect(snapshot()).toEqual(before);
    expect(store.list()).toHaveLength(1);
  });

  it('leaves Object.prototype untouched after the "__proto__" files', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('still imports a valid file after all the refusals', () => {
    const before = snapshot();
    const imported = store.importText('valid.dtia.json', validText());
    expect(snapshot()).toHaveLength(before.length + 1);
    expect(store.get(imported.id)).toEqual(imported);
  });
});
