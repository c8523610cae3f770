import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/content-schema.ts';
import { entryIdFromPath } from './lib/content-paths.ts';

/**
 * Every page, in every language: content/<locale>/<slug>.mdx.
 * CONTENT_DIR points the build at another folder (the tests use fixtures).
 */
const pages = defineCollection({
  loader: glob({
    base: process.env['CONTENT_DIR'] ?? './content',
    pattern: '**/*.mdx',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: pageSchema,
});

export const collections = { pages };
