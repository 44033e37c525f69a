/**
 * Reorganising a government's units (issue 11 part 6): rename, merge, split. Each is one
 * transaction: the units involved are locked (id order), checked, the change and its links
 * written, closed predecessors archived (their past rows stay theirs and follow the successor
 * through `unitAndAncestorIds`), and every step audited.
 *
 * Rules: units of one government only; a predecessor must be active (so two coordinators merging
 * the same unit at once: the second waits on the lock, then finds it archived and gets a 409); no
 * unit is its own successor and no change may turn the lineage into a cycle; the successor is
 * active and not below a predecessor in the tree; the effective date lies between EFFECTIVE_MIN and
 * EFFECTIVE_MAX_DAYS_AHEAD days from today. A unit sampled in a cycle that is still running may be
 * merged or split: the running cycle keeps the old unit (its sample row, answers and PIC stay; an
 * archived unit stays in its PIC's reach), and once published its result shows under the
 * successor "sebagai <old name>" like any earlier one. Refusing would block a decree for most of
 * the year, since a cycle runs from March to November.
 */
import {
  EFFECTIVE_MAX_DAYS_AHEAD,
  EFFECTIVE_MIN,
  type MergeUnitBody,
  type NewUnit,
  type RenameUnitBody,
  type SplitUnitBody,
  type UnitChangeDto,
  type UnitChangeKind,
} from '../../../shared/contracts/unit-history';
import type { Executor } from '../../db/client';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { canChangeUnitRecord, changeableGovernmentIds } from './registry.access';
import { findGovernment } from './governments.repository';
import * as repo from './unit-history.repository';
import { toChangeDto } from './unit-lineage.service';
import * as units from './units.repository';

type Decree = { effectiveOn: string; reference?: string | null; note?: string | null };
type Locked = units.UnitRow;

