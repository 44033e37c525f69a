/**
 * A release or a withdrawal empties the read cache of every server process (issue 13: "the
 * server's own cache emptied on release and withdrawal across processes"). Two apps on one
 * database stand in for two processes (ADR 0008); an entry cached by the second — what a public
 * page would be served from — is gone once the first process's write is announced.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeReleaseFixture, type ReleaseFixture } from './release-fixture';

let ctx: TestContext;
let second: FastifyInstance;
let f: ReleaseFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  const config = loadConfig({
    PATUH_DATA_DIR: ctx.dataDir,
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
  second = await buildApp({ config, database: ctx.database });
  await second.ready();
  f = await makeReleaseFixture(ctx);
}, 60_000);
afterAll(async () => {
  await second?.close();
  await ctx?.close();
});

/** Polls until `check` holds (the notification arrives after the write's response), at most 2 s. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe('release and the read cache of another process', () => {
  it('a release and a withdrawal through one process empty the other’s cache', async () => {
    const head = await f.t.as('oversight_head');
    const cache = second.readCaches.responses;
    const probe = {
      payload: Buffer.from('lama'),
      contentType: 'text/html',
      compressed: Promise.resolve(null),
    };
    const changes = [
      () => head.post(`/api/cycles/${f.cycleId}/releases`, {}),
      () =>
        head.post(`/api/cycles/${f.cycleId}/releases/withdraw`, {
          governmentIds: [f.govA],
          reason: 'Data keliru',
        }),
    ];
    for (const change of changes) {
      // Wait until the second process listens (it caches nothing while it cannot).
      expect(await eventually(() => cache.set('/publik', probe, cache.generation))).toBe(true);
      expect(cache.get('/publik')).toBeDefined();
      expect((await change()).statusCode).toBe(200);
      expect(await eventually(() => cache.get('/publik') === undefined)).toBe(true);
    }
  });

  it('a refused release (409 before publication) leaves it alone', async () => {
    const g = await makeReleaseFixture(ctx, 'final');
    const head = await g.t.as('oversight_head');
    const cache = second.readCaches.responses;
    const probe = {
      payload: Buffer.from('tetap'),
      contentType: 'text/html',
      compressed: Promise.resolve(null),
    };
    expect(await eventually(() => cache.set('/publik/tetap', probe, cache.generation))).toBe(true);
    expect((await head.post(`/api/cycles/${g.cycleId}/releases`, {})).statusCode).toBe(409);
    await new Promise((r) => setTimeout(r, 200));
    expect(cache.get('/publik/tetap')).toBeDefined();
  });
});
