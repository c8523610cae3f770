/**
 * Writes the open data files' JSON Schemas (schemas/open-data/v1/) from their zod schemas
 * (src/lib/open-data/schema.ts). Run after changing those: node tools/open-data-schemas.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaOf, openDataSchemas, SCHEMA_FOLDER, type OpenDataName } from '../src/lib/open-data/schema.ts';

const dir = `schemas/open-data/${SCHEMA_FOLDER}`;
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(openDataSchemas) as OpenDataName[]) {
  writeFileSync(`${dir}/${name}.schema.json`, `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
  console.log(`wrote ${dir}/${name}.schema.json`);
}
