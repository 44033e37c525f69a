/**
 * The job queue (ADR 0005) on both engines: a job due while no runner was up runs once when one
 * starts; retries back off and end as failed, which an admin sees and retries; a lease that runs
 * out (a crashed worker) hands the job to another; on PostgreSQL two runners at once run every job
 * exactly once (FOR UPDATE SKIP LOCKED).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobs } from '../db/schema';
import { loadConfig } from '../config';
import { createTestContext, type TestContext } from '../test/harness';
import { makeTenant } from '../test/factories';
import { defineJob, enqueueJob, PermanentJobError, type JobDefinition } from './job-definition';
import { backoffDelay, JobRunner } from './job-runner';
import { claimJobs } from './jobs.repository';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const cfg = loadConfig({} as NodeJS.ProcessEnv);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A job kind that records each run of each payload key, and fails while `failUntil` says so. */
function recorder(name: string, opts: { failTimes?: number; maxAttempts?: number; slowMs?: number } = {}) {
  const runs: string[] = [];
  const tries = new Map<string, number>();
  const def = defineJob({
    name,
    payload: z.object({ key: z.string() }),
    maxAttempts: opts.maxAttempts ?? 5,
    async run(_ctx, p) {
      const n = (tries.get(p.key) ?? 0) + 1;
      tries.set(p.key, n);
      if (opts.slowMs) await sleep(opts.slowMs);
      if (n <= (opts.failTimes ?? 0)) throw new Error(`try ${n} of ${p.key} failed`);
      runs.push(p.key);
    },
  });
  return { def: def as JobDefinition<never>, typed: def, runs, tries };
}

async function rowOf(id: number) {
  const [row] = await ctx.database.db.select().from(jobs).where(eq(jobs.id, id));
  return row!;
}

