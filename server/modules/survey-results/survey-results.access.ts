/**
 * Who reads a period's results: the surveys module's read rule (server/modules/surveys/
 * surveys.access.ts — SKM: the government's people and the office whose reach holds it, a unit PIC
 * only their own units; perception: the office's staff only), plus the results' own rule: a unit
 * PIC sees results only once the coordinator shows interim results or the period is closed.
 * Out of reach answers 404 exactly like a missing period.
 */
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import type { Executor } from '../../db/client';
import { canReadPeriod, visibleUnitIds } from '../surveys/surveys.access';
import { findPeriod, periodUnits, type PeriodRow, type PeriodUnitRow } from './survey-results.repository';

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
  const owner = {
    kind: period.kind,
    governmentId: period.governmentId,
    officeId: period.officeId,
    units: all,
  };
  if (!canReadPeriod(actor, owner)) throw new NotFoundError();
  const visible = new Set(visibleUnitIds(actor, owner));
  const units = all.filter((u) => visible.has(u.unitId));
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
