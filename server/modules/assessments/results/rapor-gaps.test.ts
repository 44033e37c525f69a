/**
 * The rapor's grouped *pemetaan kekurangan* (RaporGapSchema), hand-computed on a tiny fixture: the
 * test framework (A.1 0–3 per product, A.2 yes/no per unit, B.* per entity) and one unit with eight
 * service products. Each A.1 value is chosen per product; one product is N/A and one unanswered. A
 * second unit (the PIC's sibling) has every indicator at its maximum. The rapor carries a summary per
 * unit; the gaps come per unit from …/rapor/units/:unitId and, for the files, from buildFullRapor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RAPOR_GAP_EXAMPLES,
  RaporSchema,
  RaporUnitGapsSchema,
  type FullRapor,
  type Rapor,
  type RaporGap,
} from '../../../../shared/contracts/rapor';
import { testFramework } from '../../../../shared/scoring/test-framework.fixture';
import { serviceProducts } from '../../../db/schema';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { insertFrameworkRow } from '../../frameworks/frameworks.repository';
import type { Actor } from '../../../lib/reach';
import { PHASE_DATES } from '../common/assessment-fixtures';
import { buildFullRapor } from './rapor.service';

/** A.1 per product: a value, 'na', or undefined (left unanswered). Max is 3. */
const A1: Record<string, number | 'na' | undefined> = {
  'Produk A': 3, // at the maximum: not a shortfall
  'Produk B': 2,
  'Produk C': 0,
  'Produk D': 1,
  'Produk E': 2,
  'Produk F': 'na', // N/A: neither a shortfall nor assessed
  'Produk G': 1,
  'Produk H': undefined, // unanswered: a shortfall without a value
};

let ctx: TestContext;
let t: Tenant;
let rapor: Rapor;
/** The rapor route's body as sent (to see what is left out). */
let raw: { units: Array<Record<string, unknown>> };
let full: FullRapor;
let cycleId: string;
/** The gaps of the tenant's unit from its own route. */
let gaps: RaporGap[];

const unitGapsUrl = (unitId: string, governmentId = t.governmentId) =>
  `/api/cycles/${cycleId}/governments/${governmentId}/rapor/units/${unitId}`;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  // The tenant's unit has one product already; it gets A.1 = 3 (at the maximum) below.
  const products = await ctx.database.db
    .insert(serviceProducts)
    .values(
      Object.keys(A1).map((name) => ({
        unitId: t.unitId,
        governmentId: t.governmentId,
        name,
        type: 'administratif' as const,
      })),
    )
    .returning({ id: serviceProducts.id });
  const fwId = `uji-gaps-${Math.random().toString(36).slice(2, 8)}`;
  await insertFrameworkRow(ctx.database.db, {
    id: fwId,
    version: '1',
    name: 'Uji kekurangan',
    definition: { ...testFramework(), id: fwId },
    source: 'custom',
  });
  const head = await t.as('oversight_head');
  const cycle = (
    await head.post('/api/cycles', { year: 2032, name: 'Uji 2032', frameworkId: fwId, ...PHASE_DATES })
  ).json<{ id: string }>();
  await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] });
  await head.post(`/api/cycles/${cycle.id}/units`, { unitId: t.unitId });
  await head.post(`/api/cycles/${cycle.id}/units`, { unitId: t.otherUnitId });
  for (const p of products) {
    const added = await head.post(`/api/cycles/${cycle.id}/products`, { productId: p.id });
    expect(added.statusCode, added.body).toBe(200);
  }
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' });
  const coord = await t.as('gov_coordinator');
  type Item = { answerId: string; indicator: string; productName: string | null };
  const items = [
    ...(await coord.get(`/api/cycles/${cycle.id}/units/${t.unitId}/checklist`)).json<{ items: Item[] }>()
      .items,
    // The sibling unit (no service product): every answer at its maximum, so no shortfall at all.
    ...(await coord.get(`/api/cycles/${cycle.id}/units/${t.otherUnitId}/checklist`))
      .json<{ items: Item[] }>()
      .items.map((i) => ({ ...i, indicator: `sibling ${i.indicator}` })),
    ...(await coord.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/checklist`)).json<{
      items: Item[];
    }>().items,
  ];
  // A.2 (unit level, yes/no) = 0: a unit-level shortfall; B.* at their maxima.
  const fixed: Record<string, number> = {
    'A.2': 0,
    'sibling A.1': 3,
    'sibling A.2': 1,
    'B.1': 5,
    'B.2': 4,
    'B.3': 3,
  };
  const answers = items.flatMap((i) => {
    if (i.indicator !== 'A.1') return [{ answerId: i.answerId, value: fixed[i.indicator]! }];
    const v = i.productName !== null && i.productName in A1 ? A1[i.productName] : 3;
    if (v === undefined) return [];
    return [v === 'na' ? { answerId: i.answerId, na: true } : { answerId: i.answerId, value: v }];
  });
  const put = await coord.request('PUT', `/api/cycles/${cycle.id}/answers`, { answers });
  expect(put.statusCode, put.body).toBe(200);
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'verification' });
  await head.post(`/api/cycles/${cycle.id}/governments/${t.governmentId}/verification/accept`, {});
  cycleId = cycle.id;
  const res = await head.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/rapor`);
  expect(res.statusCode, res.body).toBe(200);
  raw = res.json();
  rapor = RaporSchema.parse(raw);
  const unit = await head.get(unitGapsUrl(t.unitId));
  expect(unit.statusCode, unit.body).toBe(200);
  gaps = RaporUnitGapsSchema.parse(unit.json()).gaps;
  const admin: Actor = {
    id: t.userIds.admin,
    name: 'Admin',
    email: t.emails.admin,
    role: 'admin',
    officeId: null,
    governmentId: null,
    locale: 'id',
    reach: { all: true, officeIds: [], governmentIds: [], unitIds: null },
  };
  full = await buildFullRapor(ctx.database.db, admin, cycle.id, t.governmentId);
});
afterAll(async () => ctx.close());

