/**
 * Who may do what with a survey period (issue 16). Out of reach answers 404 exactly like missing;
 * in reach but not allowed to act answers 403.
 * - read: SKM periods → the government's people (a unit PIC only when one of their units is in
 *   it) and the Ombudsman office whose governments include it; perception periods → the office's
 *   staff only, never the assessed government's users.
 * - manage (open, edit, close, review): SKM → the government's coordinator; perception → the
 *   office head or an admin.
 * - collect (paper forms, interviews, slips): SKM → the coordinator or the unit's PIC; perception →
 *   the office's staff (admin, head, assessor).
 */
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { reachesGovernment, reachesOffice, reachesUnit, type Actor } from '../../lib/reach';
import type { SurveyKind } from '../../../shared/contracts/surveys';

export interface PeriodOwner {
  kind: SurveyKind;
  governmentId: string | null;
  officeId: string | null;
  /** The period's units (unit id → its government). */
  units: { unitId: string; governmentId: string }[];
}

const OFFICE_STAFF = ['admin', 'oversight_head', 'assessor'] as const;

export function canReadPeriod(actor: Actor, p: PeriodOwner): boolean {
  if (actor.reach.all) return true;
  if (p.kind === 'skm') {
    if (!p.governmentId || !reachesGovernment(actor.reach, p.governmentId)) return false;
    if (actor.reach.unitIds === null) return true;
    return p.units.some((u) => reachesUnit(actor.reach, u.unitId, u.governmentId));
  }
  return (
    (OFFICE_STAFF as readonly string[]).includes(actor.role) &&
    !!p.officeId &&
    reachesOffice(actor.reach, p.officeId)
  );
}

/** 404 unless the actor may read the period. */
export function assertRead(actor: Actor, p: PeriodOwner | null): asserts p is PeriodOwner {
  if (!p || !canReadPeriod(actor, p)) throw new NotFoundError();
}

/** The units of the period the actor sees (a PIC: their own). */
export function visibleUnitIds(actor: Actor, p: PeriodOwner): string[] {
  if (p.kind !== 'skm') return p.units.map((u) => u.unitId);
  return p.units.filter((u) => reachesUnit(actor.reach, u.unitId, u.governmentId)).map((u) => u.unitId);
}

export function canManage(actor: Actor, p: PeriodOwner): boolean {
  if (!canReadPeriod(actor, p)) return false;
  if (p.kind === 'skm') return actor.role === 'gov_coordinator';
  return actor.role === 'admin' || actor.role === 'oversight_head';
}

export function assertManage(actor: Actor, p: PeriodOwner | null): asserts p is PeriodOwner {
  assertRead(actor, p);
  if (!canManage(actor, p)) throw new ForbiddenError();
}

/** May enter responses (and print slips) for this unit of the period: 404 when out of reach. */
export function assertCollect(actor: Actor, p: PeriodOwner | null, unitId: string): asserts p is PeriodOwner {
  assertUnitRead(actor, p, unitId);
  const ok =
    p.kind === 'skm'
      ? actor.role === 'gov_coordinator' || actor.role === 'unit_pic'
      : (OFFICE_STAFF as readonly string[]).includes(actor.role);
  if (!ok) throw new ForbiddenError();
}

/** May see this unit of the period (its counter link, slips, responses). */
export function assertUnitRead(
  actor: Actor,
  p: PeriodOwner | null,
  unitId: string,
): asserts p is PeriodOwner {
  assertRead(actor, p);
  const unit = p.units.find((u) => u.unitId === unitId);
  if (!unit) throw new NotFoundError();
  if (p.kind === 'skm' && !reachesUnit(actor.reach, unit.unitId, unit.governmentId))
    throw new NotFoundError();
}
