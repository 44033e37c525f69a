/**
 * The authorization matrix's survey-feed rows: a perception period of the tenant's office on the
 * matrix's assessment cycle, for the tenant's government, with no responses (applying it changes
 * nothing, so no other row is disturbed).
 */
import type { Executor } from '../../db/client';
import type { Tenant } from '../../test/factories';
import { ensureInstruments, insertPeriod } from './survey-bulk.repository';

export async function surveyFeedMatrixFixture(
  db: Executor,
  t: Tenant,
  cycleId: string,
): Promise<{ periodId: string }> {
  await ensureInstruments(db);
  const periodId = await insertPeriod(db, {
    kind: 'persepsi_maladministrasi',
    title: 'Wawancara persepsi matriks',
    officeId: t.officeId,
    cycleId,
    startsOn: '2024-03-01',
    endsOn: '2024-05-31',
    units: [{ unitId: t.unitId, governmentId: t.governmentId, sampleTarget: 30 }],
  });
  return { periodId };
}