describe('rapor: shortfalls grouped per indicator', () => {
  it.each([
    {
      indicator: 'A.1',
      // below 3: B 2, C 0, D 1, E 2, G 1, H – ; assessed: 8 products (Produk F is N/A) + the tenant's one
      want: {
        level: 'product',
        scaleMax: 3,
        count: 6,
        assessed: 8,
        missing: 1,
        min: 0,
        mean: 1.2, // (2 + 0 + 1 + 2 + 1) / 5
        more: 6 - RAPOR_GAP_EXAMPLES,
      },
      // missing value first, then lowest value, then product name; capped at RAPOR_GAP_EXAMPLES
      examples: [
        ['Produk H', null],
        ['Produk C', 0],
        ['Produk D', 1],
        ['Produk G', 1],
        ['Produk B', 2],
      ],
    },
    {
      indicator: 'A.2',
      want: { level: 'unit', scaleMax: 1, count: 1, assessed: 1, missing: 0, min: 0, mean: 0, more: 0 },
      examples: [[null, 0]],
    },
  ])('$indicator', ({ indicator, want, examples }) => {
    const gap = gaps.find((g) => g.indicator === indicator)!;
    expect(gap).toMatchObject({ ...want, name: { id: indicator, en: indicator } });
    expect(gap.examples.map((e) => [e.product, e.value])).toEqual(examples);
  });

  it('lists only indicators below the maximum, in the framework order, for units only', () => {
    // B.* are entity-level and at their maxima; A.1 comes before A.2 in the framework.
    expect(gaps.map((g) => g.indicator)).toEqual(['A.1', 'A.2']);
    expect(gaps[0]!.examples).toHaveLength(RAPOR_GAP_EXAMPLES);
  });
});

describe('rapor: a summary per unit, the gaps per unit on their own route', () => {
  it('the rapor carries each unit’s gap summary but not the gaps', () => {
    expect(raw.units).toHaveLength(2);
    for (const u of raw.units) expect(u).not.toHaveProperty('gaps');
    const byId = new Map(rapor.units.map((u) => [u.unitId, u]));
    // A.1 (per product: 6 answers short) and A.2 (unit level: 1)
    expect(byId.get(t.unitId)).toMatchObject({
      gapCount: 2,
      gapLevels: { product: 1, unit: 1 },
      shortfallCount: 7,
    });
    expect(byId.get(t.otherUnitId)).toMatchObject({
      gapCount: 0,
      gapLevels: { product: 0, unit: 0 },
      shortfallCount: 0,
    });
  });

  it('the unit route returns the same gaps the full rapor has for that unit, and the same summary', async () => {
    const head = await t.as('oversight_head');
    expect(full.units.map((u) => u.unitId)).toEqual(rapor.units.map((u) => u.unitId));
    for (const u of full.units) {
      const res = await head.get(unitGapsUrl(u.unitId));
      expect(res.statusCode, res.body).toBe(200);
      expect(RaporUnitGapsSchema.parse(res.json())).toEqual({ unitId: u.unitId, gaps: u.gaps });
      const { gaps: _, ...summary } = u;
      expect(rapor.units.find((x) => x.unitId === u.unitId)).toEqual(summary);
    }
    expect(full.units.find((u) => u.unitId === t.unitId)!.gaps).toEqual(gaps);
    expect(full.units.find((u) => u.unitId === t.otherUnitId)!.gaps).toEqual([]);
  });

  it('a PIC gets 404 for the sibling unit’s gaps (and, before publication, 409 for their own)', async () => {
    const pic = await t.as('unit_pic');
    const sibling = await pic.get(unitGapsUrl(t.otherUnitId));
    expect(sibling.statusCode, sibling.body).toBe(404);
    // The cycle is still in verification (Produk H is unanswered, so it cannot be published here;
    // cycle-flow.test.ts reads a published unit's gaps as its PIC).
    const own = await pic.get(unitGapsUrl(t.unitId));
    expect(own.statusCode, own.body).toBe(409);
  });

  it('another tenant gets 404; a unit of another government or not sampled is 404 too', async () => {
    const other = await makeTenant(ctx);
    for (const role of ['oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'] as const) {
      const res = await (await other.as(role)).get(unitGapsUrl(t.unitId));
      expect(res.statusCode, `${role}: ${res.body}`).toBe(404);
    }
    const head = await t.as('oversight_head');
    // Another government's unit under this government's rapor, and a unit of this government that
    // the cycle does not sample.
    expect((await head.get(unitGapsUrl(other.unitId))).statusCode).toBe(404);
    expect((await head.get(unitGapsUrl(t.childUnitId))).statusCode).toBe(404);
  });
});
