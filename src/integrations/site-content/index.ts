/**
 * The site's pages and moved pages as the build's integrations need them,
 * read from the content files' frontmatter and validated with the content
 * schema's own `previousPaths` rules. Integrations run outside Astro's
 * content collection, so they read the same source again: never the built
 * HTML, which a page's body could shape.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Astro's own frontmatter reader, so this reads exactly the fields the content collection validated.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { entryIdFromPath } from '../../lib/content-paths.ts';
import { previousPaths } from '../../lib/content-schema.ts';
import { buildPageRoutes, buildRedirects, type PageRoute, type RedirectRoute } from '../../lib/page-routes.ts';

export interface ContentFile {
  id: string;
  /** The file, as the editor knows it: content/en/about.mdx. */
  file: string;
  data: { previousPaths?: string[] };
}

/**
 * The page's old addresses, as slugs, validated exactly as the content
 * collection validates them. Throws, naming the file and the field, for
 * anything the schema refuses (the collection has already refused it with
 * the same words; this is the second lock on the same door).
 */
export function previousPathsOf(file: string, source: string): string[] | undefined {
  let data: unknown;
  try {
    data = parseFrontmatter(source).frontmatter;
  } catch {
    // The content collection reports broken YAML with its line; nothing here to add.
    return undefined;
  }
  const value = (data as { previousPaths?: unknown } | null)?.previousPaths;
  if (value === undefined) return undefined;
  const result = previousPaths.safeParse(value);
  if (!result.success) throw new Error(`${file}: previousPaths: ${result.error.issues[0]!.message}`);
  return result.data;
}

export interface SiteContent {
  routes: PageRoute<ContentFile>[];
  redirects: RedirectRoute[];
}

/** Every page and every moved page's old address in `contentDir`. */
export function readSiteContent(contentDir: string): SiteContent {
  const files: ContentFile[] = globSync('**/*.mdx', { cwd: contentDir })
    .map((path) => path.replace(/\\/g, '/'))
    .sort()
    .map((path) => {
      const file = join(contentDir, path);
      const paths = previousPathsOf(file, readFileSync(file, 'utf8'));
      return { id: entryIdFromPath(path), file, data: paths ? { previousPaths: paths } : {} };
    });
  const routes = buildPageRoutes(files);
  return { routes, redirects: buildRedirects(routes) };
}
