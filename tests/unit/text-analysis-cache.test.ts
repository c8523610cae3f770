import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { BuildCache } from '../../src/lib/build-cache.ts';
import { storedAnalysis, useTextAnalysisStore } from '../../src/lib/text-analysis-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'text-analyses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useTextAnalysisStore(undefined));

/** An analysis that counts its runs. */
function analysis(names: string[]) {
  const analyse = () => {
    analyse.runs++;
    return names;
  };
  analyse.runs = 0;
  return analyse;
}

describe('page analyses kept between builds', () => {
  test('without a store (the dev server, the tools), an analysis runs every time', () => {
    const analyse = analysis(['readmission']);
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['readmission']);
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['readmission']);
    expect(analyse.runs).toBe(2);
  });

  test('an analysis runs again only when one of its inputs, or its kind, changed', () => {
    useTextAnalysisStore(new BuildCache(join(dir, 'store')));
    const analyse = analysis(['circular-migration', 'readmission']);
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['circular-migration', 'readmission']);
    // A later build: another BuildCache on the same folder.
    useTextAnalysisStore(new BuildCache(join(dir, 'store')));
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['circular-migration', 'readmission']);
    expect(analyse.runs).toBe(1);
    storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text, edited'], analyse);
    storedAnalysis('linked-terms', ['terms', 'en/b.mdx', 'text'], analyse);
    storedAnalysis('linked-terms', ['terms and a new one', 'en/a.mdx', 'text'], analyse);
    storedAnalysis('another-analysis', ['terms', 'en/a.mdx', 'text'], analyse);
    expect(analyse.runs).toBe(5);
  });

  test('an entry that is not a list of names, or is damaged, is worked out again and written over', () => {
    const cache = new BuildCache(join(dir, 'damaged'));
    useTextAnalysisStore(cache);
    storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analysis(['readmission']));
    const [folder] = readdirSync(join(dir, 'damaged'));
    const [name] = readdirSync(join(dir, 'damaged', folder!));
    // Intact, but not what this code writes (an older format, say).
    cache.set(name!, Buffer.from('{"not":"a list"}'));
    const analyse = analysis(['readmission']);
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['readmission']);
    expect(analyse.runs).toBe(1);
    // Damaged on disk: its checksum no longer matches.
    writeFileSync(join(dir, 'damaged', folder!, name!), 'garbage');
    expect(storedAnalysis('linked-terms', ['terms', 'en/a.mdx', 'text'], analyse)).toEqual(['readmission']);
    expect(analyse.runs).toBe(2);
  });
});
