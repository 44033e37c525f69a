/**
 * The one background-job mechanism (ADR 0005): a table queue on the application database, polled by
 * a runner in each server process. Jobs survive restarts (they are rows), a due job runs once, a
 * failure retries with exponential back-off until its last attempt and then shows as failed to
 * admins (a PermanentJobError fails at once: no retry can help it). CPU-heavy rendering does not
 * run here but in the worker pool; a job may hand work to it.
 */
import crypto from 'node:crypto';
import type { Config } from '../config';
import { asBackgroundWork, type Database } from '../db/client';
import { announceWrite } from '../lib/read-cache-notify';
import { writeTags } from '../lib/read-cache-scope';
import { PermanentJobError, type JobDefinition } from './job-definition';
import { claimJobs, completeJob, failJob, insertJob } from './jobs.repository';

export interface JobRunnerOptions {
  /** How often to look for due jobs (ms). */
  pollMs?: number;
  /** How long a claimed job is held before another worker may take it over (ms). */
  leaseMs?: number;
  /** The first retry waits this long; each further one twice as long, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Jobs run at once by this process. */
  concurrency?: number;
  /** Where failures are reported (never payloads: they may hold personal data). */
  onError?: (name: string, jobId: number, err: unknown) => void;
  /**
   * This process's read cache (the app's `readCaches.responses`), emptied of what a job declares
   * it changed (`cacheWrites`) as soon as the job ends. Every process, this one included, also
   * hears the job's NOTIFY (read-cache-notify.ts); this only closes the moment between the job's
   * end and that notification reaching this process.
   */
  readCache?: { invalidate(tags?: readonly string[]): void };
}

/** The delay before retry number `attempt` (1-based): backoff × 2^(attempt−1), capped. */
export function backoffDelay(attempt: number, backoffMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempt - 1));
}

/** Slots that bulk kinds (JobDefinition.bulk) may hold at once. */
const BULK_SLOTS = 1;

