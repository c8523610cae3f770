import { describe, expect, test } from 'vitest';
import { buildPhases, renderedLine, cpuFromProcStat, editPageText, cpuTime, formatBytes, formatTable, growth, parsePageCounts, peakMemory, threadTimesFromStat } from '../../tools/lib/build-bench.ts';

describe('parsePageCounts', () => {
  test('takes one size or several, separated by commas', () => {
    expect(parsePageCounts('100')).toEqual([100]);
    expect(parsePageCounts('100, 1000,5000')).toEqual([100, 1000, 5000]);
  });

  test.each(['', '0', '1e3', '-5', '100,,200', 'ten'])('refuses "%s"', (value) => {
    expect(() => parsePageCounts(value)).toThrow(/whole numbers of at least 1/);
  });
});

describe('buildPhases', () => {
  const line = (at: number, text: string) => ({ at, text });

  test('each phase lasts from the end of the one before to its own log line', () => {
    const lines = [
      line(100, '12:00:00 [content] Syncing content'),
      line(900, '12:00:01 [build] Building static entrypoints...'),
      line(2000, '12:00:02 [build] Rearranging server assets...'),
      line(2100, '12:00:02   ├─ /index.html (+3ms)'),
      line(5000, '12:00:05 [build] ✓ Completed in 3s.'),
      line(5100, '12:00:05 [share-images] 40 share image(s): 38 from the cache, 2 drawn (2 worker(s))'),
      line(5200, '12:00:05 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'),
      line(5300, '12:00:05 [search-index] ka: 3 page(s) indexed'),
      line(6000, '12:00:06 [search-index] ka: 479 distinct words for query processing'),
      line(6030, '12:00:06 [host-config] security headers for 14 page(s); 0 redirect(s) for moved pages'),
      line(6050, '12:00:06 [precompress] 24 file(s) precompressed: 431 KB, 109 KB as brotli'),
      line(6100, '12:00:06 [build] Complete!'),
    ];
    expect(buildPhases(lines, 6200)).toEqual([
      { name: 'start, content sync, types', start: 0, ms: 900 },
      { name: 'bundle', start: 900, ms: 1100 },
      { name: 'render pages', start: 2000, ms: 3000 },
      { name: 'share images', start: 5000, ms: 100 },
      { name: 'sitemap', start: 5100, ms: 100 },
      { name: 'search index', start: 5200, ms: 800 },
      { name: 'host files', start: 6000, ms: 30 },
      { name: 'precompress', start: 6030, ms: 20 },
      { name: 'finish', start: 6050, ms: 150 },
    ]);
  });

  test('a phase whose line never came is left out, and its time goes to the next one found', () => {
    const lines = [line(900, '[build] Building static entrypoints...'), line(5000, '[build] ✓ Completed in 3s.')];
    expect(buildPhases(lines, 5000)).toEqual([
      { name: 'start, content sync, types', start: 0, ms: 900 },
      { name: 'render pages', start: 900, ms: 4100 },
      { name: 'finish', start: 5000, ms: 0 },
    ]);
  });

  test('an earlier "Completed" line (build info) does not end the render phase', () => {
    const lines = [
      line(500, '[build] ✓ Completed in 2.59s.'),
      line(900, '[build] Building static entrypoints...'),
      line(2000, '[build] Rearranging server assets...'),
      line(5000, '[build] ✓ Completed in 3s.'),
    ];
    expect(buildPhases(lines, 5000).find((phase) => phase.name === 'render pages')).toEqual({ name: 'render pages', start: 2000, ms: 3000 });
  });
});

describe('editPageText', () => {
  test('adds a paragraph at the end of the text and leaves the rest, frontmatter and title included, as it was', () => {
    const page = '---\ntitle: Labour migration\n---\n\nThe first paragraph.\n\n';
    const edited = editPageText(page);
    expect(edited.startsWith('---\ntitle: Labour migration\n---\n\nThe first paragraph.\n\n')).toBe(true);
    expect(edited).toMatch(/The first paragraph\.\n\nThis paragraph was added to time a rebuild after a one-page edit\.\n$/);
    expect(editPageText(page, 'Another.')).not.toBe(edited);
  });
});

