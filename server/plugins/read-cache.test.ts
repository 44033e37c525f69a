/**
 * The read cache (server/lib/read-cache.ts, server/plugins/read-cache.plugin.ts): repeated reads
 * are served from memory, but never to another user, never after a write, never past their
 * time-to-live, never an error, and a signed-out session is not kept alive by it.
 */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadCache } from '../lib/read-cache';
import { accepts } from './read-cache.plugin';
import { makeAssessmentFixture } from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, type Tenant } from '../test/factories';
import { createTestContext, type TestContext } from '../test/harness';

describe('ReadCache', () => {
  const cache = () => new ReadCache<string>({ ttlMs: 1000, maxBytes: 100 }, (v) => v.length);

  it('serves a value until its time-to-live runs out', () => {
    const c = cache();
    expect(c.set('a', 'x', c.generation, 0)).toBe(true);
    expect(c.get('a', 999)).toBe('x');
    expect(c.get('a', 1000)).toBeUndefined();
  });

  it('drops everything when the data generation moves, and refuses a value read before the move', () => {
    const c = cache();
    const readAt = c.generation;
    c.set('a', 'x', readAt, 0);
    c.invalidate();
    expect(c.get('a', 1)).toBeUndefined();
    // A read that started before the write and finishes after it must not be stored.
    expect(c.set('b', 'stale', readAt, 1)).toBe(false);
    expect(c.get('b', 2)).toBeUndefined();
  });

  it('stays within its byte budget, evicting the oldest entries first', () => {
    const c = cache();
    for (const k of ['a', 'b', 'c', 'd', 'e']) c.set(k, 'x'.repeat(25), c.generation, 0);
    expect(c.size).toBe(4);
    expect(c.get('a', 1)).toBeUndefined();
    expect(c.get('e', 1)).toBe('x'.repeat(25));
    expect(c.set('big', 'x'.repeat(26), c.generation, 0)).toBe(false); // over a quarter of the budget
  });

  it('keyed: a write empties only the entries that share a tag with it, and refuses those read before it', () => {
    const c = cache();
    const readAt = c.generation;
    c.set('a', 'x', readAt, 0, ['g:c1:A', 'in:c1']);
    c.set('b', 'y', readAt, 0, ['g:c1:B', 'in:c1']);
    c.set('any', 'z', readAt, 0);
    c.invalidate(['g:c1:A', '*']);
    expect(c.get('a', 1)).toBeUndefined();
    expect(c.get('any', 1)).toBeUndefined(); // stored without tags: depends on anything
    expect(c.get('b', 1)).toBe('y');
    // Read before the write and finished after it: refused for the written tags only.
    expect(c.set('a2', 'stale', readAt, 1, ['g:c1:A'])).toBe(false);
    expect(c.set('any2', 'stale', readAt, 1)).toBe(false);
    expect(c.set('b2', 'fine', readAt, 1, ['g:c1:B'])).toBe(true);
    // Read after the write: stored.
    expect(c.set('a3', 'fresh', c.generation, 1, ['g:c1:A'])).toBe(true);
    // A write of unknown scope empties everything and refuses everything read before it.
    const before = c.generation;
    c.invalidate();
    expect(c.get('b', 2)).toBeUndefined();
    expect(c.size).toBe(0);
    expect(c.set('b', 'stale', before, 2, ['g:c1:B'])).toBe(false);
  });

  it('keyed: a write that names no tag empties nothing', () => {
    const c = cache();
    c.set('a', 'x', c.generation, 0);
    c.invalidate([]);
    expect(c.get('a', 1)).toBe('x');
  });

  it('caches nothing when its time-to-live is 0', () => {
    const c = new ReadCache<string>({ ttlMs: 0, maxBytes: 100 });
    expect(c.set('a', 'x', c.generation, 0)).toBe(false);
    expect(c.get('a', 0)).toBeUndefined();
  });
});

describe('accepts (Accept-Encoding)', () => {
  it.each([
    ['gzip, deflate, br', 'gzip', true],
    ['gzip, deflate, br', 'br', true],
    ['br;q=1.0, gzip;q=0.8', 'gzip', true],
    ['*', 'br', true],
    ['gzip;q=0', 'gzip', false],
    ['gzip', 'br', false],
    ['deflate', 'gzip', false],
    ['', 'gzip', false],
  ] as const)('%s accepts %s → %s', (header, coding, expected) =>
    expect(accepts(header, coding)).toBe(expected),
  );
});

