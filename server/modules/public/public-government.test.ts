/**
 * The government pages of the public portal (issue 13) over HTTP: the page per government before
 * and after a release, with an official figure, after a withdrawal; the trend drawn per method; the
 * badge; rankings and comparison; escaping, caching and bad input. Rows are released and figures
 * recorded with SQL (the release API is another part of the issue), then the response cache is
 * emptied the way an authenticated write empties it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../../shared/format/format';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { seedDemo } from '../demo/demo.service';

let ctx: TestContext;
let balangan: string;
let cycle2023: string;
/** Every government of the Kalsel office's 2023 cycle: id, name, type, region code. */
let peers: Array<{ id: string; name: string; type: string; region_code: string | null }>;
/** An improvement point written for Balangan in 2023 (internal: never on a public page). */
let pointText: string;

const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);
const HOST = 'patuh.example';

/** A public GET as a visitor (no cookie). */
async function get(url: string, headers: Record<string, string> = {}) {
  return ctx.app.inject({ method: 'GET', url, headers: { host: HOST, ...headers } });
}
/** What an authenticated write does to the cache (a direct SQL write in a test does not). */
const written = () => ctx.app.readCaches.responses.invalidate();

const bigFigure = (text: string) => new RegExp(`class="big-figure"\\s*>\\s*${text}\\s*</span`);

const SECRET_NOTE = 'catatan-internal-rahasia-7731';

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  await seedDemoAssessments(ctx.database);
  await q('delete from result_releases');
  await q('delete from official_figures');
  [{ id: balangan }] = (await q<{ id: string }>(
    `select id from governments where region_code = '63.11'`,
  )) as [{ id: string }];
  const cycles = await q<{ id: string; year: number }>(
    `select c.id, c.year from cycles c join cycle_governments cg on cg.cycle_id = c.id
     where cg.government_id = $1 and c.kind = 'official' and c.status = 'published'`,
    [balangan],
  );
  cycle2023 = cycles.find((c) => c.year === 2023)!.id;
  peers = await q(
    `select g.id, g.name, g.type::text as type, g.region_code from governments g
     join cycle_governments cg on cg.government_id = g.id where cg.cycle_id = $1 order by g.name`,
    [cycle2023],
  );
  const points = await q<{ text: string }>(
    `select text from improvement_points where cycle_id = $1 and government_id = $2 limit 1`,
    [cycle2023, balangan],
  );
  pointText = points[0]?.text ?? '';
  written();
}, 240_000);
afterAll(async () => ctx?.close());

