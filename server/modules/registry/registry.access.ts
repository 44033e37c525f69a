/**
 * Who may read or change which registry records, set-based: "of these government / unit ids, which
 * may this actor read (or change)". Built only from the actor's reach (server/lib/reach.ts, computed
 * once per request by the auth plugin); the role's permission for the route (`unit.write` …) is
 * checked before the service runs. Out of reach answers exactly like a missing id (404).
 *
 * Reading and changing share one reach today: an office head changes what their office oversees, a
 * coordinator their government, a unit PIC their units and those below them. The two names stay
 * apart so a rule that differs (e.g. archived governments read-only) has one place to go.
 */
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, reachesOffice, reachesUnit, type Actor } from '../../lib/reach';
import { findGovernment, type GovernmentRow } from './governments.repository';
import { findUnit, findUnitGovernments, type UnitRow } from './units.repository';

/** Of these government ids, those whose registry the actor may read. */
export function readableGovernmentIds(actor: Actor, ids: Iterable<string>): Set<string> {
  return new Set([...ids].filter((id) => reachesGovernment(actor.reach, id)));
}

/** Of these government ids, those whose registry the actor may change. */
export function changeableGovernmentIds(actor: Actor, ids: Iterable<string>): Set<string> {
  return readableGovernmentIds(actor, ids);
}

/** Of these office ids, those the actor may read (admins all; Ombudsman staff their own office). */
export function readableOfficeIds(actor: Actor, ids: Iterable<string>): Set<string> {
  return new Set([...ids].filter((id) => reachesOffice(actor.reach, id)));
}

/** Of these office ids, those the actor may change (the `office.write` permission is admins' only). */
export function changeableOfficeIds(actor: Actor, ids: Iterable<string>): Set<string> {
  return readableOfficeIds(actor, ids);
}

/** Of these unit ids, those that exist and the actor may read (one query for the whole set). */
export async function readableUnitIds(
  db: Executor,
  actor: Actor,
  ids: Iterable<string>,
): Promise<Set<string>> {
  const owners = await findUnitGovernments(db, [...new Set(ids)]);
  return new Set(owners.filter((u) => reachesUnit(actor.reach, u.id, u.governmentId)).map((u) => u.id));
}

/** Of these unit ids, those that exist and the actor may change. */
export async function changeableUnitIds(
  db: Executor,
  actor: Actor,
  ids: Iterable<string>,
): Promise<Set<string>> {
  return readableUnitIds(db, actor, ids);
}

/** The government if the actor may read it, else 404 (missing and out of reach look the same). */
export async function requireReadableGovernment(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<GovernmentRow> {
  if (!readableGovernmentIds(actor, [id]).has(id)) throw new NotFoundError();
  const gov = await findGovernment(db, id);
  if (!gov) throw new NotFoundError();
  return gov;
}

/** The government if the actor may change it, else 404. */
export async function requireChangeableGovernment(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<GovernmentRow> {
  if (!changeableGovernmentIds(actor, [id]).has(id)) throw new NotFoundError();
  const gov = await findGovernment(db, id);
  if (!gov) throw new NotFoundError();
  return gov;
}

/** The unit if the actor may read it, else 404. */
export async function requireReadableUnit(db: Executor, actor: Actor, id: string): Promise<UnitRow> {
  const unit = await findUnit(db, id);
  if (!unit || !reachesUnit(actor.reach, unit.id, unit.governmentId)) throw new NotFoundError();
  return unit;
}

/** The unit if the actor may change it (and what hangs on it), else 404. */
export async function requireChangeableUnit(db: Executor, actor: Actor, id: string): Promise<UnitRow> {
  return requireReadableUnit(db, actor, id);
}

/** Whether the actor may change a record that hangs on this unit (a product, a contact). */
export function canChangeUnitRecord(actor: Actor, row: { unitId: string; governmentId: string }): boolean {
  return reachesUnit(actor.reach, row.unitId, row.governmentId);
}
