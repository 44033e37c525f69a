/**
 * Each office shows its times in its province's zone: a cycle of the Kalimantan Selatan office
 * carries WITA, one of a Papua office WIT, one of the head office (no province) WIB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { PHASE_DATES } from '../assessments/common/assessment-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('office time zones', () => {
  it.each([
    [['63'], 'WITA'],
    [['94'], 'WIT'],
    [['61'], 'WIB'],
    [[], 'WIB'],
  ])('an office over %j runs its cycles in %s', async (provinceCodes, zone) => {
    const t = await makeTenant(ctx, { provinceCodes });
    const head = await t.as('oversight_head');
    const created = await head.post('/api/cycles', {
      year: 2031,
      name: 'Uji zona',
      frameworkId: 'spot-check-2024',
      ...PHASE_DATES,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const cycle = (await head.get(`/api/cycles/${id}`)).json<{ officeTimeZone: string }>();
    expect(cycle.officeTimeZone).toBe(zone);
    const list = (await head.get('/api/cycles')).json<{
      items: Array<{ id: string; officeTimeZone: string }>;
    }>();
    expect(list.items.find((c) => c.id === id)?.officeTimeZone).toBe(zone);
  });
});
