import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';
import { defaultPoolSize, WorkerPool } from '../../src/lib/worker-pool.ts';

const arithmetic = new URL('../fixtures/workers/arithmetic.ts', import.meta.url);

describe('worker pool', () => {
  test('is as large as the cores the process may use', () => {
    expect(defaultPoolSize()).toBe(availableParallelism());
    expect(() => new WorkerPool(arithmetic, 0)).toThrow(/at least one worker/);
  });

  test('runs every task, in as many threads as it has workers, and each result goes to its own task', async () => {
    const pool = new WorkerPool<number, { square: number; thread: number }>(arithmetic, 2);
    const results = await Promise.all(Array.from({ length: 12 }, (_, n) => pool.run(n)));
    await pool.close();
    expect(results.map((r) => r.square)).toEqual(Array.from({ length: 12 }, (_, n) => n * n));
    expect(new Set(results.map((r) => r.thread)).size).toBe(2);
    expect(pool.workers).toBe(2);
  });

  test('starts no worker before there is work, and no more workers than tasks', async () => {
    const pool = new WorkerPool<number, { square: number; thread: number }>(arithmetic, 4);
    expect(pool.workers).toBe(0);
    expect((await pool.run(3)).square).toBe(9);
    await pool.close();
    expect(pool.workers).toBe(1);
  });

  test('a task that throws fails with its message; the others still finish', async () => {
    const pool = new WorkerPool<number, { square: number; thread: number }>(arithmetic, 2);
    const settled = await Promise.allSettled([pool.run(2), pool.run(-1), pool.run(4)]);
    await pool.close();
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe('negative: -1');
  });

  test('a worker that cannot start fails its tasks with the reason, rather than hanging', async () => {
    const pool = new WorkerPool<number, number>(new URL('../fixtures/workers/broken.ts', import.meta.url), 2);
    const settled = await Promise.allSettled([pool.run(1), pool.run(2), pool.run(3)]);
    await pool.close();
    expect(settled.every((s) => s.status === 'rejected' && /cannot start/.test(String(s.reason)))).toBe(true);
  });

  test('close waits for the tasks already given; a task after it is refused', async () => {
    const pool = new WorkerPool<number, { square: number; thread: number }>(arithmetic, 1);
    const pending = [pool.run(5), pool.run(6)];
    await pool.close();
    expect((await Promise.all(pending)).map((r) => r.square)).toEqual([25, 36]);
    await expect(pool.run(7)).rejects.toThrow(/closed/);
  });
});
