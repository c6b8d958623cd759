import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { INTERCHANGE_VERSION, interchangeSchema } from '../../shared/domain/interchange';
import { WORKSPACE_VERSION, workspaceHeaderSchema, workspaceRecordSchema } from '../../shared/exchange/workspace-format';

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

export const WORKSPACE_SCHEMA_ID = `https://dtia-studio.org/schema/dtia-workspace.v${WORKSPACE_VERSION}.schema.json`;
export const WORKSPACE_SCHEMA_PATH = join('resources', 'schema', `dtia-workspace.v${WORKSPACE_VERSION}.schema.json`);

/** The lines of a `.dtia-workspace` file, from the zod schemas the import validates each line with. */
export function workspaceJsonSchemaText(): string {
  const { $schema, ...body } = z.toJSONSchema(z.union([workspaceHeaderSchema, workspaceRecordSchema]), { io: 'input', reused: 'ref' });
  const schema = {
    $schema,
    $id: WORKSPACE_SCHEMA_ID,
    title: `DTIA Studio workspace, one line (format version ${WORKSPACE_VERSION})`,
    description:
      'A .dtia-workspace file is gzip-compressed NDJSON: its first line is the header (format "dtia-workspace"), then one ' +
      'record per line (vendors, templates, assessments with their lifecycle and kept versions, the audit log entry by entry ' +
      'as stored, and histories imported earlier), and last the end record with the number of lines before it and the ' +
      'SHA-256 of their UTF-8 bytes, each line with its line feed. This schema describes one line.',
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  for (const [path, text] of [
    [JSON_SCHEMA_PATH, interchangeJsonSchemaText()],
    [WORKSPACE_SCHEMA_PATH, workspaceJsonSchemaText()],
  ] as const) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    process.stdout.write(`Wrote ${path}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
