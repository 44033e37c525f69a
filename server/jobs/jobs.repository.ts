/**
 * Every SQL statement of the job queue (ADR 0005). Claiming takes due rows with
 * `FOR UPDATE SKIP LOCKED`, so any number of workers on PostgreSQL never take the same row; on
 * PGlite there is one connection and the same statement simply runs alone.
 */
import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../db/client';
import { jobs } from '../db/schema';

export type JobRow = typeof jobs.$inferSelect;
export type JobStatus = JobRow['status'];

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** A slot that must exist once: a second enqueue with the same key is a no-op. */
  dedupeKey?: string;
}

/** Adds a job; returns its id, or null when `dedupeKey` already exists. */
export async function insertJob(
  db: Executor,
  name: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<number | null> {
  const rows = await db
    .insert(jobs)
    .values({
      name,
      payload: (payload ?? {}) as object,
      runAt: opts.runAt ?? new Date(),
      maxAttempts: opts.maxAttempts ?? 5,
      dedupeKey: opts.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows[0]?.id ?? null;
}

/**
 * Takes up to `limit` due jobs of the given names for `workerId` with a lease of `leaseMs`:
 * pending rows whose time has come, and running rows whose lease ran out (their worker died).
 * Oldest first. Each claim counts as an attempt.
 */
export async function claimJobs(
  db: Executor,
  workerId: string,
  names: string[],
  limit: number,
  leaseMs: number,
): Promise<JobRow[]> {
  if (names.length === 0) return [];
  const result = await db.execute(sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + (${leaseMs}::int * interval '1 millisecond'), updated_at = now()
    where id in (
      select id from jobs
      where name in (${sql.join(
        names.map((n) => sql`${n}`),
        sql`, `,
      )})
        and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_until < now()))
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
  if (ids.length === 0) return [];
  return db
    .select()
    .from(jobs)
    .where(
      sql`${jobs.id} in (${sql.join(
        ids.map((i) => sql`${i}`),
        sql`, `,
      )})`,
    )
    .orderBy(jobs.runAt, jobs.id);
}

/** Marks a claimed job done (only while this worker still holds it). */
export async function completeJob(db: Executor, id: number, workerId: string): Promise<void> {
  await db
    .update(jobs)
    .set({
      status: 'done',
      finishedAt: sql`now()`,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')));
}

/**
 * Records a failure: back to pending at `retryAt` while attempts remain, else failed for good
 * (shown to admins, who may retry it).
 */
export async function failJob(
  db: Executor,
  id: number,
  workerId: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? {
            status: 'pending',
            runAt: retryAt,
            lastError: error,
            lockedBy: null,
            lockedUntil: null,
            updatedAt: sql`now()`,
          }
        : {
            status: 'failed',
            lastError: error,
            finishedAt: sql`now()`,
            lockedBy: null,
            lockedUntil: null,
            updatedAt: sql`now()`,
          },
    )
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')));
}

/** An admin's retry of a failed job: pending now, with its attempts counted afresh. */
export async function retryFailedJob(db: Executor, id: number): Promise<JobRow | undefined> {
  const [row] = await db
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: sql`now()`, finishedAt: null, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'failed')))
    .returning();
  return row;
}

export async function findJob(db: Executor, id: number): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** Newest first, keyset on id; `limit + 1` rows so the caller knows whether more exist. */
export async function listJobs(
  db: Executor,
  q: { status?: JobStatus; name?: string; beforeId?: number; limit: number },
) {
  const conds: Array<SQL | undefined> = [];
  if (q.status) conds.push(eq(jobs.status, q.status));
  if (q.name) conds.push(eq(jobs.name, q.name));
  if (q.beforeId) conds.push(lt(jobs.id, q.beforeId));
  return db
    .select()
    .from(jobs)
    .where(and(...conds))
    .orderBy(desc(jobs.id))
    .limit(q.limit + 1);
}

/** How many jobs are in each status (the admin page's header). */
export async function countJobsByStatus(db: Executor): Promise<Record<JobStatus, number>> {
  const rows = await db
    .select({ status: jobs.status, n: sql<number>`count(*)::int` })
    .from(jobs)
    .groupBy(jobs.status);
  const out: Record<JobStatus, number> = { pending: 0, running: 0, done: 0, failed: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

/** Finished jobs older than the cut-off are removed (failed ones stay until an admin deals with them). */
export async function purgeDoneJobs(db: Executor, olderThan: Date): Promise<number> {
  const rows = await db
    .delete(jobs)
    .where(and(eq(jobs.status, 'done'), lt(jobs.finishedAt, olderThan)))
    .returning({ id: jobs.id });
  return rows.length;
}

/** The newest job of `name` whose payload's `key` is `value` (e.g. the recompute of one cycle). */
export async function latestJobFor(
  db: Executor,
  name: string,
  key: string,
  value: string,
): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, name), sql`${jobs.payload} ->> ${key} = ${value}`))
    .orderBy(desc(jobs.id))
    .limit(1);
  return row;
}
