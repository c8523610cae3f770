/**
 * Site URLs. A page is identified by its locale and its slug: the path
 * without locale prefix, base path or surrounding slashes ('' is home,
 * 'programmes/mobility-partnership' a programme). Every link between
 * languages goes through these functions, so the root locale without a
 * prefix, the base path and trailing slashes are handled in one place.
 */
import { defaultLocale, isLocale, type Locale } from './locales.ts';

export interface PageRef {
  locale: Locale;
  slug: string;
}

/** '/migration' and 'migration/' become '/migration/'; '' and '/' become '/'. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** The path of a page, with the base and a trailing slash: '/en/about/'. */
export function pagePath(locale: Locale, slug: string, base = '/'): string {
  const segments = [locale === defaultLocale ? '' : locale, trimSlashes(slug)].filter(Boolean);
  const path = segments.length ? `${segments.join('/')}/` : '';
  return normalizeBase(base) + path;
}

/**
 * Reads a URL path back into locale and slug. Only configured locales count
 * as a prefix: '/enquiries/' is a Georgian page, '/en/' is English home.
 */
export function parsePath(pathname: string, base = '/'): PageRef {
  let path = pathname.split(/[?#]/, 1)[0] ?? '';
  path = path.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  const baseTrimmed = trimSlashes(normalizeBase(base));
  let rest = trimSlashes(path);
  if (baseTrimmed && (rest === baseTrimmed || rest.startsWith(`${baseTrimmed}/`))) {
    rest = rest.slice(baseTrimmed.length);
  }
  const [first, ...others] = trimSlashes(rest).split('/');
  if (first !== defaultLocale && isLocale(first)) {
    return { locale: first, slug: others.join('/') };
  }
  return { locale: defaultLocale, slug: trimSlashes(rest) };
}

/** The same page in another locale: localizedPath('/en/about/', 'ka') === '/about/'. */
export function localizedPath(pathname: string, locale: Locale, base = '/'): string {
  return pagePath(locale, parsePath(pathname, base).slug, base);
}

/** The URL path a built file is served at: 'en/about/index.html' → '/en/about/' (with the base). */
export function servedPath(builtFile: string, base = '/'): string {
  return normalizeBase(base) + builtFile.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
}

/** An absolute URL for canonical links, sitemaps and feeds. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The Atom feed of a language's page updates, beside its home page: '/feed.xml', '/en/feed.xml'. */
export function feedPath(locale: Locale, base = '/'): string {
  return `${pagePath(locale, '', base)}feed.xml`;
}

/**
 * The share image of a page, all in one folder: '/og/index.png' for the
 * Georgian home, '/og/en.png' for the English one, '/og/en/about.png'.
 */
export function shareImagePath(locale: Locale, slug: string, base = '/'): string {
  return `${normalizeBase(base)}og/${trimSlashes(pagePath(locale, slug)) || 'index'}.png`;
}
