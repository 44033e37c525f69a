/**
 * Open data (issue 13): the CSV and JSON agree with each other, with the API and with the rapor —
 * before a release there is nothing, after the demo's 2023 results are released every figure is
 * there, after a withdrawal it is gone; an official figure says so; CORS, the per-address rate
 * limit, ETag / 304 and field errors in both languages.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIMENSION_COLUMNS,
  RESULT_COLUMNS,
  UNIT_COLUMNS,
  type OpenDataResult,
} from '../../../shared/contracts/open-data';
import type { Rapor } from '../../../shared/contracts/rapor';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { seedDemo } from '../demo/demo.service';

const LIMIT = 40;
let ctx: TestContext;
let seeded: Awaited<ReturnType<typeof seedDemoAssessments>>;
let admin: Agent;
/** (government id, year 2023) → the official cycle it was assessed in. */
const cycleOf = new Map<string, string>();

const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);
/** Data changed behind the server's back: empty its response cache as a write through it would. */
const changed = () => ctx.app.readCaches.responses.invalidate();

let ipSeq = 0;
/** Each test asks from its own address, so the rate limit of one never touches another. */
function client() {
  const remoteAddress = `10.0.0.${++ipSeq}`;
  return (url: string, headers: Record<string, string> = {}, method: 'GET' | 'OPTIONS' = 'GET') =>
    ctx.app.inject({ method, url, headers, remoteAddress });
}

