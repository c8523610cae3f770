// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defaultLocale, localeCodes } from './src/lib/locales.ts';
import { fontsourceVariants, subsetVariants } from './src/integrations/fonts/index.ts';
import { FONT_CSS_VARIABLE, FONT_KEEP, FONT_PACKAGE, FONT_SUBSETS, FONT_WEIGHTS } from './src/lib/fonts.ts';
import { sitemapOptions } from './src/integrations/sitemap/options.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { hostConfig } from './src/integrations/host-config/index.ts';
import { precompress } from './src/integrations/precompress/index.ts';
import { shareImages } from './src/integrations/share-images/index.ts';
import { PAGE_BOOT_HASH } from './src/lib/page-boot.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-policy.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { langRunsPlugin } from './src/integrations/mdx/lang-runs-plugin.ts';
import { baseLinksPlugin } from './src/integrations/mdx/base-links-plugin.ts';
import { assertPublishable, PLACEHOLDER_ORIGIN } from './src/lib/site-settings.ts';
import { siteSettings } from './src/settings/site.ts';
import { safeMdxPlugin } from './src/integrations/mdx/safe-mdx-plugin.ts';
import { textAnalysisCache } from './src/integrations/text-analysis-cache/index.ts';
import { pageTypes } from './src/page-types/index.ts';
import { buildCacheEnabled } from './src/lib/build-cache.ts';
import { contentGuard, guardContentFiles } from './src/integrations/content-guard/index.ts';
import { contentDir as readContentDir, pageInventory } from './src/lib/page-inventory.ts';

/** The public origin, used for canonical URLs and the sitemap. */
const site = process.env.SITE_URL ?? PLACEHOLDER_ORIGIN;
// A build for a real address stops while the publisher's details are placeholders (src/settings/site.ts).
assertPublishable(siteSettings, site);
/** Serve from a sub-path, e.g. BASE_PATH=/migration/. */
const base = process.env.BASE_PATH ?? '/';
/** Where the MDX pages are (CONTENT_DIR; the tests point it at fixtures). */
const contentDir = readContentDir();
// Astro caches the content collection between builds. Another content folder (the tests' fixtures)
// keeps its cache inside itself, so its pages never leak into the real site's build.
// CACHE_DIR sets it outright (the reproducible-build test starts each build cold).
const cacheDir = process.env.CACHE_DIR ?? (process.env.CONTENT_DIR ? `${contentDir}/.astro-cache` : undefined);

// Before anything below reads content/: no symbolic links, only UTF-8 pages of a sane size and name.
guardContentFiles({ contentDir, publicDir: './public', skip: cacheDir ? [cacheDir] : [] });

// The font files, cut to the characters the site writes. One folder for every build: the files'
// path goes into the font's name in the pages, which must not differ between builds.
const fontVariants = await subsetVariants(
  fontsourceVariants({ pkg: FONT_PACKAGE, weights: FONT_WEIGHTS, subsets: FONT_SUBSETS }),
  FONT_KEEP,
  'node_modules/.cache/font-subsets',
);

export default defineConfig({
  site,
  base,
  output: 'static',
  // Components' <style> blocks are scoped with a short class (.astro-…) rather than a data-astro-cid-… attribute: less CSS and HTML.
  scopedStyleStrategy: 'class',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  ...(cacheDir ? { cacheDir } : {}),
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Noto Sans Georgian',
      cssVariable: FONT_CSS_VARIABLE,
      // Astro computes a fallback with matching metrics from these, so text does not jump when the font arrives.
      fallbacks: ['Arial', 'sans-serif'],
      // The page's script is preloaded; if it is still not there at first paint (a slow phone
      // connection), the page keeps the fallback rather than shifting, and the next page has it cached.
      display: 'optional',
      options: {
        variants: fontVariants,
      },
    },
  ],
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; the pages hold no code anyway.
    syntaxHighlight: false,
    // A page file is data: safeMdxPlugin refuses code, unsafe HTML and unsafe links (src/integrations/mdx/safe-mdx.ts).
    // The page types' own plugins (src/page-types/, hastPlugins) run before language runs are marked.
    processor: satteri({
      mdastPlugins: [safeMdxPlugin()],
      hastPlugins: [
        ...pageTypes.flatMap((type) => type.hastPlugins?.({ contentDir, inventory: () => pageInventory(contentDir) }) ?? []),
        langRunsPlugin({ contentDir }),
        baseLinksPlugin({ base }),
      ],
    }),
  },
  integrations: [
    // Reads the pages' frontmatter. Each page is compiled to HTML by the pages' loader, with the processor
    // above, as the content sync reads it (src/integrations/mdx/page-loader.ts): no page becomes a module to
    // bundle. No options here: the loader compiles with the processor's and the markdown settings.
    mdx(),
    // What page types work out from each page's text (the glossary terms it links), kept likewise.
    textAnalysisCache(),
    contentGuard({ contentDir }),
    // Each page's share image, drawn in worker threads while Astro renders the pages.
    shareImages(),
    sitemap(sitemapOptions({ contentDir, base })), searchIndex({ contentDir }),
    hostConfig({ contentDir }),
    // Last: it compresses what the others wrote.
    precompress(),
  ],
  vite: {
    plugins: [tailwindcss()],
  },
  build: {
    inlineStylesheets: 'auto',
  },
  experimental: {
    // A page whose code, text and render key (src/lib/render-keys.ts) are unchanged since the last
    // build is copied from Astro's cache folder, not rendered again. Off with the build cache (BUILD_CACHE=off).
    incrementalBuild: buildCacheEnabled(),
  },
  // Every page gets a CSP <meta> with the hashes of its inline scripts and styles;
  // the host files repeat it as a header (src/integrations/host-config/index.ts).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      // The inline boot script is not bundled, so Astro is told its hash.
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [PAGE_BOOT_HASH] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
