import type { GovernmentType, RegionKind } from '../../../shared/contracts/enums';
import type { GovernmentDto } from '../../../shared/contracts/registry';
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { decodeCursor, encodeCursor } from '../../lib/pagination';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { findRegion } from '../regions/regions.repository';
import * as repo from './governments.repository';
import { findOffice, findOfficeCoveringProvince } from './offices.repository';
import { changeableGovernmentIds, readableGovernmentIds } from './registry.access';

const REGION_KIND: Partial<Record<GovernmentType, RegionKind>> = {
  pemprov: 'provinsi',
  pemkab: 'kabupaten',
  pemkot: 'kota',
};

function toDto(r: NonNullable<Awaited<ReturnType<typeof repo.getGovernmentDetail>>>): GovernmentDto {
  return {
    ...r,
    archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null,
    regionName: r.regionName ?? null,
    provinceCode: r.provinceCode ?? null,
  };
}

/** Default display name of a regional government from its region ("Kabupaten Balangan" → "Pemerintah Kabupaten Balangan"). */
export function governmentNameFor(type: GovernmentType, regionName: string): string {
  if (type === 'pemprov') return `Pemerintah Provinsi ${regionName}`;
  return `Pemerintah ${regionName}`;
}

/** Lists the governments in the actor's reach. */
export async function listGovernmentsForActor(
  db: Executor,
  actor: Actor,
  q: {
    q?: string;
    type?: GovernmentType;
    officeId?: string;
    includeArchived: boolean;
    limit: number;
    cursor?: string;
  },
) {
  const after = decodeCursor(q.cursor) as [string, string] | null;
  const rows = await repo.listGovernments(db, actor.reach, { ...q, after });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(toDto),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.name, last.id]) : null,
  };
}

/** One government the actor reads, with its counts; 404 when missing or out of reach. */
export async function getGovernmentForActor(db: Executor, actor: Actor, id: string): Promise<GovernmentDto> {
  if (!readableGovernmentIds(actor, [id]).has(id)) throw new NotFoundError();
  const row = await repo.getGovernmentDetail(db, id);
  if (!row) throw new NotFoundError();
  return toDto(row);
}

/**
 * Registers a government. Regional ones must carry a Kemendagri code whose kind matches the type;
 * the overseeing office defaults to the office covering the province. Heads create only in their office.
 */
export async function createGovernment(
  db: Executor,
  actor: Actor,
  input: {
    type: GovernmentType;
    name?: string;
    regionCode?: string | null;
    officeId?: string;
    address: string | null;
    website: string | null;
  },
): Promise<GovernmentDto> {
  const id = await inTransaction(db, async (tx) => {
    const kind = REGION_KIND[input.type];
    let name = input.name?.trim() ?? '';
    let officeId = input.officeId;
    if (kind) {
      if (!input.regionCode) throw new ValidationError({ regionCode: { message: 'field.regionRequired' } });
      const region = await findRegion(tx, input.regionCode);
      if (!region) throw new ValidationError({ regionCode: { message: 'field.regionUnknown' } });
      if (region.kind !== kind)
        throw new ValidationError({
          regionCode: { message: 'field.regionType', params: { kind: region.kind } },
        });
      if (await repo.findActiveGovernmentByRegion(tx, region.code))
        throw new ConflictError('error.validation', { regionCode: { message: 'field.regionTaken' } });
      if (!name) name = governmentNameFor(input.type, region.name);
      if (!officeId) officeId = (await findOfficeCoveringProvince(tx, region.provinceCode))?.id;
    } else if (input.regionCode) {
      throw new ValidationError({ regionCode: { message: 'field.regionNotAllowed' } });
    }
    if (!name) throw new ValidationError({ name: { message: 'field.required' } });
    if (actor.role === 'oversight_head') {
      if (officeId && officeId !== actor.officeId)
        throw new ValidationError({ officeId: { message: 'field.outOfReach' } });
      officeId = actor.officeId ?? undefined;
    }
    if (!officeId)
      throw new ValidationError({
        officeId: { message: kind ? 'field.noCoveringOffice' : 'field.officeChoose' },
      });
    const office = await findOffice(tx, officeId);
    if (!office || office.archivedAt)
      throw new ValidationError({ officeId: { message: 'field.officeChoose' } });
    const row = await repo.insertGovernment(tx, {
      type: input.type,
      name,
      regionCode: kind ? input.regionCode : null,
      officeId,
      address: input.address,
      website: input.website,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'government',
      entityId: row.id,
      governmentId: row.id,
      officeId,
      after: row,
    });
    return row.id;
  });
  actor.reach.governmentIds.push(id);
  return getGovernmentForActor(db, actor, id);
}

/** Edits a government; only an admin moves it to another office. */
export async function updateGovernment(
  db: Executor,
  actor: Actor,
  id: string,
  input: { name?: string; officeId?: string; address?: string | null; website?: string | null },
): Promise<GovernmentDto> {
  if (!changeableGovernmentIds(actor, [id]).has(id)) throw new NotFoundError();
  await inTransaction(db, async (tx) => {
    const before = await repo.findGovernment(tx, id);
    if (!before) throw new NotFoundError();
    if (input.officeId && input.officeId !== before.officeId) {
      if (actor.role !== 'admin') throw new ForbiddenError();
      const office = await findOffice(tx, input.officeId);
      if (!office || office.archivedAt)
        throw new ValidationError({ officeId: { message: 'field.officeChoose' } });
    }
    const after = await repo.updateGovernment(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'government',
      entityId: id,
      governmentId: id,
      officeId: after.officeId,
      before,
      after,
    });
  });
  return getGovernmentForActor(db, actor, id);
}

/** Archives (or restores) a government; nothing is ever hard-deleted. */
export async function setGovernmentArchived(db: Executor, actor: Actor, id: string, archived: boolean) {
  if (!changeableGovernmentIds(actor, [id]).has(id)) throw new NotFoundError();
  await inTransaction(db, async (tx) => {
    const before = await repo.findGovernment(tx, id);
    if (!before) throw new NotFoundError();
    if (!archived && before.regionCode) {
      const taken = await repo.findActiveGovernmentByRegion(tx, before.regionCode);
      if (taken && taken.id !== id)
        throw new ConflictError('error.validation', { regionCode: { message: 'field.regionTaken' } });
    }
    const after = await repo.updateGovernment(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'government',
      entityId: id,
      governmentId: id,
      officeId: after.officeId,
      before,
      after,
    });
  });
  return getGovernmentForActor(db, actor, id);
}
