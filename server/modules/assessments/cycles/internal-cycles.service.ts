/**
 * A government's own assessment (penilaian mandiri, issue 12). Its coordinator opens an internal
 * cycle over all (or some) of its units with every product, keeps a work plan (per unit a date
 * and the Inspektorat team) and chooses whether its Ombudsman office may read the results.
 * Everything else is the ordinary cycle machinery; assessments.access.ts decides who reads and
 * who changes an internal cycle.
 */
import type {
  InternalCycleCreate,
  WorkPlan,
  WorkPlanStatus,
  WorkPlanUpdate,
} from '../../../../shared/contracts/assessments-internal';
import { WORK_PLAN_STATUSES } from '../../../../shared/contracts/assessments-internal';
import { todayIn } from '../../../../shared/format/format';
import { zoneOfGovernment } from '../../../../shared/format/time-zones';
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recordAudit } from '../../audit/audit.repository';
import { findFrameworkRow, freezeFramework } from '../../frameworks/frameworks.repository';
import { defaultInternalFrameworkId } from '../../frameworks/frameworks-office.service';
import { assertStatus, cycleForActor, readableUnitIds, type CycleRow } from '../assessments.access';
import * as cyclesRepo from './cycles.repository';
import { checkPhaseDates, getCycleForActor } from './cycles.service';
import * as repo from './internal-cycles.repository';

/** The coordinator's own government, or 404 (another government's reads as missing). */
async function ownGovernment(db: Executor, actor: Actor, governmentId: string) {
  if (actor.role !== 'gov_coordinator' || !actor.reach.governmentIds.includes(governmentId))
    throw new NotFoundError();
  const gov = await repo.findGovernment(db, governmentId);
  if (!gov) throw new NotFoundError();
  return gov;
}

/**
 * Opens an internal cycle: the government as its only government, all its active units (or the
 * chosen ones) and every active product of them; the framework is frozen; no appeal phase.
 */
export async function createInternalCycle(
  db: Executor,
  actor: Actor,
  governmentId: string,
  input: InternalCycleCreate,
) {
  const gov = await ownGovernment(db, actor, governmentId);
  const fields: Record<string, FieldProblem> = checkPhaseDates(input);
  const frameworkId = input.frameworkId ?? (await defaultInternalFrameworkId(db, governmentId));
  const fw = await findFrameworkRow(db, frameworkId);
  // Another office's own framework reads as unknown (a cycle would freeze that office's draft).
  if (!fw || fw.archivedAt || (fw.officeId && fw.officeId !== gov.officeId))
    fields.frameworkId = { message: 'field.frameworkUnknown' };
  // A draft (unconfirmed weights and bands, e.g. the 2025 opinion) is set by an admin in a copy first.
  else if ((fw.definition as { draft?: unknown } | null)?.draft === true)
    fields.frameworkId = { message: 'field.frameworkDraft' };
  const all = await cyclesRepo.activeUnitsOfGovernment(db, governmentId);
  let unitIds = all.map((u) => u.id);
  if (!input.allUnits) {
    const chosen = new Set(await repo.activeUnitIdsAmong(db, governmentId, input.unitIds));
    input.unitIds.forEach((id, i) => {
      if (!chosen.has(id)) fields[`unitIds.${i}`] = { message: 'field.unitOutsideGovernment' };
    });
    unitIds = [...chosen];
  }
  if (unitIds.length === 0 && !fields['unitIds.0'])
    fields[input.allUnits ? 'allUnits' : 'unitIds'] = { message: 'field.noActiveUnits' };
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const products = await repo.activeProductsOfUnits(db, unitIds);
  const row = await inTransaction(db, async (tx) => {
    const created = await cyclesRepo.insertCycle(tx, {
      kind: 'internal',
      ownerGovernmentId: governmentId,
      officeId: gov.officeId,
      year: input.year,
      name: input.name,
      frameworkId,
      productsPerUnit: repo.maxPerUnit(products),
      selfStart: input.selfStart,
      selfEnd: input.selfEnd,
      verifyStart: input.verifyStart,
      verifyEnd: input.verifyEnd,
      finalDate: input.finalDate,
      createdBy: actor.id,
    });
    await freezeFramework(tx, frameworkId);
    await cyclesRepo.addCycleGovernments(tx, created.id, [governmentId]);
    await cyclesRepo.addSampleUnits(
      tx,
      created.id,
      unitIds.map((unitId) => ({ unitId, governmentId })),
    );
    await cyclesRepo.addSampleProducts(
      tx,
      created.id,
      products.map((p) => ({ productId: p.id, unitId: p.unitId, governmentId })),
    );
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'cycle',
      entityId: created.id,
      governmentId,
      after: { ...created, units: unitIds.length, products: products.length },
    });
    return created;
  });
  return getCycleForActor(db, actor, row.id);
}

/** The internal cycle the actor reaches (an official one reads as missing here). */
async function internalCycle(db: Executor, actor: Actor, cycleId: string): Promise<CycleRow> {
  const cycle = await cycleForActor(db, actor, cycleId);
  if (cycle.kind !== 'internal') throw new NotFoundError();
  return cycle;
}