/** RFC 4180 CSV → rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

function csvOf(res: LightMyRequestResponse): string[][] {
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  return parseCsv(res.body.slice(1));
}

const cellOf = (v: unknown) => (v === null || v === undefined ? '' : String(v));

beforeAll(async () => {
  ctx = await createTestContext({ PATUH_PUBLIC_RATE_LIMIT: String(LIMIT) });
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  await q('delete from result_releases');
  await q('delete from official_figures');
  const rows = await q<{ cycle_id: string; government_id: string }>(
    `select cycle_id, government_id from cycle_governments where cycle_id = any($1::uuid[])`,
    [seeded.cycles2023],
  );
  for (const r of rows) cycleOf.set(r.government_id, r.cycle_id);
  admin = await signIn(ctx.app, 'admin@patuh.local', DEMO_PASSWORD);
}, 240_000);
afterAll(async () => ctx?.close());

/** Releases every government of the demo's published 2023 cycles, as the office would. */
async function releaseDemo2023() {
  for (const [governmentId, cycleId] of cycleOf)
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2) on conflict do nothing`, [
      cycleId,
      governmentId,
    ]);
  changed();
}

describe('Open data: the CSV and JSON agree with the API and the rapor', () => {
  it('before any release: no year, no row (the CSV files only their header)', async () => {
    const get = client();
    const dataPage = (await get('/publik/data')).body;
    expect(dataPage).toContain('class="notice"');
    expect(dataPage).toContain('href="/api/public/v1/results.csv"');
    const json = (await get('/api/public/v1/results.json')).json();
    expect(json).toMatchObject({ version: 1, count: 0, items: [] });
    expect(json.licence.name).toBe('CC BY 4.0');
    expect((await get('/api/public/v1/years.json')).json().years).toEqual([]);
    expect(csvOf(await get('/api/public/v1/results.csv'))).toEqual([[...RESULT_COLUMNS]]);
    expect(csvOf(await get('/api/public/v1/dimensions.csv'))).toEqual([[...DIMENSION_COLUMNS]]);
    expect(csvOf(await get('/api/public/v1/units.csv'))).toEqual([[...UNIT_COLUMNS]]);
    expect((await get('/api/public/v1/governments/63.11.json')).json().results).toEqual([]);
  });

  it('after the 2023 release: every row in JSON and CSV alike, each equal to its rapor', async () => {
    await releaseDemo2023();
    // The demo releases: Kalsel province and Balangan, Mamuju Tengah, Bangka Barat.
    expect(cycleOf.size).toBe(4);
    const get = client();
    const json = (await get('/api/public/v1/results.json?year=2023')).json();
    expect(json.count).toBe(cycleOf.size);
    expect(json.items).toHaveLength(cycleOf.size);
    const res = await get('/api/public/v1/results.csv?year=2023');
    expect(res.headers['content-disposition']).toBe('attachment; filename="patuh-hasil-2023.csv"');
    const [header, ...lines] = csvOf(res);
    expect(header).toEqual([...RESULT_COLUMNS]);
    expect(lines).toEqual(
      (json.items as OpenDataResult[]).map((item) => RESULT_COLUMNS.map((c) => cellOf(item[c]))),
    );
    for (const item of json.items as OpenDataResult[]) {
      const cycleId = cycleOf.get(item.governmentId)!;
      const rapor = (await admin.get(`/api/cycles/${cycleId}/governments/${item.governmentId}/rapor`)).json();
      const r = rapor as Rapor;
      expect(item, item.governmentName).toMatchObject({
        year: 2023,
        method: 'skor',
        source: 'patuh',
        score: r.score,
        band: r.band?.code ?? null,
        zone: r.band?.zone ?? null,
        computedScore: r.score,
      });
      expect(item.score).not.toBeNull();
      // The dimension file carries the rapor's dimension scores, the unit file its unit scores.
      const gov = (await get(`/api/public/v1/governments/${item.governmentKey}.json`)).json();
      const year = gov.results.find((x: { year: number }) => x.year === 2023);
      // …and the row is the government API's figure for that year, rank and source included.
      expect([item.score, item.band, item.zone, item.rank, item.assessed, item.source]).toEqual([
        year.shown.score,
        year.shown.band,
        year.shown.zone,
        year.rank,
        year.assessed,
        year.source,
      ]);
      expect(year.dimensions.map((d: { code: string; score: number }) => [d.code, d.score])).toEqual(
        r.dimensions.map((d) => [d.code, d.score]),
      );
    }
  }, 120_000);

  it('the dimension and unit files hold every released government’s scores, as its government JSON', async () => {
    const get = client();
    const [dimHeader, ...dims] = csvOf(await get('/api/public/v1/dimensions.csv?year=2023'));
    const [unitHeader, ...units] = csvOf(await get('/api/public/v1/units.csv'));
    expect(dimHeader).toEqual([...DIMENSION_COLUMNS]);
    expect(unitHeader).toEqual([...UNIT_COLUMNS]);
    const keys = [...new Set(dims.map((d) => d[1]))];
    expect(keys).toHaveLength(cycleOf.size);
    for (const key of keys) {
      const gov = (await get(`/api/public/v1/governments/${key}.json`)).json();
      const y = gov.results[0];
      expect(dims.filter((d) => d[1] === key).map((d) => [d[4], d[7], d[8]])).toEqual(
        y.dimensions.map((d: { code: string; weight: number; score: number | null }) => [
          d.code,
          cellOf(d.weight),
          cellOf(d.score),
        ]),
      );
      expect(units.filter((u) => u[1] === key).map((u) => [u[3], u[4]])).toEqual(
        y.units.map((u: { name: string; score: number | null }) => [u.name, cellOf(u.score)]),
      );
    }
  });

  it('filters by type and province; an official figure is labelled official with Patuh’s beside it', async () => {
    const get = client();
    const kalsel = (await get('/api/public/v1/results.json?year=2023&province=63')).json();
    expect(kalsel.count).toBeGreaterThan(0);
    expect(kalsel.items.every((i: OpenDataResult) => i.provinceCode === '63')).toBe(true);
    const pemkab = (await get('/api/public/v1/results.json?type=pemkab')).json();
    expect(pemkab.items.every((i: OpenDataResult) => i.governmentType === 'pemkab')).toBe(true);
    const [balangan] = await q<{ id: string }>(`select id from governments where region_code = '63.11'`);
    await q(
      `insert into official_figures (government_id, year, method, cycle_id, score, note)
       values ($1, 2023, 'skor', $2, 79.5, 'catatan internal')`,
      [balangan!.id, cycleOf.get(balangan!.id)],
    );
    changed();
    const json = (await get('/api/public/v1/results.json?year=2023&province=63')).json();
    const row = json.items.find((i: OpenDataResult) => i.regionCode === '63.11');
    expect(row).toMatchObject({ source: 'official', score: 79.5, band: 'B', zone: 'hijau' });
    expect(row.computedScore).not.toBe(79.5);
    const csv = (await get('/api/public/v1/results.csv?year=2023&province=63')).body;
    expect(csv).toContain(',79.5,B,hijau,,official,');
    expect(csv + JSON.stringify(json)).not.toContain('catatan internal');
  });

  it('never an unpublished or internal cycle; a withdrawal takes the rows away', async () => {
    const get = client();
    const [internalOwner] = await q<{ owner_government_id: string }>(
      `select owner_government_id from cycles where id = $1`,
      [seeded.internal[0]],
    );
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [
      seeded.internal[0],
      internalOwner!.owner_government_id,
    ]);
    const [open2024] = await q<{ government_id: string }>(
      `select government_id from cycle_governments where cycle_id = $1 limit 1`,
      [seeded.cycles2024[0]],
    );
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [
      seeded.cycles2024[0],
      open2024!.government_id,
    ]);
    changed();
    expect((await get('/api/public/v1/years.json')).json().years).toEqual([2023]);
    expect((await get('/api/public/v1/results.json?year=2024')).json().count).toBe(0);

    const [first] = [...cycleOf.entries()];
    await q(`update result_releases set withdrawn_at = now() where government_id = $1 and cycle_id = $2`, [
      first![0],
      first![1],
    ]);
    changed();
    const json = (await get('/api/public/v1/results.json?year=2023')).json();
    expect(json.count).toBe(cycleOf.size - 1);
    expect(json.items.map((i: OpenDataResult) => i.governmentId)).not.toContain(first![0]);
    expect((await get('/api/public/v1/results.csv?year=2023')).body).not.toContain(first![0]);
    const [withdrawn] = await q<{ key: string }>(
      `select coalesce(region_code, id::text) as key from governments where id = $1`,
      [first![0]],
    );
    const dims = parseCsv((await get('/api/public/v1/dimensions.csv?year=2023')).body.slice(1));
    expect(dims.length).toBeGreaterThan(1);
    expect(dims.map((d) => d[1])).not.toContain(withdrawn!.key);
    const gone = (await get(`/api/public/v1/governments/${first![0]}.json`)).json();
    expect(gone.results.filter((r: { year: number }) => r.year === 2023)).toEqual([]);
  });
});

describe('Open data: the HTTP contract', () => {
  it('CORS for any origin on answers, errors and the preflight', async () => {
    const get = client();
    const ok = await get('/api/public/v1/years.json', { origin: 'https://jurnalis.example' });
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(ok.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const bad = await get('/api/public/v1/results.json?year=abc');
    expect(bad.headers['access-control-allow-origin']).toBe('*');
    const pre = await get(
      '/api/public/v1/results.csv',
      { origin: 'https://jurnalis.example', 'access-control-request-method': 'GET' },
      'OPTIONS',
    );
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-methods']).toContain('GET');
  });

  it('the map geometry: every layer keyed by Kemendagri code, cacheable, for any origin', async () => {
    const get = client();
    const kabkota = await get('/api/public/v1/map/kabkota.json');
    expect(kabkota.statusCode).toBe(200);
    expect(kabkota.headers['access-control-allow-origin']).toBe('*');
    expect(kabkota.headers['cache-control']).toBe('public, max-age=60');
    const k = kabkota.json();
    expect(k.layer).toBe('kabkota');
    expect(k.viewBox).toMatch(/^[\d.-]+ [\d.-]+ [\d.]+ [\d.]+$/);
    expect(k.regions).toHaveLength(514);
    expect(k.regions.find((r: { code: string }) => r.code === '63.11')).toMatchObject({
      name: expect.stringMatching(/Balangan/i),
      d: expect.stringMatching(/^m/),
    });
    const p = (await get('/api/public/v1/map/provinsi.json')).json();
    expect(p.regions).toHaveLength(38);
  });

  it('ETag and max-age=60; If-None-Match → 304', async () => {
    const get = client();
    const first = await get('/api/public/v1/results.json?year=2023');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await get('/api/public/v1/results.json?year=2023', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const csv = await get('/api/public/v1/results.csv?year=2023');
    expect(
      (await get('/api/public/v1/results.csv?year=2023', { 'if-none-match': csv.headers.etag as string }))
        .statusCode,
    ).toBe(304);
  });

  it('bad parameters → 400 with the field named, in Bahasa Indonesia or English; never 500', async () => {
    const get = client();
    for (const query of ['year=abc', 'year=1999', 'type=desa', 'province=6', 'province=63.11']) {
      const res = await get(`/api/public/v1/results.json?${query}`);
      expect(res.statusCode, query).toBe(400);
      const field = query.split('=')[0]!;
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.fields[field], query).toEqual(expect.any(String));
    }
    const id = (await get('/api/public/v1/results.csv?year=abc')).json().error;
    const en = (await get('/api/public/v1/results.csv?year=abc&lang=en')).json().error;
    const enHeader = (await get('/api/public/v1/results.csv?year=abc', { 'accept-language': 'en' })).json()
      .error;
    expect(id.message).not.toBe(en.message);
    expect(en.message).toBe(enHeader.message);
    expect(id.fields.year).not.toBe(en.fields.year);
    expect((await get('/api/public/v1/governments/bukan-kunci.json')).statusCode).toBe(400);
    expect((await get('/api/public/v1/governments/99.99.json')).statusCode).toBe(404);
    expect((await get('/api/public/v1/map/desa.json')).statusCode).toBe(400);
  });

  it(`${LIMIT} requests a minute per address across the API, then 429 in the API's error shape`, async () => {
    const get = client();
    const other = client();
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      statuses.push(
        (await get(i % 2 ? '/api/public/v1/years.json' : '/api/public/v1/summary.json')).statusCode,
      );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await get('/api/public/v1/results.csv', { 'accept-language': 'en' });
    expect(over.statusCode).toBe(429);
    expect(over.headers['access-control-allow-origin']).toBe('*');
    expect(over.json().error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/Try again/) });
    expect((await get('/api/public/v1/years.json')).json().error.message).toMatch(/Coba lagi/);
    expect((await other('/api/public/v1/years.json')).statusCode).toBe(200);
  });

  it('signed-in staff are not counted: the dashboard map behind one office address spends no budget', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 5; i++)
      statuses.push(
        (await admin.get(i % 2 ? '/api/public/v1/map/provinsi.json' : '/api/public/v1/years.json'))
          .statusCode,
      );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    // The same address (inject's 127.0.0.1) still has its whole budget as an anonymous caller.
    const anonymous = (url: string) => ctx.app.inject({ method: 'GET', url, remoteAddress: '127.0.0.1' });
    const res = await anonymous('/api/public/v1/years.json');
    expect(res.statusCode).toBe(200);
    expect(Number(res.headers['x-ratelimit-remaining'])).toBe(LIMIT - 1);
  });
});

