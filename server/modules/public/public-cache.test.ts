/**
 * A page address with unknown parameters redirects to the page without them (one cached copy per
 * page), and simultaneous misses of one page share one render.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ReadCache } from '../../lib/read-cache';
import type { CachedResponse } from '../../plugins/read-cache.plugin';
import { canonicalPageUrl, renderOnce } from './public-cache';

describe('canonicalPageUrl', () => {
  it.each([
    ['/publik', null],
    ['/publik?tahun=2023&peta=provinsi&lang=en', null],
    ['/publik/bandingkan?g=63.11&g=63', null],
    ['/publik?fbclid=abc', '/publik'],
    ['/publik?tahun=2023&x=1&utm_source=wa', '/publik?tahun=2023'],
    ['/publik/pemerintah/63.11?bust=1&lang=en&bust=2', '/publik/pemerintah/63.11?lang=en'],
    ['/publik/bandingkan?g=63.11&zz=&g=63', '/publik/bandingkan?g=63.11&g=63'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalPageUrl(url)).toBe(expected);
  });
});

describe('renderOnce: one render for simultaneous misses of a page', () => {
  const appWith = (cache: ReadCache<CachedResponse>) =>
    ({ readCaches: { responses: cache } }) as unknown as FastifyInstance;

  it('fifty simultaneous misses render once; a write in between starts a new render', async () => {
    const cache = new ReadCache<CachedResponse>({ ttlMs: 10_000, maxBytes: 1 << 20 });
    const app = appWith(cache);
    let renders = 0;
    const render = async () => {
      const n = ++renders;
      await new Promise((r) => setTimeout(r, 20));
      return `<p>${n}</p>`;
    };
    const all = await Promise.all(
      Array.from({ length: 50 }, () => renderOnce(app, 'k', 'text/html', render)),
    );
    expect(renders).toBe(1);
    expect(new Set(all.map((e) => e.payload.toString()))).toEqual(new Set(['<p>1</p>']));
    const first = renderOnce(app, 'k2', 'text/html', render);
    cache.invalidate(); // a write while the render runs: a later request must not join it
    const second = renderOnce(app, 'k2', 'text/html', render);
    expect((await first).payload.toString()).not.toBe((await second).payload.toString());
    expect(renders).toBe(3);
    expect((await second).payload.toString()).toBe('<p>3</p>');
  });

  it('with the cache off, still one render per simultaneous burst, nothing stored', async () => {
    const cache = new ReadCache<CachedResponse>({ ttlMs: 0, maxBytes: 1 << 20 });
    let renders = 0;
    const render = async () => `${++renders}`;
    await Promise.all([1, 2, 3].map(() => renderOnce(appWith(cache), 'k', 'text/plain', render)));
    expect(renders).toBe(1);
    await renderOnce(appWith(cache), 'k', 'text/plain', render);
    expect(renders).toBe(2);
  });
});
