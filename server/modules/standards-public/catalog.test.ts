/**
 * What the public catalogue shows (issue 15 part 5), as a table over the states of a standard:
 * only a set (`ditetapkan`), published version of a live product is public; drafts, submitted and
 * superseded versions, unpublished ones and archived products never are. The rows are written with
 * drizzle (the editing API is another part of the issue), then the response cache is emptied the
 * way an authenticated write empties it.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceProducts, units } from '../../db/schema';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeTenant, type Tenant } from '../../test/factories';
import { CATALOGUE_MAX_MATCHES, catalogueRows } from './catalog.repository';
import { CATALOGUE_PAGE_SIZE } from './catalog.service';
import { addService, fullContent, setStandard, setMaklumat, textOf } from './catalog-test-helpers';

let ctx: TestContext;
let t: Tenant;
const HOST = 'patuh.example';
const get = (url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: { host: HOST, 'accept-encoding': 'identity' } });
/** What an authenticated write does to the cache (a direct write in a test does not). */
const written = () => ctx.app.readCaches.responses.invalidate();

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
}, 120_000);
afterAll(async () => ctx?.close());

/** The page of a service and whether a search for its marker finds it. */
async function publicState(productId: string, marker: string) {
  written();
  const page = await get(`/publik/layanan/${productId}`);
  const search = await get(`/publik/layanan?q=${encodeURIComponent(marker)}`);
  expect(search.statusCode).toBe(200);
  return {
    status: page.statusCode,
    body: page.body,
    listed: search.body.includes(`/publik/layanan/${productId}`),
  };
}

