/**
 * The pages collection's loader: Astro's glob loader, with each page rendered to HTML as the content
 * sync reads it (./page-html.ts), and kept in Astro's content store (in its cache folder) with the page.
 *
 * Left to itself, the glob loader makes every .mdx file a module that the build compiles, bundles and
 * runs: at a thousand pages a language, bundling those modules was the largest part of a rebuild. A page
 * is plain HTML (no code, no components), so it is stored as HTML, which `render(entry)` draws as it is.
 *
 * The glob loader keeps a stored page while its digest is unchanged. A page's HTML also depends on the
 * rest of the site (the glossary terms it links come from other pages' frontmatter) and on the site's
 * code, so the digest here covers the file's text and `renderInputs()`: the site digest of
 * src/lib/render-keys.ts, the content folder and the base path. Any change to those renders every page again.
 *
 * With the build cache off (BUILD_CACHE=off, `--no-cache`), every page is rendered again; and so is
 * every page when the dev server starts, since it may start again in the same process after an edit to
 * the config, whose code fingerprint (src/lib/code-fingerprint.ts) is read once a process.
 *
 * An editor sees a page's refusal as the build's message (file:line:column, what, how to fix) and every
 * warning its text gives (an http: link) on every build, also when the page was not rendered again.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { buildCacheEnabled, cacheKey } from '../../lib/build-cache.ts';
import { pageInventory } from '../../lib/page-inventory.ts';
import { siteDigest } from '../../lib/render-keys.ts';
import { displayPath } from '../content-guard/content-error.ts';
import { editorMessage, quietError } from '../content-guard/mdx-errors.ts';
import { startWatchdog, withinTimeLimit } from '../content-guard/watchdog.ts';
import { takeWarnings } from './compile-warnings.ts';
import { pageHtmlRenderer, type Heading, type ProcessorOptions } from './page-html.ts';
import { refusalOf } from './page-refusal.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** What the glob loader passes a render function, and what it stores of the result. */
interface RenderInput {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
}
interface Rendered {
  html: string;
  metadata: { headings: Heading[]; warnings: string[]; refusal?: string };
}
interface EntryType {
  getEntryInfo: (input: { contents: string; fileUrl: URL }) => Promise<unknown> | unknown;
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(input: RenderInput) => Promise<Rendered | undefined>>;
  [key: string]: unknown;
}
/** The loader context as Astro hands it to its own loaders: with the entry type of each file extension. */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * What every page's HTML shares besides its own text: the site digest, the content folder (as an
 * absolute path, so that `./content` and its absolute spelling agree) and the base path.
 */
export function renderInputs(contentDir: string, base: string): string {
  return cacheKey(siteDigest(pageInventory(contentDir)), resolve(contentDir), base);
}

export function pageLoader(options: GlobOptions & { base: string }): Loader {
  const files = glob(options);
  const contentDir = options.base;
  return {
    name: 'page-loader',
    load: async (context) => {
      const { config, store, logger, entryTypes } = context as GlobContext;
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('page-loader: no entry type for .mdx files; add mdx() to the integrations in astro.config.mjs');
      const processor = config.markdown.processor as unknown as { name: string; options?: ProcessorOptions };
      if (processor.name !== 'satteri' || !processor.options) {
        throw new Error(`page-loader: pages are rendered with the satteri Markdown processor, not "${processor.name}"; see astro.config.mjs`);
      }
      const renderPageHtml = pageHtmlRenderer(processor.options, config.markdown);
      if (!buildCacheEnabled() || context.watcher) store.clear();
      // A page the dev server stored refused (see ./page-refusal.ts) is tried again, never kept.
      for (const [id, entry] of store.entries()) if (refusalOf(entry)) store.delete(id);
      await startWatchdog();

      // Each file's text as the glob loader read it (for its frontmatter), kept until the page is rendered.
      const sources = new Map<string, string>();
      const refusals = new Map<string, string>();
      const renderedNow = new Set<string>();
      // After the first load, the dev server's watcher renders an edited page again.
      let watching = false;
      const render = async ({ id, data, filePath }: RenderInput): Promise<Rendered | undefined> => {
        const file = displayPath(filePath);
        renderedNow.add(id);
        takeWarnings(filePath);
        const source = sources.get(filePath);
        sources.delete(filePath);
        try {
          // The glob loader reads each file for its frontmatter just before it renders it.
          if (source === undefined) throw new Error(`page-loader: ${file} was to be rendered without its text having been read`);
          // The frontmatter blanked, its lines kept: the positions in messages are the file's.
          const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
          const page = await withinTimeLimit(file, 'compiling the page', () => renderPageHtml(content, filePath, data));
          return { html: page.html, metadata: { headings: page.headings, warnings: takeWarnings(filePath) } };
        } catch (error) {
          const refusal = editorMessage(error, file, source ?? '');
          if (watching) logger.error(refusal);
          else refusals.set(id, refusal);
          return { html: '', metadata: { headings: [], warnings: [], refusal } };
        }
      };

      // The digest the glob loader keeps a stored page by: the file's text and what else its HTML depends on.
      let inputs: string | undefined;
      try {
        await files.load({
          ...context,
          generateDigest: (data) => context.generateDigest(cacheKey((inputs ??= renderInputs(contentDir, config.base)), typeof data === 'string' ? data : JSON.stringify(data))),
          entryTypes: new Map([
            ...entryTypes,
            [
              '.mdx',
              {
                ...mdx,
                getEntryInfo: (input: { contents: string; fileUrl: URL }) => {
                  sources.set(fileURLToPath(input.fileUrl), input.contents);
                  return mdx.getEntryInfo(input);
                },
                getRenderFunction: async () => render,
              },
            ],
          ]),
        } as GlobContext);
      } finally {
        // Not kept, however the load ended: the next build must try these pages again rather than find them stored.
        for (const id of refusals.keys()) store.delete(id);
        // The texts of the pages kept from the last build, which were not rendered.
        sources.clear();
        // From here on, only the dev server's watcher renders a page: its refusal is printed, and stored to be shown.
        watching = true;
      }
      if (refusals.size) throw quietError([...refusals.values()].join('\n'), undefined);
      // The warnings of the pages kept from the last build, which were not rendered again to print them.
      let kept = 0;
      for (const [id, entry] of store.entries()) {
        if (renderedNow.has(id)) continue;
        kept += 1;
        const { warnings = [] } = (entry.rendered?.metadata ?? {}) as { warnings?: string[] };
        for (const warning of warnings) console.warn(warning);
      }
      logger.info(`${kept + renderedNow.size} page file(s): ${kept} kept from the last build, ${renderedNow.size} rendered`);
    },
  };
}
