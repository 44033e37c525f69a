/**
 * With PATUH_PUBLIC_URL set, the public pages' absolute links (Open Graph image, sitemap, robots)
 * use it whatever Host a request names, and a forged Host gets the same cached page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { seedDemo } from '../demo/demo.service';

const ORIGIN = 'https://patuh.example.go.id';
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ PATUH_PUBLIC_URL: ORIGIN, PATUH_READ_CACHE_SECONDS: '60' });
  await seedDemo(ctx.database);
  await seedDemoAssessments(ctx.database); // releases the 2023 results
}, 180_000);
afterAll(async () => ctx?.close());

const get = (url: string, host: string) =>
  ctx.app.inject({ method: 'GET', url, headers: { host, 'accept-encoding': 'identity' } });

describe('absolute links with PATUH_PUBLIC_URL set', () => {
  it('the government page, the sitemap and robots.txt name the configured origin for every Host', async () => {
    for (const host of ['evil.example', 'localhost:3000', 'Other.Example:8080']) {
      const page = await get('/publik/pemerintah/63.11', host);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`content="${ORIGIN}/publik/lencana/63.11.svg"`);
      expect(page.body.toLowerCase()).not.toContain(host.toLowerCase());
      expect((await get('/sitemap.xml', host)).body).toContain(
        `<loc>${ORIGIN}/publik/pemerintah/63.11</loc>`,
      );
      expect((await get('/robots.txt', host)).body).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    }
  });

  it('a forged Host is served the one cached copy, not a fresh render', async () => {
    const cache = ctx.app.readCaches.responses;
    const a = await get('/publik?tahun=2023', 'one.example');
    const entries = cache.size;
    const b = await get('/publik?tahun=2023', 'two.example');
    const c = await get('/publik?tahun=2023', 'three.example:81');
    expect(a.statusCode).toBe(200);
    expect(cache.size).toBe(entries);
    expect(new Set([a, b, c].map((r) => r.headers.etag)).size).toBe(1);
  });
});
