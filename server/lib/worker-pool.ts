/**
 * A bounded pool of worker threads for CPU-heavy work (PDF and Excel rendering, reading uploaded
 * workbooks), so one request's rendering never stalls the event loop that answers everyone else.
 *
 * N = max(1, cores − 1) workers, started on first use and stopped after 10 s idle (configurable:
 * a worker's heap counts in the server's RSS, 150–350 MB after a rapor PDF or an export); tasks wait in
 * a bounded FIFO queue (a full queue answers 503 at once); each task has a timeout, after which its
 * worker is terminated and replaced. A task's thrown AppError comes back as the same AppError (code,
 * status, message key, fields); anything else becomes a 500 `error.internal`, logged by the error
 * plugin as usual — the worker's stack stays on the server.
 *
 * The worker entry is server/workers/heavy.worker.ts. In the esbuild bundle that `npm start` runs,
 * bin/build-server.mjs writes it beside the server as heavy-worker.mjs; under tsx or Vitest it is
 * bundled from the current .ts sources on first use (see `bundleFromSources`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldProblem } from './errors';
import { releaseMemory } from './release-memory';

/** What crosses back from a worker when its task threw. */
export interface SerializedError {
  appError?: {
    code: ErrorCode;
    status: number;
    messageKey: string;
    fields?: Record<string, FieldProblem>;
    params?: Record<string, string | number>;
  };
  message: string;
}

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };

/** A built-in task every worker answers: used by `warm`. */
const PING = '__ping';

export interface WorkerRequest {
  id: number;
  task: string;
  input: unknown;
}

export interface WorkerPoolOptions {
  /** Workers at most (default max(1, cores − 1)). */
  size?: number;
  /** Tasks waiting beyond the running ones before the pool answers 503 (default 64). */
  maxQueue?: number;
  /** Default per-task timeout (default 120 s). */
  timeoutMs?: number;
  /** A worker with nothing to do exits after this long (default 10 s, PATUH_WORKER_IDLE_SECONDS). */
  idleMs?: number;
  /**
   * V8 old-generation limit per worker, so a hostile file can only exhaust its worker and a
   * worker's garbage is collected before its heap grows far (default 512 MB, PATUH_WORKER_HEAP_MB).
   */
  maxHeapMb?: number;
  /** Called when the last worker has exited for want of work (the server: release-memory.ts). */
  onIdle?: () => void;
}

export interface RunOptions {
  timeoutMs?: number;
  /** ArrayBuffers moved (not copied) into the worker. */
  transfer?: ArrayBuffer[];
}