describe('background jobs', () => {
  it('a job that fell due while no runner was up runs once when one starts, and never again', async () => {
    const r = recorder('t-once');
    const id = (await enqueueJob(
      ctx.database.db,
      r.typed,
      { key: 'a' },
      { runAt: new Date(Date.now() - 3_600_000) },
    ))!;
    expect((await rowOf(id)).status).toBe('pending');
    const runner = new JobRunner(ctx.database, cfg, [r.def], { pollMs: 20 });
    runner.start();
    for (let i = 0; i < 100 && r.runs.length === 0; i++) await sleep(20);
    await sleep(100); // several more polls
    await runner.stop();
    expect(r.runs).toEqual(['a']);
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 1, lockedBy: null });
    const again = new JobRunner(ctx.database, cfg, [r.def]);
    await again.tick();
    expect(r.runs).toEqual(['a']);
  });

  it('a job due later waits; a dedupe key makes a slot exist once', async () => {
    const r = recorder('t-later');
    const later = await enqueueJob(
      ctx.database.db,
      r.typed,
      { key: 'b' },
      { runAt: new Date(Date.now() + 60_000) },
    );
    const dup1 = await enqueueJob(ctx.database.db, r.typed, { key: 'c' }, { dedupeKey: 't-later@slot' });
    const dup2 = await enqueueJob(ctx.database.db, r.typed, { key: 'c' }, { dedupeKey: 't-later@slot' });
    expect(dup1).not.toBeNull();
    expect(dup2).toBeNull();
    await new JobRunner(ctx.database, cfg, [r.def]).tick();
    expect(r.runs).toEqual(['c']);
    expect((await rowOf(later!)).status).toBe('pending');
  });

  it('refuses a payload that does not match its schema when enqueued', async () => {
    const r = recorder('t-schema');
    await expect(enqueueJob(ctx.database.db, r.typed, { key: 42 } as never)).rejects.toThrow();
  });

  it('retries with growing back-off, then shows as failed; an admin retries it and it runs', async () => {
    expect([1, 2, 3, 4, 20].map((a) => backoffDelay(a, 100, 1000))).toEqual([100, 200, 400, 800, 1000]);
    const r = recorder('t-fail', { failTimes: 3, maxAttempts: 3 });
    const id = (await enqueueJob(ctx.database.db, r.typed, { key: 'd' }))!;
    const runner = new JobRunner(ctx.database, cfg, [r.def], { backoffMs: 40, maxBackoffMs: 1000 });
    const retryGaps: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = Date.now();
      // Wait until the job is due again, then let the runner take it.
      for (let i = 0; i < 200 && (await rowOf(id)).runAt.getTime() > Date.now(); i++) await sleep(10);
      await runner.tick();
      const row = await rowOf(id);
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toBe(`try ${attempt} of d failed`);
      if (attempt < 3) {
        expect(row.status).toBe('pending');
        retryGaps.push(row.runAt.getTime() - before);
      } else expect(row.status).toBe('failed');
    }
    expect(retryGaps[0]).toBeGreaterThanOrEqual(40);
    expect(retryGaps[1]).toBeGreaterThanOrEqual(80);
    expect(r.runs).toEqual([]);

    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const listed = (await admin.get('/api/jobs?status=failed&name=t-fail')).json();
    expect(listed.counts.failed).toBeGreaterThanOrEqual(1);
    expect(listed.items[0]).toMatchObject({
      id,
      name: 't-fail',
      status: 'failed',
      attempts: 3,
      lastError: 'try 3 of d failed',
    });
    expect(listed.items[0]).not.toHaveProperty('payload');
    const retried = await admin.post(`/api/jobs/${id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await admin.post(`/api/jobs/${id}/retry`)).statusCode).toBe(409);
    expect((await admin.post('/api/jobs/987654321/retry')).statusCode).toBe(404);
    expect((await admin.get('/api/jobs?status=broken')).statusCode).toBe(400);
    await runner.tick();
    expect(r.runs).toEqual(['d']);
    expect((await rowOf(id)).status).toBe('done');
    expect((await (await t.as('gov_coordinator')).get('/api/jobs')).statusCode).toBe(403);
  });

  it('a run that no retry can help (PermanentJobError) fails at once, whatever attempts are left', async () => {
    const def = defineJob({
      name: 't-permanent',
      payload: z.object({ key: z.string() }),
      maxAttempts: 6,
      async run() {
        throw new PermanentJobError('sealed under another key');
      },
    });
    const id = (await enqueueJob(ctx.database.db, def, { key: 'p' }))!;
    const runner = new JobRunner(ctx.database, cfg, [def as JobDefinition<never>], { backoffMs: 40 });
    await runner.tick();
    expect(await rowOf(id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'sealed under another key',
    });
  });

  it('a job whose worker died (lease ran out) is taken over and run by another', async () => {
    const r = recorder('t-lease');
    const id = (await enqueueJob(ctx.database.db, r.typed, { key: 'e' }))!;
    const [taken] = await claimJobs(ctx.database.db, 'dead-worker', ['t-lease'], 1, 60_000);
    expect(taken?.id).toBe(id);
    const other = new JobRunner(ctx.database, cfg, [r.def]);
    await other.tick();
    expect(r.runs).toEqual([]); // still leased to the dead worker
    // The lease runs out (as if a minute had passed).
    await ctx.database.db
      .update(jobs)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(jobs.id, id));
    await other.tick();
    expect(r.runs).toEqual(['e']);
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a periodic job keeps one run per slot: a missed slot runs once at start', async () => {
    let runs = 0;
    const periodic = defineJob({
      name: 't-periodic',
      payload: z.object({}),
      everyMs: 3_600_000,
      async run() {
        runs++;
      },
    }) as JobDefinition<never>;
    const a = new JobRunner(ctx.database, cfg, [periodic]);
    await a.tick();
    await a.tick();
    await new JobRunner(ctx.database, cfg, [periodic]).tick();
    expect(runs).toBe(1);
    const rows = await ctx.database.db.select().from(jobs).where(eq(jobs.name, 't-periodic'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.dedupeKey).toMatch(/^t-periodic@\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
  });

  it('two runners at once run every job exactly once (SKIP LOCKED on PostgreSQL)', async () => {
    const r = recorder('t-race', { slowMs: 5 });
    const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
    for (const key of keys) await enqueueJob(ctx.database.db, r.typed, { key });
    const a = new JobRunner(ctx.database, cfg, [r.def], { concurrency: 4 });
    const b = new JobRunner(ctx.database, cfg, [r.def], { concurrency: 4 });
    for (let i = 0; i < 20 && r.runs.length < keys.length; i++) await Promise.all([a.tick(), b.tick()]);
    expect([...r.runs].sort()).toEqual([...keys].sort());
    expect([...r.tries.values()].every((n) => n === 1)).toBe(true);
  });

  it('a bulk kind (one e-mail per notification) comes after every other due job, one slot at a time', async () => {
    const mail = recorder('t-bulk-mail');
    const bulkDef = { ...mail.def, bulk: true } as JobDefinition<never>;
    const user = recorder('t-bulk-user');
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (let i = 0; i < 5; i++)
      await enqueueJob(ctx.database.db, mail.typed, { key: `m${i}` }, { runAt: hourAgo });
    await enqueueJob(ctx.database.db, user.typed, { key: 'u' });
    // Oldest first would take two of the five mails; the user's job goes first, then one mail.
    const runner = new JobRunner(ctx.database, cfg, [bulkDef, user.def], { concurrency: 2 });
    await runner.tick();
    expect(user.runs).toEqual(['u']);
    expect(mail.runs).toEqual(['m0']);
    // With nothing else due, still one mail per tick: the other slot stays free for what comes.
    await runner.tick();
    expect(mail.runs).toEqual(['m0', 'm1']);
  });

  it('a started runner drains a backlog at once, not a slot per poll, and a long job leaves the other slot working', async () => {
    const slow = recorder('t-drain-slow', { slowMs: 1500 });
    const quick = recorder('t-drain-quick');
    await enqueueJob(ctx.database.db, slow.typed, { key: 'long' }, { runAt: new Date(Date.now() - 60_000) });
    const keys = Array.from({ length: 12 }, (_, i) => `q${i}`);
    for (const key of keys) await enqueueJob(ctx.database.db, quick.typed, { key });
    // One poll a minute: before this change the second poll, and so the third quick job, came a minute later.
    const runner = new JobRunner(ctx.database, cfg, [slow.def, quick.def], {
      concurrency: 2,
      pollMs: 60_000,
    });
    const started = Date.now();
    runner.start();
    try {
      while (quick.runs.length < keys.length && Date.now() - started < 10_000) await sleep(20);
      expect([...quick.runs].sort()).toEqual([...keys].sort());
      // Every quick job ran in the other slot while the long one still held its slot.
      expect(slow.runs).toEqual([]);
    } finally {
      await runner.stop();
    }
    expect(slow.runs).toEqual(['long']);
  });
});