describe('peakMemory and cpuTime', () => {
  const samples = [
    { at: 0, bytes: 100, cpuMs: 0 },
    { at: 200, bytes: 900, cpuMs: 150 },
    { at: 400, bytes: 300, cpuMs: 350 },
  ];

  test('peak memory: the highest reading within the span, ends included', () => {
    expect(peakMemory(samples, 0, 200)).toBe(900);
    expect(peakMemory(samples, 300, 400)).toBe(300);
  });

  test('peak memory is unknown when no reading fell within the span', () => {
    expect(peakMemory(samples, 500, 900)).toBeUndefined();
  });

  test('processor time between the last readings before each end', () => {
    expect(cpuTime(samples, 0, 400)).toBe(350);
    expect(cpuTime(samples, 250, 450)).toBe(200);
    expect(cpuTime(samples, -10, 100)).toBe(0);
  });
});

describe('cpuFromProcStat', () => {
  test('adds the process’s own user and system time, in milliseconds', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const stat = '4242 (node (astro) x) R 1 4242 4242 0 -1 4194304 10 0 0 0 250 50 120 30 20 0 1 0';
    expect(cpuFromProcStat(stat)).toBe(3000);
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [29_959_620, '28.6 MiB'],
    [3 * 1024 ** 3, '3.0 GiB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('growth', () => {
  test('linear growth with a start-up cost: time per page falls, each added page costs the same', () => {
    const rows = [
      { pages: 1000, ms: 5000 + 1000 * 10 },
      { pages: 100, ms: 5000 + 100 * 10 },
      { pages: 5000, ms: 5000 + 5000 * 10 },
    ];
    const steps = growth(rows);
    expect(steps.map((step) => [step.from, step.to, step.marginalMs])).toEqual([
      [100, 1000, 10],
      [1000, 5000, 10],
    ]);
    expect(steps.every((step) => step.perPageRatio < 1)).toBe(true);
  });

  test('quadratic growth: each added page costs more at the larger size', () => {
    const steps = growth([100, 1000, 5000].map((pages) => ({ pages, ms: pages * pages * 0.01 })));
    expect(steps[1]!.marginalMs).toBeGreaterThan(steps[0]!.marginalMs * 5);
    expect(steps[1]!.perPageRatio).toBeCloseTo(5);
  });
});

describe('formatTable', () => {
  test('pads columns to their widest cell, labels left and figures right', () => {
    expect(formatTable(['N', 'time'], [['100', '1.0 s'], ['5000', '12.5 s']])).toBe(['N       time', '----  ------', '100    1.0 s', '5000  12.5 s'].join('\n'));
  });
});

describe('the count of rendered and copied files', () => {
  test("counts Astro's file lines, those it copied from its last build apart", () => {
    const log = [
      '16:13:11 generating static routes',
      '16:13:11   ├─ /en/about/index.html (restored)',
      '16:13:11   ├─ /about/index.html (cached)',
      '16:13:11   ├─ /index.html (+38ms) ',
      '16:13:11 ✓ Completed in 2.74s.',
    ];
    expect(renderedLine(log)).toBe('[render] 3 file(s): 2 copied from the last build, 1 rendered');
    expect(renderedLine([])).toBe('[render] 0 file(s): 0 copied from the last build, 0 rendered');
  });
});

describe('threadTimesFromStat', () => {
  test('reads a thread’s name, even with spaces and parentheses, and its user and system time', () => {
    const stat = '4242 (V8 Worker (1)) S 4200 4200 4200 0 -1 4194560 120 0 0 0 357 42 0 0 20 0 9 0 100 0 0';
    expect(threadTimesFromStat(stat)).toEqual({ name: 'V8 Worker (1)', userMs: 3570, systemMs: 420 });
  });
});
