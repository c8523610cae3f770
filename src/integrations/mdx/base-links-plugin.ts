/**
 * A Sätteri hast plugin that puts the site's base path in front of the
 * root-relative addresses editors write in content, `/images/map.png` or
 * `/en/about/`, so they still lead somewhere when the site is served from a
 * sub-path (BASE_PATH). Relative links need nothing and are left alone.
 */
import { defineHastPlugin } from 'satteri';
import { normalizeBase } from '../../lib/urls.ts';

const ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src', source: 'src', video: 'src', audio: 'src' };

/** '/images/a.png' under '/migration/' is '/migration/images/a.png'; other addresses are unchanged. */
export function withBase(url: string, base: string): string {
  const prefix = normalizeBase(base);
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(prefix) || `${url}/` === prefix) return url;
  return prefix + url.slice(1);
}

export function baseLinksPlugin({ base }: { base: string }) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: Object.keys(ATTRIBUTES),
      visit(node, ctx) {
        const attribute = ATTRIBUTES[node.tagName]!;
        const value = node.properties?.[attribute];
        if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, attribute, withBase(value, base));
      },
    },
  });
}
