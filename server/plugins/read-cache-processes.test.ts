/**
 * The read cache across server processes (ADR 0008): two apps on one database, each with its own
 * caches, stand in for two server processes behind a load balancer. A write through one must
 * empty the other's cached answers as soon as its notification arrives (PostgreSQL LISTEN/NOTIFY;
 * PGlite's in-process listen), a refused write must not, and a process that cannot listen caches
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { ReadCache } from '../lib/read-cache';
import { makeAssessmentFixture } from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, type Tenant } from '../test/factories';
import { createTestContext, type Agent, type TestContext } from '../test/harness';

let ctx: TestContext;
let second: FastifyInstance;
let t: Tenant;
let cycleId: string;
let answerId: string;
let url: string;

beforeAll(async () => {
  ctx = await createTestContext();
  // The second "process": the same database, its own app and caches.
  const config = loadConfig({
    PATUH_DATA_DIR: ctx.dataDir,
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
  second = await buildApp({ config, database: ctx.database });
  await second.ready();
  t = await makeTenant(ctx);
  const f = await makeAssessmentFixture(ctx, t);
  cycleId = f.cycleId;
  answerId = f.answerId;
  url = `/api/cycles/${cycleId}/units/${t.unitId}/checklist`;
});
afterAll(async () => {
  await second?.close();
  await ctx?.close();
});

/** The same signed-in session, sent to the second app. */
const on = (app: FastifyInstance, agent: Agent) => (method: string, path: string, payload?: unknown) =>
  app.inject({
    method: method as 'GET',
    url: path,
    payload: payload as never,
    headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
  });

type Checklist = { items: Array<{ answerId: string; selfValue: number | null }> };
const selfValueIn = (body: string) =>
  (JSON.parse(body) as Checklist).items.find((i) => i.answerId === answerId)?.selfValue;

/** Polls until `check` holds (a notification arrives after the write's response), at most 2 s. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('read cache across processes', () => {
  it('a write through one process empties the cached answer of the other', async () => {
    const coord = await t.as('gov_coordinator');
    const other = on(second, coord);
    expect((await other('GET', url)).statusCode).toBe(200);
    expect((await other('GET', url)).headers['x-patuh-cache']).toBe('hit');

    const saved = await coord.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [{ answerId, value: 3, na: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const fresh = await eventually(async () => {
      const res = await other('GET', url);
      return res.headers['x-patuh-cache'] === undefined && selfValueIn(res.body) === 3;
    });
    expect(fresh).toBe(true);
  });

  it('a refused write does not empty the other process’s cache', async () => {
    const coord = await t.as('gov_coordinator');
    const other = on(second, coord);
    await other('GET', url);
    expect((await other('GET', url)).headers['x-patuh-cache']).toBe('hit');
    const refused = await coord.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [{ answerId, value: 99, na: false }],
    });
    expect(refused.statusCode).toBe(400);
    await new Promise((r) => setTimeout(r, 100));
    expect((await other('GET', url)).headers['x-patuh-cache']).toBe('hit');
  });
});

describe('ReadCache paused', () => {
  it('serves and stores nothing while paused, and starts empty when resumed', () => {
    const c = new ReadCache<string>({ ttlMs: 1000, maxBytes: 100 }, (v) => v.length);
    c.set('a', 'x', c.generation, 0);
    c.pause();
    expect(c.get('a', 1)).toBeUndefined();
    expect(c.set('b', 'y', c.generation, 1)).toBe(false);
    c.resume();
    expect(c.get('a', 2)).toBeUndefined();
    expect(c.set('b', 'y', c.generation, 2)).toBe(true);
    expect(c.get('b', 3)).toBe('y');
  });
});
