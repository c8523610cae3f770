/**
 * Each page's share image in `astro dev`, drawn when asked for:
 * /og/index.png for the Georgian home page,
 * /og/en/programmes/mobility-partnership.png, … (see shareImagePath in
 * lib/urls.ts). A build does not use this route: the share-images
 * integration (index.ts) draws every image in a worker pool, and keeps them
 * in the build cache.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSharePages, type SharePage } from '../../data/share-cards.ts';
import { renderShareImage } from '../../lib/share-image.ts';
import { shareImagePath } from '../../lib/urls.ts';

const PREFIX = '/og/';

export const getStaticPaths = (async () => {
  const pages = getSharePages(import.meta.env.SITE ?? 'http://localhost/', import.meta.env.BASE_URL);
  return pages.map((page) => ({
    params: { image: shareImagePath(page.locale, page.slug).slice(PREFIX.length, -'.png'.length) },
    props: { page },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: SharePage }> = async ({ props }) =>
  new Response(new Uint8Array(await renderShareImage(props.page.card)), { headers: { 'Content-Type': 'image/png' } });