/** The text of an HTML page without tags (entities of the demo names are plain). */
const textOf = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('before any release', () => {
  it('the page says nothing has been released, the badge says "Belum dinilai"', async () => {
    const res = await get('/publik/pemerintah/63.11');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Belum ada hasil yang dirilis untuk pemerintah ini');
    expect(res.body).toContain('<html lang="id">');
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    const badge = await get('/publik/lencana/63.11.svg');
    expect(badge.statusCode).toBe(200);
    expect(badge.body).toContain('Belum dinilai');
    const ranking = await get('/publik/peringkat?jenis=pemkab');
    expect(ranking.statusCode).toBe(200);
    expect(ranking.body).toContain('Belum ada hasil yang dirilis');
  });

  it('an unknown or malformed key is a 404 page with the layout', async () => {
    for (const url of [
      '/publik/pemerintah/99.99',
      '/publik/pemerintah/00000000-0000-4000-8000-000000000000',
      '/publik/pemerintah/%3Cscript%3E',
      `/publik/pemerintah/${'9'.repeat(100)}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).toContain('Halaman tidak ditemukan');
      expect(res.body, url).toContain('class="site-header"');
      expect(res.body, url).not.toContain('<script>');
    }
    expect((await get('/publik/lencana/99.99.svg')).statusCode).toBe(404);
    expect((await get('/publik/lencana/63.11.png')).statusCode).toBe(404);
  });
});

describe('after the Kalsel 2023 cycle is released', () => {
  let stored: { rounded: number; band: string; zone: string };
  let units: Array<{ name: string; rounded: number | null }>;

  beforeAll(async () => {
    for (const p of peers)
      await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [cycle2023, p.id]);
    [stored] = (await q(
      `select rounded, band, zone from government_results where cycle_id = $1 and government_id = $2`,
      [cycle2023, balangan],
    )) as [typeof stored];
    units = await q(
      `select u.name, ur.rounded from unit_results ur join units u on u.id = ur.unit_id
       where ur.cycle_id = $1 and ur.government_id = $2`,
      [cycle2023, balangan],
    );
    written();
  });

  it('shows the figures of government_results (rounded, id-ID), the dimensions and the units', async () => {
    const res = await get('/publik/pemerintah/63.11');
    expect(res.statusCode).toBe(200);
    const body = res.body;
    const zoneWord = { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' }[stored.zone]!;
    expect(body).toContain(`<meta property="og:title" content="Kabupaten Balangan — ${zoneWord} 2023" />`);
    expect(body).toMatch(
      new RegExp(`<meta property="og:description" content="[^"]*${formatScore(stored.rounded, 'id')}`),
    );
    expect(body).toContain(`<meta property="og:image" content="http://${HOST}/publik/lencana/63.11.svg" />`);
    expect(body).toMatch(bigFigure(formatScore(stored.rounded, 'id')));
    expect(body).toContain('Dihitung oleh Patuh');
    expect(body).toContain(`${stored.band} — `);
    expect(body).toContain('bukan produk resmi Ombudsman RI');
    expect(body).toContain('href="/publik/peringkat?jenis=pemkab&amp;tahun=2023"');
    for (const d of ['Input', 'Proses', 'Output', 'Pengaduan'])
      expect(textOf(body).toLowerCase()).toContain(d.toLowerCase());
    expect(units.length).toBeGreaterThan(0);
    const table = body.slice(body.indexOf('data-testid="units-2023"'));
    for (const u of units) {
      expect(table).toContain(u.name);
      expect(table).toContain(formatScore(u.rounded, 'id'));
    }
    // Share links and the badge code, no script.
    expect(body).toContain('https://wa.me/?text=');
    expect(body).toContain('https://twitter.com/intent/tweet?');
    expect(body).toContain('https://www.facebook.com/sharer/sharer.php?u=');
    expect(body).toContain(`value="http://${HOST}/publik/pemerintah/63.11"`);
    expect(body).toMatch(
      /<textarea id="kode-lencana" readonly[^>]*>&lt;a href=&quot;http:\/\/patuh\.example\/publik\/pemerintah\/63\.11/,
    );
    expect(body).not.toMatch(/<script/);
    expect(pointText).not.toBe('');
    expect(body).not.toContain(pointText);
  });

  it('the badge: the zone and score, image/svg+xml, embeddable on other sites, small', async () => {
    const res = await get('/publik/lencana/63.11.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const zoneWord = { hijau: 'Zona Hijau', kuning: 'Zona Kuning', merah: 'Zona Merah' }[stored.zone]!;
    expect(res.body).toContain(`${zoneWord} 2023 · ${formatScore(stored.rounded, 'id')}`);
    expect(Buffer.byteLength(res.body)).toBeLessThan(2048);
    const en = await get('/publik/lencana/63.11.svg?lang=en');
    expect(en.body).toContain('zone 2023');
  });

  it('ranks the released regencies with the number assessed, links and province filter', async () => {
    const pemkab = peers.filter((p) => p.type === 'pemkab');
    const res = await get('/publik/peringkat?jenis=pemkab&tahun=2023');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`${pemkab.length} pemerintah dinilai`);
    expect(res.body).toContain('href="/publik/pemerintah/63.11"');
    expect(res.body).not.toContain('rank.badParams');
    const filtered = await get('/publik/peringkat?jenis=pemkab&tahun=2023&provinsi=63');
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toContain('<option value="63"  selected>');
    expect(filtered.body).toContain('href="/publik/pemerintah/63.11"');
    expect(filtered.body).not.toContain('Sebagian pilihan tidak dikenali');
  });

  it('the ranking filters by name (any case) and pages; a page past the end falls back to the first', async () => {
    const pemkab = peers.filter((p) => p.type === 'pemkab');
    const named = await get('/publik/peringkat?jenis=pemkab&tahun=2023&q=BALANGAN');
    expect(named.statusCode).toBe(200);
    expect(named.body).toContain('value="BALANGAN"');
    expect(named.body).toContain(`${pemkab.length} pemerintah dinilai`);
    expect(named.body).toContain('href="/publik/pemerintah/63.11"');
    // The filter kept every released regency: no "Menampilkan" line (the paging itself: ranking-page.test.ts).
    expect(named.body).not.toContain('data-testid="rank-showing"');
    const none = await get('/publik/peringkat?jenis=pemkab&tahun=2023&q=tidak-ada-nama');
    expect(none.body).toContain('Tidak ada pemerintah dengan nama itu pada pilihan ini.');
    expect(none.body).not.toContain('data-testid="ranking"');
    // Fewer than fifty: one page, no pager; page 2 does not exist.
    const one = await get('/publik/peringkat?jenis=pemkab&tahun=2023');
    expect(one.body).not.toContain('data-testid="rank-pager"');
    const past = await get('/publik/peringkat?jenis=pemkab&tahun=2023&halaman=2');
    expect(past.statusCode).toBe(200);
    expect(past.body).toContain('Sebagian pilihan tidak dikenali');
    expect(past.body).toContain('href="/publik/pemerintah/63.11"');
  });

  it('compares two governments side by side, by key or by name', async () => {
    const other = peers.find((p) => p.id !== balangan && p.region_code)!;
    const res = await get(`/publik/bandingkan?g=63.11&g=${encodeURIComponent(other.region_code!)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="compare-common"');
    expect(res.body).toContain('Tahun yang sama: 2023');
    expect(res.body).toContain(formatScore(stored.rounded, 'id'));
    expect(res.body).toContain(other.name);
    const byName = await get(`/publik/bandingkan?g=balangan&g=${encodeURIComponent(other.name)}`);
    expect(byName.body).toContain('data-testid="compare-common"');
    const ambiguous = await get('/publik/bandingkan?g=kabupaten&g=63.11');
    expect(ambiguous.statusCode).toBe(200);
    expect(ambiguous.body).toContain('Beberapa pemerintah cocok dengan “kabupaten”');
    const four = await get('/publik/bandingkan?g=63.11&g=63&g=63.71&g=63.10');
    expect(four.body).toContain('data-testid="too-many"');
    expect(four.body).not.toContain('value="63.10"');
  });

  it('answers with an ETag and max-age=60, and 304 when unchanged', async () => {
    const first = await get('/publik/pemerintah/63.11');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await get('/publik/pemerintah/63.11', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    const badge = await get('/publik/lencana/63.11.svg');
    const badge304 = await get('/publik/lencana/63.11.svg', {
      'if-none-match': badge.headers.etag as string,
    });
    expect(badge304.statusCode).toBe(304);
    for (const url of ['/publik/peringkat', '/publik/bandingkan?g=63.11&g=63'])
      expect((await get(url)).headers['cache-control'], url).toBe('public, max-age=60');
  });

  it('builds absolute links from the host it was asked on, never another visitor’s Host header', async () => {
    await get('/publik/pemerintah/63.11', { host: 'evil.example' });
    const mine = await get('/publik/pemerintah/63.11');
    expect(mine.body).toContain(`content="http://${HOST}/publik/lencana/63.11.svg"`);
    expect(mine.body).not.toContain('evil.example');
    const odd = await get('/publik/pemerintah/63.11', { host: 'a"><b' });
    expect(odd.statusCode).toBeLessThan(500);
    expect(odd.body).not.toContain('"><b');
  });

  it('switches to English with ?lang=en, links keeping it', async () => {
    const res = await get('/publik/pemerintah/63.11?lang=en');
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Computed by Patuh');
    expect(res.body).toContain('not an official Ombudsman RI product');
    expect(res.body).toContain('/publik/lencana/63.11.svg?lang=en');
    const ranking = await get('/publik/peringkat?jenis=pemkab&lang=en');
    expect(ranking.body).toContain('governments assessed');
    expect(ranking.body).toContain('href="/publik/pemerintah/63.11?lang=en"');
    const compare = await get('/publik/bandingkan?lang=en');
    expect(compare.body).toContain('Compare governments');
  });

  it('never answers 500 to bad query parameters; unknown choices fall back with a notice', async () => {
    const urls = [
      '/publik/peringkat?jenis=xyz&tahun=abcd',
      '/publik/peringkat?jenis=pemkab&jenis=pemkot',
      '/publik/peringkat?tahun=1999',
      '/publik/peringkat?tahun=2023&provinsi=%27%20or%201%3D1',
      '/publik/peringkat?provinsi=99',
      '/publik/peringkat?lang=xx&tahun[]=1',
      `/publik/bandingkan?g=${'a'.repeat(5000)}`,
      '/publik/bandingkan?g=%25&g=_&g=%5C',
      '/publik/bandingkan?g[a]=1',
      '/publik/bandingkan?g=',
      '/publik/pemerintah/63.11?lang[]=en',
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      // A parameter the pages do not read (`tahun[]`, `g[a]`, `lang[]`) redirects to the page without it.
      if (/\[/.test(decodeURIComponent(url))) {
        expect(res.statusCode, url).toBe(301);
        expect(res.headers.location, url).not.toMatch(/\[/);
      } else expect(res.statusCode, url).toBe(200);
    }
    const fallback = await get('/publik/peringkat?jenis=xyz&tahun=abcd');
    expect(fallback.body).toContain('Sebagian pilihan tidak dikenali');
    expect(fallback.body).toContain('Peringkat Pemerintah kabupaten 2023');
  });
});

describe('an official figure, an earlier year, a withdrawal, a hostile name', () => {
  let computed: number;

  beforeAll(async () => {
    [{ rounded: computed }] = (await q<{ rounded: number }>(
      `select rounded from government_results where cycle_id = $1 and government_id = $2`,
      [cycle2023, balangan],
    )) as [{ rounded: number }];
    await q(
      `insert into official_figures (government_id, year, method, cycle_id, score, source, note)
       values ($1, 2023, 'skor', $2, 91.25, 'Siaran pers Ombudsman', $3)`,
      [balangan, cycle2023, SECRET_NOTE],
    );
    await q(
      `insert into official_figures (government_id, year, method, zone, note) values ($1, 2019, 'zona', 'hijau', $2)`,
      [balangan, SECRET_NOTE],
    );
    written();
  });

  it('labels the official figure and shows Patuh’s computed one beside it; no note nor improvement point shows', async () => {
    const res = await get('/publik/pemerintah/63.11');
    expect(res.body).toMatch(bigFigure('91,25'));
    expect(res.body).toContain('Angka resmi Ombudsman');
    expect(res.body).toContain(`Nilai yang dihitung oleh Patuh: ${formatScore(computed, 'id')}`);
    for (const url of [
      '/publik/pemerintah/63.11',
      '/publik/pemerintah/63.11?lang=en',
      '/publik/lencana/63.11.svg',
      '/publik/peringkat?jenis=pemkab&tahun=2023',
      '/publik/peringkat?jenis=pemkab&tahun=2019',
      '/publik/bandingkan?g=63.11&g=63',
    ]) {
      const body = (await get(url)).body;
      expect(body, url).not.toContain(SECRET_NOTE);
      expect(body, url).not.toContain(pointText);
    }
  });

  it('draws one chart per method: 2019 zones and 2023 scores are never one line', async () => {
    const body = (await get('/publik/pemerintah/63.11')).body;
    const charts = [
      ...body.matchAll(/<figure class="card trend-method" data-method="(\w+)">([\s\S]*?)<\/figure>/g),
    ];
    expect(charts.map((m) => m[1])).toEqual(['zona', 'skor']);
    const [zona, skor] = charts.map((m) => m[2]!);
    expect(zona).not.toContain('<polyline');
    expect(zona).toContain('fill="#2e7d32"'); // the 2019 green marker
    expect(zona).toContain('<th scope="row">2019</th>');
    expect(zona).not.toContain('2023</th>');
    expect(skor).toContain('<th scope="row">2023</th>');
    expect(skor).not.toContain('2019');
    // Each chart has its text alternative: an SVG with a label, then a table.
    for (const c of [zona, skor])
      expect(c).toMatch(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"[\s\S]*<table>/);
    // A section per year, newest first.
    expect(body.indexOf('data-testid="year-2023"')).toBeLessThan(body.indexOf('data-testid="year-2019"'));
  });

  it('escapes a hostile government name on the page, the badge, the ranking and the comparison', async () => {
    const evil = '<script>alert(1)</script>"\'&';
    await q(`update governments set name = $1 where id = $2`, [evil, balangan]);
    written();
    try {
      for (const url of [
        '/publik/pemerintah/63.11',
        '/publik/lencana/63.11.svg',
        '/publik/peringkat?jenis=pemkab&tahun=2023',
        '/publik/bandingkan?g=63.11&g=63',
      ]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toContain('<script>alert(1)');
        expect(res.body, url).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
    } finally {
      await q(`update governments set name = 'Kabupaten Balangan' where id = $1`, [balangan]);
      written();
    }
  });

  it('a withdrawal removes the 2023 result from the page, ranking, comparison and badge', async () => {
    await q(`update result_releases set withdrawn_at = now() where cycle_id = $1 and government_id = $2`, [
      cycle2023,
      balangan,
    ]);
    written();
    const page = (await get('/publik/pemerintah/63.11')).body;
    expect(page).not.toContain('data-testid="year-2023"');
    expect(page).not.toContain('91,25');
    expect(page).toContain('data-testid="year-2019"');
    expect(page).toContain('Kabupaten Balangan — Zona Hijau 2019');
    const ranking = (await get('/publik/peringkat?jenis=pemkab&tahun=2023')).body;
    expect(ranking).not.toContain('/publik/pemerintah/63.11"');
    const compare = (await get('/publik/bandingkan?g=63.11&g=63')).body;
    expect(compare).not.toContain('91,25');
    expect(compare).not.toContain(formatScore(computed, 'id'));
    const badge = (await get('/publik/lencana/63.11.svg')).body;
    expect(badge).toContain('Zona Hijau 2019');
    expect(badge).not.toContain('2023');
  });
});
