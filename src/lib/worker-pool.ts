/**
 * A fixed set of worker threads that take tasks from one queue, so CPU-heavy
 * build steps (drawing share images, compressing files) use every core
 * rather than one after another on the main thread. Workers start on the
 * first task, and hold the process open only while they have work.
 *
 * A worker module calls `serveTasks(handler)`; the main thread calls
 * `pool.run(task)`, which resolves with what the handler returned.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

interface Request<In> {
  id: number;
  task: In;
}
type Reply<Out> = { id: number; ok: true; result: Out } | { id: number; ok: false; message: string; stack?: string | undefined };

/** One task at a time in each worker; `transfer` lists buffers to hand over rather than copy. */
export function serveTasks<In, Out>(handler: (task: In) => Out | Promise<Out>, transfer: (result: Out) => Transferable[] = () => []): void {
  if (!parentPort) throw new Error('serveTasks runs in a worker thread');
  const port = parentPort;
  port.on('message', async ({ id, task }: Request<In>) => {
    try {
      const result = await handler(task);
      port.postMessage({ id, ok: true, result } satisfies Reply<Out>, transfer(result));
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
      port.postMessage({ id, ok: false, message, stack } satisfies Reply<Out>);
    }
  });
}

/** How many workers a pool starts by default: one per core the process may use. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism());
}

interface Job<In, Out> {
  id: number;
  task: In;
  transfer: Transferable[];
  resolve: (result: Out) => void;
  reject: (error: Error) => void;
}

export class WorkerPool<In, Out> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job<In, Out>>();
  private readonly queue: Array<Job<In, Out>> = [];
  private started = 0;
  private nextId = 0;
  private closed = false;

  private readonly script: URL;
  readonly size: number;
  private readonly options: { resourceLimits?: ResourceLimits; execArgv?: string[] };

  /** `options` go to each Worker: resourceLimits, execArgv. */
  constructor(script: URL, size: number = defaultPoolSize(), options: { resourceLimits?: ResourceLimits; execArgv?: string[] } = {}) {
    this.script = script;
    this.size = size;
    this.options = options;
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker, not ${size}`);
  }

  /** Runs `task` in the first free worker. */
  run(task: In, transfer: Transferable[] = []): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, resolve, reject });
      this.dispatch();
    });
  }

  /** How many workers have been started (at most `size`). */
  get workers(): number {
    return this.started;
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, task: job.task } satisfies Request<In>, job.transfer);
    }
  }

  private spawn(): Worker {
    this.started++;
    const worker = new Worker(this.script, this.options);
    worker.on('message', (reply: Reply<Out>) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      this.busy.delete(worker);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(Object.assign(new Error(reply.message), reply.stack ? { stack: reply.stack } : {}));
      this.release(worker);
    });
    // A worker that fails outside a task (its module did not load, it ran out of memory) is
    // replaced; the task it held fails with its error, and the queue goes on.
    const lost = (error: Error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.started > 0) this.started--;
      job?.reject(error);
      this.dispatch();
      this.settleIfDrained();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) lost(new Error(`a worker of ${this.script.pathname} stopped (exit code ${code})`));
    });
    return worker;
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.dispatch();
    // Idle, it must not keep the process alive (a build that fails elsewhere still ends).
    if (this.idle.includes(worker)) worker.unref();
    this.settleIfDrained();
  }

  private readonly drainWaiters: Array<() => void> = [];

  private settleIfDrained(): void {
    if (this.queue.length || this.busy.size) return;
    for (const settle of this.drainWaiters.splice(0)) settle();
  }

  /** Stops every worker once the tasks already given are done; later `run` calls fail. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.queue.length || this.busy.size) await new Promise<void>((settle) => this.drainWaiters.push(settle));
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }
}
