import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { INTERCHANGE_VERSION, interchangeSchema } from '../../shared/domain/interchange';

/**
 * The published JSON Schema of the `.dtia.json` interchange format, generated from the same zod schema that
 * validates imports so that the two cannot drift apart.
 */
export const JSON_SCHEMA_ID = `https://dtia-studio.org/schema/dtia-assessment.v${INTERCHANGE_VERSION}.schema.json`;
export const JSON_SCHEMA_PATH = join('resources', 'schema', `dtia-assessment.v${INTERCHANGE_VERSION}.schema.json`);

export function interchangeJsonSchema(): Record<string, unknown> {
  // "input": the schema describes the files DTIA Studio accepts.
  const { $schema, ...body } = z.toJSONSchema(interchangeSchema, { io: 'input' });
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `DTIA Studio assessment (format version ${INTERCHANGE_VERSION})`,
    description:
      'One Data Transfer Impact Assessment (GDPR Chapter V, EDPB Recommendations 01/2020: six steps and a conclusion) ' +
      'as exported and imported by DTIA Studio. Files of format version 1 (one exporter–importer pair) are still read ' +
      'and converted on import; their schema is dtia-assessment.v1.schema.json.',
    ...body,
  };
}

export function interchangeJsonSchemaText(): string {
  return `${JSON.stringify(interchangeJsonSchema(), null, 2)}\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const target = join(root, JSON_SCHEMA_PATH);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, interchangeJsonSchemaText());
  process.stdout.write(`Wrote ${JSON_SCHEMA_PATH}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