/** Where one unit stands against its scheduled date (`today` in the government's zone). */
export function workPlanStatus(
  row: {
    scheduledDate: string | null;
    total: number;
    answered: number;
    verified: number;
    doneOn: string | null;
  },
  today: string,
): WorkPlanStatus {
  const done = row.total > 0 && row.verified === row.total;
  if (done && row.scheduledDate) return row.doneOn! <= row.scheduledDate ? 'done_on_time' : 'done_late';
  if (!row.scheduledDate) return done ? 'done_on_time' : 'unscheduled';
  if (today > row.scheduledDate) return 'late';
  return row.verified > 0 ? 'in_progress' : 'not_started';
}

/** The work plan with each unit's progress (a PIC sees only their units). */
export async function getWorkPlan(db: Executor, actor: Actor, cycleId: string): Promise<WorkPlan> {
  const cycle = await internalCycle(db, actor, cycleId);
  const gov = await repo.findGovernment(db, cycle.ownerGovernmentId!);
  const zone = zoneOfGovernment(gov?.regionCode, gov?.officeProvinceCodes ?? []);
  const today = todayIn(zone);
  const rows = await repo.workPlanRows(db, cycleId, readableUnitIds(actor));
  const items = rows.map((r) => {
    const doneAt =
      r.total > 0 && r.verified === r.total && r.last_verified_at ? new Date(r.last_verified_at) : null;
    const doneOn = doneAt ? todayIn(zone, doneAt) : null;
    const status = workPlanStatus(
      { scheduledDate: r.scheduled_date, total: r.total, answered: r.answered, verified: r.verified, doneOn },
      today,
    );
    return {
      unitId: r.unit_id,
      name: r.name,
      type: r.type,
      sector: r.sector,
      scheduledDate: r.scheduled_date,
      team: r.team ?? [],
      selfStatus: r.self_status,
      total: r.total,
      answered: r.answered,
      verified: r.verified,
      doneAt: doneAt?.toISOString() ?? null,
      status,
    };
  });
  const counts = Object.fromEntries(WORK_PLAN_STATUSES.map((s) => [s, 0])) as Record<WorkPlanStatus, number>;
  for (const i of items) counts[i.status] += 1;
  return { cycleId, today, items, counts };
}

/**
 * Sets the scheduled date and the Inspektorat team of some units (until the cycle is final):
 * every unit must be in the cycle and every team member an active internal verifier of the
 * government; a field error names each one that is not, and nothing is saved.
 */
export async function updateWorkPlan(db: Executor, actor: Actor, cycleId: string, input: WorkPlanUpdate) {
  const cycle = await internalCycle(db, actor, cycleId);
  assertStatus(cycle, ['planning', 'self_assessment', 'verification']);
  const governmentId = cycle.ownerGovernmentId!;
  const inCycle = new Set(
    (
      await cyclesRepo.findCycleUnits(
        db,
        cycleId,
        input.items.map((i) => i.unitId),
      )
    ).map((u) => u.unitId),
  );
  const verifiers = new Set((await repo.internalVerifiersOf(db, governmentId)).map((v) => v.id));
  const fields: Record<string, FieldProblem> = {};
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (!inCycle.has(item.unitId) || seen.has(item.unitId))
      fields[`items.${i}.unitId`] = { message: 'field.unitNotInCycle' };
    seen.add(item.unitId);
    item.team.forEach((u, j) => {
      if (!verifiers.has(u)) fields[`items.${i}.team.${j}`] = { message: 'error.notInternalVerifier' };
    });
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    // Each item first updates its cycle_units row, which locks it until the commit: two saves of
    // the same units run one after the other, the second replacing the first's teams whole. Taking
    // the rows in one order (by unit id) keeps two saves listing them differently from deadlocking.
    const ordered = [...input.items].sort((x, y) => (x.unitId < y.unitId ? -1 : x.unitId > y.unitId ? 1 : 0));
    for (const item of ordered) await repo.setWorkPlanItem(tx, cycleId, item);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle_unit',
      entityId: cycleId,
      governmentId,
      after: { workPlan: input.items },
    });
  });
  return getWorkPlan(db, actor, cycleId);
}

/** Shares the results with the office (read only for its staff), or stops sharing them. */
export async function shareInternalCycle(db: Executor, actor: Actor, cycleId: string, shared: boolean) {
  const cycle = await internalCycle(db, actor, cycleId);
  if (shared === (cycle.sharedAt !== null)) return getCycleForActor(db, actor, cycleId);
  await inTransaction(db, async (tx) => {
    const after = await repo.setShared(tx, cycleId, shared ? actor.id : null);
    if (!after) throw new ConflictError('conflict.cyclePhase');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: cycleId,
      governmentId: cycle.ownerGovernmentId,
      before: { sharedAt: cycle.sharedAt },
      after: { sharedAt: after.sharedAt },
    });
  });
  return getCycleForActor(db, actor, cycleId);
}

/** The internal verifiers the work plan may assign (the internal cycle's "assessor options"). */
export async function internalVerifierOptions(db: Executor, cycle: CycleRow) {
  return { items: await repo.internalVerifiersOf(db, cycle.ownerGovernmentId!) };
}
