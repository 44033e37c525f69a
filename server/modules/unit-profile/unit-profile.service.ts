/**
 * A unit's service profile and maklumat pelayanan: read by everyone who reaches the unit
 * (standard.read), written by its PIC or its government's coordinator (unit.profile.write).
 * Out of reach answers 404 like a missing unit; a save naming a stale row version answers 409.
 */
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { reachesUnit, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { zoneOfGovernment } from '../../../shared/format/time-zones';
import {
  defaultMaklumat,
  type Maklumat,
  type MaklumatBody,
  type OpeningHours,
  type ServiceProfile,
  type ServiceProfileBody,
  type SpecialService,
} from '../../../shared/contracts/unit-profile';
import { recordAudit } from '../audit/audit.repository';
import * as repo from './unit-profile.repository';

/** The unit if the actor reaches it, else 404 (never telling a missing unit from one out of reach). */
export async function unitInReach(db: Executor, actor: Actor, unitId: string): Promise<repo.UnitRow> {
  const unit = await repo.findUnit(db, unitId);
  if (!unit || !reachesUnit(actor.reach, unit.id, unit.governmentId)) throw new NotFoundError();
  return unit;
}

/** A unit the actor may change: in reach, and not closed (archived units keep their last profile). */
async function writableUnit(db: Executor, actor: Actor, unitId: string) {
  const unit = await unitInReach(db, actor, unitId);
  if (unit.archivedAt) throw new ConflictError('conflict.archived');
  return unit;
}

const zoneOf = (unit: repo.UnitRow) => zoneOfGovernment(unit.regionCode, unit.officeProvinceCodes ?? []);

async function profileDto(
  db: Executor,
  unit: repo.UnitRow,
  row: repo.ProfileRow | undefined,
): Promise<ServiceProfile> {
  return {
    unitId: unit.id,
    timeZone: zoneOf(unit),
    rowVersion: row?.rowVersion ?? 0,
    openingHours: (row?.openingHours as OpeningHours | undefined) ?? [],
    vision: row?.vision ?? null,
    mission: row?.mission ?? null,
    motto: row?.motto ?? null,
    specialServices: (row?.specialServices as SpecialService[] | undefined) ?? [],
    integratedServices: row?.integratedServices ?? null,
    facilities: (row?.facilities as string[] | undefined) ?? [],
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: await repo.userName(db, row?.updatedBy ?? null),
  };
}

/** The unit's service profile (an empty one, rowVersion 0, while nothing is saved). */
export async function getProfile(db: Executor, actor: Actor, unitId: string): Promise<ServiceProfile> {
  const unit = await unitInReach(db, actor, unitId);
  return profileDto(db, unit, await repo.findProfile(db, unitId));
}

const blankToNull = (s: string | null) => (s && s.trim() ? s.trim() : null);

/** Saves the whole profile; `rowVersion` must be the one loaded (0 for the first save), else 409. */
export async function saveProfile(
  db: Executor,
  actor: Actor,
  unitId: string,
  body: ServiceProfileBody,
): Promise<ServiceProfile> {
  const unit = await writableUnit(db, actor, unitId);
  const values = {
    unitId,
    governmentId: unit.governmentId,
    openingHours: [...body.openingHours].sort((a, b) => a.day - b.day),
    vision: blankToNull(body.vision),
    mission: blankToNull(body.mission),
    motto: blankToNull(body.motto),
    specialServices: body.specialServices,
    integratedServices: blankToNull(body.integratedServices),
    facilities: body.facilities,
    updatedBy: actor.id,
  };
  const saved = await inTransaction(db, async (tx) => {
    const before = await repo.findProfile(tx, unitId);
    const row =
      body.rowVersion === 0
        ? await repo.insertProfile(tx, values)
        : await repo.updateProfile(tx, body.rowVersion, values);
    if (!row) throw new ConflictError('unitProfile.stale');
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'unit_service_profile',
      entityId: unitId,
      governmentId: unit.governmentId,
      before,
      after: row,
    });
    return row;
  });
  return profileDto(db, unit, saved);
}

async function maklumatDto(
  db: Executor,
  unit: repo.UnitRow,
  row: repo.MaklumatRow | undefined,
): Promise<Maklumat> {
  return {
    unitId: unit.id,
    exists: !!row,
    rowVersion: row?.rowVersion ?? 0,
    body: row?.body ?? defaultMaklumat(unit.name),
    signatory: row?.signatory ?? '',
    signedOn: row?.signedOn ?? null,
    published: row?.published ?? false,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: await repo.userName(db, row?.updatedBy ?? null),
  };
}

/** The unit's maklumat pelayanan; while none is saved, the default template with the unit's name. */
export async function getMaklumat(db: Executor, actor: Actor, unitId: string): Promise<Maklumat> {
  const unit = await unitInReach(db, actor, unitId);
  return maklumatDto(db, unit, await repo.findMaklumat(db, unitId));
}

/** Saves the maklumat (text, signatory, date, published); a stale `rowVersion` answers 409. */
export async function saveMaklumat(
  db: Executor,
  actor: Actor,
  unitId: string,
  body: MaklumatBody,
): Promise<Maklumat> {
  const unit = await writableUnit(db, actor, unitId);
  const values = {
    unitId,
    governmentId: unit.governmentId,
    body: body.body,
    signatory: body.signatory,
    signedOn: body.signedOn,
    published: body.published,
    updatedBy: actor.id,
  };
  const saved = await inTransaction(db, async (tx) => {
    const before = await repo.findMaklumat(tx, unitId);
    const row =
      body.rowVersion === 0
        ? await repo.insertMaklumat(tx, values)
        : await repo.updateMaklumat(tx, body.rowVersion, values);
    if (!row) throw new ConflictError('unitProfile.stale');
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'unit_maklumat',
      entityId: unitId,
      governmentId: unit.governmentId,
      before,
      after: row,
    });
    return row;
  });
  return maklumatDto(db, unit, saved);
}