describe('read cache in the app', () => {
  let ctx: TestContext;
  let t: Tenant;
  let other: Tenant;
  let cycleId: string;
  let answerId: string;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    t = await makeTenant(ctx);
    other = await makeTenant(ctx);
    const f = await makeAssessmentFixture(ctx, t);
    cycleId = f.cycleId;
    answerId = f.answerId;
    url = `/api/cycles/${cycleId}/units/${t.unitId}/checklist`;
  });
  afterAll(async () => ctx?.close());

  type Checklist = { items: Array<{ answerId: string; selfValue: number | null }> };
  const selfValueIn = (body: string) =>
    (JSON.parse(body) as Checklist).items.find((i) => i.answerId === answerId)?.selfValue;

  it('serves a repeated read from memory: at most the auth generation check reaches the database', async () => {
    const coord = await t.as('gov_coordinator');
    const first = await coord.get(url);
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-patuh-cache']).toBeUndefined();
    const before = ctx.database.stats.queries;
    const second = await coord.get(url);
    expect(second.statusCode).toBe(200);
    expect(second.headers['x-patuh-cache']).toBe('hit');
    expect(second.headers['content-type']).toMatch(/application\/json/);
    // A session is reused only while the auth generation stands still (a revoked one must stop
    // on every process at once): on PostgreSQL that one primary-key read is all a hit costs; on
    // PGlite the generation arrives by NOTIFY and a hit costs nothing.
    expect(ctx.database.stats.queries - before).toBe(ctx.database.engine === 'postgres' ? 1 : 0);
    expect(second.body).toBe(first.body);
  });

  it('sends the cached answer compressed to a client that accepts it: br first, else gzip', async () => {
    const coord = await t.as('gov_coordinator');
    const plain = await coord.get(url);
    const br = await coord.request('GET', url, undefined, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['x-patuh-cache']).toBe('hit');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await coord.request('GET', url, undefined, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('sends a miss as computed, without waiting for its compression; the next hit is compressed', async () => {
    ctx.app.readCaches.responses.invalidate();
    const coord = await t.as('gov_coordinator');
    const miss = await coord.request('GET', url, undefined, { 'accept-encoding': 'br' });
    expect(miss.headers['x-patuh-cache']).toBeUndefined();
    expect(miss.headers['content-encoding']).toBeUndefined();
    const hit = await coord.request('GET', url, undefined, { 'accept-encoding': 'br' });
    expect(hit.headers['x-patuh-cache']).toBe('hit');
    expect(hit.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(hit.rawPayload).toString()).toBe(miss.body);
  });

  it('never serves one user’s cached answer to another: a foreign coordinator still gets 404', async () => {
    const coord = await t.as('gov_coordinator');
    expect((await coord.get(url)).statusCode).toBe(200);
    const foreign = await other.as('gov_coordinator');
    const res = await foreign.get(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-patuh-cache']).toBeUndefined();
  });

  it('shows a write at once: after saving an answer the next read is fresh', async () => {
    const coord = await t.as('gov_coordinator');
    await coord.get(url);
    expect((await coord.get(url)).headers['x-patuh-cache']).toBe('hit');
    const saved = await coord.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [{ answerId, value: 2, na: false }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const fresh = await coord.get(url);
    expect(fresh.headers['x-patuh-cache']).toBeUndefined();
    expect(selfValueIn(fresh.body)).toBe(2);
  });

  it('does not cache errors', async () => {
    const coord = await t.as('gov_coordinator');
    const missing = `/api/cycles/${cycleId}/units/00000000-0000-4000-8000-000000000000/checklist`;
    expect((await coord.get(missing)).statusCode).toBe(404);
    const again = await coord.get(missing);
    expect(again.statusCode).toBe(404);
    expect(again.headers['x-patuh-cache']).toBeUndefined();
  });

  it('does not keep a signed-out session alive', async () => {
    const coord = await t.as('gov_coordinator');
    expect((await coord.get(url)).statusCode).toBe(200); // session now cached
    expect((await coord.post('/api/auth/logout')).statusCode).toBeLessThan(300);
    expect((await coord.get(url)).statusCode).toBe(401);
  });
});
