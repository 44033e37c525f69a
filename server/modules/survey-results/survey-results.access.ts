/**
 * Who reads a period's results (issue 16 context; written here because the surveys module's own
 * reach helpers had not landed when this module was written):
 * - SKM: the government's people and the office whose reach holds the government; a unit PIC only
 *   their own units, and only once the coordinator shows interim results or the period is closed;
 * - perception: the office's staff only (admin, head, assessor of the period's office), never the
 *   surveyed government's users.
 * Out of reach answers 404 exactly like a missing period.
 */
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { reachesGovernment, reachesOffice, reachesUnit, type Actor } from '../../lib/reach';
import type { Executor } from '../../db/client';
import { findPeriod, periodUnits, type PeriodRow, type PeriodUnitRow } from './survey-results.repository';

const OFFICE_ROLES = new Set(['admin', 'oversight_head', 'assessor']);

export interface PeriodInReach {
  period: PeriodRow;
  /** The period's units the actor may read, in name order. */
  units: PeriodUnitRow[];
}

/** The period and the units of it in the actor's reach; 404 when none. */
export async function periodInReach(db: Executor, actor: Actor, periodId: string): Promise<PeriodInReach> {
  const period = await findPeriod(db, periodId);
  if (!period) throw new NotFoundError();
  const all = await periodUnits(db, periodId);
  if (period.kind === 'persepsi_maladministrasi') {
    if (!OFFICE_ROLES.has(actor.role) || !period.officeId || !reachesOffice(actor.reach, period.officeId))
      throw new NotFoundError();
    return { period, units: all };
  }
  if (!period.governmentId || !reachesGovernment(actor.reach, period.governmentId)) throw new NotFoundError();
  const units = all.filter((u) => reachesUnit(actor.reach, u.unitId, u.governmentId));
  if (units.length === 0) throw new NotFoundError();
  return { period, units };
}

/** Results of a period in reach; a unit PIC waits for interim results or the period's close. */
export async function resultsInReach(db: Executor, actor: Actor, periodId: string): Promise<PeriodInReach> {
  const found = await periodInReach(db, actor, periodId);
  const unitLimited = actor.reach.unitIds !== null && !actor.reach.all;
  if (
    found.period.kind === 'skm' &&
    unitLimited &&
    !found.period.interimVisible &&
    found.period.status !== 'closed'
  )
    throw new ForbiddenError('surveyResults.notVisible');
  return found;
}
