/**
 * The checklist's shape: `items` carry only the answer cells, and `framework` names the frozen
 * framework version that defines their indicators. The definitions (name, path, level, scale with
 * its rubrics, evidence expected) are not in the answer: every role reads them once from
 * `GET /api/frameworks/:id`. A unit with N products has N cells per product-level indicator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameworkSchema } from '../../../../shared/frameworks/framework.schema';
import {
  indicatorDefinitions,
  type IndicatorDefinitions,
} from '../../../../shared/frameworks/indicator-definitions';
import { serviceProducts } from '../../../db/schema';
import { makeTenant, type Tenant } from '../../../test/factories';
import type { Agent } from '../../../test/harness';
import { createTestContext, type TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { PHASE_DATES } from '../common/assessment-fixtures';
import { ChecklistSchema } from '../../../../shared/contracts/assessments-checklist';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

type Checklist = ReturnType<typeof ChecklistSchema.parse>;

const DEFINITION_FIELDS = ['name', 'path', 'level', 'scale', 'evidenceExpected'];
const PRODUCTS = 4;

/**
 * The checklist's framework reference resolves, for the same user, to a framework version that
 * defines every item's indicator; no definition travels with the checklist itself.
 */
async function expectNormalised(agent: Agent, res: { statusCode: number; body: string }) {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const list = ChecklistSchema.parse(JSON.parse(res.body));
  expect(Object.keys(JSON.parse(res.body) as object)).not.toContain('indicators');
  expect(list.framework).toEqual({ id: 'ombudsman-2022-2024', version: expect.any(String) });
  const fw = await agent.get(`/api/frameworks/${list.framework.id}`);
  expect(fw.statusCode).toBe(200);
  const detail = fw.json<{ id: string; version: string; frozen: boolean; definition: unknown }>();
  expect(detail).toMatchObject({ id: list.framework.id, version: list.framework.version, frozen: true });
  const defs = indicatorDefinitions(FrameworkSchema.parse(detail.definition));
  for (const item of list.items) {
    expect(defs.has(item.indicator), item.indicator).toBe(true);
    for (const field of DEFINITION_FIELDS) expect(Object.keys(item)).not.toContain(field);
  }
  // Not one rubric is repeated in the checklist.
  for (const code of new Set(list.items.map((i) => i.indicator)))
    for (const level of defs.get(code)!.scale.levels) expect(res.body).not.toContain(level.rubric.en);
  return { list, defs };
}

const usedOfLevel = (list: Checklist, defs: IndicatorDefinitions, level: string) =>
  [...new Set(list.items.map((i) => i.indicator))].filter((c) => defs.get(c)!.level === level);

describe('checklist: answer cells and a framework reference, definitions from the framework', () => {
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

  it('a unit with N products: N items per product-level indicator, each resolving in the framework', async () => {
    const pic = await t.as('unit_pic');
    const { list, defs } = await expectNormalised(
      pic,
      await pic.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`),
    );

    const product = usedOfLevel(list, defs, 'product');
    const unit = usedOfLevel(list, defs, 'unit');
    // Ombudsman 2022–2024: 12 process indicators per product, 15 input + 6 complaint per unit.
    expect(product).toHaveLength(12);
    expect(unit).toHaveLength(21);
    expect(usedOfLevel(list, defs, 'entity')).toHaveLength(0);
    for (const code of product) {
      const cells = list.items.filter((i) => i.indicator === code);
      expect(cells).toHaveLength(PRODUCTS);
      expect(new Set(cells.map((i) => i.productId)).size).toBe(PRODUCTS);
      expect(cells.every((i) => i.productId !== null && i.productName !== null)).toBe(true);
    }
    for (const code of unit) {
      const cells = list.items.filter((i) => i.indicator === code);
      expect(cells).toHaveLength(1);
      expect(cells[0]!.productId).toBeNull();
    }
    expect(list.items).toHaveLength(12 * PRODUCTS + 21);
    expect(list.progress).toEqual({ answered: 0, total: 12 * PRODUCTS + 21 });

    // The framework gives what each item shows: path, scale with rubrics in two languages.
    const first = defs.get(product[0]!)!;
    expect(first.path.length).toBeGreaterThan(0);
    expect(first.name.id).not.toBe('');
    expect(first.scale.levels.length).toBeGreaterThan(1);
    expect(first.scale.levels.every((l) => l.rubric.id !== '' && l.rubric.en !== '')).toBe(true);
    // The cells of one product are in framework order.
    const firstProduct = list.items.find((i) => i.productId !== null)!.productId;
    const ofOneProduct = list.items.filter((i) => i.productId === firstProduct).map((i) => i.indicator);
    expect(ofOneProduct).toEqual([...ofOneProduct].sort((a, b) => defs.get(a)!.order - defs.get(b)!.order));
    // Government roles see no verified values before the appeal phase.
    expect(list.items.every((i) => i.verified === null)).toBe(true);
  });

  it('every unit of the cycle names the same framework version', async () => {
    const coord = await t.as('gov_coordinator');
    const many = await expectNormalised(
      coord,
      await coord.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`),
    );
    const one = await expectNormalised(
      coord,
      await coord.get(`/api/cycles/${cycleId}/units/${t.childUnitId}/checklist`),
    );
    // The Puskesmas below has no product: one cell per indicator (product-level ones once for the
    // unit), answering the same framework as the unit with PRODUCTS products.
    expect(one.list.items).toHaveLength(33);
    expect(one.list.items.every((i) => i.productId === null)).toBe(true);
    expect(one.list.framework).toEqual(many.list.framework);
    expect(many.list.items).toHaveLength(12 * PRODUCTS + 21);
  });

  it('the entity-level checklist, the submit answer and Ombudsman reads have the same shape', async () => {
    const coord = await t.as('gov_coordinator');
    const entity = await expectNormalised(
      coord,
      await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/checklist`),
    );
    expect(entity.list.items.length).toBeGreaterThan(0);
    expect(entity.list.items.every((i) => entity.defs.get(i.indicator)!.level === 'entity')).toBe(true);
    expect(entity.list.items.every((i) => i.productId === null)).toBe(true);

    // Ombudsman roles see the verification state of every cell.
    const head = await t.as('oversight_head');
    const seen = await expectNormalised(
      head,
      await head.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`),
    );
    expect(seen.list.items.every((i) => i.verified?.status === 'pending')).toBe(true);

    const submitted = await expectNormalised(
      coord,
      await coord.post(`/api/cycles/${cycleId}/units/${t.unitId}/submit`),
    );
    expect(submitted.list.unit?.selfStatus).toBe('submitted');
    expect(new Set(submitted.list.items.map((i) => i.indicator)).size).toBe(33);
  });
});