describe('which versions are public', () => {
  const cases: Array<{
    name: string;
    setup: (productId: string, m: string) => Promise<void>;
    status: 200 | 404;
    shows?: string[];
    hides?: string[];
  }> = [
    {
      name: 'no standard at all → 404, not listed',
      setup: async () => {},
      status: 404,
    },
    {
      name: 'draft only → 404, not listed',
      setup: (p, m) =>
        setStandard(ctx, p, { version: 1, status: 'draft', content: fullContent(`${m}-draf`) }),
      status: 404,
    },
    {
      name: 'submitted (diajukan) only → 404, not listed',
      setup: (p, m) =>
        setStandard(ctx, p, { version: 1, status: 'diajukan', content: fullContent(`${m}-aju`) }),
      status: 404,
    },
    {
      name: 'set but not published → 404, not listed',
      setup: (p, m) =>
        setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent(m), published: false }),
      status: 404,
    },
    {
      name: 'set and published → the six service-delivery components, not the others',
      setup: (p, m) => setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent(m) }),
      status: 200,
      shows: [
        'Persyaratan',
        'Kartu Keluarga — Fotokopi, 2 lembar',
        'Sistem, mekanisme, dan prosedur',
        'Jangka waktu',
        '14 hari kerja',
        'Biaya/tarif',
        'Gratis',
        'Perda Nomor 3 Tahun 2020',
        'Produk pelayanan',
        'Penanganan pengaduan, saran, dan masukan',
        'WhatsApp: 0812 0000 1111',
        'SK nomor 100/15/2026',
      ],
      hides: ['DASAR-HUKUM', 'SARANA-RAHASIA', 'Komponen pengelolaan', 'telah lewat'],
    },
    {
      name: 'set and published with publish_manufacturing → the other eight too',
      setup: (p, m) =>
        setStandard(ctx, p, {
          version: 1,
          status: 'ditetapkan',
          content: fullContent(m),
          publishManufacturing: true,
        }),
      status: 200,
      shows: ['Komponen pengelolaan', 'DASAR-HUKUM', 'SARANA-RAHASIA', 'Dasar hukum'],
    },
    {
      name: 'v1 superseded by v2 (and a v3 draft open) → v2 only',
      setup: async (p, m) => {
        await setStandard(ctx, p, { version: 1, status: 'diganti', content: fullContent(`${m}-LAMA`) });
        await setStandard(ctx, p, { version: 2, status: 'ditetapkan', content: fullContent(`${m}-BARU`) });
        await setStandard(ctx, p, { version: 3, status: 'draft', content: fullContent(`${m}-DRAF`) });
      },
      status: 200,
      shows: ['BARU'],
      hides: ['LAMA', '-DRAF'],
    },
    {
      name: 'a review date in the past is said beside it',
      setup: (p, m) =>
        setStandard(ctx, p, {
          version: 1,
          status: 'ditetapkan',
          content: fullContent(m),
          reviewDate: '2025-06-30',
        }),
      status: 200,
      shows: ['Ditinjau ulang paling lambat 30 Jun 2025 (tanggal tinjau ulang telah lewat)'],
    },
    {
      name: 'a stored component that does not read is left out ("Tidak diisi"), never a 500',
      setup: (p, m) =>
        setStandard(ctx, p, {
          version: 1,
          status: 'ditetapkan',
          content: { persyaratan: 'rusak', produk: [`Produk utuh ${m}`] } as never,
        }),
      status: 200,
      shows: ['Produk utuh', 'Persyaratan Tidak diisi'],
      hides: ['rusak'],
    },
    {
      name: 'the unit’s maklumat shows only when published',
      setup: async (p, m) => {
        await setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent(m) });
      },
      status: 200,
      hides: ['Maklumat pelayanan'],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const m = `uji${Math.random().toString(36).slice(2, 8)}`;
      const p = await addService(ctx, t.unitId, t.governmentId, `Layanan ${m}`);
      await c.setup(p, m);
      const s = await publicState(p, m);
      expect(s.status).toBe(c.status);
      expect(s.listed).toBe(c.status === 200);
      const text = textOf(s.body);
      for (const x of c.shows ?? []) expect(text).toContain(x);
      for (const x of c.hides ?? []) expect(text).not.toContain(x);
      if (c.status === 404) {
        expect(s.body).toContain('Halaman tidak ditemukan');
        expect(text).not.toContain(m);
        written();
        expect((await get(`/publik/layanan/${p}/papan.pdf`)).statusCode).toBe(404);
        expect((await get(`/publik/layanan/${p}/qr.svg`)).statusCode).toBe(404);
      }
    });
  }

  it('the maklumat: shown once published, gone when taken back', async () => {
    const { unitId } = await addUnit('Unit Maklumat');
    const p = await addService(ctx, unitId, t.governmentId, 'Layanan Maklumat');
    await setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent('mk') });
    await setMaklumat(ctx, unitId, t.governmentId, 'Kami sanggup MAKLUMAT-XYZ.', false);
    expect(textOf((await publicState(p, 'mk')).body)).not.toContain('MAKLUMAT-XYZ');
    await setMaklumat(ctx, unitId, t.governmentId, 'Kami sanggup MAKLUMAT-XYZ.', true);
    const shown = textOf((await publicState(p, 'mk')).body);
    expect(shown).toContain('Maklumat pelayanan');
    expect(shown).toContain('MAKLUMAT-XYZ');
  });

  it('names are escaped: a service called <img …> is text, never markup', async () => {
    const p = await addService(ctx, t.unitId, t.governmentId, '<img src=x onerror=alert(1)> escuji');
    await setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent('escuji') });
    const s = await publicState(p, 'escuji');
    expect(s.status).toBe(200);
    expect(s.listed).toBe(true);
    expect(s.body).not.toContain('<img src=x');
    expect(s.body).toContain('&lt;img src=x onerror=alert(1)&gt; escuji');
  });

  it('an archived product or unit answers 404 and leaves the catalogue', async () => {
    const { unitId } = await addUnit('Unit Arsip');
    const p = await addService(ctx, unitId, t.governmentId, 'Layanan arsipuji');
    await setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent('arsipuji') });
    expect((await publicState(p, 'arsipuji')).status).toBe(200);
    await ctx.database.db
      .update(serviceProducts)
      .set({ archivedAt: new Date() })
      .where(eq(serviceProducts.id, p));
    expect(await publicState(p, 'arsipuji')).toMatchObject({ status: 404, listed: false });
    await ctx.database.db.update(serviceProducts).set({ archivedAt: null }).where(eq(serviceProducts.id, p));
    await ctx.database.db.update(units).set({ archivedAt: new Date() }).where(eq(units.id, unitId));
    expect(await publicState(p, 'arsipuji')).toMatchObject({ status: 404, listed: false });
  });
});

