import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JSON_SCHEMA_ID,
  JSON_SCHEMA_PATH,
  WORKSPACE_SCHEMA_ID,
  WORKSPACE_SCHEMA_PATH,
  interchangeJsonSchemaText,
  workspaceJsonSchemaText,
} from '../../electron/tools/generate-json-schema';
import { fullAssessment } from '../fixtures/full-assessment';

const committed = readFileSync(join(process.cwd(), JSON_SCHEMA_PATH), 'utf8');

interface ObjectSchema {
  type: string;
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties: boolean;
}

describe('published JSON Schema of the .dtia.json format', () => {
  it('is exactly what the generator produces from the current zod schema (run `npm run schema` after a change)', () => {
    expect(committed).toBe(interchangeJsonSchemaText());
  });

  it('names itself and refuses unknown keys, like the importer does', () => {
    const schema = JSON.parse(committed) as ObjectSchema & Record<string, unknown>;
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(['assessment', 'exportedAt', 'format', 'version']);

    const assessment = schema.properties.assessment as ObjectSchema;
    expect(assessment.additionalProperties).toBe(false);
    expect(assessment.required.sort()).toEqual(Object.keys(fullAssessment()).sort());
  });
});

describe('published JSON Schema of a .dtia-workspace line', () => {
  const published = readFileSync(join(process.cwd(), WORKSPACE_SCHEMA_PATH), 'utf8');

  it('is exactly what the generator produces from the zod schemas the import uses (run `npm run schema` after a change)', () => {
    expect(published).toBe(workspaceJsonSchemaText());
  });

  it('names itself and describes the header and every kind of record, each refusing unknown keys', () => {
    const schema = JSON.parse(published) as { $id: string; anyOf: unknown[] };
    expect(schema.$id).toBe(WORKSPACE_SCHEMA_ID);
    const text = JSON.stringify(schema);
    for (const type of ['dtia-workspace', 'assessment', 'vendor', 'template', 'audit', 'imported-audit', 'end']) expect(text).toContain(`"const":"${type}"`);
    expect(text).not.toContain('"additionalProperties":true');
  });
});