/** The effective date as a field error when it is before EFFECTIVE_MIN or too far ahead. */
function checkEffective(effectiveOn: string, now = new Date()): void {
  const max = new Date(now.getTime() + EFFECTIVE_MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  if (effectiveOn > max)
    throw new ValidationError({ effectiveOn: { message: 'field.effectiveTooLate', params: { max } } });
  if (effectiveOn < EFFECTIVE_MIN)
    throw new ValidationError({
      effectiveOn: { message: 'field.effectiveTooEarly', params: { min: EFFECTIVE_MIN } },
    });
}

/** Reach and an active government first: 404 out of reach, exactly like a missing id. */
async function governmentFor(tx: Executor, actor: Actor, governmentId: string) {
  if (!changeableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  const gov = await findGovernment(tx, governmentId);
  if (!gov) throw new NotFoundError();
  if (gov.archivedAt) throw new ConflictError('conflict.archivedParent');
  return gov;
}

/** The unit of the path, locked: 404 when missing, of another government or out of reach; 409 when closed. */
function subjectOf(locked: Map<string, Locked>, actor: Actor, governmentId: string, unitId: string) {
  const unit = locked.get(unitId);
  if (
    !unit ||
    unit.governmentId !== governmentId ||
    !canChangeUnitRecord(actor, { unitId: unit.id, governmentId })
  )
    throw new NotFoundError();
  if (unit.archivedAt) throw new ConflictError('conflict.unitClosed');
  return unit;
}

/** Another unit named in the body: an active unit of the same government, else a field error. */
function activeUnitOf(locked: Map<string, Locked>, governmentId: string, id: string, field: string) {
  const unit = locked.get(id);
  if (!unit || unit.governmentId !== governmentId)
    throw new ValidationError({ [field]: { message: 'field.unitNotInGovernment' } });
  if (unit.archivedAt) throw new ValidationError({ [field]: { message: 'field.unitNotActive' } });
  return unit;
}

/** A successor that is already an ancestor of a predecessor would close the lineage into a cycle. */
async function refuseLineageCycle(
  tx: Executor,
  predecessorIds: string[],
  successorId: string,
  field: string,
) {
  const ancestors = await repo.unitAndAncestorIds(tx, predecessorIds);
  if (ancestors.some((a) => a.unitId === successorId))
    throw new ValidationError({ [field]: { message: 'field.lineageCycle' } });
}

/** Creates a successor unit; its parent must be active, in the government and not being closed. */
async function createSuccessor(
  tx: Executor,
  actor: Actor,
  governmentId: string,
  input: NewUnit,
  closing: string[],
  field: string,
): Promise<Locked> {
  if (input.parentId) {
    const parent = await units.findUnit(tx, input.parentId);
    if (!parent || parent.governmentId !== governmentId || parent.archivedAt || closing.includes(parent.id))
      throw new ValidationError({ [`${field}.parentId`]: { message: 'field.parentUnit' } });
    for (const id of closing)
      if (await units.isSelfOrDescendant(tx, id, parent.id))
        throw new ValidationError({ [`${field}.parentId`]: { message: 'field.parentCycle' } });
  }
  const code = input.code ? input.code : null;
  if (code && (await units.codeTaken(tx, governmentId, code)))
    throw new ConflictError('error.validation', { [`${field}.code`]: { message: 'field.unitCodeTaken' } });
  const row = await units.insertUnit(tx, {
    governmentId,
    parentId: input.parentId ?? null,
    name: input.name,
    type: input.type,
    sector: input.sector,
    code,
  });
  await recordAudit(tx, actor, {
    action: 'create',
    entityType: 'unit',
    entityId: row.id,
    governmentId,
    after: row,
  });
  return row;
}

/** Archives a closed predecessor (the registry's archive), audited like any archive. */
async function closeUnit(tx: Executor, actor: Actor, before: Locked) {
  const after = await units.updateUnit(tx, before.id, { archivedAt: new Date() });
  await recordAudit(tx, actor, {
    action: 'archive',
    entityType: 'unit',
    entityId: before.id,
    governmentId: before.governmentId,
    before,
    after,
  });
}

async function recordChange(
  tx: Executor,
  actor: Actor,
  gov: { id: string; officeId: string | null },
  kind: UnitChangeKind,
  decree: Decree,
  links: Array<{ from: Locked; to: Locked; toName?: string }>,
): Promise<string> {
  const change = await repo.insertChange(tx, {
    governmentId: gov.id,
    kind,
    effectiveOn: decree.effectiveOn,
    reference: decree.reference ?? null,
    note: decree.note ?? null,
    createdBy: actor.id,
  });
  const rows = links.map((l) => ({
    changeId: change.id,
    fromUnitId: l.from.id,
    toUnitId: l.to.id,
    fromName: l.from.name,
    toName: l.toName ?? l.to.name,
  }));
  await repo.insertLinks(tx, rows);
  // In words for the audit log: "Dinas A, Dinas B → Dinas C" names the entry.
  const names = (list: string[]) => [...new Set(list)].join(', ');
  const predecessors = names(rows.map((r) => r.fromName));
  const successors = names(rows.map((r) => r.toName));
  await recordAudit(tx, actor, {
    action: 'create',
    entityType: 'unit_change',
    entityId: change.id,
    governmentId: gov.id,
    officeId: gov.officeId,
    after: {
      name: `${predecessors} → ${successors}`,
      kind,
      effectiveOn: change.effectiveOn,
      reference: change.reference,
      note: change.note,
      predecessors,
      successors,
    },
  });
  return change.id;
}

async function changeDto(db: Executor, id: string): Promise<UnitChangeDto> {
  const [change] = await repo.listChanges(db, { changeId: id });
  if (!change) throw new NotFoundError();
  return toChangeDto(change);
}

/** Renames a unit from the effective date; the old name stays in its names history. */
export async function renameUnit(
  db: Executor,
  actor: Actor,
  governmentId: string,
  unitId: string,
  body: RenameUnitBody,
): Promise<UnitChangeDto> {
  if (!changeableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  checkEffective(body.effectiveOn);
  const id = await inTransaction(db, async (tx) => {
    const gov = await governmentFor(tx, actor, governmentId);
    const locked = new Map((await repo.lockUnits(tx, [unitId])).map((u) => [u.id, u]));
    const before = subjectOf(locked, actor, governmentId, unitId);
    const name = body.name.trim();
    if (name === before.name) throw new ValidationError({ name: { message: 'field.sameName' } });
    const changeId = await recordChange(tx, actor, gov, 'rename', body, [
      { from: before, to: before, toName: name },
    ]);
    const after = await units.updateUnit(tx, unitId, { name });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'unit',
      entityId: unitId,
      governmentId,
      before,
      after,
    });
    return changeId;
  });
  return changeDto(db, id);
}

/**
 * Merges the unit of the path and `with` into one successor (an existing unit, or a new one). The
 * predecessors are archived; their active sub-units move under the successor.
 */
export async function mergeUnits(
  db: Executor,
  actor: Actor,
  governmentId: string,
  unitId: string,
  body: MergeUnitBody,
): Promise<UnitChangeDto> {
  if (!changeableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  checkEffective(body.effectiveOn);
  const others = body.with ?? [];
  const predecessorIds = [unitId, ...others];
  if (new Set(predecessorIds).size !== predecessorIds.length)
    throw new ValidationError({ with: { message: 'field.duplicateUnit' } });
  const intoId = body.into.unitId;
  if (intoId && predecessorIds.includes(intoId))
    throw new ValidationError({ 'into.unitId': { message: 'field.mergeIntoSelf' } });
  if (!intoId && predecessorIds.length < 2)
    throw new ValidationError({ with: { message: 'field.mergeNeedsTwo' } });

  const id = await inTransaction(db, async (tx) => {
    const gov = await governmentFor(tx, actor, governmentId);
    const locked = new Map(
      (await repo.lockUnits(tx, intoId ? [...predecessorIds, intoId] : predecessorIds)).map((u) => [u.id, u]),
    );
    const subject = subjectOf(locked, actor, governmentId, unitId);
    const predecessors = [
      subject,
      ...others.map((o, i) => activeUnitOf(locked, governmentId, o, `with.${i}`)),
    ];
    let successor: Locked;
    if (intoId) {
      successor = activeUnitOf(locked, governmentId, intoId, 'into.unitId');
      await refuseLineageCycle(tx, predecessorIds, intoId, 'into.unitId');
      for (const p of predecessorIds)
        if (await units.isSelfOrDescendant(tx, p, intoId))
          throw new ValidationError({ 'into.unitId': { message: 'field.successorBelow' } });
    } else {
      for (const p of predecessors) await closeUnit(tx, actor, p);
      successor = await createSuccessor(
        tx,
        actor,
        governmentId,
        body.into.newUnit!,
        predecessorIds,
        'into.newUnit',
      );
    }
    const changeId = await recordChange(
      tx,
      actor,
      gov,
      'merge',
      body,
      predecessors.map((p) => ({ from: p, to: successor })),
    );
    for (const child of await repo.moveActiveChildren(tx, predecessorIds, successor.id))
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'unit',
        entityId: child.id,
        governmentId,
        before: { name: child.name, parentId: child.parentId },
        after: { name: child.name, parentId: successor.id },
      });
    if (intoId) for (const p of predecessors) await closeUnit(tx, actor, p);
    return changeId;
  });
  return changeDto(db, id);
}

