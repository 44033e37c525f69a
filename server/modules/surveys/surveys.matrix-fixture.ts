/**
 * The authorization matrix's survey records (block `// surveys` of
 * server/test/authorization-matrix.ts): an open SKM period of the tenant's government over
 * :unit (the PIC's) and :otherUnit with slips enabled, one printed batch of slips at :unit, one
 * paper form typed in at :unit, and an official cycle of the tenant's office (for perception).
 */
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { makeCycle, SKM_INSTRUMENT, skmAnswers } from './surveys.fixture';

export interface SurveysMatrixFixture {
  skmPeriodId: string;
  responseId: string;
  cycleId: string;
}

export async function surveysMatrixFixture(ctx: TestContext, t: Tenant): Promise<SurveysMatrixFixture> {
  const coord = await t.as('gov_coordinator');
  const created = await coord.post('/api/survey-periods/skm', {
    governmentId: t.governmentId,
    instrumentId: SKM_INSTRUMENT,
    title: 'SKM Matriks',
    startsOn: '2024-01-01',
    endsOn: '2099-12-31',
    slipsEnabled: true,
    units: [
      { unitId: t.unitId, population: 100, productIds: [t.productId] },
      { unitId: t.otherUnitId, population: 40 },
    ],
  });
  if (created.statusCode !== 201) throw new Error(`survey fixture: ${created.body}`);
  const skmPeriodId = created.json<{ id: string }>().id;
  const pic = await t.as('unit_pic');
  const slips = await pic.post(`/api/survey-periods/${skmPeriodId}/units/${t.unitId}/slips`, { count: 2 });
  if (slips.statusCode !== 201) throw new Error(`survey fixture slips: ${slips.body}`);
  const response = await pic.post(`/api/survey-periods/${skmPeriodId}/responses`, {
    unitId: t.unitId,
    answers: skmAnswers(3),
  });
  if (response.statusCode !== 201) throw new Error(`survey fixture response: ${response.body}`);
  return {
    skmPeriodId,
    responseId: response.json<{ id: string }>().id,
    cycleId: await makeCycle(ctx.database.db, t),
  };
}
