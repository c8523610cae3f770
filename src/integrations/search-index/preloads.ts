/**
 * The preload links for what the search page's first query waits on, as
 * markup for the page's boot script to put in (JsOnly.astro's convention:
 * an empty <template> carrying it in `data-html`). The boot script runs in
 * the head and puts such markup in as soon as the parser reaches it, so the
 * downloads start while the rest of the page is still arriving, well before
 * the search script runs; without JavaScript nothing is fetched.
 */

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One link per address: Pagefind's loader as a module (the search script
 * imports it), everything else as a fetch, in CORS mode as Pagefind's and
 * the search script's own fetch() calls make them, so the preloaded
 * response is the one they get. The fetches are low priority, as the
 * search script itself is: a preload is otherwise high priority, and the
 * five of them took the browser's connections ahead of the script, which
 * has to run before any of them is used.
 */
export function preloadLinks(urls: readonly string[]): string {
  return urls
    .map((url) =>
      new URL(url, 'https://site.invalid/').pathname.endsWith('.js')
        ? `<link rel="modulepreload" href="${attribute(url)}">`
        : `<link rel="preload" as="fetch" crossorigin="anonymous" fetchpriority="low" href="${attribute(url)}">`,
    )
    .join('');
}

/** The same markup as the value of the template's data-html attribute. */
export function preloadTemplateValue(urls: readonly string[]): string {
  return attribute(preloadLinks(urls));
}