describe('/publik/data: downloads, dictionary, licence and policy', () => {
  it('links the newest released year’s files, describes every field, states the licence; no script', async () => {
    const get = client();
    const res = await get('/publik/data');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const page = res.body;
    expect(page).toContain('<html lang="id">');
    expect(page).toContain('<title>Data terbuka');
    expect(page).not.toContain('class="notice"');
    for (const file of ['results.csv', 'results.json', 'dimensions.csv', 'units.csv', 'summary.json'])
      expect(page, file).toContain(`href="/api/public/v1/${file}?year=2023"`);
    for (const field of new Set([...RESULT_COLUMNS, ...DIMENSION_COLUMNS, ...UNIT_COLUMNS]))
      expect(page, field).toContain(`<code>${field}</code>`);
    expect(page).toContain('CC BY 4.0');
    expect(page).toContain('Sumber: Ombudsman RI melalui Patuh');
    expect(page).toContain('MIT');
    expect(page).toContain('/api/public/v2/');
    expect(page).toContain(`${LIMIT} permintaan per menit`);
    expect(page).toContain('href="/api/docs"');
    expect(page).not.toMatch(/<script/i);
    const en = (await get('/publik/data?lang=en')).body;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Data dictionary');
    expect(en).toContain('The government’s key in public URLs');
  });
});
