/**
 * Follow-up items from a closed SKM period (issue 17): per unit, its three weakest elements — the
 * same `lowestOf` the survey results page shows (survey-results.compute), over the same cached unit
 * aggregates — become the government's own `survei` items, issued and verified by its Inspektorat,
 * due 90 days after the close (Patuh's default). A unit with no answered element raises nothing.
 * One item per (period, unit, element): closing again adds nothing.
 */
import { todayIn } from '../../../../shared/format/format';
import type { Executor } from '../../../db/client';
import { elementsOf, ikmOf, lowestOf, sumTotals } from '../../survey-results/survey-results.compute';
import { findPeriod, periodUnits } from '../../survey-results/survey-results.repository';
import { unitAggregates } from '../../survey-results/survey-results.service';
import { OWN_ITEM_DEFAULT_DAYS, plusDays } from './cycle.source';
import * as repo from './sources.repository';

export async function raiseSurveyItems(
  tx: Executor,
  periodId: string,
  actorId: string | null,
  closedAt: Date = new Date(),
): Promise<string[]> {
  const period = await findPeriod(tx, periodId);
  if (!period || period.kind !== 'skm' || !period.governmentId) return [];
  const units = await periodUnits(tx, periodId);
  if (units.length === 0) return [];
  const inst = period.instrument;
  const q = inst.questions.length;
  const aggs = await unitAggregates(
    tx,
    periodId,
    inst,
    units.map((u) => u.unitId),
  );
  const dueOn = plusDays(todayIn('WIB', closedAt), OWN_ITEM_DEFAULT_DAYS);
  const rows = units.flatMap((u) => {
    const totals = sumTotals(q, aggs.get(u.unitId)?.groups ?? []);
    const weakest = lowestOf(elementsOf(inst, ikmOf(inst, totals)));
    return weakest.map((e) => ({
      kind: 'survei' as const,
      issuer: 'government' as const,
      sourceType: 'survey_period' as const,
      sourceId: periodId,
      officeId: null,
      governmentId: u.governmentId,
      unitId: u.unitId,
      surveyPeriodId: periodId,
      surveyElement: e.code,
      addressee: u.unitName,
      action: `Perbaiki unsur "${e.element.id}" (${e.code}) hasil ${period.title}: NRR ${
        e.nrrRounded === null ? '-' : e.nrrRounded.toFixed(2)
      }, salah satu dari tiga unsur terendah unit ini.`,
      evidenceExpected: 'Bukti perbaikan layanan pada unsur tersebut (foto, dokumen, atau tautan).',
      dueOn,
      createdBy: actorId,
    }));
  });
  return repo.insertSourceItems(tx, rows, 'survey', actorId);
}
