/**
 * Issue 13, "Released vs not": every public route, before a release, after the office head
 * releases Pemkab Balangan's 2023 result through the API, and after the head withdraws it. The
 * marker is what each route would show of that result (its link, its score, its code).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../../shared/format/format';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { seedDemo } from '../demo/demo.service';

let ctx: TestContext;
let head: Agent;
let cycleId: string;
let balangan: string;
let score: number;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  await seedDemoAssessments(ctx.database);
  // Start with nothing public: the demo's own releases and figures are taken back.
  await ctx.database.query('delete from result_releases');
  await ctx.database.query('delete from official_figures');
  const [row] = await ctx.database.query<{ cycle_id: string; government_id: string; rounded: number }>(
    `select gr.cycle_id, gr.government_id, gr.rounded
     from government_results gr join cycles c on c.id = gr.cycle_id
     join governments g on g.id = gr.government_id
     where g.region_code = '63.11' and c.year = 2023 and c.kind = 'official'`,
  );
  cycleId = row!.cycle_id;
  balangan = row!.government_id;
  score = row!.rounded;
  head = await signIn(ctx.app, 'kepala.kalsel@patuh.local', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => ctx?.close());

/** Each public route and what it shows of Balangan's released 2023 result. */
function routes(): Array<[string, string]> {
  const shown = formatScore(score, 'id');
  return [
    ['/publik?tahun=2023', 'href="/publik/pemerintah/63.11"'],
    ['/publik/pemerintah/63.11', shown],
    ['/publik/peringkat?jenis=pemkab&tahun=2023', 'href="/publik/pemerintah/63.11"'],
    ['/publik/bandingkan?g=63.11&g=76.06', shown],
    ['/publik/lencana/63.11.svg', shown],
    ['/publik/cari?q=balangan', '2023'],
    ['/sitemap.xml', '/publik/pemerintah/63.11'],
    ['/api/public/v1/results.json?year=2023', '"63.11"'],
    ['/api/public/v1/results.csv?year=2023', '63.11'],
    ['/api/public/v1/governments/63.11.json', '"year":2023'],
    ['/api/public/v1/units.csv?year=2023', 'Balangan'],
    ['/api/public/v1/dimensions.csv?year=2023', 'Balangan'],
    ['/api/public/v1/years.json', '2023'],
  ];
}

async function shows(url: string, marker: string): Promise<boolean> {
  const res = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
  expect(res.statusCode, url).toBeLessThan(500);
  expect([200, 404], url).toContain(res.statusCode);
  return res.statusCode === 200 && res.body.includes(marker);
}

describe('every public route follows the release', () => {
  it('before the release: no route shows Balangan’s 2023 result', async () => {
    for (const [url, marker] of routes()) expect(await shows(url, marker), url).toBe(false);
  });

  it('after the head releases it: every route shows it (no stale cached page)', async () => {
    const res = await head.post(`/api/cycles/${cycleId}/releases`, { governmentIds: [balangan] });
    expect(res.statusCode).toBe(200);
    for (const [url, marker] of routes()) expect(await shows(url, marker), url).toBe(true);
  });

  it('after the withdrawal: gone from every route at once', async () => {
    const res = await head.post(`/api/cycles/${cycleId}/releases/withdraw`, {
      governmentIds: [balangan],
      reason: 'Angka resmi belum diumumkan',
    });
    expect(res.statusCode).toBe(200);
    for (const [url, marker] of routes()) expect(await shows(url, marker), url).toBe(false);
  });
});