async function addUnit(name: string) {
  const [u] = await ctx.database.db
    .insert(units)
    .values({ governmentId: t.governmentId, name, type: 'opd', sector: 'kesehatan' })
    .returning();
  return { unitId: u!.id };
}

describe('the catalogue', () => {
  let gov2: Tenant;
  beforeAll(async () => {
    gov2 = await makeTenant(ctx);
    for (let i = 1; i <= CATALOGUE_PAGE_SIZE + 2; i++) {
      const p = await addService(
        ctx,
        gov2.unitId,
        gov2.governmentId,
        `Izin halaman ${String(i).padStart(2, '0')}`,
      );
      await setStandard(ctx, p, { version: 1, status: 'ditetapkan', content: fullContent(`hal${i}`) });
    }
    written();
  });

  it('searches by government, unit or service name; filters by government; groups them', async () => {
    const govName = (await get(`/publik/pemerintah/${gov2.governmentId}`)).body.match(
      /<h1>([^<]+)<\/h1>/,
    )![1]!;
    const byGov = await get(`/publik/layanan?q=${encodeURIComponent(govName)}`);
    expect(textOf(byGov.body)).toContain(`${CATALOGUE_PAGE_SIZE + 2} layanan ditemukan`);
    // The filter lists the government once it has a public service (its list was read before, without it).
    expect(byGov.body).toContain(`<option value="${gov2.governmentId}"`);
    expect(byGov.body).not.toContain(`<option value="${(await makeTenant(ctx)).governmentId}"`);
    const unitName = 'Dinas Uji';
    const byUnit = await get(`/publik/layanan?q=${encodeURIComponent(unitName)}&g=${gov2.governmentId}`);
    expect(byUnit.statusCode).toBe(200);
    expect(byUnit.body).toContain('data-testid="catalogue-government"');
    expect(textOf(byUnit.body)).toContain(`${CATALOGUE_PAGE_SIZE + 2} layanan ditemukan`);
    // A service's number that its government's and unit's random names do not contain (a search word
    // matches those names too: "07" found every service of "Lembaga Uji 807df632").
    const unitFull = (byUnit.body.match(/Dinas Uji [0-9a-f]+/) ?? [unitName])[0];
    const n = Array.from({ length: CATALOGUE_PAGE_SIZE + 2 }, (_, i) => String(i + 1).padStart(2, '0')).find(
      (d) => !govName.includes(d) && !unitFull.includes(d),
    )!;
    const byService = await get(`/publik/layanan?q=${encodeURIComponent(`halaman ${n}`)}`);
    expect(textOf(byService.body)).toContain('1 layanan ditemukan');
    expect(textOf(byService.body)).toContain(`Izin halaman ${n}`);
    // The other tenant's services are not in a filter on this government.
    const other = await get(`/publik/layanan?g=${t.governmentId}&q=halaman`);
    expect(other.body).toContain('data-testid="catalogue-empty"');
  });

  it('a search matching more than the cap lists nothing and asks to narrow; counting stops past the cap', async () => {
    const words = ['halaman'];
    const capped = await catalogueRows(ctx.database.db, { words }, CATALOGUE_PAGE_SIZE, 0, 5);
    expect(capped).toEqual({ rows: [], total: 6 });
    const uncapped = await catalogueRows(ctx.database.db, { words }, CATALOGUE_PAGE_SIZE, 0);
    expect(uncapped.total).toBe(CATALOGUE_PAGE_SIZE + 2);
    expect(uncapped.rows).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(CATALOGUE_MAX_MATCHES).toBe(1000);
  });

  it('pages: 30 a page, the rest on page 2, links keep the query and language', async () => {
    const first = await get(`/publik/layanan?g=${gov2.governmentId}&lang=en`);
    expect(first.body).toContain('Page 1 of 2');
    expect((first.body.match(/<li>\s*<a href="\/publik\/layanan\/[0-9a-f-]{36}/g) ?? []).length).toBe(
      CATALOGUE_PAGE_SIZE,
    );
    expect(first.body).toContain(`href="/publik/layanan?g=${gov2.governmentId}&amp;halaman=2&amp;lang=en"`);
    const second = await get(`/publik/layanan?g=${gov2.governmentId}&halaman=2&lang=en`);
    expect(textOf(second.body)).toContain('Izin halaman 32');
    expect(textOf(second.body)).not.toContain('Izin halaman 01');
    const beyond = await get(`/publik/layanan?g=${gov2.governmentId}&halaman=9`);
    expect(beyond.statusCode).toBe(200);
    expect(beyond.body).toContain('data-testid="catalogue-empty"');
  });

  it('the government page counts published services per unit and links to the catalogue', async () => {
    const res = await get(`/publik/pemerintah/${gov2.governmentId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-testid="gov-standards"');
    expect(textOf(res.body)).toMatch(new RegExp(`Dinas Uji \\w+ ${CATALOGUE_PAGE_SIZE + 2}`));
    expect(res.body).toContain(`href="/publik/layanan?g=${gov2.governmentId}"`);
    const none = await makeTenant(ctx);
    written();
    expect((await get(`/publik/pemerintah/${none.governmentId}`)).body).not.toContain('gov-standards');
  });

  it('bad input never answers 500: the portal’s 400 or 404 page', async () => {
    const cases: Array<[string, number]> = [
      ['/publik/layanan/bukan-id', 404],
      ['/publik/layanan/bukan-id/papan.pdf', 404],
      ['/publik/layanan/00000000-0000-0000-0000-000000000000', 404],
      ['/publik/layanan/00000000-0000-0000-0000-000000000000/qr.svg', 404],
      [`/publik/layanan?q=${'x'.repeat(5000)}`, 400],
      ['/publik/layanan?q=a', 400],
      ['/publik/layanan?q=a&q=b', 400],
      ['/publik/layanan?halaman=-1', 400],
      ['/publik/layanan?halaman=99999999999', 400],
      ['/publik/layanan?g=%27%20or%201=1--', 400],
      ['/publik/layanan?q=%00abc', 400],
      ['/publik/layanan?q=%25%5F%5C', 200],
      ['/publik/layanan?utm_source=x', 301],
      ['/publik/layanan?g=99.99', 200],
    ];
    for (const [url, status] of cases) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(status);
      if (status !== 301) expect(res.headers['content-type'], url).toContain('text/html');
    }
  });

  it('the catalogue is in the sitemap and in the portal’s navigation', async () => {
    expect((await get('/sitemap.xml')).body).toContain(`<loc>http://${HOST}/publik/layanan</loc>`);
    const home = await get('/publik');
    expect(home.body).toMatch(/<a href="\/publik\/layanan"\s*>Standar layanan<\/a/);
  });

  it('every /publik/layanan route is public and answers anonymous callers', async () => {
    const routes = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/publik/layanan'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /publik/layanan',
      'GET /publik/layanan/:productId',
      'GET /publik/layanan/:productId/papan.pdf',
      'GET /publik/layanan/:productId/qr.svg',
    ]);
    for (const r of routes) {
      expect(r.access, r.url).toBe('public');
      const res = await get(r.url.replace(':productId', t.productId));
      expect([401, 403], r.url).not.toContain(res.statusCode);
      expect(res.statusCode, r.url).toBeLessThan(500);
    }
  });
});