/**
 * Splits the unit of the path into two or more successors (existing or new units); the unit is
 * archived. Refused while it still has active sub-units: the coordinator first moves them to the
 * successor each belongs to.
 */
export async function splitUnit(
  db: Executor,
  actor: Actor,
  governmentId: string,
  unitId: string,
  body: SplitUnitBody,
): Promise<UnitChangeDto> {
  if (!changeableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  checkEffective(body.effectiveOn);
  const existing = body.into.map((t) => t.unitId).filter((x): x is string => Boolean(x));
  body.into.forEach((t, i) => {
    if (t.unitId === unitId)
      throw new ValidationError({ [`into.${i}.unitId`]: { message: 'field.mergeIntoSelf' } });
    if (t.unitId && existing.indexOf(t.unitId) !== existing.lastIndexOf(t.unitId))
      throw new ValidationError({ [`into.${i}.unitId`]: { message: 'field.duplicateUnit' } });
  });

  const id = await inTransaction(db, async (tx) => {
    const gov = await governmentFor(tx, actor, governmentId);
    const locked = new Map((await repo.lockUnits(tx, [unitId, ...existing])).map((u) => [u.id, u]));
    const subject = subjectOf(locked, actor, governmentId, unitId);
    const children = await units.countActiveChildren(tx, unitId);
    if (children > 0)
      throw new AppError('CONFLICT', 409, 'conflict.splitHasChildren', undefined, { count: children });
    for (const [i, t] of body.into.entries())
      if (t.unitId) {
        activeUnitOf(locked, governmentId, t.unitId, `into.${i}.unitId`);
        await refuseLineageCycle(tx, [unitId], t.unitId, `into.${i}.unitId`);
      }
    // Closed first, so a new successor may take over the predecessor's unit code.
    await closeUnit(tx, actor, subject);
    const successors: Locked[] = [];
    for (const [i, t] of body.into.entries())
      successors.push(
        t.unitId
          ? locked.get(t.unitId)!
          : await createSuccessor(tx, actor, governmentId, t.newUnit!, [unitId], `into.${i}.newUnit`),
      );
    return recordChange(
      tx,
      actor,
      gov,
      'split',
      body,
      successors.map((s) => ({ from: subject, to: s })),
    );
  });
  return changeDto(db, id);
}
