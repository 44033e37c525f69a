/**
 * The SKM context of a government for the indicators that ask whether an SKM was run, published
 * and followed up (issue 16 §6): its SKM periods overlapping the cycle's year, closed or not, with
 * the IKM and grade over the accepted responses once closed. Context only — it never sets a value
 * in an official cycle. A unit PIC sees the periods of their units.
 */
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { frameworkOf, cycleGovernmentForActor, readableUnitIds } from '../assessments/assessments.access';
import { isAccepted } from '../../../shared/surveys/flags';
import { computeIkm } from '../../../shared/surveys/ikm';
import type { SkmContext } from '../../../shared/contracts/survey-feed';
import { frameworkLeaves } from '../../../shared/frameworks/framework.schema';
import * as repo from './survey-feed.repository';

/** An indicator about the SKM: its name speaks of the SKM or the Survei Kepuasan Masyarakat. */
const ABOUT_SKM = /\bSKM\b|survei kepuasan masyarakat/i;

export async function skmContext(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<SkmContext> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const { periods, unitRows } = await repo.skmPeriodsOfYear(db, governmentId, cycle.year);
  const visibleUnits = readableUnitIds(actor);
  const out: SkmContext['periods'] = [];
  for (const p of periods) {
    const units = unitRows
      .filter((u) => u.periodId === p.id && (visibleUnits === null || visibleUnits.includes(u.unitId)))
      .map((u) => ({ unitId: u.unitId, unitName: u.unitName }));
    if (units.length === 0) continue;
    const closed = p.status === 'closed';
    let respondents = 0;
    let ikm: number | null = null;
    let grade: SkmContext['periods'][number]['grade'] = null;
    const instrument = await repo.instrumentDefinition(db, p.instrumentId);
    const rows = (await repo.responsesForAcceptance(db, p.id, [governmentId])).filter(
      (r) => isAccepted(r.flags, r.review, r.superseded) && units.some((u) => u.unitId === r.unitId),
    );
    respondents = rows.length;
    if (closed && instrument) {
      const codes = instrument.questions.map((q) => q.code);
      const result = computeIkm(
        codes,
        rows.map((r) => Object.fromEntries(codes.map((c, i) => [c, r.answers[i] ?? null]))),
      );
      ikm = result.ikmRounded;
      grade = result.grade;
    }
    out.push({
      periodId: p.id,
      title: p.title,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      closed,
      respondents,
      ikm,
      grade,
      units,
    });
  }
  const indicators = frameworkLeaves(await frameworkOf(db, cycle))
    .filter((n) => ABOUT_SKM.test(n.name.id))
    .map((n) => ({ code: n.code, name: n.name }));
  return { cycleId, governmentId, year: cycle.year, indicators, periods: out };
}
