import { defineCollection } from 'astro:content';
import { pageSchema } from './lib/content-schema.ts';
import { entryIdFromPath } from './lib/content-paths.ts';
import { CONTENT_PATTERN, contentDir } from './lib/page-inventory.ts';
import { pageLoader } from './integrations/mdx/page-loader.ts';

/**
 * Every page, in every language: content/<locale>/<slug>.mdx, rendered to HTML as it is loaded
 * (src/integrations/mdx/page-loader.ts). The same files and schema as the page inventory
 * (src/lib/page-inventory.ts), which src/data/pages.ts holds it to.
 */
const pages = defineCollection({
  loader: pageLoader({
    base: contentDir(),
    pattern: CONTENT_PATTERN,
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: pageSchema,
});

export const collections = { pages };
