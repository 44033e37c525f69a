/**
 * Keyed invalidation of the read cache (ADR 0008, "Revisited (session 4)"): a write empties only
 * the cached answers of what it may have changed, in this process and, through the notification,
 * in another process on the same database. Government A and government B each have their own
 * cycle (test tenants are in different offices); the finer cases (two governments of one cycle)
 * are in server/lib/read-cache-scope.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import {
  makeAssessmentFixture,
  multipartFile,
  PDF_MIN,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, type Tenant } from '../test/factories';
import { createTestContext, type Agent, type TestContext } from '../test/harness';

let ctx: TestContext;
let second: FastifyInstance;
let a: Tenant;
let b: Tenant;
let fa: AssessmentFixture;
let fb: AssessmentFixture;
/** Per government: its unit's checklist (a whole-cycle entry) and its entity checklist (its own). */
let urls: { a: string[]; b: string[] };

beforeAll(async () => {
  ctx = await createTestContext();
  const config = loadConfig({
    PATUH_DATA_DIR: ctx.dataDir,
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
  second = await buildApp({ config, database: ctx.database });
  await second.ready();
  a = await makeTenant(ctx);
  b = await makeTenant(ctx);
  fa = await makeAssessmentFixture(ctx, a);
  fb = await makeAssessmentFixture(ctx, b);
  const of = (t: Tenant, f: AssessmentFixture) => [
    `/api/cycles/${f.cycleId}/units/${t.unitId}/checklist`,
    `/api/cycles/${f.cycleId}/governments/${t.governmentId}/checklist`,
  ];
  urls = { a: of(a, fa), b: of(b, fb) };
});
afterAll(async () => {
  await second?.close();
  await ctx?.close();
});

type Send = (
  method: string,
  path: string,
) => Promise<{ statusCode: number; headers: Record<string, unknown> }>;
/** The same signed-in session, sent to an app. */
const on =
  (app: FastifyInstance, agent: Agent): Send =>
  (method, path) =>
    app.inject({
      method: method as 'GET',
      url: path,
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
    });

/** Reads each URL twice, so it is cached; checks the second read is a hit. */
async function warm(send: Send, list: string[]): Promise<void> {
  for (const u of list) {
    expect((await send('GET', u)).statusCode).toBe(200);
    expect((await send('GET', u)).headers['x-patuh-cache'], u).toBe('hit');
  }
}

/** Whether each URL is answered from the cache (reads it: a miss caches it again). */
async function hits(send: Send, list: string[]): Promise<boolean[]> {
  const out: boolean[] = [];
  for (const u of list) out.push((await send('GET', u)).headers['x-patuh-cache'] === 'hit');
  return out;
}

async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('keyed read-cache invalidation, one process', () => {
  it('saving A’s answers (its cycle) drops A’s entries and keeps B’s', async () => {
    const ca = on(ctx.app, await a.as('gov_coordinator'));
    const cb = on(ctx.app, await b.as('gov_coordinator'));
    await warm(ca, urls.a);
    await warm(cb, urls.b);
    const coord = await a.as('gov_coordinator');
    const saved = await coord.request('PUT', `/api/cycles/${fa.cycleId}/answers`, {
      answers: [{ answerId: fa.answerId, value: 2, na: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await hits(ca, urls.a)).toEqual([false, false]);
    expect(await hits(cb, urls.b)).toEqual([true, true]);
  });

  it('evidence on one of A’s answers (resolved to its cycle and government) keeps B’s entries', async () => {
    const ca = on(ctx.app, await a.as('gov_coordinator'));
    const cb = on(ctx.app, await b.as('gov_coordinator'));
    await warm(ca, urls.a);
    await warm(cb, urls.b);
    const coord = await a.as('gov_coordinator');
    const file = multipartFile('bukti2.pdf', PDF_MIN, 'application/pdf');
    const res = await coord.request(
      'POST',
      `/api/answers/${fa.answerId}/evidence?madeOn=2024-03-11`,
      file.body,
      file.headers,
    );
    expect(res.statusCode, res.body).toBeLessThan(300);
    expect(await hits(ca, urls.a)).toEqual([false, false]);
    expect(await hits(cb, urls.b)).toEqual([true, true]);
  });

  it('a sign-out and a language change drop nothing', async () => {
    const ca = on(ctx.app, await a.as('gov_coordinator'));
    await warm(ca, urls.a);
    const pic = await a.as('unit_pic');
    const locale = await pic.patch('/api/auth/me', { locale: 'en' });
    expect(locale.statusCode, locale.body).toBe(200);
    expect((await pic.post('/api/auth/logout')).statusCode).toBe(204);
    expect(await hits(ca, urls.a)).toEqual([true, true]);
  });

  it('a write whose scope is not declared (a holiday in the calendar) drops everything', async () => {
    const ca = on(ctx.app, await a.as('gov_coordinator'));
    const cb = on(ctx.app, await b.as('gov_coordinator'));
    await warm(ca, urls.a);
    await warm(cb, urls.b);
    const admin = await a.as('admin');
    const res = await admin.post('/api/calendar/days', {
      date: '2026-08-18',
      name: 'Libur uji',
      kind: 'national',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await hits(ca, urls.a)).toEqual([false, false]);
    expect(await hits(cb, urls.b)).toEqual([false, false]);
  });
});

describe('keyed read-cache invalidation, across processes', () => {
  it('a write to A through one process drops A’s entries in the other and keeps B’s', async () => {
    const ca = on(second, await a.as('gov_coordinator'));
    const cb = on(second, await b.as('gov_coordinator'));
    await warm(ca, urls.a);
    await warm(cb, urls.b);
    const coord = await a.as('gov_coordinator');
    const saved = await coord.request('PUT', `/api/cycles/${fa.cycleId}/answers`, {
      answers: [{ answerId: fa.answerId, value: 1, na: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // The notification arrives after the response: wait until A's entry is gone there…
    const dropped = await eventually(
      async () => (await ca('GET', urls.a[1]!)).headers['x-patuh-cache'] !== 'hit',
    );
    expect(dropped).toBe(true);
    // …then B's entries are still served from the other process's cache.
    expect(await hits(cb, urls.b)).toEqual([true, true]);
  });

  it('a sign-out through one process leaves the other process’s cache', async () => {
    const cb = on(second, await b.as('gov_coordinator'));
    await warm(cb, urls.b);
    const pic = await b.as('unit_pic');
    expect((await pic.post('/api/auth/logout')).statusCode).toBe(204);
    await new Promise((r) => setTimeout(r, 100));
    expect(await hits(cb, urls.b)).toEqual([true, true]);
  });
});
