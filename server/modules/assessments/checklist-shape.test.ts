/**
 * The checklist's shape: each indicator's definition (name, path, level, scale with its rubrics,
 * evidence expected) is sent once in `indicators`; `items` carry only the answer cells. A unit with
 * N products has N cells per product-level indicator and still one definition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceProducts } from '../../db/schema';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';
import { PHASE_DATES } from './assessment-fixtures';
import { ChecklistSchema } from './assessments.schemas';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

type Checklist = ReturnType<typeof ChecklistSchema.parse>;

const DEFINITION_FIELDS = ['name', 'path', 'level', 'scale', 'evidenceExpected'];
const PRODUCTS = 4;

/** Every definition once, every item resolving to one, no definition field on an item. */
function expectNormalised(list: Checklist) {
  expect(() => ChecklistSchema.parse(list)).not.toThrow();
  const codes = list.indicators.map((d) => d.code);
  expect(new Set(codes).size).toBe(codes.length);
  const used = new Set(list.items.map((i) => i.indicator));
  expect([...used].sort()).toEqual([...codes].sort());
  for (const item of list.items)
    for (const field of DEFINITION_FIELDS) expect(Object.keys(item)).not.toContain(field);
  return new Map(list.indicators.map((d) => [d.code, d]));
}

describe('checklist: indicator definitions once, answer cells apart', () => {
  let t: Tenant;
  let cycleId: string;

  beforeAll(async () => {
    t = await makeTenant(ctx);
    // The tenant's unit has one product; give it PRODUCTS in all and sample them all.
    await ctx.database.db.insert(serviceProducts).values(
      Array.from({ length: PRODUCTS - 1 }, (_, n) => ({
        unitId: t.unitId,
        governmentId: t.governmentId,
        name: `Layanan Tambahan ${n + 1}`,
        type: 'administratif' as const,
      })),
    );
    const head = await t.as('oversight_head');
    const cycle = await head.post('/api/cycles', {
      year: 2024,
      name: 'Uji bentuk checklist',
      frameworkId: 'ombudsman-2022-2024',
      productsPerUnit: PRODUCTS,
      ...PHASE_DATES,
    });
    expect(cycle.statusCode, cycle.body).toBe(201);
    cycleId = cycle.json<{ id: string }>().id;
    await head.post(`/api/cycles/${cycleId}/governments`, { governmentIds: [t.governmentId] });
    const sample = await head.post(`/api/cycles/${cycleId}/units`, { unitId: t.unitId });
    expect(sample.json<{ units: Array<{ products: unknown[] }> }>().units[0]!.products).toHaveLength(
      PRODUCTS,
    );
    // The Puskesmas below it, which has no product.
    expect((await head.post(`/api/cycles/${cycleId}/units`, { unitId: t.childUnitId })).statusCode).toBe(200);
    expect((await head.post(`/api/cycles/${cycleId}/advance`, { to: 'self_assessment' })).statusCode).toBe(
      200,
    );
  });

  it('a unit with N products: N items per product-level indicator, one definition each', async () => {
    const pic = await t.as('unit_pic');
    const res = await pic.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`);
    expect(res.statusCode).toBe(200);
    const list = res.json<Checklist>();
    const defs = expectNormalised(list);

    const product = list.indicators.filter((d) => d.level === 'product');
    const unit = list.indicators.filter((d) => d.level === 'unit');
    // Ombudsman 2022–2024: 12 process indicators per product, 15 input + 6 complaint per unit.
    expect(product).toHaveLength(12);
    expect(unit).toHaveLength(21);
    expect(list.indicators.some((d) => d.level === 'entity')).toBe(false);
    for (const d of product) {
      const cells = list.items.filter((i) => i.indicator === d.code);
      expect(cells).toHaveLength(PRODUCTS);
      expect(new Set(cells.map((i) => i.productId)).size).toBe(PRODUCTS);
      expect(cells.every((i) => i.productId !== null && i.productName !== null)).toBe(true);
    }
    for (const d of unit) {
      const cells = list.items.filter((i) => i.indicator === d.code);
      expect(cells).toHaveLength(1);
      expect(cells[0]!.productId).toBeNull();
    }
    expect(list.items).toHaveLength(12 * PRODUCTS + 21);
    expect(list.progress).toEqual({ answered: 0, total: 12 * PRODUCTS + 21 });

    // The definition carries what each item used to repeat: path, scale with rubrics in two languages.
    const first = defs.get(product[0]!.code)!;
    expect(first.path.length).toBeGreaterThan(0);
    expect(first.name.id).not.toBe('');
    expect(first.scale.levels.length).toBeGreaterThan(1);
    expect(first.scale.levels.every((l) => l.rubric.id !== '' && l.rubric.en !== '')).toBe(true);
    // In framework order.
    const order = list.indicators.map((d) => d.code);
    const firstProduct = list.items.find((i) => i.productId !== null)!.productId;
    const ofOneProduct = list.items.filter((i) => i.productId === firstProduct).map((i) => i.indicator);
    expect(ofOneProduct).toEqual(order.filter((c) => ofOneProduct.includes(c)));
    // Government roles see no verified values before the appeal phase.
    expect(list.items.every((i) => i.verified === null)).toBe(true);
  });

  it('the definitions are the same size whatever the number of products', async () => {
    const coord = await t.as('gov_coordinator');
    const many = (await coord.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`)).json<Checklist>();
    const one = (
      await coord.get(`/api/cycles/${cycleId}/units/${t.childUnitId}/checklist`)
    ).json<Checklist>();
    expectNormalised(one);
    // The Puskesmas below has no product: one cell per indicator (product-level ones once for the
    // unit), and exactly the same definitions as the unit with PRODUCTS products.
    expect(one.items).toHaveLength(33);
    expect(one.items.every((i) => i.productId === null)).toBe(true);
    expect(JSON.stringify(one.indicators)).toBe(JSON.stringify(many.indicators));
    expect(many.items).toHaveLength(12 * PRODUCTS + 21);
  });

  it('the entity-level checklist, the submit answer and Ombudsman reads have the same shape', async () => {
    const coord = await t.as('gov_coordinator');
    const entity = (
      await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/checklist`)
    ).json<Checklist>();
    expectNormalised(entity);
    expect(entity.items.length).toBeGreaterThan(0);
    expect(entity.indicators.every((d) => d.level === 'entity')).toBe(true);
    expect(entity.items.every((i) => i.productId === null)).toBe(true);

    // Ombudsman roles see the verification state of every cell.
    const head = await t.as('oversight_head');
    const seen = (await head.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`)).json<Checklist>();
    expectNormalised(seen);
    expect(seen.items.every((i) => i.verified?.status === 'pending')).toBe(true);

    const submitted = await coord.post(`/api/cycles/${cycleId}/units/${t.unitId}/submit`);
    expect(submitted.statusCode).toBe(200);
    const after = submitted.json<Checklist>();
    expectNormalised(after);
    expect(after.unit?.selfStatus).toBe('submitted');
    expect(after.indicators).toHaveLength(33);
  });
});
