/**
 * The synthetic dataset at small scale: row counts match the model, every government has its own
 * internal cycle, the same seed gives the same data (checksums of ids, values and scores), a second run is refused, and the result routes send
 * a number of queries that does not grow with the rows they return (no N+1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFramework } from '../../frameworks/framework-catalog';
import {
  createTestContext,
  openTestDatabase,
  signIn,
  type Agent,
  type TestContext,
} from '../../test/harness';
import { expectedAnswerCount, leafLevels } from './synth-answers';
import { INTERNAL_FRAMEWORK_ID } from './synth-internal';
import { buildModel } from './synth-model';
import { cycleChecksum } from './synth.repository';
import { FRAMEWORK_ID, SYNTH_PASSWORD, SynthRefusedError, runSynth, type SynthReport } from './synth.service';

const SEED = 7;
const model = buildModel('small', SEED);
const levels = leafLevels(getFramework(FRAMEWORK_ID)!);
const internalLevels = leafLevels(getFramework(INTERNAL_FRAMEWORK_ID)!);

describe('synth --scale small', () => {
  let ctx: TestContext;
  let report: SynthReport;
  let admin: Agent;

  beforeAll(async () => {
    ctx = await createTestContext();
    report = await runSynth(ctx.database, { scale: 'small', seed: SEED });
    admin = await signIn(ctx.app, 'admin@synth.patuh.test', SYNTH_PASSWORD);
  }, 120_000);
  afterAll(async () => ctx?.close());

  it('loads every table with the counts of the model, and every roll-up', () => {
    const c = report.counts;
    expect(model.governments).toHaveLength(30);
    expect(c.governments).toBe(30);
    expect(c.offices).toBe(model.offices.length);
    expect(c.units).toBe(model.units.length);
    expect(c.service_products).toBe(model.products.length);
    // The official cycle and the 30 internal ones each hold every unit and product.
    expect(c.cycles).toBe(31);
    expect(c.cycle_units).toBe(2 * model.units.length);
    expect(c.cycle_products).toBe(2 * model.products.length);
    expect(c.cycle_unit_team).toBe(2 * model.units.length);
    expect(c.answers).toBe(expectedAnswerCount(model, levels) + expectedAnswerCount(model, internalLevels));
    expect(c.answers).toBe(
      30 * 5 +
        model.units.length * 21 +
        model.products.length * 12 + // official
        model.units.length * 6 +
        model.products.length * 12, // internal (spot-check-2024)
    );
    expect(c.evidence).toBe(c.files);
    expect(c.evidence).toBeGreaterThan(0);
    expect(new Set(model.users.map((u) => u.role))).toEqual(
      new Set(['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic', 'internal_verifier']),
    );
    expect(c.users).toBe(model.users.length);
    expect(c.government_results).toBe(60);
    expect(c.unit_results).toBe(2 * model.units.length);
    expect(c.product_results).toBe(2 * model.products.length);
  });

  it('gives every government its own internal cycle over all its units, with a work plan and scores', async () => {
    expect(report.internalCycleIds).toHaveLength(30);
    const rows = await ctx.database.query<{
      owner: string;
      kind: string;
      framework_id: string;
      status: string;
      units: number;
      scheduled: number;
      team: number;
      pending: number;
      results: number;
    }>(
      `select c.owner_government_id as owner, c.kind, c.framework_id, c.status,
          (select count(*)::int from cycle_units cu where cu.cycle_id = c.id) as units,
          (select count(*)::int from cycle_units cu where cu.cycle_id = c.id and cu.scheduled_date between c.verify_start and c.verify_end) as scheduled,
          (select count(*)::int from cycle_unit_team t where t.cycle_id = c.id) as team,
          (select count(*)::int from answers a where a.cycle_id = c.id and a.verify_status = 'pending') as pending,
          (select count(*)::int from government_results r where r.cycle_id = c.id and r.score is not null) as results
         from cycles c where c.id = any($1::uuid[]) order by c.owner_government_id`,
      [report.internalCycleIds],
    );
    const byGovernment = new Map(model.governments.map((g) => [g.id, g]));
    expect(rows.map((r) => r.owner).sort()).toEqual(model.governments.map((g) => g.id).sort());
    for (const r of rows) {
      const g = byGovernment.get(r.owner)!;
      expect(r).toMatchObject({
        kind: 'internal',
        framework_id: 'spot-check-2024',
        status: 'final',
        pending: 0,
      });
      expect(r.units).toBe(g.unitEnd - g.unitStart);
      expect(r.scheduled).toBe(r.units);
      expect(r.team).toBe(2 * r.units);
      expect(r.results).toBe(1);
    }
  });

  it('gives every government a score, spread over more than one band', async () => {
    const rows = await ctx.database.query<{ band: string | null; n: number }>(
      'select band, count(*)::int as n from government_results where cycle_id = $1 group by band',
      [report.cycleId],
    );
    expect(rows.every((r) => r.band !== null)).toBe(true);
    expect(rows.length).toBeGreaterThan(1);
  });

  it('releases the published official cycle to the public portal, by its office head (issue 13)', async () => {
    const rows = await ctx.database.query<{ n: number; live: number; role: string; cycle: string }>(
      `select count(*)::int as n, count(*) filter (where rr.withdrawn_at is null)::int as live,
              min(u.role) as role, min(rr.cycle_id::text) as cycle
         from result_releases rr join users u on u.id = rr.released_by`,
    );
    expect(rows).toEqual([{ n: 30, live: 30, role: 'oversight_head', cycle: report.cycleId }]);
    expect(report.phases.find((p) => p.phase === 'public releases')).toMatchObject({ rows: 30 });
  });

  it('an internal cycle: its coordinator reads the rapor; unshared, the admin and the office do not see it', async () => {
    const gov = model.governments.find((g) => g.type === 'pemkab')!;
    const cycleId = report.internalCycleIds[gov.index]!;
    const coordinator = await signIn(ctx.app, `koordinator.g${gov.index}@synth.patuh.test`, SYNTH_PASSWORD);
    const rapor = await coordinator.get(`/api/cycles/${cycleId}/governments/${gov.id}/rapor`);
    expect(rapor.statusCode).toBe(200);
    expect(rapor.json<{ units: unknown[] }>().units).toHaveLength(gov.unitEnd - gov.unitStart);
    expect((await admin.get(`/api/cycles/${cycleId}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/cycles/${cycleId}/governments/${gov.id}/rapor`)).statusCode).toBe(404);
  });

  it('refuses a second run on the same database without --force', async () => {
    await expect(runSynth(ctx.database, { scale: 'small', seed: SEED })).rejects.toBeInstanceOf(
      SynthRefusedError,
    );
  });

  it('is deterministic: the same seed gives the same ids, values and scores; another seed does not', async () => {
    const again = await openTestDatabase();
    try {
      const second = await runSynth(again.database, { scale: 'small', seed: SEED });
      expect(second.cycleId).toBe(report.cycleId);
      expect(await cycleChecksum(again.database, second.cycleId)).toEqual(
        await cycleChecksum(ctx.database, report.cycleId),
      );
      expect(second.internalCycleIds).toEqual(report.internalCycleIds);
      const internal = report.internalCycleIds[7]!;
      expect(await cycleChecksum(again.database, internal)).toEqual(
        await cycleChecksum(ctx.database, internal),
      );
    } finally {
      await again.drop();
    }
    const other = buildModel('small', SEED + 1);
    expect(other.units.map((u) => u.id)).not.toEqual(model.units.map((u) => u.id));
    expect(buildModel('small', SEED).products.map((p) => p.name)).toEqual(model.products.map((p) => p.name));
  }, 120_000);

  /** Queries sent by one request, with the read caches emptied first (the uncached path). */
  async function queriesOf(url: string): Promise<number> {
    ctx.app.readCaches.sessions.invalidate();
    ctx.app.readCaches.responses.invalidate();
    const before = ctx.database.stats.queries;
    const res = await admin.get(url);
    expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    return ctx.database.stats.queries - before;
  }

  const govByUnits = () => {
    const sorted = [...model.governments].sort((a, b) => a.unitEnd - a.unitStart - (b.unitEnd - b.unitStart));
    return { fewest: sorted[0]!, most: sorted.at(-1)! };
  };

  it('results page: the same number of queries for 5 rows as for 30', async (t) => {
    if (!ctx.app.hasRoute({ method: 'GET', url: '/api/cycles/:id/results' })) return t.skip();
    const base = `/api/cycles/${report.cycleId}/results?sort=score`;
    const small = await queriesOf(`${base}&limit=5`);
    const large = await queriesOf(`${base}&limit=30`);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('rapor: the same number of queries for the government with the fewest units as for the one with the most', async (t) => {
    if (!ctx.app.hasRoute({ method: 'GET', url: '/api/cycles/:id/governments/:governmentId/rapor' }))
      return t.skip();
    const { fewest, most } = govByUnits();
    expect(most.unitEnd - most.unitStart).toBeGreaterThan(fewest.unitEnd - fewest.unitStart);
    const a = await queriesOf(`/api/cycles/${report.cycleId}/governments/${fewest.id}/rapor`);
    const b = await queriesOf(`/api/cycles/${report.cycleId}/governments/${most.id}/rapor`);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('rapor unit gaps: the same number of queries for a unit with 2 products as for one with 4', async (t) => {
    const route = '/api/cycles/:id/governments/:governmentId/rapor/units/:unitId';
    if (!ctx.app.hasRoute({ method: 'GET', url: route })) return t.skip();
    const url = (n: number) => {
      const unit = model.units.find((u) => u.productEnd - u.productStart === n)!;
      const gov = model.governments[unit.governmentIndex]!;
      return `/api/cycles/${report.cycleId}/governments/${gov.id}/rapor/units/${unit.id}`;
    };
    const a = await queriesOf(url(2));
    const b = await queriesOf(url(4));
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('rapor files: the full rapor takes the same number of queries for the fewest units as for the most', async (t) => {
    const route = '/api/cycles/:id/governments/:governmentId/rapor.xlsx';
    if (!ctx.app.hasRoute({ method: 'GET', url: route })) return t.skip();
    const { fewest, most } = govByUnits();
    const a = await queriesOf(`/api/cycles/${report.cycleId}/governments/${fewest.id}/rapor.xlsx`);
    const b = await queriesOf(`/api/cycles/${report.cycleId}/governments/${most.id}/rapor.xlsx`);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('unit checklist: the same number of queries for a unit with 2 products as for one with 4', async (t) => {
    if (!ctx.app.hasRoute({ method: 'GET', url: '/api/cycles/:id/units/:unitId/checklist' })) return t.skip();
    const withProducts = (n: number) => model.units.find((u) => u.productEnd - u.productStart === n)!;
    const a = await queriesOf(`/api/cycles/${report.cycleId}/units/${withProducts(2).id}/checklist`);
    const b = await queriesOf(`/api/cycles/${report.cycleId}/units/${withProducts(4).id}/checklist`);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });

  it('dashboard summary: a fixed, small number of queries', async (t) => {
    if (!ctx.app.hasRoute({ method: 'GET', url: '/api/cycles/:id/summary' })) return t.skip();
    const n = await queriesOf(`/api/cycles/${report.cycleId}/summary`);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(15);
    expect(await queriesOf(`/api/cycles/${report.cycleId}/summary`)).toBe(n);
    // Asked again at once, the same admin gets it from the read cache: no query but, on
    // PostgreSQL, the auth generation check (server/plugins/auth-sessions.ts).
    const before = ctx.database.stats.queries;
    const again = await admin.get(`/api/cycles/${report.cycleId}/summary`);
    expect(again.headers['x-patuh-cache']).toBe('hit');
    expect(ctx.database.stats.queries - before).toBe(ctx.database.engine === 'postgres' ? 1 : 0);
  });
});