interface Job {
  task: string;
  input: unknown;
  opts: RunOptions;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

interface Slot {
  worker: Worker;
  job?: Job & { id: number; timer: NodeJS.Timeout };
  idle?: NodeJS.Timeout;
}

let devBundle: Promise<URL> | undefined;

/**
 * Under tsx or Vitest (this file runs as .ts) the worker entry is bundled from the .ts sources with
 * esbuild on first use, as the bench bundles its export worker: loading one bundle takes a worker
 * well under a second, where tsx's loader transpiling the import graph file by file took 5–14 s on
 * a busy machine. The bundle is named by its content, written once and atomically, so parallel
 * test processes share it and never read half a file.
 */
function bundleFromSources(): Promise<URL> {
  devBundle ??= (async () => {
    const { build } = await import('esbuild');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const out = await build({
      entryPoints: [path.join(root, 'server/workers/heavy.worker.ts')],
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    });
    const code = out.outputFiles[0]!.contents;
    const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 12);
    const file = path.join(root, '.build', `heavy-worker-dev-${hash}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, file);
    }
    return pathToFileURL(file);
  })();
  return devBundle;
}

/** The worker's script: the bundle beside the server bundle, or one built from the .ts sources. */
function workerScript(): Promise<URL> {
  if (import.meta.url.endsWith('.ts')) return bundleFromSources();
  return Promise.resolve(new URL('./heavy-worker.mjs', import.meta.url));
}

/** Turns a worker's serialized failure into the AppError the routes answer with. */
export function toAppError(error: SerializedError): AppError {
  const a = error.appError;
  if (a) return new AppError(a.code, a.status, a.messageKey, a.fields, a.params);
  // The worker's own message stays as the cause, for the server's log only.
  return Object.assign(new AppError('INTERNAL', 500, 'error.internal'), { cause: new Error(error.message) });
}

export class WorkerPool {
  readonly size: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;
  private idleMs: number;
  private maxHeapMb: number;
  private onIdle?: () => void;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private script?: Promise<URL>;
  private scriptUrl?: URL;

  constructor(opts: WorkerPoolOptions = {}) {
    this.size = Math.max(1, opts.size ?? os.availableParallelism() - 1);
    this.maxQueue = opts.maxQueue ?? 64;
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.idleMs = opts.idleMs ?? 10_000;
    this.maxHeapMb = opts.maxHeapMb ?? 512;
    this.onIdle = opts.onIdle;
  }

  /** Sets the idle time and heap limit of the workers started from now on (the server's config). */
  configure(opts: Pick<WorkerPoolOptions, 'idleMs' | 'maxHeapMb' | 'onIdle'>): void {
    if (opts.idleMs !== undefined) this.idleMs = opts.idleMs;
    if (opts.maxHeapMb !== undefined) this.maxHeapMb = opts.maxHeapMb;
    if (opts.onIdle !== undefined) this.onIdle = opts.onIdle;
  }

  /** Runs `task` with `input` on a worker; rejects with an AppError (503 when the queue is full). */
  async run<T>(task: string, input: unknown, opts: RunOptions = {}): Promise<T> {
    this.script ??= workerScript();
    const script = await this.script;
    if (this.closed) throw new AppError('INTERNAL', 503, 'error.busy');
    this.scriptUrl = script;
    return new Promise<T>((resolve, reject) => {
      const job: Job = { task, input, opts, resolve: resolve as (v: unknown) => void, reject };
      const slot = this.freeSlot();
      if (slot) return this.start(slot, job);
      if (this.queue.length >= this.maxQueue) return reject(new AppError('INTERNAL', 503, 'error.busy'));
      this.queue.push(job);
    });
  }

  /**
   * Starts a worker and waits until it has loaded its modules (a round trip), so the first real
   * task does not pay for it: the server calls this at start, tests in their setup.
   */
  async warm(): Promise<void> {
    await this.run(PING, null);
  }

  /** Workers running and tasks waiting (for tests and logs). */
  stats(): { workers: number; busy: number; queued: number } {
    return {
      workers: this.slots.length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
    };
  }

  /** Stops every worker; waiting and running tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new AppError('INTERNAL', 503, 'error.busy'));
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, true)));
  }

  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.job);
    if (idle) return idle;
    if (this.slots.length < this.size) return this.spawn();
    return undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(this.scriptUrl!, {
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    worker.on('error', (err) => this.fail(slot, err));
    worker.on('exit', () => this.fail(slot, new Error('worker exited')));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = undefined;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      // The task cannot be interrupted inside the worker: the worker goes, a fresh one replaces it.
      this.fail(slot, new AppError('INTERNAL', 503, 'error.workerTimeout'));
    }, job.opts.timeoutMs ?? this.timeoutMs);
    slot.job = { ...job, id, timer };
    const message: WorkerRequest = { id, task: job.task, input: job.input };
    try {
      slot.worker.postMessage(message, job.opts.transfer ?? []);
    } catch (err) {
      this.fail(slot, err);
    }
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    if (reply.ok) job.resolve(reply.value);
    else job.reject(toAppError(reply.error));
    this.next(slot);
  }

  /** A worker died, errored or overran: its task fails, the worker is replaced on demand. */
  private fail(slot: Slot, err: unknown): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.reject(
        err instanceof AppError
          ? err
          : Object.assign(new AppError('INTERNAL', 500, 'error.internal'), { cause: err }),
      );
    }
    void this.retire(slot, true);
    const waiting = this.queue.shift();
    if (waiting) this.start(this.spawn(), waiting);
  }

  private next(slot: Slot): void {
    const waiting = this.queue.shift();
    if (waiting) return this.start(slot, waiting);
    slot.idle = setTimeout(() => {
      const index = this.slots.indexOf(slot);
      if (index !== -1 && !slot.job) {
        this.slots.splice(index, 1);
        void this.retire(slot, false).then(() => {
          if (this.slots.length === 0 && !this.closed) this.onIdle?.();
        });
      }
    }, this.idleMs);
    slot.idle.unref();
  }

  private async retire(slot: Slot, now: boolean): Promise<void> {
    if (slot.idle) clearTimeout(slot.idle);
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    if (now || !slot.job) await slot.worker.terminate().catch(() => undefined);
  }
}

let shared: WorkerPool | undefined;

/** The process's pool for heavy work (created on first use; idle workers exit on their own). */
export function heavyWork(): WorkerPool {
  shared ??= new WorkerPool();
  return shared;
}

/** Applies the server's configuration to the process's pool (server/app.ts). */
export function configureHeavyWork(opts: { idleSeconds: number; heapMb: number; onIdle?: () => void }): void {
  heavyWork().configure({
    idleMs: Math.round(opts.idleSeconds * 1000),
    maxHeapMb: opts.heapMb,
    onIdle: opts.onIdle,
  });
}

/** A task handler inside the worker: plain data in, plain data (or bytes) out. */
export type TaskHandler = (input: never) => unknown;

function serializeError(err: unknown): SerializedError {
  if (err instanceof AppError)
    return {
      appError: {
        code: err.code,
        status: err.status,
        messageKey: err.messageKey,
        fields: err.fields,
        params: err.params,
      },
      message: err.message,
    };
  return { message: err instanceof Error ? err.message : String(err) };
}

/**
 * The worker side: answers each request from the pool with its handler's result. Byte results
 * (Buffer, Uint8Array) are moved to the main thread, not copied, when they own their memory.
 */
export function serveTasks(
  port: import('node:worker_threads').MessagePort,
  handlers: Record<string, TaskHandler>,
) {
  port.on('message', (req: WorkerRequest) => {
    const handler = req.task === PING ? () => 'pong' : handlers[req.task];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown task ${req.task}`);
        return (handler as (input: unknown) => unknown)(req.input);
      })
      .then(
        (value) => {
          const transfer =
            value instanceof Uint8Array &&
            value.byteOffset === 0 &&
            value.byteLength === value.buffer.byteLength &&
            value.buffer instanceof ArrayBuffer
              ? [value.buffer]
              : [];
          port.postMessage({ id: req.id, ok: true, value } satisfies WorkerReply, transfer);
        },
        (err: unknown) =>
          port.postMessage({ id: req.id, ok: false, error: serializeError(err) } satisfies WorkerReply),
      )
      // The task's garbage (a PDF's layout, a workbook's cells) goes now, not when the heap next
      // fills: the worker's heap counts in the server's RSS until it exits (V8 flags, gc included,
      // are the process's, so the server's --expose-gc reaches its workers).
      .finally(releaseMemory);
  });
}
