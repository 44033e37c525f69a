/**
 * The assessment module's access: which cycles, governments, units and answer cells an actor may
 * read or change. Ombudsman roles reach the cycles of their office; government roles the cycles
 * that include their government, and only their part of it (a PIC: their units and the UPTs
 * below). Out of reach reads as 404. Batches are checked as sets (one query for many ids), and
 * list reads get a scope (`readableCycles`, `readableUnitIds`) their repository turns into SQL.
 * Every assessment service asks here before anything else.
 */
import type { Framework } from '../../../shared/frameworks/framework.schema';
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import type { Permission } from '../../lib/permissions';
import { reachesGovernment, reachesOffice, reachesUnit, type Actor } from '../../lib/reach';
import { loadFramework } from '../frameworks/frameworks.sync';
import * as repo from './cycles/cycles.repository';

export type CycleRow = repo.CycleRow;
export type CycleStatus = repo.CycleStatus;

export const isOmbudsman = (actor: Actor): boolean =>
  actor.role === 'admin' || actor.role === 'oversight_head' || actor.role === 'assessor';

/** Government-side roles: coordinators, unit PICs and the Inspektorat's internal verifiers. */
export const isGovernmentSide = (actor: Actor): boolean =>
  actor.role === 'gov_coordinator' || actor.role === 'unit_pic' || actor.role === 'internal_verifier';

/** Permissions that change a cycle or its verified values (as opposed to reading or answering it). */
const CHANGES: ReadonlySet<Permission> = new Set<Permission>([
  'cycle.manage',
  'assessment.approve',
  'assessment.verify',
  'internal.manage',
]);
const changes = (actor: Actor): boolean => actor.acting !== undefined && CHANGES.has(actor.acting);

/**
 * The cycle, when the actor reaches it (404 otherwise), and — from the permission the route
 * declared (`actor.acting`) — 403 when the actor may read it but not change it this way.
 *
 * Official cycles: the office's staff read and change them, governments read their part; only
 * Ombudsman roles manage, verify or approve (a coordinator or internal verifier gets 403).
 * Internal cycles (penilaian mandiri): the owner government's people read them; its coordinator
 * manages and approves, its internal verifiers verify (the route permissions pick the role). The
 * office's staff and platform admins read an internal cycle only while the government shares it,
 * and never change it (403); unshared, it does not exist for them (404).
 */
export async function cycleForActor(db: Executor, actor: Actor, cycleId: string): Promise<CycleRow> {
  return readableCycle(db, actor, cycleId, undefined);
}

/**
 * cycleForActor's check, with (when `governmentId` is given) 404 unless that government is in the
 * cycle: the cycle and what the check asks of its governments come in one statement.
 */
async function readableCycle(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string | undefined,
): Promise<CycleRow> {
  // A government role reaches an official cycle through one of its governments in it.
  const viaGovernments = !actor.reach.all && !isOmbudsman(actor) ? actor.reach.governmentIds : null;
  const row = await repo.findCycleForAccess(db, cycleId, viaGovernments, governmentId);
  if (!row || row.archivedAt) throw new NotFoundError();
  const { reachesAny, hasGovernment, frameworkStamp, ...cycle } = row;
  const checked = checkCycle(actor, cycle, reachesAny);
  if (!hasGovernment) throw new NotFoundError();
  frameworkStamps.set(checked, frameworkStamp);
  return checked;
}

/** The framework's last change, read with the cycle rows this file returned. */
const frameworkStamps = new WeakMap<object, Date>();

/**
 * The cycle's framework (loadFramework): for a cycle this file returned, checked against the stamp
 * read with it, without a statement of its own when the parse is cached.
 */
export function frameworkOf(db: Executor, cycle: Pick<CycleRow, 'frameworkId'>): Promise<Framework> {
  return loadFramework(db, cycle.frameworkId, frameworkStamps.get(cycle));
}

function checkCycle(actor: Actor, cycle: CycleRow, reachesAny: boolean): CycleRow {
  if (cycle.kind === 'internal') return internalCycleForActor(actor, cycle);
  if (changes(actor) && !isOmbudsman(actor)) throw new ForbiddenError();
  if (actor.reach.all) return cycle;
  if (isOmbudsman(actor)) {
    if (!reachesOffice(actor.reach, cycle.officeId)) throw new NotFoundError();
    return cycle;
  }
  if (!reachesAny) throw new NotFoundError();
  return cycle;
}

function internalCycleForActor(actor: Actor, cycle: CycleRow): CycleRow {
  const owner = cycle.ownerGovernmentId!;
  if (isGovernmentSide(actor) && actor.reach.governmentIds.includes(owner)) return cycle;
  const officeReads =
    isOmbudsman(actor) &&
    cycle.sharedAt !== null &&
    (actor.reach.all || reachesOffice(actor.reach, cycle.officeId));
  if (!officeReads) throw new NotFoundError();
  if (changes(actor)) throw new ForbiddenError('error.internalReadOnly');
  return cycle;
}

/**
 * Who sees a cycle as its assessing side (verified values in every phase, scores before
 * publication, every government's rows): Ombudsman roles on official cycles; on an internal cycle
 * the owner's coordinator and internal verifiers, and the office's staff while it is shared.
 */
export function seesAsAssessor(actor: Actor, cycle: CycleRow): boolean {
  if (cycle.kind === 'official') return isOmbudsman(actor);
  return isOmbudsman(actor) || actor.role === 'gov_coordinator' || actor.role === 'internal_verifier';
}

/** The cycle and one of its governments, both reached by the actor. */
export async function cycleGovernmentForActor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<CycleRow> {
  // Out of reach: the cycle's own answer (404 or 403) first, then 404, as before the fold.
  const reached = reachesGovernment(actor.reach, governmentId);
  const cycle = await readableCycle(db, actor, cycleId, reached ? governmentId : undefined);
  if (!reached) throw new NotFoundError();
  return cycle;
}

/** A sampled unit of the cycle the actor reaches (a PIC: only their units and the UPTs below). */
export async function cycleUnitForActor(db: Executor, actor: Actor, cycleId: string, unitId: string) {
  const cycle = await cycleForActor(db, actor, cycleId);
  const cu = await repo.findCycleUnit(db, cycleId, unitId);
  if (!cu || !reachesUnit(actor.reach, unitId, cu.governmentId)) throw new NotFoundError();
  return { cycle, cycleUnit: cu };
}

/**
 * Who verifies: on an official cycle the Ombudsman's staff (an assessor only the governments
 * assigned to them; heads and admins every one in reach); on an internal cycle the owner
 * government's internal verifiers, nobody else (the office reads a shared one, never changes it).
 */
export async function assertMayVerify(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  /** The cycle row when the caller read it already (cycleGovernmentForActor). */
  known?: CycleRow,
): Promise<void> {
  const cycle = known ?? (await repo.findCycle(db, cycleId));
  if (!cycle) throw new NotFoundError();
  if (cycle.kind === 'internal') {
    if (actor.role !== 'internal_verifier' || !actor.reach.governmentIds.includes(cycle.ownerGovernmentId!))
      throw new ForbiddenError(isOmbudsman(actor) ? 'error.internalReadOnly' : undefined);
    return;
  }
  if (!isOmbudsman(actor)) throw new ForbiddenError();
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
  return seesAsAssessor(actor, cycle) || ['appeal', 'final', 'published'].includes(cycle.status);
}

/** Government roles see scores only once the head has published them. */
export function assertResultsVisible(actor: Actor, cycle: CycleRow): void {
  if (!seesAsAssessor(actor, cycle) && cycle.status !== 'published')
    throw new ConflictError('conflict.notPublished');
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
