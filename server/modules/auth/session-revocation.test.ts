/**
 * Two app instances on one database stand for two server processes behind a load balancer
 * (issue 8, finding 8): signing out, archiving an account or changing its reach through one of
 * them takes effect on the other at once, cached reads included. And only writes that may have
 * changed data empty the read cache.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAssessmentFixture } from '../assessments/common/assessment-fixtures';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../test/factories';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { buildAppOn } from './auth-test-app';

let ctx: TestContext;
let appB: FastifyInstance;
let t: Tenant;
let other: Tenant;
let checklist: string;

beforeAll(async () => {
  ctx = await createTestContext();
  appB = await buildAppOn(ctx.database);
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  const f = await makeAssessmentFixture(ctx, t);
  checklist = `/api/cycles/${f.cycleId}/units/${t.unitId}/checklist`;
});
afterAll(async () => {
  await appB?.close();
  await ctx?.close();
});

/** The same browser session, talking to process B. */
const onB = (agent: Agent, method: 'GET' | 'POST' = 'GET', url = checklist, payload?: unknown) =>
  appB.inject({
    method,
    url,
    headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** Signs in on A and warms B's read cache with the checklist (the second read is a hit). */
async function signedInAndCachedOnB(email: string): Promise<Agent> {
  const agent = await signIn(ctx.app, email, TEST_PASSWORD);
  expect((await onB(agent)).statusCode).toBe(200);
  const hit = await onB(agent);
  expect(hit.statusCode).toBe(200);
  expect(hit.headers['x-patuh-cache']).toBe('hit');
  return agent;
}

const generation = async () =>
  Number(
    (await ctx.database.query<{ value: string | number }>('select value from auth_generation'))[0]!.value,
  );

describe('sessions kept in memory, checked against the auth generation', () => {
  it('a repeated request reuses the resolved session: at most one primary-key read of the generation', async () => {
    const coord = await signIn(ctx.app, t.emails.gov_coordinator, TEST_PASSWORD);
    expect((await onB(coord, 'GET', '/api/auth/me')).json().user.email).toBe(t.emails.gov_coordinator);
    const before = ctx.database.stats.queries;
    expect((await onB(coord, 'GET', '/api/auth/me')).json().user.email).toBe(t.emails.gov_coordinator);
    // PostgreSQL: the generation is read; PGlite (one process): its NOTIFY is counted, no query.
    expect(ctx.database.stats.queries - before).toBe(ctx.database.engine === 'postgres' ? 1 : 0);
  });

  it('signing in (right or wrong) leaves the generation alone; signing out moves it', async () => {
    const start = await generation();
    const coord = await signIn(appB, t.emails.gov_coordinator, TEST_PASSWORD);
    await appB.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: t.emails.gov_coordinator, password: 'salah-kata-sandi' },
    });
    expect(await generation()).toBe(start);
    expect((await coord.post('/api/auth/logout')).statusCode).toBe(204);
    expect(await generation()).toBeGreaterThan(start);
  });
});

describe('revoking on one process, the other answers 401 at once', () => {
  it('signing out on A', async () => {
    const coord = await signedInAndCachedOnB(t.emails.gov_coordinator);
    expect((await coord.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await onB(coord)).statusCode).toBe(401);
    expect((await onB(coord, 'GET', '/api/auth/me')).json()).toEqual({ user: null, csrfToken: null });
  });

  it('archiving the account on A', async () => {
    const coord = await signedInAndCachedOnB(t.emails.gov_coordinator);
    const admin = await t.as('admin');
    expect((await admin.post(`/api/users/${t.userIds.gov_coordinator}/archive`)).statusCode).toBe(200);
    try {
      expect((await onB(coord)).statusCode).toBe(401);
      expect((await onB(coord, 'GET', '/api/governments')).statusCode).toBe(401);
    } finally {
      expect((await admin.post(`/api/users/${t.userIds.gov_coordinator}/restore`)).statusCode).toBe(200);
    }
  });

  it('moving the account to another government on A: B stops serving the old government, cached or not', async () => {
    const coord = await signedInAndCachedOnB(t.emails.gov_coordinator);
    const admin = await t.as('admin');
    const moved = await admin.patch(`/api/users/${t.userIds.gov_coordinator}`, {
      governmentId: other.governmentId,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    try {
      const res = await onB(coord);
      expect(res.statusCode).toBe(404);
      expect(res.headers['x-patuh-cache']).toBeUndefined();
      expect((await onB(coord, 'GET', `/api/governments/${t.governmentId}`)).statusCode).toBe(404);
    } finally {
      await admin.patch(`/api/users/${t.userIds.gov_coordinator}`, { governmentId: t.governmentId });
    }
  });
});

describe('what empties the read cache', () => {
  it('an anonymous failed sign-in does not', async () => {
    const coord = await signedInAndCachedOnB(t.emails.gov_coordinator);
    const failed = await appB.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: t.emails.gov_coordinator, password: 'salah-kata-sandi' },
    });
    expect(failed.statusCode).toBe(401);
    expect((await onB(coord)).headers['x-patuh-cache']).toBe('hit');
  });

  it('a refused write (bad input, no CSRF token) does not; a successful one does', async () => {
    const coord = await signedInAndCachedOnB(t.emails.gov_coordinator);
    const bad = await onB(coord, 'POST', `/api/units/${t.unitId}/contacts`, { name: '' });
    expect(bad.statusCode).toBe(400);
    const noCsrf = await appB.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie: coord.cookie },
      payload: { locale: 'id' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect((await onB(coord)).headers['x-patuh-cache']).toBe('hit');
    const saved = await onB(coord, 'POST', `/api/units/${t.unitId}/contacts`, { name: 'Budi Santoso' });
    expect(saved.statusCode, saved.body).toBe(201);
    expect((await onB(coord)).headers['x-patuh-cache']).toBeUndefined();
  });
});
