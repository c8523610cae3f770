/**
 * /robots.txt: every page may be crawled, and the sitemap is named with the
 * public address the site is built for (SITE_URL and BASE_PATH), which a
 * file in public/ could not know. Served from a sub-path, the site's file
 * is not the one crawlers read; the host's own robots.txt needs the line.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, normalizeBase } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(`${normalizeBase(import.meta.env.BASE_URL)}sitemap-index.xml`, site ?? 'http://localhost/');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
