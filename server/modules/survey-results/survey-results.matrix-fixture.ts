/**
 * The authorization matrix's SKM period for the survey-results rows (block `// survey results` of
 * server/test/authorization-matrix.ts): the tenant government's period over its unit and the
 * sibling unit, interim results shown (so a unit PIC passes on their own unit), with one response.
 */
import type { Database } from '../../db/client';
import type { Tenant } from '../../test/factories';
import { addResponses, makeSkmPeriod } from './survey-results.fixtures';

export interface SurveyResultsMatrixFixture {
  periodId: string;
}

export async function surveyResultsMatrixFixture(
  database: Database,
  t: Tenant,
): Promise<SurveyResultsMatrixFixture> {
  const periodId = await makeSkmPeriod(database, {
    governmentId: t.governmentId,
    units: [{ unitId: t.unitId, productIds: [t.productId] }, { unitId: t.otherUnitId }],
    interimVisible: true,
    title: 'SKM Matriks',
  });
  await addResponses(database, { periodId, unitId: t.unitId, governmentId: t.governmentId }, [
    { answers: [4, 3, 4, 3, 4, 3, 4, 3, 4] },
  ]);
  return { periodId };
}
