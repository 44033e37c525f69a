/**
 * The public home, search, about page, robots.txt and sitemap.xml through the real app (both
 * engines), on the demo: nothing public until released; after releasing the published 2023 cycles
 * every released regional government is coloured on the map — and only those (the code join of
 * issue 13); withdrawn, unpublished and internal cycles never colour a region or enter the sitemap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { seedDemo } from '../demo/demo.service';
import { mapShapes } from './map/map-shapes';
import { publicResults } from './public.service';

let ctx: TestContext;
let seeded: Awaited<ReturnType<typeof seedDemoAssessments>>;
const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  // Start from nothing public, whatever the demo releases.
  await q('delete from result_releases');
  await q('delete from official_figures');
}, 240_000);
afterAll(async () => ctx?.close());

/** Direct SQL skips the app's write hook, so the response cache is emptied by hand. */
async function write(text: string, params: unknown[] = []) {
  await q(text, params);
  ctx.app.readCaches.responses.invalidate();
}

/** Whitespace the templates' formatting adds around tags is dropped, so texts and tags match plainly. */
const flat = (body: string) =>
  body
    .replace(/\s+/g, ' ')
    .replace(/\s*>\s*/g, '>')
    .replace(/\s*<\s*/g, '<');

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await ctx.app.inject({ method: 'GET', url, headers });
  return { statusCode: res.statusCode, headers: res.headers, body: flat(res.body), raw: res.body };
};

/** The map's markup out of a page. */
function svgOf(body: string): string {
  const m = /<svg[^>]*class="map".*?<\/svg>/.exec(body);
  if (!m) throw new Error('no map on the page');
  return m[0];
}

/** Region codes per class on the map, and the codes that are links. */
function mapState(body: string) {
  const svg = svgOf(body);
  const byClass = new Map<string, string[]>();
  for (const m of svg.matchAll(/<path class="(z-[a-z]+)" data-kode="([^"]+)"/g)) {
    byClass.set(m[1]!, [...(byClass.get(m[1]!) ?? []), m[2]!]);
  }
  const coloured = ['z-hijau', 'z-kuning', 'z-merah', 'z-dinilai'].flatMap((c) => byClass.get(c) ?? []);
  const links = [...svg.matchAll(/<a href="\/publik\/pemerintah\/([^"?]+)/g)].map((m) =>
    decodeURIComponent(m[1]!),
  );
  return { coloured: coloured.sort(), belum: byClass.get('z-belum') ?? [], links: links.sort() };
}

/** Regional governments with a live release of a published official cycle of `year`, per layer (SQL, not the service). */
async function releasedRegional(year: number, types: string[]): Promise<string[]> {
  const rows = await q<{ region_code: string }>(
    `select distinct g.region_code from result_releases rr
       join cycles c on c.id = rr.cycle_id
       join governments g on g.id = rr.government_id
      where rr.withdrawn_at is null and c.kind = 'official' and c.status = 'published'
        and c.archived_at is null and c.year = $1 and g.type::text = any($2) and g.region_code is not null`,
    [year, types],
  );
  return rows.map((r) => r.region_code).sort();
}

async function releasePublished2023() {
  await write(
    `insert into result_releases (cycle_id, government_id)
     select cg.cycle_id, cg.government_id from cycle_governments cg join cycles c on c.id = cg.cycle_id
      where c.kind = 'official' and c.status = 'published' and c.year = 2023
     on conflict do nothing`,
  );
}

describe('before anything is released', () => {
  it('the home shows the grey map and says nothing is released; the sitemap has only the portal pages', async () => {
    const res = await get('/publik');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Belum ada hasil yang dirilis.');
    const state = mapState(res.body);
    expect(state.coloured).toEqual([]);
    expect(state.links).toEqual([]);
    expect(state.belum).toHaveLength(514);
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.body).toContain('<loc>http://localhost:80/publik</loc>');
    expect(sitemap.body).not.toContain('/publik/pemerintah/');
  });
});

