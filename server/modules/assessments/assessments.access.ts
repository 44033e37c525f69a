/**
 * The assessment module's access: which cycles, governments, units and answer cells an actor may
 * read or change. Ombudsman roles reach the cycles of their office; government roles the cycles
 * that include their government, and only their part of it (a PIC: their units and the UPTs
 * below). Out of reach reads as 404. Batches are checked as sets (one query for many ids), and
 * list reads get a scope (`readableCycles`, `readableUnitIds`) their repository turns into SQL.
 * Every assessment service asks here before anything else.
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

/** Which cycles an actor reads, as a scope its repository turns into a WHERE clause. */
export type CycleScope =
  /** Every cycle, internal ones included (system reads, never an actor's list). */
  | { kind: 'all' }
  /** A platform admin's list: every official cycle and the internal ones shared with an office. */
  | { kind: 'platform' }
  | { kind: 'offices'; officeIds: string[] }
  | { kind: 'governments'; governmentIds: string[] };

/** Platform admins read every cycle, Ombudsman roles their offices', government roles those including their government. */
export function readableCycles(actor: Actor): CycleScope {
  if (actor.reach.all) return { kind: 'platform' };
  return isOmbudsman(actor)
    ? { kind: 'offices', officeIds: actor.reach.officeIds }
    : { kind: 'governments', governmentIds: actor.reach.governmentIds };
}

/**
 * The governments of a cycle whose rows (results, assessors, appeals) the actor reads: null for
 * every one in the cycle (platform admin, Ombudsman roles: the cycle is their office's), else the
 * government roles' own.
 */
export function readableGovernmentIds(actor: Actor): string[] | null {
  return actor.reach.all || isOmbudsman(actor) ? null : actor.reach.governmentIds;
}

/**
 * Within a government the actor reaches, the units whose rows it reads: null for every unit and
 * the entity-level rows (Ombudsman roles, coordinators), else only these units (a PIC's units and
 * the UPTs below; entity-level rows are the coordinator's).
 */
export function readableUnitIds(actor: Actor): string[] | null {
  return actor.reach.all || isOmbudsman(actor) ? null : actor.reach.unitIds;
}

/** An answer cell as the access checks need it. */
interface AnswerCell {
  cycleId: string;
  governmentId: string;
  unitId: string | null;
}

/**
 * The self-assessment cells the actor may fill, checked as one set: PICs their units' cells,
 * coordinators every cell of their government (the entity-level ones too). Any cell outside
 * answers 404, as a missing one. With `checkLock`, a cell of a submitted unit answers 409
 * (conflict.unitSubmitted); the units' states are read in one query for the whole batch.
 */
export async function assertMayAnswer(
  db: Executor,
  actor: Actor,
  cycle: CycleRow,
  cells: AnswerCell[],
  checkLock = true,
): Promise<void> {
  for (const c of cells) {
    if (c.cycleId !== cycle.id) throw new NotFoundError();
    if (c.unitId === null) {
      if (actor.role !== 'gov_coordinator' || !actor.reach.governmentIds.includes(c.governmentId))
        throw new NotFoundError();
    } else if (!reachesUnit(actor.reach, c.unitId, c.governmentId)) throw new NotFoundError();
  }
  if (!checkLock) return;
  const unitIds = cells.map((c) => c.unitId).filter((u): u is string => u !== null);
  const sampled = await repo.findCycleUnits(db, cycle.id, unitIds);
  for (const u of new Set(unitIds)) if (!sampled.some((s) => s.unitId === u)) throw new NotFoundError();
  if (sampled.some((s) => s.selfStatus === 'submitted')) throw new ConflictError('conflict.unitSubmitted');
}

/** Of these units of a cycle, the ones whose self-assessment is submitted (locked), in one query. */
export async function submittedUnitIds(
  db: Executor,
  cycleId: string,
  unitIds: string[],
): Promise<Set<string>> {
  const rows = await repo.findCycleUnits(db, cycleId, unitIds);
  return new Set(rows.filter((r) => r.selfStatus === 'submitted').map((r) => r.unitId));
}
