/**
 * The open data files' shape, version 1, as zod schemas: the build validates every file it writes
 * against them, and the JSON Schema documents in schemas/open-data/v1/ are generated from them
 * (node tools/open-data-schemas.ts; a unit test keeps the stored files equal to the generated
 * ones). A change that breaks readers of the files is a new version, in a new folder.
 */
import { z } from 'astro/zod';

export const OPEN_DATA_VERSION = '1.0.0';
/** The folder of this version's schemas in the repository and on the site. */
export const SCHEMA_FOLDER = 'v1';

const language = z.string().regex(/^[a-z]{2,3}$/).describe('A site language, as an ISO 639 code: ka, en');
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).describe('YYYY, YYYY-MM or YYYY-MM-DD');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');
const url = z.string().regex(/^https?:\/\//).describe('An absolute address');

const publishedSource = z
  .strictObject({
    title: z.string().min(1).describe("The work's own title, in its own language"),
    publisher: z.string().min(1),
    url,
    edition: z.string().min(1).optional(),
    published: date.optional(),
    accessed: day.describe('The day the statement was checked against the source'),
  })
  .describe('A published source: a document or web page of another publisher');

const sitePageSource = z
  .strictObject({ page: url.describe('The page of this site whose text says it'), title: z.string().min(1) })
  .describe("The text of one of this site's pages (for a programme, the client's copy)");

const source = z.union([sitePageSource, publishedSource]);

/** A term in one language. */
export const glossaryTerm = z.strictObject({
  slug: z.string().min(1).describe('The same in every language: circular-migration'),
  term: z.string().min(1).describe('The term as written in the language'),
  definition: z.string().min(1).describe("Its short definition, in this site's own words"),
  forms: z.array(z.string().min(1)).describe('Other ways the text writes the same term'),
  related: z.array(z.string().min(1)).describe('Slugs of related terms'),
  source: source.describe('Where the definition comes from'),
  url: url.describe("The term's page"),
  usedOn: z.array(url).describe('The pages of this language that link the term'),
});

/** A programme in one language. */
export const programme = z.strictObject({
  slug: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  url,
  languages: z.array(language).describe('The languages the page is written in (not fallback copies)'),
  informationAsOf: date.optional(),
  facts: z
    .strictObject({
      shortName: z.string().min(1),
      fundedBy: z.array(z.string()).optional(),
      implementedBy: z.array(z.string()).optional(),
      partners: z.array(z.string()).optional(),
      period: z.strictObject({ start: date, end: date.optional() }).optional(),
      budget: z.string().optional(),
      status: z.enum(['active', 'completed']).optional(),
      statusAsOf: date.optional(),
      website: url.optional(),
    })
    .describe('The fact box; each fact given has its sources in factSources'),
  factSources: z.record(z.string(), z.array(source)).describe('For each fact, where it comes from'),
  timeline: z.array(z.strictObject({ date, label: z.string().min(1), sources: z.array(source) })),
});

const perLanguage = <T extends z.ZodType>(key: string, item: T, title: string) =>
  z
    .strictObject({
      $schema: url,
      version: z.literal(OPEN_DATA_VERSION),
      language,
      [key]: z.array(item),
    })
    .meta({ title });

const bilingual = <T extends z.ZodType>(key: string, item: T, title: string) =>
  z
    .strictObject({
      $schema: url,
      version: z.literal(OPEN_DATA_VERSION),
      languages: z.array(language).min(1),
      [key]: z.array(z.strictObject({ slug: z.string().min(1), languages: z.record(language, item) })),
    })
    .meta({ title });

/** The files' schemas by name: per language (`programmes`) and bilingual (`programmes-all`). */
export const openDataSchemas = {
  programmes: perLanguage('programmes', programme, 'Migration cooperation programmes, in one language'),
  'programmes-all': bilingual('programmes', programme, 'Migration cooperation programmes, in every site language'),
  glossary: perLanguage('terms', glossaryTerm, 'Glossary of migration terms, in one language'),
  'glossary-all': bilingual('terms', glossaryTerm, 'Glossary of migration terms, in every site language'),
};

export type OpenDataName = keyof typeof openDataSchemas;

/** The JSON Schema document of a file, as stored in schemas/open-data/v1/<name>.schema.json and served beside the data. */
export function jsonSchemaOf(name: OpenDataName): Record<string, unknown> {
  return { ...z.toJSONSchema(openDataSchemas[name]), $id: `${SCHEMA_FOLDER}/${name}.schema.json` };
}

/** Throws, naming the file and the first wrong field, when `value` does not fit the schema. */
export function assertOpenData(name: OpenDataName, file: string, value: unknown): void {
  const result = openDataSchemas[name].safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${file} does not fit its schema (${SCHEMA_FOLDER}/${name}.schema.json) at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
}
