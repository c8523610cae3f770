/**
 * Every page is rendered under the same time limit as its compile (see
 * src/integrations/content-guard/watchdog.ts): a page whose rendering runs past
 * it is named and the build stops, instead of hanging with no message. The
 * page is read to its end inside the limit, since Astro streams the body after
 * this handler returns. The development server is left alone: its first
 * request compiles half the site.
 *
 * Each page is then made ready to serve (src/lib/security-policy.ts, securePage):
 * its CSP `<meta>` first in its head with only the hashes it needs, and inline
 * code its policy does not allow refused, naming the page's content file. Done
 * here rather than after the build, so that a rebuild that copies a page from
 * its last build (src/lib/render-keys.ts) copies it ready.
 */
import type { MiddlewareHandler } from 'astro';
import { startWatchdog, withinTimeLimit } from './integrations/content-guard/watchdog.ts';
import { isSearchPage, pageSource } from './integrations/host-config/page-sources.ts';
import { pageInventory } from './lib/page-inventory.ts';
import { securePage } from './lib/security-policy.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  // The mode, not import.meta.env.DEV, which follows NODE_ENV: a build run from the tests (NODE_ENV=test) is still a build.
  if (import.meta.env?.MODE === 'development' || !context.isPrerendered) return next();
  await startWatchdog();
  const { response, body } = await withinTimeLimit(`page ${context.url.pathname}`, 'rendering the page', async () => {
    const response = await next();
    return { response, body: await response.arrayBuffer() };
  });
  if (!response.headers.get('content-type')?.startsWith('text/html')) return new Response(body, response);
  const path = context.url.pathname;
  const base = import.meta.env.BASE_URL;
  const { html } = securePage(new TextDecoder().decode(body), { where: pageSource(pageInventory(), base, path), isSearch: isSearchPage(base, path) });
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
};
