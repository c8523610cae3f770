import { describe, expect, test } from 'vitest';
import { feedPath, localizedPath, normalizeBase, pagePath, parsePath, servedPath, shareImagePath } from '../../src/lib/urls.ts';

describe('pagePath', () => {
  test.each([
    ['ka', '', '/', '/'],
    ['en', '', '/', '/en/'],
    ['ka', 'about', '/', '/about/'],
    ['en', 'about', '/', '/en/about/'],
    ['ka', 'programmes/mobility-partnership', '/', '/programmes/mobility-partnership/'],
    ['en', '/programmes/mobility-partnership/', '/', '/en/programmes/mobility-partnership/'],
    ['ka', '', '/migration/', '/migration/'],
    ['en', '', '/migration', '/migration/en/'],
    ['en', 'about', 'migration/', '/migration/en/about/'],
  ] as const)('%s + %j under base %j is %s', (locale, slug, base, expected) => {
    expect(pagePath(locale, slug, base)).toBe(expected);
  });
});

describe('parsePath', () => {
  test.each([
    ['/', '/', { locale: 'ka', slug: '' }],
    ['/en/', '/', { locale: 'en', slug: '' }],
    ['/en', '/', { locale: 'en', slug: '' }],
    ['/about/', '/', { locale: 'ka', slug: 'about' }],
    ['/about', '/', { locale: 'ka', slug: 'about' }],
    ['/en/programmes/euromed-migration-iv/', '/', { locale: 'en', slug: 'programmes/euromed-migration-iv' }],
    ['/en/about/index.html', '/', { locale: 'en', slug: 'about' }],
    ['/about/?q=x#top', '/', { locale: 'ka', slug: 'about' }],
    // Only configured locales are prefixes; a slug that starts with "en" is Georgian.
    ['/enquiries/', '/', { locale: 'ka', slug: 'enquiries' }],
    // The default locale has no prefix, so /ka/… is an ordinary Georgian slug, not a locale.
    ['/ka/about/', '/', { locale: 'ka', slug: 'ka/about' }],
    ['/migration/', '/migration/', { locale: 'ka', slug: '' }],
    ['/migration/en/about/', '/migration/', { locale: 'en', slug: 'about' }],
    ['/migration/en/about/', '/migration', { locale: 'en', slug: 'about' }],
  ] as const)('%s under base %j', (path, base, expected) => {
    expect(parsePath(path, base)).toEqual(expected);
  });
});

describe('localizedPath', () => {
  test.each([
    ['/', 'en', '/', '/en/'],
    ['/en/', 'ka', '/', '/'],
    ['/programmes/mobility-partnership/', 'en', '/', '/en/programmes/mobility-partnership/'],
    ['/en/programmes/mobility-partnership/', 'ka', '/', '/programmes/mobility-partnership/'],
    ['/en/about', 'ka', '/', '/about/'],
    ['/about/', 'ka', '/', '/about/'],
    ['/migration/about/', 'en', '/migration/', '/migration/en/about/'],
    ['/migration/en/', 'ka', '/migration/', '/migration/'],
  ] as const)('%s → %s (base %j) is %s', (path, locale, base, expected) => {
    expect(localizedPath(path, locale, base)).toBe(expected);
  });

  test('round-trips every page in both directions', () => {
    for (const slug of ['', 'programmes', 'programmes/mobility-partnership', 'about']) {
      const ka = pagePath('ka', slug);
      expect(localizedPath(localizedPath(ka, 'en'), 'ka')).toBe(ka);
    }
  });
});

describe('normalizeBase', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['migration', '/migration/'],
    ['/migration', '/migration/'],
    ['//migration//', '/migration/'],
  ])('%j → %j', (input, expected) => expect(normalizeBase(input)).toBe(expected));
});

describe('servedPath', () => {
  test.each([
    ['index.html', '/', '/'],
    ['en/about/index.html', '/', '/en/about/'],
    ['en\\about\\index.html', '/', '/en/about/'],
    ['404.html', '/', '/404.html'],
    ['en/about/index.html', '/migration', '/migration/en/about/'],
  ])('%s under base %j is served at %s', (file, base, expected) => expect(servedPath(file, base)).toBe(expected));
});

describe('feedPath', () => {
  test.each([
    ['ka', '/', '/feed.xml'],
    ['en', '/', '/en/feed.xml'],
    ['ka', '/migration', '/migration/feed.xml'],
    ['en', 'migration/', '/migration/en/feed.xml'],
  ] as const)('%s under base %j is %s', (locale, base, expected) => {
    expect(feedPath(locale, base)).toBe(expected);
  });
});

describe('shareImagePath', () => {
  test.each([
    ['ka', '', '/', '/og/index.png'],
    ['en', '', '/', '/og/en.png'],
    ['ka', 'about', '/', '/og/about.png'],
    ['en', 'programmes/mobility-partnership', '/', '/og/en/programmes/mobility-partnership.png'],
    ['en', 'about', '/migration/', '/migration/og/en/about.png'],
  ] as const)('%s + %j under base %j is %s', (locale, slug, base, expected) => {
    expect(shareImagePath(locale, slug, base)).toBe(expected);
  });

  test('no two pages share an image', () => {
    const paths = ['ka', 'en'].flatMap((locale) => ['', 'about', 'programmes', 'search', 'programmes/x'].map((slug) => shareImagePath(locale as 'ka' | 'en', slug)));
    expect(new Set(paths).size).toBe(paths.length);
  });
});
