import { describe, expect, test } from 'vitest';
import {
  benchPath,
  checkTargets,
  executedBytes,
  formatTable,
  median,
  medianFigures,
  resourceKind,
  splitBytes,
  type LighthouseFigures,
  type PageResult,
} from '../../tools/lib/page-bench.ts';

describe('benchPath', () => {
  test.each([
    ['home', 'ka', '/', '/'],
    ['home', 'en', '/', '/en/'],
    ['programme', 'ka', '/', '/programmes/mobility-partnership/'],
    ['about', 'en', '/migration/', '/migration/en/about/'],
    ['search', 'en', '/', '/en/search/?q=mobility'],
  ] as const)('%s in %s under %s is %s', (type, locale, base, expected) => {
    expect(benchPath(type, locale, base)).toBe(expected);
  });

  test('the Georgian search query is encoded', () => {
    expect(benchPath('search', 'ka')).toMatch(/^\/search\/\?q=(%[0-9A-F]{2})+$/);
  });
});

describe('resourceKind', () => {
  test.each([
    ['text/html', '/', 'html'],
    ['text/css', '/_astro/a.css', 'css'],
    ['text/javascript', '/_astro/a.js', 'js'],
    ['application/javascript', '/pagefind/ka/pagefind.js', 'js'],
    ['font/woff2', '/_astro/fonts/a.woff2', 'fonts'],
    ['application/octet-stream', '/_astro/fonts/a.woff2', 'fonts'],
    ['application/octet-stream', '/pagefind/ka/wasm.unknown.pagefind', 'other'],
    ['image/svg+xml', '/favicon.svg', 'other'],
    ['application/json', '/pagefind/ka/words.json', 'other'],
  ] as const)('%s at %s is %s', (mime, url, expected) => {
    expect(resourceKind(mime, `http://127.0.0.1${url}`)).toBe(expected);
  });
});

test('splitBytes adds up each kind and counts requests', () => {
  const split = splitBytes([
    { url: '/', kind: 'html', bytes: 2000, headerBytes: 200 },
    { url: '/a.woff2', kind: 'fonts', bytes: 10_000, headerBytes: 150 },
    { url: '/b.woff2', kind: 'fonts', bytes: 5000, headerBytes: 150 },
  ]);
  expect(split).toEqual({ html: 2000, css: 0, js: 0, fonts: 15_000, other: 0, total: 17_000, headers: 500, requests: 3 });
});

describe('executedBytes', () => {
  test('a script that ran to the end counts whole', () => {
    expect(executedBytes(100, [{ ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] }])).toBe(100);
  });

  test('a function never called is left out', () => {
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] },
      { ranges: [{ startOffset: 20, endOffset: 50, count: 0 }] },
    ];
    expect(executedBytes(100, functions)).toBe(70);
  });

  test('a branch taken inside a function never called elsewhere counts', () => {
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }, { startOffset: 10, endOffset: 60, count: 0 }] },
      { ranges: [{ startOffset: 30, endOffset: 40, count: 2 }] },
    ];
    expect(executedBytes(100, functions)).toBe(60);
  });
});

test('median takes the middle value, the lower one for an even count', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2);
  expect(median([])).toBeNaN();
});

const figures = (performance: number, cls: number, failing: LighthouseFigures['failing'] = []): LighthouseFigures => ({
  scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
  lcp: 1000 + performance,
  cls,
  tbt: 0,
  totalBytes: 50_000,
  failing,
});

test('medianFigures takes the median of each figure and keeps the audits that failed in most runs', () => {
  const audit = { id: 'cumulative-layout-shift', title: 'CLS', category: 'performance' as const, score: 0.8 };
  const once = { id: 'total-blocking-time', title: 'TBT', category: 'performance' as const, score: 0.9 };
  const combined = medianFigures([figures(90, 0.2, [audit]), figures(100, 0, [once]), figures(95, 0.1, [audit])]);
  expect(combined.scores.performance).toBe(95);
  expect(combined.cls).toBe(0.1);
  expect(combined.failing).toEqual([audit]);
});

describe('checkTargets', () => {
  const page = (type: PageResult['type'], locale: PageResult['locale'], total: number, script = 0, lighthouse = figures(100, 0)): PageResult => ({
    type,
    locale,
    path: '/',
    bytes: { html: 0, css: 0, js: script, fonts: 0, other: 0, total, headers: 0, requests: 1 },
    script: { compressed: script, source: script, executed: script },
    lighthouse,
  });
  const verdict = (pages: PageResult[], starts: string) => checkTargets(pages).find((v) => v.target.startsWith(starts))!;

  test('all pass on a light site', () => {
    expect(checkTargets([page('programme', 'ka', 50_000), page('search', 'ka', 150_000, 20_000)]).every((v) => v.pass)).toBe(true);
  });

  test('a heavy programme page fails the byte budget; other pages do not count', () => {
    expect(verdict([page('programme', 'ka', 61_441)], 'Programme page').pass).toBe(false);
    expect(verdict([page('home', 'ka', 100_000), page('programme', 'ka', 61_440)], 'Programme page').pass).toBe(true);
  });

  test('script on a content page fails; on the search page it is expected', () => {
    expect(verdict([page('about', 'en', 10_000, 2000)], 'Script').pass).toBe(false);
    expect(verdict([page('search', 'en', 10_000, 20_000)], 'Script').pass).toBe(true);
  });

  test('a score under 100 or any layout shift fails, naming the page', () => {
    const scores = verdict([page('search', 'ka', 1, 0, figures(90, 0.19))], 'Lighthouse');
    expect(scores.pass).toBe(false);
    expect(scores.detail).toBe('search (ka) performance 90');
    expect(verdict([page('home', 'ka', 1, 0, figures(100, 0.0003))], 'CLS').pass).toBe(false);
  });

  test('without Lighthouse figures only the byte targets are judged', () => {
    const { lighthouse: _, ...bare } = page('home', 'ka', 1);
    expect(checkTargets([bare]).map((v) => v.target)).toHaveLength(2);
  });
});

test('formatTable aligns columns', () => {
  expect(formatTable(['page', 'KB'], [['home', '1.5'], ['about', '12.0']])).toBe(
    ['page     KB', '-----  ----', 'home    1.5', 'about  12.0'].join('\n'),
  );
});
