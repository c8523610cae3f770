/**
 * Every page is rendered under the same time limit as its compile (see
 * src/integrations/content-guard/watchdog.ts): a page whose rendering runs past
 * it is named and the build stops, instead of hanging with no message. The
 * page is read to its end inside the limit, since Astro streams the body after
 * this handler returns. The development server is left alone: its first
 * request compiles half the site.
 */
import type { MiddlewareHandler } from 'astro';
import { startWatchdog, withinTimeLimit } from './integrations/content-guard/watchdog.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  if (import.meta.env?.DEV || !context.isPrerendered) return next();
  await startWatchdog();
  return withinTimeLimit(`page ${context.url.pathname}`, 'rendering the page', async () => {
    const response = await next();
    const body = await response.arrayBuffer();
    return new Response(body, response);
  });
};
