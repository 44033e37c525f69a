/**
 * Who may read and change framework versions. Built-ins and the platform's custom versions belong
 * to no tenant: every signed-in role reads them (the checklist, the rapor and the editor need
 * them). An Ombudsman office's own versions (issue 12: its spot-check set) are read by that office's
 * staff and the people of the governments it oversees, and 404 for everyone else. Platform admins
 * duplicate, edit, archive and mark every version; an oversight head (`framework.manage`) makes
 * copies that belong to their office and changes only those. Whether a version may still be edited
 * (built-in, archived, frozen by a cycle) is its state, answered by the service with 409.
 */
import { roleCan } from '../../../shared/permissions';
import type { Executor } from '../../db/client';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { officesOfGovernments } from './framework-editor.repository';

/** Platform admins with `framework.manage` over every row. */
export function mayManageFrameworks(actor: Actor): boolean {
  return actor.reach.all && roleCan(actor.role, 'framework.manage');
}

/**
 * The offices whose own versions the actor reads: null for admins (all of them); the actor's
 * offices for Ombudsman staff; the overseeing offices of their governments for government roles.
 */
export async function readableOfficeIds(db: Executor, actor: Actor): Promise<string[] | null> {
  if (actor.reach.all) return null;
  if (actor.reach.officeIds.length > 0) return actor.reach.officeIds;
  return officesOfGovernments(db, actor.reach.governmentIds);
}

/** A version of no office, or of an office the actor reads. */
export function mayReadFramework(readable: string[] | null, row: { officeId: string | null }): boolean {
  return row.officeId === null || readable === null || readable.includes(row.officeId);
}

/** Admins change every version; an oversight head only their own office's. */
export function mayChangeFramework(actor: Actor, row: { officeId: string | null }): boolean {
  if (!roleCan(actor.role, 'framework.manage')) return false;
  if (mayManageFrameworks(actor)) return true;
  return actor.role === 'oversight_head' && row.officeId !== null && row.officeId === actor.officeId;
}

/** 404 when the actor cannot read the version, 403 when they read it but may not change it. */
export async function assertFrameworkChangeable(
  db: Executor,
  actor: Actor,
  row: { officeId: string | null },
): Promise<void> {
  if (!mayReadFramework(await readableOfficeIds(db, actor), row)) throw new NotFoundError();
  if (!mayChangeFramework(actor, row)) throw new ForbiddenError();
}
