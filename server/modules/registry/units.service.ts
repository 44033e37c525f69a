import type { Sector, UnitType } from '../../../shared/contracts/enums';
import type { UnitDetailDto, UnitDto } from '../../../shared/contracts/registry';
import type { Executor } from '../../db/client';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { findGovernment } from './governments.repository';
import {
  canChangeUnitRecord,
  changeableGovernmentIds,
  requireChangeableUnit,
  requireReadableGovernment,
  requireReadableUnit,
} from './registry.access';
import { closedByChange } from './unit-history.repository';
import * as repo from './units.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toDto<T extends { archivedAt: Date | null }>(
  r: T,
): Omit<T, 'archivedAt'> & { archivedAt: string | null } {
  return { ...r, archivedAt: iso(r.archivedAt) };
}

/** The units of a government in the actor's reach (flat, with parentId, for a tree). */
export async function listUnitsForActor(
  db: Executor,
  actor: Actor,
  governmentId: string,
  includeArchived: boolean,
): Promise<UnitDto[]> {
  await requireReadableGovernment(db, actor, governmentId);
  const rows = await repo.listUnits(db, governmentId, actor.reach, includeArchived);
  return rows.map(toDto);
}

/** One unit the actor reads, with its government and parent names. */
export async function getUnitForActor(db: Executor, actor: Actor, id: string): Promise<UnitDetailDto> {
  await requireReadableUnit(db, actor, id);
  const row = await repo.getUnitDetail(db, id);
  if (!row) throw new NotFoundError();
  return toDto(row);
}

/** The parent must be an active unit of the same government that the actor reaches. */
async function checkParent(tx: Executor, actor: Actor, governmentId: string, parentId: string) {
  const parent = await repo.findUnit(tx, parentId);
  if (
    !parent ||
    parent.governmentId !== governmentId ||
    parent.archivedAt ||
    !canChangeUnitRecord(actor, { unitId: parent.id, governmentId: parent.governmentId })
  )
    throw new ValidationError({ parentId: { message: 'field.parentUnit' } });
}

export interface UnitInput {
  name: string;
  type: UnitType;
  sector: Sector;
  parentId?: string | null;
  code: string | null;
  address: string | null;
}

/** Adds a unit (OPD, UPT, Puskesmas …) to an active government, optionally under a parent unit. */
export async function createUnit(
  db: Executor,
  actor: Actor,
  governmentId: string,
  input: UnitInput,
): Promise<UnitDetailDto> {
  if (!changeableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  const id = await inTransaction(db, async (tx) => {
    const gov = await findGovernment(tx, governmentId);
    if (!gov) throw new NotFoundError();
    if (gov.archivedAt) throw new ConflictError('conflict.archivedParent');
    if (input.parentId) await checkParent(tx, actor, governmentId, input.parentId);
    if (input.code && (await repo.codeTaken(tx, governmentId, input.code)))
      throw new ConflictError('error.validation', { code: { message: 'field.unitCodeTaken' } });
    const row = await repo.insertUnit(tx, {
      governmentId,
      parentId: input.parentId ?? null,
      name: input.name,
      type: input.type,
      sector: input.sector,
      code: input.code,
      address: input.address,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'unit',
      entityId: row.id,
      governmentId,
      officeId: gov.officeId,
      after: row,
    });
    return row.id;
  });
  return getUnitForActor(db, actor, id);
}

/** Edits a unit; moving it under a new parent must not create a cycle in the tree. */
export async function updateUnit(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<UnitInput>,
): Promise<UnitDetailDto> {
  await inTransaction(db, async (tx) => {
    const before = await requireChangeableUnit(tx, actor, id);
    if (input.parentId && input.parentId !== before.parentId) {
      if (await repo.isSelfOrDescendant(tx, id, input.parentId))
        throw new ValidationError({ parentId: { message: 'field.parentCycle' } });
      await checkParent(tx, actor, before.governmentId, input.parentId);
    }
    if (
      input.code &&
      input.code !== before.code &&
      (await repo.codeTaken(tx, before.governmentId, input.code, id))
    )
      throw new ConflictError('error.validation', { code: { message: 'field.unitCodeTaken' } });
    const after = await repo.updateUnit(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'unit',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getUnitForActor(db, actor, id);
}

/**
 * Archives or restores a unit. Archiving is refused while active sub-units remain; restoring is
 * refused while the parent is archived (a unit never hangs under an archived parent).
 */
export async function setUnitArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<UnitDetailDto> {
  await inTransaction(db, async (tx) => {
    const before = await requireChangeableUnit(tx, actor, id);
    if (archived) {
      const count = await repo.countActiveChildren(tx, id);
      if (count > 0) throw new AppError('CONFLICT', 409, 'conflict.hasActiveChildren', undefined, { count });
    } else {
      if (await closedByChange(tx, id)) throw new ConflictError('conflict.unitReorganised');
      if (before.parentId) {
        const parent = await repo.findUnit(tx, before.parentId);
        if (parent?.archivedAt) throw new ConflictError('conflict.archivedParent');
      }
      if (before.code && (await repo.codeTaken(tx, before.governmentId, before.code, id)))
        throw new ConflictError('error.validation', { code: { message: 'field.unitCodeTaken' } });
    }
    const after = await repo.updateUnit(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'unit',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getUnitForActor(db, actor, id);
}
