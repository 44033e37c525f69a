/**
 * Who runs the people side of a government: its coordinator and admins (`people.manage`). Which
 * accounts they may hand over or give a link is users.access.ts's answer (`changeableUserIds`).
 * Anything else is out of reach: 404, as for a missing government.
 */
import { roleCan } from '../../../shared/permissions';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { findGovernment } from '../registry/governments.repository';

/** The government when the actor runs its people side, else 404. */
export async function requirePeopleGovernment(db: Executor, actor: Actor, governmentId: string) {
  if (!roleCan(actor.role, 'people.manage') || !reachesGovernment(actor.reach, governmentId))
    throw new NotFoundError();
  const gov = await findGovernment(db, governmentId);
  if (!gov) throw new NotFoundError();
  return gov;
}
