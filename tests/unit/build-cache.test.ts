import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BuildCache, buildCacheEnabled, cacheKey } from '../../src/lib/build-cache.ts';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every file under the cache folder, as paths from it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

/** Where an entry lives in the cache folder. */
const entry = (dir: string, key: string) => join(dir, key.slice(0, 2), key);

/** Entries an earlier build wrote an hour ago, each key's bytes its own name. */
function writtenAnHourAgo(dir: string, keys: string[]): void {
  const earlier = new BuildCache(dir);
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const key of keys) {
    earlier.set(key, Buffer.from(key));
    utimesSync(entry(dir, key), anHourAgo, anHourAgo);
  }
}

describe('cacheKey', () => {
  test('the same parts give the same key; any change, or parts split differently, another', () => {
    const key = cacheKey('template', 'card');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('template', 'card')).toBe(key);
    expect(cacheKey('template', 'card.')).not.toBe(key);
    expect(cacheKey('templ', 'atecard')).not.toBe(key);
    expect(cacheKey('templatecard')).not.toBe(key);
    expect(cacheKey(Buffer.from('template'), 'card')).toBe(key);
  });
});

describe('BuildCache', () => {
  test('gives back what was stored, and a miss for anything else', () => {
    const cache = new BuildCache(scratch());
    const key = cacheKey('a');
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, Buffer.from('bytes of an image'));
    expect(cache.get(key)?.toString()).toBe('bytes of an image');
    expect(new BuildCache(cache.dir).get(key)?.toString()).toBe('bytes of an image');
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, written: 1, damaged: 0 });
  });

  test('an entry appears whole under its name: no temporary file is left', () => {
    const cache = new BuildCache(scratch());
    const key = cacheKey('b');
    cache.set(key, Buffer.alloc(100_000, 7));
    expect(filesIn(cache.dir)).toEqual([join(key.slice(0, 2), key)]);
  });

  test.each([
    ['a changed byte', (entry: Buffer) => Buffer.concat([entry.subarray(0, -1), Buffer.from([entry.at(-1)! ^ 1])])],
    ['cut short', (entry: Buffer) => entry.subarray(0, entry.length - 10)],
    ['emptied', () => Buffer.alloc(0)],
    ['not an entry at all', () => Buffer.from('<html>')],
  ])('a damaged entry (%s) is a miss, and is deleted', (_, damage) => {
    const cache = new BuildCache(scratch());
    const key = cacheKey('c');
    cache.set(key, Buffer.from('the compressed copy of a page'));
    const path = join(cache.dir, key.slice(0, 2), key);
    writeFileSync(path, damage(readFileSync(path)));
    const again = new BuildCache(cache.dir);
    expect(again.get(key)).toBeUndefined();
    expect(again.stats).toMatchObject({ hits: 0, misses: 1, damaged: 1 });
    expect(existsSync(path)).toBe(false);
  });

  test('switched off, it reads nothing and writes nothing', () => {
    const dir = scratch();
    const key = cacheKey('d');
    new BuildCache(dir).set(key, Buffer.from('x'));
    const off = new BuildCache(dir, false);
    expect(off.get(key)).toBeUndefined();
    off.set(cacheKey('e'), Buffer.from('y'));
    expect(filesIn(dir)).toEqual([join(key.slice(0, 2), key)]);
    expect(off.prune()).toBe(0);
  });

  test('prune keeps what this build used and deletes the rest, and temporary files of builds no longer running', () => {
    const dir = scratch();
    const [used, written, stale] = ['used', 'written', 'stale'].map((word) => cacheKey(word)) as [string, string, string];
    writtenAnHourAgo(dir, [used, stale]);
    // A build killed mid-write (no process has this id) and one still writing (this process).
    writeFileSync(join(dir, stale.slice(0, 2), `${stale}.999999999-abcd.tmp`), 'half');
    writeFileSync(join(dir, used.slice(0, 2), `${used}.${process.pid}-abcd.tmp`), 'in progress');
    const build = new BuildCache(dir);
    build.get(used);
    build.set(written, Buffer.from('3'));
    expect(build.prune()).toBe(1);
    expect(filesIn(dir).sort()).toEqual([join(used.slice(0, 2), used), join(used.slice(0, 2), `${used}.${process.pid}-abcd.tmp`), join(written.slice(0, 2), written)].sort());
  });

  test('prune keeps what a build running beside this one wrote or used since this one started', async () => {
    const dir = scratch();
    const [theirs, old, shared] = ['theirs', 'old', 'shared'].map((word) => cacheKey(word)) as [string, string, string];
    writtenAnHourAgo(dir, [old, shared]);
    const mine = new BuildCache(dir);
    await new Promise((done) => setTimeout(done, 20));
    // The other build, started before this one ends: it writes one entry and uses another.
    const other = new BuildCache(dir);
    other.set(theirs, Buffer.from('3'));
    expect(other.get(shared)?.toString()).toBe(shared);
    expect(statSync(entry(dir, shared)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(mine.prune()).toBe(1);
    expect(filesIn(dir).sort()).toEqual([join(shared.slice(0, 2), shared), join(theirs.slice(0, 2), theirs)].sort());
  });

  test('refuses a key that is not a hash, so no key can name a path outside its folder', () => {
    expect(() => new BuildCache(scratch()).set('../../etc/passwd', Buffer.from(''))).toThrow(/not a cache key/);
  });
});

describe('buildCacheEnabled', () => {
  test('on unless BUILD_CACHE=off; anything else is refused with the values it takes', () => {
    expect(buildCacheEnabled({})).toBe(true);
    expect(buildCacheEnabled({ BUILD_CACHE: 'on' })).toBe(true);
    expect(buildCacheEnabled({ BUILD_CACHE: 'OFF' })).toBe(false);
    expect(() => buildCacheEnabled({ BUILD_CACHE: 'no' })).toThrow(/"on" \(the default\) or "off"/);
  });
});
