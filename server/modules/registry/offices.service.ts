import type { OfficeDto } from '../../../shared/contracts/registry';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { findRegions } from '../regions/regions.repository';
import * as repo from './offices.repository';
import { changeableOfficeIds, readableOfficeIds } from './registry.access';

async function toDtos(
  db: Executor,
  rows: { office: repo.OfficeRow; governmentCount: number }[],
): Promise<OfficeDto[]> {
  const codes = [...new Set(rows.flatMap((r) => r.office.provinceCodes))];
  const names = new Map((await findRegions(db, codes)).map((r) => [r.code, r.name]));
  return rows.map(({ office, governmentCount }) => ({
    id: office.id,
    name: office.name,
    code: office.code,
    isHeadOffice: office.isHeadOffice,
    address: office.address,
    provinceCodes: office.provinceCodes,
    provinces: office.provinceCodes.map((code) => ({ code, name: names.get(code) ?? code })),
    governmentCount,
    archivedAt: office.archivedAt ? office.archivedAt.toISOString() : null,
  }));
}

/** Offices the actor reads: all for admins, their own for Ombudsman staff, none for government roles. */
export async function listOfficesForActor(db: Executor, actor: Actor, includeArchived: boolean) {
  return toDtos(db, await repo.listOffices(db, actor.reach, includeArchived));
}

export async function getOfficeForActor(db: Executor, actor: Actor, id: string): Promise<OfficeDto> {
  if (!readableOfficeIds(actor, [id]).has(id)) throw new NotFoundError();
  const rows = await repo.listOffices(db, { ...actor.reach, all: false, officeIds: [id] }, true);
  if (rows.length === 0) throw new NotFoundError();
  return (await toDtos(db, rows))[0]!;
}

async function checkProvinces(db: Executor, codes: string[]) {
  const found = await findRegions(db, codes);
  if (found.length !== new Set(codes).size || found.some((r) => r.level !== 'province'))
    throw new ValidationError({ provinceCodes: { message: 'field.regionUnknown' } });
}

export async function createOffice(
  db: Executor,
  actor: Actor,
  input: {
    name: string;
    code: string;
    isHeadOffice: boolean;
    address: string | null;
    provinceCodes: string[];
  },
) {
  const id = await inTransaction(db, async (tx) => {
    await checkProvinces(tx, input.provinceCodes);
    if (await repo.findOfficeByCode(tx, input.code))
      throw new ConflictError('error.validation', { code: { message: 'field.officeCode' } });
    const row = await repo.insertOffice(tx, input);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'office',
      entityId: row.id,
      officeId: row.id,
      after: row,
    });
    return row.id;
  });
  return getOfficeForActor(db, actor, id);
}

export async function updateOffice(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<{
    name: string;
    code: string;
    isHeadOffice: boolean;
    address: string | null;
    provinceCodes: string[];
  }>,
) {
  if (!changeableOfficeIds(actor, [id]).has(id)) throw new NotFoundError();
  await inTransaction(db, async (tx) => {
    const before = await repo.findOffice(tx, id);
    if (!before) throw new NotFoundError();
    if (input.provinceCodes) await checkProvinces(tx, input.provinceCodes);
    if (input.code && input.code !== before.code && (await repo.findOfficeByCode(tx, input.code)))
      throw new ConflictError('error.validation', { code: { message: 'field.officeCode' } });
    const after = await repo.updateOffice(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'office',
      entityId: id,
      officeId: id,
      before,
      after,
    });
  });
  return getOfficeForActor(db, actor, id);
}

export async function setOfficeArchived(db: Executor, actor: Actor, id: string, archived: boolean) {
  if (!changeableOfficeIds(actor, [id]).has(id)) throw new NotFoundError();
  await inTransaction(db, async (tx) => {
    const before = await repo.findOffice(tx, id);
    if (!before) throw new NotFoundError();
    const after = await repo.updateOffice(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'office',
      entityId: id,
      officeId: id,
      before,
      after,
    });
  });
  return getOfficeForActor(db, actor, id);
}
