/**
 * The site's facts as open data (src/lib/open-data/): /data/<language>/programmes.json,
 * /data/<language>/glossary.json, the bilingual /data/programmes.json and /data/glossary.json, and
 * their JSON Schemas at /data/schema/v1/. Each file is checked against its schema here, so a build
 * that would publish a file its schema does not describe stops, naming the file and the field.
 */
import type { APIRoute } from 'astro';
import { pageInventory } from '../../lib/page-inventory.ts';
import { OPEN_DATA_FILES, openDataFile } from '../../lib/open-data/build.ts';
import { assertOpenData, jsonSchemaOf, openDataSchemas, SCHEMA_FOLDER, type OpenDataName } from '../../lib/open-data/schema.ts';

type Props = { kind: 'data'; index: number } | { kind: 'schema'; name: OpenDataName };

export function getStaticPaths() {
  return [
    ...OPEN_DATA_FILES.map((file, index) => ({ params: { file: file.path.replace(/\.json$/, '') }, props: { kind: 'data', index } as Props })),
    ...(Object.keys(openDataSchemas) as OpenDataName[]).map((name) => ({ params: { file: `schema/${SCHEMA_FOLDER}/${name}.schema` }, props: { kind: 'schema', name } as Props })),
  ];
}

export const GET: APIRoute<Props> = ({ props, site = new URL('http://localhost/') }) => {
  const json = (value: unknown) => new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  if (props.kind === 'schema') return json(jsonSchemaOf(props.name));
  const file = OPEN_DATA_FILES[props.index]!;
  const value = openDataFile(pageInventory(), file, { site, base: import.meta.env.BASE_URL });
  assertOpenData(file.name, `/data/${file.path}`, value);
  return json(value);
};