describe('the map joins released governments to their shapes (issue 13)', () => {
  beforeAll(releasePublished2023);

  it('every released regional government has a shape, and exactly they are coloured and linked', async () => {
    const released = await publicResults(ctx.database.db, { year: 2023 });
    const regional = released.filter((r) => r.regionCode !== null);
    expect(regional.length).toBeGreaterThan(1);
    for (const layer of ['kabkota', 'provinsi'] as const) {
      const codes = new Set(mapShapes(layer).regions.map((s) => s.code));
      const types = layer === 'kabkota' ? ['pemkab', 'pemkot'] : ['pemprov'];
      const expected = await releasedRegional(2023, types);
      expect(
        expected.filter((c) => !codes.has(c)),
        `${layer}: released without a shape`,
      ).toEqual([]);
      const res = await get(`/publik?tahun=2023&peta=${layer}`);
      expect(res.statusCode).toBe(200);
      const state = mapState(res.body);
      expect(state.coloured, layer).toEqual(expected);
      expect(state.links, layer).toEqual(expected);
      expect(state.belum).toHaveLength(codes.size - expected.length);
    }
    expect(await releasedRegional(2023, ['pemkab', 'pemkot'])).toContain('63.11');
  });

  it('the default home is the newest released year on the regency layer, with the legend counts and the list', async () => {
    const res = await get('/publik');
    const body = res.body;
    expect(body).toContain('Peta hasil 2023');
    const expected = await releasedRegional(2023, ['pemkab', 'pemkot']);
    expect(mapState(body).coloured).toEqual(expected);
    expect(body).toContain(`Belum dinilai:<strong>${514 - expected.length}</strong>`);
    expect(body).toContain('<a href="/publik/pemerintah/63.11" aria-label="Kabupaten Balangan — Zona');
    // The text fallback lists every released government of the year with a link.
    const released = await publicResults(ctx.database.db, { year: 2023 });
    const list = /<details class="card daftar-hasil">.*?<\/details>/.exec(body)![0];
    expect(list.match(/<tr><th scope="row"><a href="\/publik\/pemerintah\//g)).toHaveLength(released.length);
    expect(body).toContain('Sebaran zona 2023');
    expect(body).toContain('Kategori opini A–E 2023');
    expect(body).toContain('href="/publik/cari"'.replace('href', 'action'));
  });

  it('switches language, keeping it on the map links', async () => {
    const res = await get('/publik?lang=en&peta=kabkota');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<a href="/publik/pemerintah/63.11?lang=en"');
    expect(res.body).toContain('Results map 2023');
  });

  it('is cached with an ETag and a one-minute max-age, and answers 304 when unchanged', async () => {
    const first = await get('/publik?tahun=2023');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await get('/publik?tahun=2023', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('a year without released results shows the grey map with the years that have some', async () => {
    const res = await get('/publik?tahun=2019');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Belum ada hasil yang dirilis untuk tahun 2019.');
    expect(mapState(res.body).coloured).toEqual([]);
    expect(res.body).toContain('href="/publik?tahun=2023"');
  });

  it.each([
    ['/publik?tahun=abc', 'Tahun harus berupa angka empat digit'],
    ['/publik?tahun=20233', 'Tahun harus berupa angka empat digit'],
    ['/publik?tahun=1999', 'Tahun harus berupa angka empat digit'],
    ['/publik?tahun=2023&tahun=2022', 'Tahun harus berupa angka empat digit'],
    ['/publik?peta=dunia', 'Pilihan peta harus'],
    ['/publik?peta=%3Cscript%3E&lang=en', 'The map must be'],
    ['/publik?tahun=%00', 'karakter yang tidak dapat dibaca'],
    ['/publik/cari?q=%00ab', 'Kata pencarian harus 2 sampai 100 karakter.'],
    ['/publik/tentang?lang=en&x=%00', 'characters that cannot be read'],
  ])('%s → the 400 page with the layout', async (url, message) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain(message);
    expect(res.body).toContain('<nav class="wrap site-nav"');
    expect(res.body).not.toContain('<script>');
  });

  it('robots.txt allows the portal and the open data, not the rest of the API', async () => {
    const res = await get('/robots.txt', { host: 'patuh.example.go.id' });
    expect(res.statusCode).toBe(200);
    expect(res.raw).toContain('Allow: /publik\n');
    expect(res.raw).toContain('Allow: /api/public/\n');
    expect(res.raw).toContain('Disallow: /api/\n');
    expect(res.raw).toContain('Sitemap: http://patuh.example.go.id/sitemap.xml');
    // A forged Host is not echoed.
    const forged = await get('/robots.txt', { host: 'evil"><x>' });
    expect(forged.body).not.toContain('evil');
  });

  it('the sitemap lists the released governments with their release date', async () => {
    const res = await get('/sitemap.xml', { host: 'patuh.example.go.id' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    const locs = [
      ...res.body.matchAll(/<loc>http:\/\/patuh\.example\.go\.id\/publik\/pemerintah\/([^<]+)<\/loc>/g),
    ].map((m) => m[1]);
    const released = await publicResults(ctx.database.db);
    expect(locs.sort()).toEqual([...new Set(released.map((r) => encodeURIComponent(r.key)))].sort());
    const today = released[0]!.releasedAt.slice(0, 10);
    expect(res.body).toContain(
      `<loc>http://patuh.example.go.id/publik/pemerintah/63.11</loc><lastmod>${today}</lastmod>`,
    );
    for (const page of ['/publik', '/publik/tentang', '/publik/peringkat', '/publik/data']) {
      expect(res.body).toContain(`<loc>http://patuh.example.go.id${page}</loc>`);
    }
  });
});

describe('what never colours the map or enters the sitemap', () => {
  it('a withdrawn release goes grey, unlinked, and leaves the sitemap', async () => {
    const before = mapState((await get('/publik?tahun=2023')).body);
    expect(before.coloured).toContain('63.11');
    await write(
      `update result_releases set withdrawn_at = now()
        where government_id = (select id from governments where region_code = '63.11')`,
    );
    const after = mapState((await get('/publik?tahun=2023')).body);
    expect(after.coloured).not.toContain('63.11');
    expect(after.belum).toContain('63.11');
    expect(after.links).not.toContain('63.11');
    expect(after.coloured).toHaveLength(before.coloured.length - 1);
    expect((await get('/sitemap.xml')).body).not.toContain('/publik/pemerintah/63.11<');
  });

  it('release rows forced onto an unpublished and an internal cycle colour nothing', async () => {
    const [internalId] = seeded.internal;
    expect(internalId).toBeDefined();
    await write(
      `insert into result_releases (cycle_id, government_id)
       select cg.cycle_id, cg.government_id from cycle_governments cg join cycles c on c.id = cg.cycle_id
        where (c.kind = 'official' and c.year = 2024) or c.id = $1
       on conflict do nothing`,
      [internalId],
    );
    const forced = await q<{ n: number }>(
      `select count(*)::int as n from result_releases rr join cycles c on c.id = rr.cycle_id where c.year = 2024`,
    );
    expect(forced[0]!.n).toBeGreaterThan(0);
    const res = await get('/publik?tahun=2024');
    expect(res.body).toContain('Belum ada hasil yang dirilis untuk tahun 2024.');
    expect(mapState(res.body).coloured).toEqual([]);
    const years = /<nav class="pilihan"[^>]*aria-label="Tahun">.*?<\/nav>/.exec(res.body)![0];
    expect(years).toContain('>2023</a>');
    expect(years).not.toContain('2024');
    const sitemap = (await get('/sitemap.xml')).body;
    const live = await publicResults(ctx.database.db);
    expect(live.every((r) => r.year !== 2024)).toBe(true);
    expect([...sitemap.matchAll(/\/publik\/pemerintah\//g)]).toHaveLength(
      new Set(live.map((r) => r.key)).size,
    );
  });
});

describe('an earlier year announced without a cycle', () => {
  it('colours that year’s map with the official zone, labelled, and never shows the internal note', async () => {
    await write(
      `insert into official_figures (government_id, year, method, zone, source, note)
       select id, 2019, 'zona', 'hijau', 'berita 2021', 'catatan internal rahasia' from governments
        where region_code = '76.06'`,
    );
    const res = await get('/publik?tahun=2019');
    expect(res.statusCode).toBe(200);
    expect(mapState(res.body).coloured).toEqual(['76.06']);
    expect(res.body).toContain('Kabupaten Mamuju Tengah — Zona Hijau, angka resmi (2019)');
    expect(res.body).toContain('Metode 2019: Zona kepatuhan (2015–2021).');
    expect(res.body).not.toContain('catatan internal rahasia');
    const years = /<nav class="pilihan"[^>]*aria-label="Tahun">.*?<\/nav>/.exec(res.body)![0];
    expect(years).toContain('>2019</a>');
    expect((await get('/sitemap.xml')).body).toContain('/publik/pemerintah/76.06<');
  });
});

describe('search and about', () => {
  it.each([
    ['/publik/cari?q=balangan', 200, 'Kabupaten Balangan'],
    ['/publik/cari?q=Balangan&lang=en', 200, 'Results for “Balangan”'],
    ['/publik/cari?q=zzzzqqq', 200, 'Tidak ada pemerintah yang cocok dengan “zzzzqqq”.'],
    ['/publik/cari', 200, 'Ketik sedikitnya 2 huruf'],
    ['/publik/cari?q=a', 400, 'Kata pencarian harus 2 sampai 100 karakter.'],
    [`/publik/cari?q=${'x'.repeat(101)}`, 400, 'Kata pencarian harus 2 sampai 100 karakter.'],
    ['/publik/cari?q=ab&q=cd', 400, 'Kata pencarian harus 2 sampai 100 karakter.'],
  ])('%s → %i', async (url, status, text) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(text);
    expect(res.body).toContain('<nav class="wrap site-nav"');
  });

  it('search escapes what was typed', async () => {
    const res = await get(`/publik/cari?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a search hit links to the government page', async () => {
    const res = await get('/publik/cari?q=balangan');
    expect(res.body).toContain('<a href="/publik/pemerintah/63.11">Pemerintah Kabupaten Balangan</a>');
  });

  it('the about page explains each method and carries the boundary licence word for word', async () => {
    const res = await get('/publik/tentang');
    expect(res.statusCode).toBe(200);
    for (const text of [
      '2015–2021: zona kepatuhan',
      '2022–2024: nilai 0–100 dan kategori A–E',
      'Sejak 2025: Opini Ombudsman RI',
    ]) {
      expect(res.body).toContain(text);
    }
    expect(res.body).toContain('bukan produk resmi Ombudsman');
    expect(res.body).toContain('href="/publik/data"');
    expect(res.body).toContain('idn-area-data');
    expect(res.body).toContain(
      'Batas wilayah: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), diolah oleh Patuh.',
    );
    expect(res.body).toContain('Copyright (c) 2024 Cahya DSN');
    expect(res.body).toContain('THE SOFTWARE IS PROVIDED &quot;AS IS&quot;, WITHOUT WARRANTY OF ANY KIND');
    const en = await get('/publik/tentang?lang=en');
    expect(en.body).toContain('not an official product of the Ombudsman');
  });

  it('serves the map script as an immutable file that the home links', async () => {
    const home = (await get('/publik')).body;
    const src = /<script src="(\/publik\/aset\/peta\.[0-9a-f]{10}\.js)" defer><\/script>/.exec(home)?.[1];
    expect(src).toBeDefined();
    const js = await get(src!);
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body).toContain('tooltip');
    expect((await get('/publik/aset/peta.0000000000.js')).statusCode).toBe(404);
  });
});
