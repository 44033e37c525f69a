/**
 * A tiny cycle scored by hand through the API, citing REFERENCE §10. Framework (test fixture):
 *   A (60): A.1 (50, 0–3, per product), A.2 (50, yes/no, per unit)
 *   B (40): B.1 (0–5), B.2 (1–4), B.3 (0–3), per entity, equal weights
 * One unit with two sampled products P1, P2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFramework } from '../../../../shared/scoring/test-framework.fixture';
import { serviceProducts } from '../../../db/schema';
import { makeTenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { insertFrameworkRow } from '../../frameworks/frameworks.repository';
import { PHASE_DATES } from '../common/assessment-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('hand-computed score of a tiny cycle', () => {
  it('follows rules 1–5 from answer to published score, band and zone', async () => {
    const t = await makeTenant(ctx);
    const fwId = `uji-kecil-${Math.random().toString(36).slice(2, 8)}`;
    await insertFrameworkRow(ctx.database.db, {
      id: fwId,
      version: '1',
      name: 'Uji kecil',
      definition: { ...testFramework(), id: fwId },
      source: 'custom',
    });
    const [p2] = await ctx.database.db
      .insert(serviceProducts)
      .values({ unitId: t.unitId, governmentId: t.governmentId, name: 'Layanan Kedua', type: 'jasa' })
      .returning();
    const head = await t.as('oversight_head');
    const cycle = (
      await head.post('/api/cycles', { year: 2024, name: 'Uji kecil', frameworkId: fwId, ...PHASE_DATES })
    ).json<{ id: string }>();
    await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] });
    const sample = await head.post(`/api/cycles/${cycle.id}/units`, { unitId: t.unitId });
    expect(sample.json<{ units: Array<{ products: unknown[] }> }>().units[0]!.products).toHaveLength(2);
    expect((await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' })).statusCode).toBe(
      200,
    );

    const coord = await t.as('gov_coordinator');
    type Item = { answerId: string; indicator: string; productId: string | null };
    const unitItems = (await coord.get(`/api/cycles/${cycle.id}/units/${t.unitId}/checklist`)).json<{
      items: Item[];
    }>().items;
    const entityItems = (
      await coord.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/checklist`)
    ).json<{ items: Item[] }>().items;
    expect(unitItems).toHaveLength(3); // A.1 × 2 products, A.2 once
    expect(entityItems).toHaveLength(3);
    const value: Record<string, number | 'NA'> = {
      [`A.1:${t.productId}`]: 3, // rule 1: (3 − 0) / 3 × 100 = 100
      [`A.1:${p2!.id}`]: 1, // 33.33…; rule 3: products averaged → 66.67
      'A.2:': 1, // yes → 100
      'B.1:': 'NA', // rule 2: left out, its weight shared by B.2 and B.3
      'B.2:': 3, // (3 − 1) / (4 − 1) × 100 = 66.67
      'B.3:': 0, // 0
    };
    const answers = [...unitItems, ...entityItems].map((i) => {
      const v = value[`${i.indicator}:${i.productId ?? ''}`]!;
      return v === 'NA' ? { answerId: i.answerId, na: true } : { answerId: i.answerId, value: v };
    });
    expect((await coord.request('PUT', `/api/cycles/${cycle.id}/answers`, { answers })).statusCode).toBe(200);

    await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'verification' });
    // Rule 5: the verified value is used; here the head accepts every self value.
    expect(
      (
        await head.post(`/api/cycles/${cycle.id}/governments/${t.governmentId}/verification/accept`, {})
      ).json<{ accepted: number }>().accepted,
    ).toBe(6);
    await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'appeal' });
    await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'final' });
    expect((await head.post(`/api/cycles/${cycle.id}/approve`)).statusCode).toBe(200);

    const result = (await coord.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/result`)).json<{
      score: number;
      band: { code: string; zone: string };
      dimensions: Array<{ code: string; score: number }>;
    }>();
    // Rule 3: A = 0.5 × 66.67 + 0.5 × 100 = 83.33; B = (66.67 + 0) / 2 = 33.33;
    // total = 0.6 × 83.33 + 0.4 × 33.33 = 63.33. Rule 4: rounded half-up, band C (54.00–77.99), kuning.
    expect(result.dimensions).toEqual([
      expect.objectContaining({ code: 'A', score: 83.33 }),
      expect.objectContaining({ code: 'B', score: 33.33 }),
    ]);
    expect(result.score).toBe(63.33);
    expect(result.band).toMatchObject({ code: 'C', zone: 'kuning' });
    const explain = (await coord.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/explain`)).json<{
      nodes: Array<{ code: string; children: Array<{ code: string; share: number | null; status: string }> }>;
    }>();
    const b = explain.nodes.find((n) => n.code === 'B')!.children;
    expect(b.find((c) => c.code === 'B.1')).toMatchObject({ status: 'na', share: null });
    expect(b.find((c) => c.code === 'B.2')!.share).toBeCloseTo(50, 10);
  });
});
