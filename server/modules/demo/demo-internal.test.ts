/**
 * The demo's penilaian mandiri (seed 004): Pemkab Bangka Barat's internal 2024 cycle over all its
 * units, its work plan with every status a 2024 plan can show today, the PICs' answers, the
 * Inspektorat's verification and points, its scores, the comparison with the Ombudsman's 2023
 * result and the regent's report, who reads it (the Babel office, shared) and that it stays out of
 * the office's official results and summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkPlanSchema } from '../../../shared/contracts/assessments-internal';
import { InternalComparisonSchema } from '../../../shared/contracts/assessments-internal-results';
import { RaporSchema } from '../../../shared/contracts/rapor';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from './demo-assessments';
import { BABAR_OTHER_UNITS, DEMO_PASSWORD, sampledUnits } from './demo-data';
import { BABAR_COORDINATOR, BABAR_VERIFIERS, INTERNAL_CYCLE_NAME } from './demo-internal';
import { seedDemo } from './demo.service';

let ctx: TestContext;
let seeded: Awaited<ReturnType<typeof seedDemoAssessments>>;
let coordinator: Agent;
let babel: Agent;
let cycleId: string;
let babarId: string;
const UNITS = sampledUnits(['Muntok', 'Kelapa']).length + BABAR_OTHER_UNITS.length;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  cycleId = seeded.internal[0]!;
  [{ id: babarId }] = (await ctx.database.query<{ id: string }>(
    `select id from governments where region_code = '19.05'`,
  )) as [{ id: string }];
  coordinator = await signIn(ctx.app, BABAR_COORDINATOR, DEMO_PASSWORD);
  babel = await signIn(ctx.app, 'asesor.babel@patuh.local', DEMO_PASSWORD);
}, 180_000);
afterAll(async () => ctx?.close());

type CycleItem = { id: string; kind: string; year: number; status: string; officeName: string };

describe('demo: Pemkab Bangka Barat’s penilaian mandiri 2024', () => {
  it('is one internal cycle on the spot-check set over every unit and product of the regency, once', async () => {
    expect(seeded.internal).toHaveLength(1);
    expect((await seedDemoAssessments(ctx.database)).internal).toHaveLength(0);
    const cycle = (await coordinator.get(`/api/cycles/${cycleId}`)).json<{
      kind: string;
      name: string;
      year: number;
      frameworkId: string;
      status: string;
      ownerGovernmentId: string;
      sharedAt: string | null;
    }>();
    expect(cycle).toMatchObject({
      kind: 'internal',
      name: INTERNAL_CYCLE_NAME,
      year: 2024,
      frameworkId: 'spot-check-2024',
      status: 'verification',
      ownerGovernmentId: babarId,
    });
    expect(cycle.sharedAt).not.toBeNull();
    const [counts] = await ctx.database.query<{
      units: number;
      all_units: number;
      products: number;
      all_products: number;
      cells: number;
    }>(
      `select (select count(*)::int from cycle_units where cycle_id = $1) as units,
              (select count(*)::int from units where government_id = $2 and archived_at is null) as all_units,
              (select count(*)::int from cycle_products where cycle_id = $1) as products,
              (select count(*)::int from service_products where government_id = $2 and archived_at is null) as all_products,
              (select count(*)::int from answers where cycle_id = $1) as cells`,
      [cycleId, babarId],
    );
    expect(counts!.units).toBe(UNITS);
    expect(counts!.all_units).toBe(UNITS);
    expect(UNITS).toBeGreaterThanOrEqual(30);
    expect(counts!.products).toBe(counts!.all_products);
    // spot-check-2024: 6 unit-level and 12 product-level indicators.
    expect(counts!.cells).toBe(UNITS * 6 + counts!.products * 12);
  });

  it('has a work plan over the verification weeks: two of the three auditors per unit, every status a 2024 plan shows', async () => {
    const res = await coordinator.get(`/api/cycles/${cycleId}/work-plan`);
    expect(res.statusCode).toBe(200);
    const plan = WorkPlanSchema.parse(res.json());
    expect(plan.items).toHaveLength(UNITS);
    // Past its dates, a unit not (fully) verified is late, begun or not; two are not scheduled yet.
    expect(plan.counts).toMatchObject({ done_on_time: 14, done_late: 6, late: 12, unscheduled: 2 });
    const late = plan.items.filter((i) => i.status === 'late');
    expect(late.filter((i) => i.verified > 0 && i.verified < i.total)).toHaveLength(4);
    expect(late.filter((i) => i.verified === 0)).toHaveLength(8);
    const dates = plan.items.flatMap((i) => (i.scheduledDate ? [i.scheduledDate] : []));
    expect(dates.every((d) => d >= '2024-03-04' && d <= '2024-05-03')).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    const weeks = new Set(
      dates.map((d) => Math.floor((Date.parse(d) - Date.parse('2024-03-04')) / 604_800_000)),
    );
    expect(weeks.size).toBeGreaterThanOrEqual(7);
    const team = new Set(plan.items.flatMap((i) => i.team.map((m) => m.userId)));
    expect(team.size).toBe(BABAR_VERIFIERS.length);
    expect(plan.items.every((i) => i.team.length === 2)).toBe(true);
    // Every scheduled unit's PIC handed in the self-assessment; the two unscheduled are still drafts.
    for (const i of plan.items) expect(i.selfStatus).toBe(i.scheduledDate ? 'submitted' : 'draft');
    expect(plan.items.every((i) => i.answered > 0)).toBe(true);
    // The internal verifier reads the same plan.
    const auditor = await signIn(ctx.app, BABAR_VERIFIERS[0]!, DEMO_PASSWORD);
    expect(
      WorkPlanSchema.parse((await auditor.get(`/api/cycles/${cycleId}/work-plan`)).json()).counts,
    ).toEqual(plan.counts);
  });

  it('answers come from the units’ PICs, verifications from the team, points from the Inspektorat', async () => {
    const [who] = await ctx.database.query<{
      by_pic: number;
      answered: number;
      by_team: number;
      verified: number;
    }>(
      `select count(*) filter (where us.role = 'unit_pic' and exists (
                 select 1 from user_units uu where uu.user_id = us.id and uu.unit_id = a.unit_id))::int as by_pic,
              count(*) filter (where a.self_value is not null)::int as answered,
              count(*) filter (where vb.role = 'internal_verifier' and exists (
                 select 1 from cycle_unit_team t where t.cycle_id = a.cycle_id and t.unit_id = a.unit_id and t.user_id = vb.id))::int as by_team,
              count(*) filter (where a.verify_status <> 'pending')::int as verified
         from answers a left join users us on us.id = a.self_by left join users vb on vb.id = a.verified_by
        where a.cycle_id = $1`,
      [cycleId],
    );
    expect(who!.answered).toBeGreaterThan(0);
    expect(who!.by_pic).toBe(who!.answered);
    expect(who!.verified).toBeGreaterThan(0);
    expect(who!.by_team).toBe(who!.verified);
    const [points] = await ctx.database.query<{ n: number; units: number }>(
      `select count(*)::int as n, count(distinct unit_id)::int as units from improvement_points where cycle_id = $1`,
      [cycleId],
    );
    expect(points).toEqual({ n: 8, units: 4 });
  });

  it('has scores computed by the engine, which the coordinator reads as the units’ ranking', async () => {
    const res = await coordinator.get(`/api/cycles/${cycleId}/governments/${babarId}/result`);
    expect(res.statusCode).toBe(200);
    const result = res.json<{
      score: number | null;
      units: Array<{ unitId: string; score: number | null }>;
    }>();
    expect(result.score).not.toBeNull();
    expect(result.units.filter((u) => u.score !== null).length).toBeGreaterThanOrEqual(20);
    // The rapor of the penilaian mandiri lists every unit of the regency.
    const rapor = await coordinator.get(`/api/cycles/${cycleId}/governments/${babarId}/rapor`);
    expect(rapor.statusCode).toBe(200);
    expect(RaporSchema.parse(rapor.json()).units).toHaveLength(UNITS);
  });

  it('compares indicator by indicator with the Ombudsman’s 2023 result; the regent’s report renders', async () => {
    const res = await coordinator.get(`/api/cycles/${cycleId}/internal/comparison`);
    expect(res.statusCode).toBe(200);
    const comparison = InternalComparisonSchema.parse(res.json());
    expect(comparison.official).toMatchObject({ year: 2023, framework: { id: 'ombudsman-2022-2024' } });
    expect(comparison.indicators.length).toBeGreaterThan(0);
    // The Ombudsman's locus units were assessed in both: their fulfilment shows side by side.
    expect(comparison.indicators.some((i) => i.difference !== null && i.commonUnits.length > 0)).toBe(true);
    const pdf = await coordinator.get(`/api/cycles/${cycleId}/internal/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is shared with the Babel office, which reads it and may not change it; another office does not see it', async () => {
    const list = (await babel.get('/api/cycles')).json<{ items: CycleItem[] }>().items;
    expect(list.filter((c) => c.kind === 'internal').map((c) => c.id)).toEqual([cycleId]);
    expect((await babel.get(`/api/cycles/${cycleId}/governments/${babarId}/result`)).statusCode).toBe(200);
    // Read only for the office: its assessor may not verify an item; the Inspektorat's auditor may.
    const [pending] = await ctx.database.query<{ id: string }>(
      `select id from answers where cycle_id = $1 and verify_status = 'pending' and self_value is not null
        order by indicator, id limit 1`,
      [cycleId],
    );
    expect((await babel.post(`/api/answers/${pending!.id}/verify`, { action: 'accept' })).statusCode).toBe(
      403,
    );
    expect((await babel.post(`/api/cycles/${cycleId}/recompute`, {})).statusCode).toBe(403);
    const auditor = await signIn(ctx.app, BABAR_VERIFIERS[1]!, DEMO_PASSWORD);
    expect((await auditor.post(`/api/answers/${pending!.id}/verify`, { action: 'accept' })).statusCode).toBe(
      200,
    );
    const kalsel = await signIn(ctx.app, 'asesor.kalsel@patuh.local', DEMO_PASSWORD);
    expect((await kalsel.get(`/api/cycles/${cycleId}`)).statusCode).toBe(404);
    const balangan = await signIn(ctx.app, 'koordinator.balangan@patuh.local', DEMO_PASSWORD);
    expect((await balangan.get(`/api/cycles/${cycleId}`)).statusCode).toBe(404);
  });

  it('stays out of the Babel office’s official results and summary', async () => {
    const list = (await babel.get('/api/cycles')).json<{ items: CycleItem[] }>().items;
    const official = list.filter((c) => c.kind === 'official');
    expect(official.map((c) => c.year).sort()).toEqual([2023, 2024]);
    const [internalScore] = await ctx.database.query<{ score: number }>(
      'select score from government_results where cycle_id = $1',
      [cycleId],
    );
    for (const c of official) {
      const results = (await babel.get(`/api/cycles/${c.id}/results?sort=score`)).json<{
        items: Array<{ governmentId: string; score: number | null }>;
      }>();
      const [stored] = await ctx.database.query<{ score: number | null }>(
        'select score from government_results where cycle_id = $1 and government_id = $2',
        [c.id, babarId],
      );
      for (const r of results.items)
        if (stored?.score == null) expect(r.score).toBeNull();
        else expect(r.score).toBeCloseTo(stored.score, 2);
      const summary = (await babel.get(`/api/cycles/${c.id}/summary`)).json<{
        officeMean: number | null;
        nationalCount: number;
      }>();
      if (c.year === 2023) {
        expect(results.items.map((r) => r.governmentId)).toEqual([babarId]);
        expect(results.items[0]!.score).not.toBe(internalScore!.score);
        // The four demo governments of the 2023 official cycles, not the internal cycle's.
        expect(summary.nationalCount).toBe(4);
      } else {
        expect(summary.officeMean).toBeNull();
        expect(summary.nationalCount).toBe(0);
      }
    }
  });
});
