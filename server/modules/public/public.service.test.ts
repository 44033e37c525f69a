/**
 * The public data layer (issue 13): what a visitor may read before and after a release, after a
 * withdrawal, with an official figure, and that an unpublished or internal cycle never shows even
 * with a release row forced into the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { seedDemo } from '../demo/demo.service';
import {
  publicGovernment,
  publicMapRegions,
  publicResults,
  publicSearch,
  publicSummary,
  publicYears,
  skorBand,
} from './public.service';

let ctx: TestContext;
let seeded: Awaited<ReturnType<typeof seedDemoAssessments>>;
let balangan: string;
let kalselCycle2023: string;
let kalselCycle2024: string;

const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  // Start from nothing public, whatever the demo releases.
  await q('delete from result_releases');
  await q('delete from official_figures');
  [{ id: balangan }] = (await q<{ id: string }>(
    `select id from governments where region_code = '63.11'`,
  )) as [{ id: string }];
  const cycles = await q<{ id: string; year: number }>(
    `select c.id, c.year from cycles c join cycle_governments cg on cg.cycle_id = c.id
     where cg.government_id = $1 and c.kind = 'official'`,
    [balangan],
  );
  kalselCycle2023 = cycles.find((c) => c.year === 2023)!.id;
  kalselCycle2024 = cycles.find((c) => c.year === 2024)!.id;
}, 180_000);
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;

describe('public results follow releases only', () => {
  it('shows nothing before a release: no year, no result, the government page empty', async () => {
    expect(await publicYears(db())).toEqual([]);
    expect((await publicSummary(db())).year).toBeNull();
    const page = await publicGovernment(db(), '63.11');
    expect(page?.government.name).toMatch(/Balangan/);
    expect(page?.results).toEqual([]);
    expect(await publicGovernment(db(), '99.99')).toBeNull();
  });

  it('after releasing Balangan 2023: its computed result, dimensions, view and units; Kalsel province still hidden', async () => {
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [
      kalselCycle2023,
      balangan,
    ]);
    expect(await publicYears(db())).toEqual([2023]);
    const [stored] = await q<{ rounded: number; band: string; zone: string }>(
      `select rounded, band, zone from government_results where cycle_id = $1 and government_id = $2`,
      [kalselCycle2023, balangan],
    );
    const page = (await publicGovernment(db(), '63.11'))!;
    expect(page.results).toHaveLength(1);
    const r = page.results[0]!;
    expect(r).toMatchObject({ year: 2023, method: 'skor', source: 'patuh', rank: 1, assessed: 1 });
    expect(r.shown).toEqual({
      score: stored!.rounded,
      band: stored!.band,
      zone: stored!.zone,
      opinion: null,
    });
    expect(r.dimensions.map((d) => d.code)).toEqual(['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN']);
    expect(r.dimensions.every((d) => d.score !== null)).toBe(true);
    expect(r.views[0]?.id).toBe('pbbt');
    expect(r.units.length).toBeGreaterThan(0);
    const results = await publicResults(db(), { year: 2023 });
    expect(results.map((x) => x.regionCode)).toEqual(['63.11']);
    const map = await publicMapRegions(db(), 2023, 'kabkota');
    expect(map).toEqual([expect.objectContaining({ code: '63.11', zone: stored!.zone })]);
    expect(await publicMapRegions(db(), 2023, 'provinsi')).toEqual([]);
  });

  it('an official figure recorded for the cycle is shown instead, with Patuh’s beside it', async () => {
    await q(
      `insert into official_figures (government_id, year, method, cycle_id, score, note)
       values ($1, 2023, 'skor', $2, 79.5, 'catatan internal')`,
      [balangan, kalselCycle2023],
    );
    const r = (await publicGovernment(db(), '63.11'))!.results[0]!;
    expect(r.source).toBe('official');
    // 79.50 is band B, zona hijau (REFERENCE §1.3: B 78.00–87.99, hijau).
    expect(r.shown).toEqual({ score: 79.5, band: 'B', zone: 'hijau', opinion: null });
    expect(r.computed?.score).not.toBeNull();
    expect(JSON.stringify(r)).not.toContain('catatan internal');
  });

  it('an earlier year announced without a cycle is public in its own method', async () => {
    await q(
      `insert into official_figures (government_id, year, method, zone) values ($1, 2019, 'zona', 'kuning')`,
      [balangan],
    );
    const page = (await publicGovernment(db(), '63.11'))!;
    expect(page.results.map((r) => [r.year, r.method, r.source])).toEqual([
      [2023, 'skor', 'official'],
      [2019, 'zona', 'official'],
    ]);
    expect(page.results[1]!.computed).toBeNull();
    expect(page.results[1]!.shown.zone).toBe('kuning');
    expect(await publicYears(db())).toEqual([2023, 2019]);
  });

  it('a withdrawal hides the cycle’s result and its official figure again', async () => {
    await q(`update result_releases set withdrawn_at = now() where cycle_id = $1`, [kalselCycle2023]);
    const page = (await publicGovernment(db(), '63.11'))!;
    expect(page.results.map((r) => r.year)).toEqual([2019]);
    expect(await publicResults(db(), { year: 2023 })).toEqual([]);
  });

  it('never shows an unpublished or an internal cycle, even with a release row', async () => {
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [
      kalselCycle2024,
      balangan,
    ]);
    const internalId = seeded.internal[0]!;
    const [owner] = await q<{ owner_government_id: string }>(
      `select owner_government_id from cycles where id = $1`,
      [internalId],
    );
    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [
      internalId,
      owner!.owner_government_id,
    ]);
    expect(await publicYears(db())).toEqual([2019]);
    expect((await publicGovernment(db(), '19.05'))!.results).toEqual([]);
  });

  it('finds governments by every word of the query, with their newest public zone', async () => {
    const hits = await publicSearch(db(), 'kab balangan');
    expect(hits).toEqual([expect.objectContaining({ key: '63.11', latestYear: 2019, latestZone: 'kuning' })]);
    expect(await publicSearch(db(), '%')).toEqual([]);
    expect(await publicSearch(db(), '   ')).toEqual([]);
  });
});

describe('skorBand: an announced 2022–2024 score to its category and zone (REFERENCE §1.3)', () => {
  it.each([
    [100, 'A', 'hijau'],
    [88, 'A', 'hijau'],
    [87.995, 'A', 'hijau'], // rounds half-up to 88.00 (REFERENCE §10 rule 4)
    [87.99, 'B', 'hijau'],
    [78, 'B', 'hijau'],
    [77.99, 'C', 'kuning'],
    [54, 'C', 'kuning'],
    [53.99, 'D', 'merah'],
    [32, 'D', 'merah'],
    [31.99, 'E', 'merah'],
    [0, 'E', 'merah'],
  ])('%s → %s, %s', (score, band, zone) => {
    expect(skorBand(score)).toEqual({ band, zone });
  });
});
