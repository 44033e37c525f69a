/**
 * Set-based checks for the assessment module: which cycles, governments and units of a cycle an
 * actor reaches. Ombudsman roles reach the cycles of their office; government roles the cycles
 * that include their government, and only their part of it. Out of reach reads as 404.
 */
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { reachesGovernment, reachesOffice, reachesUnit, type Actor } from '../../lib/reach';
import * as repo from './cycles/cycles.repository';

export type CycleRow = repo.CycleRow;
export type CycleStatus = repo.CycleStatus;

export const isOmbudsman = (actor: Actor): boolean =>
  actor.role === 'admin' || actor.role === 'oversight_head' || actor.role === 'assessor';

/** The cycle, when the actor reaches it (404 otherwise). */
export async function cycleForActor(db: Executor, actor: Actor, cycleId: string): Promise<CycleRow> {
  const cycle = await repo.findCycle(db, cycleId);
  if (!cycle || cycle.archivedAt) throw new NotFoundError();
  if (actor.reach.all) return cycle;
  if (isOmbudsman(actor)) {
    if (!reachesOffice(actor.reach, cycle.officeId)) throw new NotFoundError();
    return cycle;
  }
  const ids = await repo.cycleGovernmentIds(db, cycleId);
  if (!ids.some((g) => actor.reach.governmentIds.includes(g))) throw new NotFoundError();
  return cycle;
}

/** The cycle and one of its governments, both reached by the actor. */
export async function cycleGovernmentForActor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<CycleRow> {
  const cycle = await cycleForActor(db, actor, cycleId);
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  if (!(await repo.hasCycleGovernment(db, cycleId, governmentId))) throw new NotFoundError();
  return cycle;
}

/** A sampled unit of the cycle the actor reaches (a PIC: only their units and the UPTs below). */
export async function cycleUnitForActor(db: Executor, actor: Actor, cycleId: string, unitId: string) {
  const cycle = await cycleForActor(db, actor, cycleId);
  const cu = await repo.findCycleUnit(db, cycleId, unitId);
  if (!cu || !reachesUnit(actor.reach, unitId, cu.governmentId)) throw new NotFoundError();
  return { cycle, cycleUnit: cu };
}

/** An assessor acts only on the governments assigned to them; heads and admins on every one in reach. */
export async function assertMayVerify(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<void> {
  if (actor.role !== 'assessor') return;
  if (!(await repo.isAssignedAssessor(db, cycleId, governmentId, actor.id)))
    throw new ForbiddenError('error.notAssigned');
}

export function assertStatus(
  cycle: CycleRow,
  allowed: CycleStatus[],
  messageKey = 'conflict.cyclePhase',
): void {
  if (!allowed.includes(cycle.status)) throw new ConflictError(messageKey);
}

/** Government roles see verified values from the appeal phase on (they must see what they contest). */
export function showsVerified(actor: Actor, cycle: CycleRow): boolean {
  return isOmbudsman(actor) || ['appeal', 'final', 'published'].includes(cycle.status);
}

/** Government roles see scores only once the head has published them. */
export function assertResultsVisible(actor: Actor, cycle: CycleRow): void {
  if (!isOmbudsman(actor) && cycle.status !== 'published') throw new ConflictError('conflict.notPublished');
}