export class JobRunner {
  readonly workerId = `w-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  private readonly defs = new Map<string, JobDefinition<unknown>>();
  private timer: NodeJS.Timeout | null = null;
  private running = 0;
  /** Bulk jobs running now (at most BULK_SLOTS). */
  private runningBulk = 0;
  private claiming: Promise<void> = Promise.resolve();
  private readonly inflight = new Set<Promise<void>>();
  /** The kinds claimed after every other due job (JobDefinition.bulk), and the others. */
  private readonly bulk: string[] = [];
  private readonly regular: string[] = [];
  private stopped = true;
  private readonly opts: Required<Omit<JobRunnerOptions, 'onError' | 'readCache'>> &
    Pick<JobRunnerOptions, 'onError' | 'readCache'>;

  constructor(
    private readonly database: Database,
    private readonly config: Config,
    definitions: JobDefinition<never>[],
    opts: JobRunnerOptions = {},
  ) {
    for (const d of definitions) {
      this.defs.set(d.name, d as unknown as JobDefinition<unknown>);
      (d.bulk ? this.bulk : this.regular).push(d.name);
    }
    this.opts = {
      pollMs: opts.pollMs ?? 1000,
      leaseMs: opts.leaseMs ?? 10 * 60_000,
      backoffMs: opts.backoffMs ?? 30_000,
      maxBackoffMs: opts.maxBackoffMs ?? 60 * 60_000,
      concurrency: opts.concurrency ?? 2,
      onError: opts.onError,
      readCache: opts.readCache,
    };
  }

  /**
   * Starts polling; the first look happens at once, so jobs that fell due while stopped run now.
   * A poll does not wait for the jobs it started: a slot that frees up takes the next due job at once
   * (a queue of thousands of e-mails drains at the jobs' own pace, not two per poll), and a long
   * recompute in one slot does not keep the other slot idle.
   */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = () => {
      if (this.stopped) return;
      void this.poll()
        .catch(() => undefined) // the database is away for a moment: the next poll tries again
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(loop, this.opts.pollMs);
        });
    };
    loop();
  }

  /** Stops polling and waits for the jobs in hand to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.claiming;
    await Promise.all([...this.inflight]);
  }

  /**
   * One look: schedules periodic slots, claims what is due (up to the free concurrency) and runs
   * it; resolves when the jobs it claimed have ended.
   */
  async tick(): Promise<void> {
    await this.schedulePeriodic();
    await Promise.all(await this.claimAndStart());
  }

  /** As tick, without waiting for the started jobs (each ends in startOne, which reports nothing up). */
  private async poll(): Promise<void> {
    await this.schedulePeriodic();
    const runs = await this.claimAndStart();
    for (const run of runs) run.catch(() => undefined);
  }

  /**
   * Claims up to the free slots and starts those jobs: every other kind first, then bulk kinds
   * (JobDefinition.bulk) into at most BULK_SLOTS slots, so a queue of thousands of e-mails drains
   * one at a time beside whatever else comes. One claim at a time (`claiming`): two claims never
   * count the same free slot.
   */
  private claimAndStart(): Promise<Array<Promise<void>>> {
    const next = this.claiming.then(async () => {
      const free = this.opts.concurrency - this.running;
      if (free <= 0) return [];
      const db = this.database.db;
      const claimed = await claimJobs(db, this.workerId, this.regular, free, this.opts.leaseMs);
      const bulkFree = Math.min(free - claimed.length, BULK_SLOTS - this.runningBulk);
      if (bulkFree > 0 && this.bulk.length > 0)
        claimed.push(...(await claimJobs(db, this.workerId, this.bulk, bulkFree, this.opts.leaseMs)));
      return claimed.map((job) => this.startOne(job));
    });
    this.claiming = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private startOne(job: {
    id: number;
    name: string;
    payload: unknown;
    attempts: number;
    maxAttempts: number;
  }) {
    const bulk = this.bulk.includes(job.name);
    if (bulk) this.runningBulk++;
    const run: Promise<void> = this.runOne(
      job.id,
      job.name,
      job.payload,
      job.attempts,
      job.maxAttempts,
    ).finally(() => {
      if (bulk) this.runningBulk--;
      this.inflight.delete(run);
      // The freed slot takes the next due job now rather than at the next poll.
      if (!this.stopped) void this.claimAndStart().catch(() => undefined);
    });
    this.inflight.add(run);
    return run;
  }

  private async schedulePeriodic(): Promise<void> {
    const db = this.database.db;
    const now = Date.now();
    for (const def of this.defs.values()) {
      if (!def.everyMs) continue;
      const slot = Math.floor(now / def.everyMs) * def.everyMs;
      await insertJob(
        db,
        def.name,
        {},
        {
          runAt: new Date(slot),
          maxAttempts: def.maxAttempts,
          dedupeKey: `${def.name}@${new Date(slot).toISOString()}`,
        },
      );
    }
  }

  private async runOne(id: number, name: string, payload: unknown, attempt: number, maxAttempts: number) {
    const def = this.defs.get(name)!;
    this.running++;
    let parsed: { payload: unknown } | null = null;
    try {
      parsed = { payload: def.payload.parse(payload) };
      const args = { database: this.database, config: this.config, jobId: id, attempt };
      // Background work: on PGlite its statements let requests run between them (db/client.ts).
      await asBackgroundWork(() => def.run(args, parsed!.payload));
      // Announced before the job shows as done: whoever sees it done reads what it wrote.
      await this.wrote(def, parsed.payload);
      await completeJob(this.database.db, id, this.workerId);
    } catch (err) {
      // A failed run may have committed part of its work (PGlite commits a recompute in batches).
      if (parsed) await this.wrote(def, parsed.payload);
      this.opts.onError?.(name, id, err);
      const message = err instanceof Error ? err.message : String(err);
      const retryAt =
        attempt < maxAttempts && !(err instanceof PermanentJobError)
          ? new Date(Date.now() + backoffDelay(attempt, this.opts.backoffMs, this.opts.maxBackoffMs))
          : null;
      await failJob(this.database.db, id, this.workerId, message.slice(0, 2000), retryAt);
    } finally {
      this.running--;
    }
  }

  /**
   * After a run of a job that declares `cacheWrites`: empties those read-cache entries here and
   * announces them to every process (read-cache-notify.ts), as an authenticated write does.
   */
  private async wrote(def: JobDefinition<unknown>, payload: unknown): Promise<void> {
    if (!def.cacheWrites) return;
    const tags = writeTags(def.cacheWrites(payload));
    if (tags?.length === 0) return;
    this.opts.readCache?.invalidate(tags ?? undefined);
    try {
      await announceWrite(this.database, this.workerId, tags);
    } catch {
      // The database is gone (closing): the other processes lose their connection too and pause.
    }
  }
}
