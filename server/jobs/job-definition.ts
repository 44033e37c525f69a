import type { z } from 'zod';
import type { Config } from '../config';
import type { Database, Executor } from '../db/client';
import type { WriteScope } from '../lib/read-cache-scope';
import { insertJob, type EnqueueOptions } from './jobs.repository';

export interface JobContext {
  database: Database;
  config: Config;
  /** The job row's id and the attempt being made (1 on the first try). */
  jobId: number;
  attempt: number;
}

/**
 * One kind of background job: its name, the zod schema of its payload (checked when enqueued and
 * again when run), how many tries it gets, and what it does. A periodic job also gives `everyMs`: the
 * runner keeps exactly one pending run per slot (dedupe key `name@slot`), so a slot missed while the
 * server was down runs once at the next start, not once per missed slot.
 */
export interface JobDefinition<P = unknown> {
  name: string;
  payload: z.ZodType<P>;
  maxAttempts?: number;
  everyMs?: number;
  /**
   * Enqueued by the thousand (one e-mail per notification): claimed only when no other kind of job
   * is due, so a national reminder run's mail never delays a recompute, an export or a deadline.
   */
  bulk?: boolean;
  /**
   * What a run may change that the read cache serves (read-cache-scope.ts WriteScope), as an
   * authenticated write route declares `cacheWrites`: the runner empties those entries in every
   * server process when the run ends, failed or not (job-runner.ts). Undefined: nothing cached.
   */
  cacheWrites?(payload: P): WriteScope;
  run(ctx: JobContext, payload: P): Promise<void>;
}

/**
 * Thrown by a run that no retry can help (the same input fails the same way: a case's identity sealed
 * under another key). The runner marks the job failed at once instead of retrying it.
 */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export function defineJob<P>(def: JobDefinition<P>): JobDefinition<P> {
  return def;
}

/**
 * Adds a job of this kind after checking its payload (inside the caller's transaction when given
 * one, so the job exists exactly when the change that asked for it does). Null when `dedupeKey`
 * already exists.
 */
export async function enqueueJob<P>(
  db: Executor,
  def: JobDefinition<P>,
  payload: P,
  opts: EnqueueOptions = {},
): Promise<number | null> {
  return insertJob(db, def.name, def.payload.parse(payload), { maxAttempts: def.maxAttempts, ...opts });
}
