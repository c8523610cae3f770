import { describe, expect, test } from 'vitest';
import {
  benchPath,
  bytesFromSummary,
  checkTargets,
  formatTable,
  inlineScriptBytes,
  median,
  medianFigures,
  scriptRan,
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

test('bytesFromSummary puts Lighthouse resource types in five columns and takes the total and requests from its total row', () => {
  const rows = [
    { resourceType: 'total', transferSize: 40_000, requestCount: 9 },
    { resourceType: 'document', transferSize: 6000, requestCount: 1 },
    { resourceType: 'stylesheet', transferSize: 4500, requestCount: 1 },
    { resourceType: 'script', transferSize: 0, requestCount: 0 },
    { resourceType: 'font', transferSize: 27_000, requestCount: 4 },
    { resourceType: 'image', transferSize: 400, requestCount: 1 },
    { resourceType: 'media', transferSize: 0, requestCount: 0 },
    { resourceType: 'other', transferSize: 2100, requestCount: 2 },
    { resourceType: 'third-party', transferSize: 0, requestCount: 0 },
  ];
  expect(bytesFromSummary(rows)).toEqual({ html: 6000, css: 4500, js: 0, fonts: 27_000, other: 2500, total: 40_000, requests: 9 });
});

test('scriptRan counts the bytes not reported unused, a file without coverage whole', () => {
  expect(scriptRan([{ resourceBytes: 1000, unusedBytes: 300 }, { resourceBytes: 200 }])).toBe(900);
  expect(scriptRan([])).toBe(0);
});

describe('inlineScriptBytes', () => {
  test('counts inline scripts, gzipped, and leaves out scripts loaded from a file', () => {
    const text = 'document.documentElement.dataset.theme = localStorage.getItem("theme") ?? "auto";\n'.repeat(10);
    const one = inlineScriptBytes(`<head><script>${text}</script></head>`);
    expect(one).toBeGreaterThan(40);
    expect(one).toBeLessThan(text.length);
    expect(inlineScriptBytes(`<script>${text}</script><script type="module" src="/_astro/a.js"></script>`)).toBe(one);
    expect(inlineScriptBytes(`<script>${text}</script><SCRIPT>${text}</SCRIPT>`)).toBe(2 * one);
    expect(inlineScriptBytes(`<script type="module">${text}</script>`)).toBe(one);
  });

  test('a JSON-LD block is data, not script', () => {
    expect(inlineScriptBytes('<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"About"}</script>')).toBe(0);
  });

  test('a page without inline script has none', () => {
    expect(inlineScriptBytes('<p>No script here</p><script src="/a.js"></script>')).toBe(0);
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
    bytes: { html: 0, css: 0, js: script, fonts: 0, other: 0, total, requests: 1 },
    script: { compressed: script, executed: script },
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
});

test('formatTable aligns columns', () => {
  expect(formatTable(['page', 'KB'], [['home', '1.5'], ['about', '12.0']])).toBe(
    ['page     KB', '-----  ----', 'home    1.5', 'about  12.0'].join('\n'),
  );
});
