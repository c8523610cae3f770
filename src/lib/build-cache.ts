/**
 * A cache of the build's slow outputs (share images, compressed copies),
 * kept between builds in Astro's cache folder. An entry is found by a hash
 * of everything that determines it, so an entry whose inputs changed is
 * never found again, and the build removes it at its end. A rebuild redoes
 * only what changed; the bytes it writes are the ones a cold build writes.
 *
 * An entry is written to a temporary file and renamed into place, so a build
 * killed mid-write leaves no half entry under the real name. Each entry holds
 * the SHA-256 of its bytes; one that does not match (a damaged disk, a stray
 * edit) is deleted and made again.
 *
 * Two builds may share the cache (the site and its sub-path variant, built
 * at once). An entry's modification time is when a build last wrote or used
 * it, and a build removes only entries untouched since it started, so it does
 * not remove what a build running beside it is using.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './processes.ts';

const MAGIC = Buffer.from('BC1\n', 'latin1');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + DIGEST_BYTES;

/** The environment variable that turns the cache off (`npm run build -- --no-cache` sets it). */
export const CACHE_SWITCH = 'BUILD_CACHE';

/** Whether the build may read and write its cache: on unless BUILD_CACHE=off. */
export function buildCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env[CACHE_SWITCH]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`${CACHE_SWITCH} is "${env[CACHE_SWITCH]}"; it takes "on" (the default) or "off" (build without reading or writing the cache)`);
}

/**
 * A hash of the parts, each prefixed by its length, so that no two different
 * lists of parts hash alike (["ab", "c"] and ["a", "bc"]).
 */
export function cacheKey(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    const length = Buffer.alloc(8);
    length.writeBigUInt64BE(BigInt(bytes.length));
    hash.update(length).update(bytes);
  }
  return hash.digest('hex');
}

export interface CacheStats {
  /** Entries found and intact. */
  hits: number;
  /** Entries not there. */
  misses: number;
  /** Entries there but damaged: deleted, and counted as misses too. */
  damaged: number;
  written: number;
}

const KEY = /^[0-9a-f]{64}$/;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();


export class BuildCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, damaged: 0, written: 0 };
  /** The keys this build read or wrote: the ones `prune` keeps. */
  private readonly used = new Set<string>();
  /** When this build opened the cache: `prune` keeps entries touched since. */
  private readonly openedAt = Date.now();

  /** This kind of output's folder in the cache. */
  readonly dir: string;
  /** When false, every lookup is a miss and nothing is written. */
  readonly enabled: boolean;

  constructor(dir: string, enabled = true) {
    this.dir = dir;
    this.enabled = enabled;
  }

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.dir, key.slice(0, 2), key);
  }

  private untouchedSinceOpened(file: string): boolean {
    try {
      return statSync(file).mtimeMs < this.openedAt;
    } catch {
      return false;
    }
  }

  /** The bytes stored under `key`, if there and intact. */
  get(key: string): Buffer | undefined {
    if (!this.enabled) {
      this.stats.misses++;
      return undefined;
    }
    const path = this.path(key);
    let entry: Buffer;
    try {
      entry = readFileSync(path);
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const data = entry.subarray(HEADER_BYTES);
    const intact =
      entry.length >= HEADER_BYTES && entry.subarray(0, MAGIC.length).equals(MAGIC) && entry.subarray(MAGIC.length, HEADER_BYTES).equals(sha256(data));
    if (!intact) {
      rmSync(path, { force: true });
      this.stats.damaged++;
      this.stats.misses++;
      return undefined;
    }
    this.used.add(key);
    this.stats.hits++;
    // Used now: a build running beside this one must not prune it.
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Removed this moment by another build: the bytes are read already.
    }
    return data;
  }

  /** Stores `data` under `key`: written beside its place and renamed into it, so it appears whole or not at all. */
  set(key: string, data: Uint8Array): void {
    if (!this.enabled) return;
    const path = this.path(key);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(temporary, Buffer.concat([MAGIC, sha256(data), data]));
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
    this.used.add(key);
    this.stats.written++;
  }

  /**
   * Deletes every entry this build did not use (their inputs changed, or their
   * page is gone) and no other build has used since this one started, and
   * temporary files that a build no longer running left. Returns how many
   * entries it deleted. Call it only after a complete build.
   */
  prune(): number {
    if (!this.enabled) return 0;
    let removed = 0;
    let folders: string[];
    try {
      folders = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const folder of folders) {
      const path = join(this.dir, folder);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch {
        continue;
      }
      for (const name of names) {
        const temporary = /^[0-9a-f]{64}\.(\d+)-[0-9a-f]+\.tmp$/.exec(name);
        const file = join(path, name);
        if (temporary ? !isRunning(Number(temporary[1])) : !this.used.has(name) && this.untouchedSinceOpened(file)) {
          rmSync(file, { force: true });
          if (!temporary) removed++;
        }
      }
    }
    return removed;
  }
}
