/**
 * The demo cycles, and the CLI agreeing with the web app: the answers of a demo 2023 government
 * are written to answers.csv, scored by `patuh score`, and compared with the API's published score.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaporSchema, RaporUnitGapsSchema } from '../../../../shared/contracts/rapor';
import { scoreCommand } from '../../../cli/commands/score.command';
import { governments } from '../../../db/schema';
import { answers } from '../../../db/schema-assessments';
import {
  createTestContext,
  openTestDatabase,
  signIn,
  type Agent,
  type TestContext,
} from '../../../test/harness';
import { DEMO_PASSWORD } from '../../demo/demo-data';
import { seedDemoAssessments } from '../../demo/demo-assessments';
import { seedDemoReleases } from '../../demo/demo-releases';
import { publicResults } from '../../public/public.service';
import { seedDemo } from '../../demo/demo.service';
import { recomputeCycle } from './scoring.service';

let ctx: TestContext;
let seeded: { cycles2023: string[]; cycles2024: string[]; internal: string[] };
let admin: Agent;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  admin = await signIn(ctx.app, 'admin@patuh.local', DEMO_PASSWORD);
}, 120_000);
afterAll(async () => ctx.close());

async function governmentByRegion(code: string) {
  const [g] = await ctx.database.db
    .select()
    .from(governments)
    .where(eq(governments.regionCode, code))
    .limit(1);
  return g!;
}

describe('demo assessments', () => {
  it('seeds a published 2023 cycle and an open 2024 cycle per office, once', async () => {
    expect(seeded.cycles2023).toHaveLength(3);
    expect(seeded.cycles2024).toHaveLength(3);
    expect((await seedDemoAssessments(ctx.database)).cycles2023).toHaveLength(0);
    const list = (await admin.get('/api/cycles')).json<{
      items: Array<{ id: string; year: number; status: string; kind: string }>;
    }>().items;
    const official = list.filter((c) => c.kind === 'official');
    expect(official.filter((c) => c.year === 2023).map((c) => c.status)).toEqual(Array(3).fill('published'));
    expect(official.filter((c) => c.year === 2024).map((c) => c.status)).toEqual(
      Array(3).fill('self_assessment'),
    );
    // Besides them, the shared penilaian mandiri of Pemkab Bangka Barat (demo-internal.test.ts).
    expect(list.filter((c) => c.kind === 'internal').map((c) => c.id)).toEqual(seeded.internal);
  });

  it('releases the published 2023 results to the public portal, and records Mamuju Tengah 2019 (issue 13)', async () => {
    const rows = await ctx.database.query<{ region: string; year: number; live: boolean; by: string }>(
      `select g.region_code as region, c.year, rr.withdrawn_at is null as live, u.email as by
         from result_releases rr join cycles c on c.id = rr.cycle_id
         join governments g on g.id = rr.government_id join users u on u.id = rr.released_by
        order by g.region_code`,
    );
    expect(rows).toEqual([
      { region: '19.05', year: 2023, live: true, by: 'admin@patuh.local' },
      { region: '63', year: 2023, live: true, by: 'kepala.kalsel@patuh.local' },
      { region: '63.11', year: 2023, live: true, by: 'kepala.kalsel@patuh.local' },
      { region: '76.06', year: 2023, live: true, by: 'admin@patuh.local' },
    ]);
    const figures = await ctx.database.query<{
      region: string;
      year: number;
      method: string;
      zone: string;
      source: string;
      cycle_id: string | null;
    }>(
      `select g.region_code as region, f.year, f.method, f.zone, f.source, f.cycle_id
         from official_figures f join governments g on g.id = f.government_id`,
    );
    expect(figures).toEqual([
      {
        region: '76.06',
        year: 2019,
        method: 'zona',
        zone: 'hijau',
        source: expect.stringContaining('trans89.com, 30 April 2021') as string,
        cycle_id: null,
      },
    ]);
    // The admin's release panel of a 2023 cycle agrees; seeding again adds nothing.
    const res = await admin.get(`/api/cycles/${seeded.cycles2023[0]}/releases`);
    const states = res.json<{ items: Array<{ state: string }> }>().items.map((i) => i.state);
    expect(states.length).toBeGreaterThan(0);
    expect(new Set(states)).toEqual(new Set(['released']));
    expect((await seedDemoReleases(ctx.database)).released).toBe(0);
    // What a logged-out visitor reads: the four 2023 results, and Mamuju Tengah's 2019 green zone.
    const shown = await publicResults(ctx.database.db, {});
    expect(shown.map((r) => [r.regionCode, r.year, r.source, r.shown.zone !== null])).toEqual(
      expect.arrayContaining([
        ['63', 2023, 'patuh', true],
        ['63.11', 2023, 'patuh', true],
        ['76.06', 2023, 'patuh', true],
        ['19.05', 2023, 'patuh', true],
        ['76.06', 2019, 'official', true],
      ]),
    );
    expect(shown).toHaveLength(5);
  });

  it('the 2023 history reads as the season happened: each event on its own 2023 day, not the seeding day', async () => {
    const rows = await ctx.database.query<{ reason: string; day: string }>(
      `select distinct reason, to_char(created_at at time zone 'Asia/Makassar', 'YYYY-MM-DD') as day
         from score_versions where cycle_id = any($1::uuid[]) order by day`,
      [seeded.cycles2023],
    );
    expect(rows).toEqual([
      { reason: 'verifikasi', day: '2023-07-31' },
      { reason: 'banding', day: '2023-08-10' },
      { reason: 'final', day: '2023-09-30' },
      { reason: 'persetujuan', day: '2023-10-02' },
    ]);
    const [answered] = await ctx.database.query<{ n: number }>(
      `select count(*)::int as n from answers where cycle_id = any($1::uuid[])
         and (self_at >= '2024-01-01' or verified_at >= '2024-01-01')`,
      [seeded.cycles2023],
    );
    expect(answered!.n).toBe(0);
  });

  it('every fresh demo is the same: 2023 scores and the submitted 2024 unit (never a demo PIC’s)', async () => {
    const snapshot = async (database: TestContext['database']) => ({
      scores: await database.query<{ region: string; year: number; rounded: number }>(
        `select g.region_code as region, c.year, r.rounded from government_results r
           join governments g on g.id = r.government_id join cycles c on c.id = r.cycle_id
          where c.year = 2023 order by g.region_code`,
      ),
      submitted: await database.query<{ unit: string }>(
        `select u.name as unit from cycle_units cu join units u on u.id = cu.unit_id
          join cycles c on c.id = cu.cycle_id where c.year = 2024 and c.kind = 'official' and cu.self_status = 'submitted' order by 1`,
      ),
    });
    const other = await openTestDatabase();
    try {
      await seedDemo(other.database);
      await seedDemoAssessments(other.database);
      const a = await snapshot(ctx.database);
      expect(a.scores).toHaveLength(4);
      expect(a.submitted.length).toBeGreaterThan(0);
      expect(await snapshot(other.database)).toEqual(a);
      const [overlap] = await ctx.database.query<{ n: number }>(
        `select count(*)::int as n from cycle_units cu join cycles c on c.id = cu.cycle_id
           join user_units uu on uu.unit_id = cu.unit_id join users us on us.id = uu.user_id
          where c.year = 2024 and c.kind = 'official' and cu.self_status = 'submitted' and us.email like '%@patuh.local'`,
      );
      expect(overlap!.n).toBe(0);
    } finally {
      await other.drop();
    }
  }, 180_000);

  it('the 2024 cycle is partly filled; the Balangan PIC sees their checklist with progress', async () => {
    const balangan = await governmentByRegion('63.11');
    const pic = await signIn(ctx.app, 'pic.disdukcapil.balangan@patuh.local', DEMO_PASSWORD);
    const cycles = (await pic.get('/api/cycles')).json<{ items: Array<{ id: string; year: number }> }>()
      .items;
    const open = cycles.find((c) => c.year === 2024)!;
    const sample = (await pic.get(`/api/cycles/${open.id}/governments/${balangan.id}/sample`)).json<{
      units: Array<{ unitId: string }>;
    }>();
    expect(sample.units).toHaveLength(1);
    const list = (await pic.get(`/api/cycles/${open.id}/units/${sample.units[0]!.unitId}/checklist`)).json<{
      progress: { answered: number; total: number };
    }>();
    expect(list.progress.total).toBe(45);
    expect(list.progress.answered).toBeGreaterThan(0);
  });

  it('the CLI and the web app give the same published score (Pemkab Balangan, 2023)', async () => {
    const balangan = await governmentByRegion('63.11');
    const cycles = (await admin.get('/api/cycles')).json<{
      items: Array<{ id: string; year: number; officeName: string }>;
    }>().items;
    const cycle = cycles.find((c) => c.year === 2023 && c.officeName.includes('Kalimantan Selatan'))!;
    const rows = await ctx.database.db
      .select()
      .from(answers)
      .where(and(eq(answers.cycleId, cycle.id), eq(answers.governmentId, balangan.id)));
    const csv = [
      'entity,unit,product,indicator,value',
      ...rows.map((r) =>
        [
          'balangan',
          r.unitId ?? '',
          r.productId ?? '',
          r.indicator,
          r.verifiedNa ? 'NA' : (r.verifiedValue ?? ''),
        ].join(','),
      ),
    ].join('\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-cli-'));
    const file = path.join(dir, 'answers.csv');
    fs.writeFileSync(file, csv);
    let out = '';
    const code = await scoreCommand(['--framework', 'ombudsman-2022-2024', file, '--json'], {
      stdout: (s) => (out += s),
      stderr: (s) => (out += s),
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code, out).toBe(0);
    const [cli] = JSON.parse(out) as Array<{
      score: number;
      band: string;
      zone: string;
      dimensions: Record<string, number>;
    }>;

    const api = (await admin.get(`/api/cycles/${cycle.id}/governments/${balangan.id}/result`)).json<{
      score: number;
      band: { code: string; zone: string };
      dimensions: Array<{ code: string; score: number }>;
    }>();
    expect(cli!.score.toFixed(2)).toBe(api.score.toFixed(2));
    expect(cli!.band).toBe(api.band.code);
    expect(cli!.zone).toBe(api.band.zone);
    expect(Object.fromEntries(api.dimensions.map((d) => [d.code, d.score]))).toEqual(cli!.dimensions);

    const rapor = RaporSchema.parse(
      (await admin.get(`/api/cycles/${cycle.id}/governments/${balangan.id}/rapor`)).json(),
    );
    expect(rapor.score).toBe(api.score);
    expect(rapor.history.map((h) => h.reason)).toContain('persetujuan');
    // The demo's assessor reasons show among the units' gaps, each unit's loaded on its own.
    const unitGaps = await Promise.all(
      rapor.units.map(async (u) =>
        RaporUnitGapsSchema.parse(
          (
            await admin.get(`/api/cycles/${cycle.id}/governments/${balangan.id}/rapor/units/${u.unitId}`)
          ).json(),
        ),
      ),
    );
    expect(unitGaps.map((u) => u.gaps.length)).toEqual(rapor.units.map((u) => u.gapCount));
    expect(unitGaps.some((u) => u.gaps.some((g) => g.examples.some((e) => e.reason !== null)))).toBe(true);
  });

  it('pages the results table by keyset, explains a unit, and gives office and national means', async () => {
    const cycles = (await admin.get('/api/cycles')).json<{
      items: Array<{ id: string; year: number; officeName: string }>;
    }>().items;
    const kalsel = cycles.find((c) => c.year === 2023 && c.officeName.includes('Kalimantan Selatan'))!;
    type Page = {
      items: Array<{
        governmentId: string;
        name: string;
        score: number;
        rank: number;
        peers: number;
        type: string;
      }>;
      nextCursor: string | null;
    };
    const first = (await admin.get(`/api/cycles/${kalsel.id}/results?limit=1`)).json<Page>();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await admin.get(`/api/cycles/${kalsel.id}/results?limit=1&cursor=${first.nextCursor}`)
    ).json<Page>();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]!.score).toBeLessThanOrEqual(first.items[0]!.score);
    // Pemprov and Pemkab are not peers: each ranks first of one.
    expect([...first.items, ...second.items].map((r) => [r.rank, r.peers])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    const byName = (await admin.get(`/api/cycles/${kalsel.id}/results?sort=name&type=pemkab`)).json<Page>();
    expect(byName.items.map((r) => r.type)).toEqual(['pemkab']);

    const summary = (await admin.get(`/api/cycles/${kalsel.id}/summary`)).json<{
      officeMean: number;
      nationalMean: number;
      nationalCount: number;
      zones: { hijau: number; kuning: number; merah: number };
    }>();
    const mean = (first.items[0]!.score + second.items[0]!.score) / 2;
    expect(summary.officeMean).toBeCloseTo(mean, 1);
    expect(summary.nationalCount).toBe(4);
    expect(summary.zones.hijau + summary.zones.kuning + summary.zones.merah).toBe(2);

    const balangan = await governmentByRegion('63.11');
    const unitResult = (await admin.get(`/api/cycles/${kalsel.id}/governments/${balangan.id}/result`)).json<{
      units: Array<{ unitId: string; score: number }>;
    }>();
    const unit = unitResult.units[0]!;
    const explained = (
      await admin.get(`/api/cycles/${kalsel.id}/governments/${balangan.id}/explain?unitId=${unit.unitId}`)
    ).json<{ rounded: number; nodes: Array<{ code: string; status: string }> }>();
    expect(explained.rounded).toBe(unit.score);
    expect(explained.nodes.find((n) => n.code === 'OUTPUT')!.status).toBe('na');
  });

  it('recomputes the whole demo 2023 cycles without changing a published score', async () => {
    const before = await ctx.database.query<{ government_id: string; rounded: number }>(
      `select government_id, rounded from government_results where cycle_id = any($1::uuid[]) order by government_id`,
      [seeded.cycles2023],
    );
    const started = performance.now();
    let governmentsDone = 0;
    for (const id of seeded.cycles2023)
      governmentsDone += (await recomputeCycle(ctx.database.db, id, 'hitung-ulang', null, { force: true }))
        .governments;
    const ms = performance.now() - started;
    console.info(
      `recompute demo 2023: ${governmentsDone} governments in ${ms.toFixed(0)} ms (${ctx.database.engine})`,
    );
    const after = await ctx.database.query<{ government_id: string; rounded: number }>(
      `select government_id, rounded from government_results where cycle_id = any($1::uuid[]) order by government_id`,
      [seeded.cycles2023],
    );
    expect(after).toEqual(before);
    expect(governmentsDone).toBe(4);
  });
});
