/**
 * Issue 9: a background job's writes empty the read cache as an authenticated write does. A full
 * recompute queued by "Hitung ulang" runs after the request has answered, so the request's own
 * invalidation comes before the new scores exist: without the job's, a rapor or result read
 * between the request and the job's end stays cached with the old score. Two apps on one database
 * stand in for two server processes (read-cache-processes.test.ts): the job empties the entries of
 * its cycle here at once when its runner is wired to this process's cache (as server/main.ts does),
 * and in every process through its NOTIFY (PostgreSQL LISTEN/NOTIFY; PGlite's in-process listen).
 */
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovernmentResult } from '../../shared/contracts/assessments-results';
import type { Rapor } from '../../shared/contracts/rapor';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { answers, scoreVersions } from '../db/schema-assessments';
import {
  makeAssessmentFixture,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, type Tenant } from '../test/factories';
import { createTestContext, type Agent, type TestContext } from '../test/harness';
import { recomputeJob } from './definitions/recompute.job';
import { JobRunner } from './job-runner';

let ctx: TestContext;
let second: FastifyInstance;
let t: Tenant;
let a: AssessmentFixture;
let head: Agent;
let urls: { result: string; rapor: string };
let edits = 0;

beforeAll(async () => {
  ctx = await createTestContext();
  const config = loadConfig({
    PATUH_DATA_DIR: ctx.dataDir,
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
  second = await buildApp({ config, database: ctx.database });
  await second.ready();
  t = await makeTenant(ctx);
  a = await makeAssessmentFixture(ctx, t);
  head = await t.as('oversight_head');
  const base = `/api/cycles/${a.cycleId}/governments/${t.governmentId}`;
  urls = { result: `${base}/result`, rapor: `${base}/rapor` };
});
afterAll(async () => {
  await second?.close();
  await ctx?.close();
});

type Get = (path: string) => Promise<{ statusCode: number; body: string; cached: boolean }>;
/** The head's signed-in session, sent to an app. */
const on =
  (app: FastifyInstance): Get =>
  async (path) => {
    const res = await app.inject({ method: 'GET', url: path, headers: { cookie: head.cookie } });
    return { statusCode: res.statusCode, body: res.body, cached: res.headers['x-patuh-cache'] === 'hit' };
  };

/** The newest score version stored for the tenant's government. */
async function storedVersion(): Promise<number> {
  const [row] = await ctx.database.db
    .select({ version: scoreVersions.version })
    .from(scoreVersions)
    .where(and(eq(scoreVersions.cycleId, a.cycleId), eq(scoreVersions.governmentId, t.governmentId)))
    .orderBy(desc(scoreVersions.version))
    .limit(1);
  return row?.version ?? 0;
}

/** The version each URL shows: the result's `version`, the rapor's newest history entry. */
function versionsIn(result: string, rapor: string) {
  const r = JSON.parse(result) as GovernmentResult;
  const history = (JSON.parse(rapor) as Rapor).history.map((h) => h.version);
  return { result: r.version, rapor: Math.max(0, ...history) };
}

/** Both URLs on an app, each read twice so the second answer is the cache's. */
async function cacheBoth(get: Get) {
  for (const url of [urls.result, urls.rapor]) {
    const first = await get(url);
    expect(first.statusCode, first.body).toBe(200);
    const again = await get(url);
    expect(again.cached, `${url} is served from the cache before the job`).toBe(true);
  }
}

async function read(get: Get) {
  const result = await get(urls.result);
  const rapor = await get(urls.rapor);
  expect(result.statusCode).toBe(200);
  expect(rapor.statusCode).toBe(200);
  return { ...versionsIn(result.body, rapor.body), cached: result.cached || rapor.cached };
}

/** Polls until both URLs on `get` show `version` uncached (a notification arrives after the job), at most 3 s. */
async function eventually(get: Get, version: number) {
  let last = await read(get);
  for (let i = 0; i < 150 && !(last.result === version && last.rapor === version); i++) {
    await new Promise((r) => setTimeout(r, 20));
    last = await read(get);
  }
  return last;
}

/**
 * "Hitung ulang" through the API (202), then the cached rapor and result read on both apps while
 * the job waits, then the job run by `runner`. Returns the version the job stored.
 */
async function recomputeWithCachedReads(runner: JobRunner): Promise<number> {
  // A value changed behind the scorer's back, so the job's scores differ from the stored ones.
  edits++;
  await ctx.database.db
    .update(answers)
    .set({
      selfValue: 3,
      verifyStatus: 'adjusted',
      verifiedValue: edits % 2 === 1 ? 1 : 2,
      verifyReason: 'Bukti tidak memadai',
      verifiedBy: t.userIds.assessor,
      verifiedAt: new Date(),
    })
    .where(eq(answers.id, a.answerId));
  const res = await head.post(`/api/cycles/${a.cycleId}/recompute`);
  expect(res.statusCode, res.body).toBe(202);
  const before = await storedVersion();
  await cacheBoth(on(ctx.app));
  await cacheBoth(on(second));
  expect(await read(on(ctx.app))).toEqual({ result: before, rapor: before, cached: true });

  await runner.tick();
  const after = await storedVersion();
  expect(after).toBeGreaterThan(before);
  return after;
}

describe('a background job empties the read cache of what it wrote', () => {
  it('the recompute job, wired to this process: this process at once, the other through NOTIFY', async () => {
    const runner = new JobRunner(ctx.database, ctx.app.deps.config, [recomputeJob] as never[], {
      readCache: ctx.app.readCaches.responses,
    });
    const version = await recomputeWithCachedReads(runner);
    // No waiting here: the runner emptied this process's entries before the job showed as done.
    expect(await read(on(ctx.app))).toEqual({ result: version, rapor: version, cached: false });
    expect(await eventually(on(second), version)).toEqual({ result: version, rapor: version, cached: false });
  });

  it('the recompute job on a runner that knows no cache: every process hears it, this one included', async () => {
    const runner = new JobRunner(ctx.database, ctx.app.deps.config, [recomputeJob] as never[]);
    const version = await recomputeWithCachedReads(runner);
    expect(await eventually(on(ctx.app), version)).toEqual({
      result: version,
      rapor: version,
      cached: false,
    });
    expect(await eventually(on(second), version)).toEqual({ result: version, rapor: version, cached: false });
  });

  it('the control: the same job without its declaration leaves the stale entry (what the fix changes)', async () => {
    await cacheBoth(on(ctx.app));
    const quiet = new JobRunner(
      ctx.database,
      ctx.app.deps.config,
      [{ ...recomputeJob, cacheWrites: undefined }] as never[],
      { readCache: ctx.app.readCaches.responses },
    );
    await head.post(`/api/cycles/${a.cycleId}/recompute`);
    // The request itself emptied the cycle's entries: cache them again, then run the job.
    await cacheBoth(on(ctx.app));
    await quiet.tick();
    await new Promise((r) => setTimeout(r, 100));
    expect((await on(ctx.app)(urls.result)).cached).toBe(true);
  });
});
