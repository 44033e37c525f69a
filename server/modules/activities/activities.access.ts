/**
 * Who may see or change which activity: the reach is the activity's government (office staff:
 * the governments their office supervises; a coordinator: its own). Out of reach, missing and
 * archived all answer 404 alike, never revealing that the record exists. The permission
 * (activity.read / activity.write) is checked by the route's `access` before this.
 */
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import * as repo from './activities.repository';

/** An activity the actor may see (not archived unless asked), else 404 like a missing one. */
export async function activityInReach(
  db: Executor,
  actor: Actor,
  id: string,
  opts: { lock?: boolean; archived?: boolean } = {},
): Promise<repo.ActivityRow> {
  const row = await repo.findActivity(db, id, opts.lock);
  if (!row || !reachesGovernment(actor.reach, row.governmentId)) throw new NotFoundError();
  if (row.archivedAt && !opts.archived) throw new NotFoundError();
  return row;
}

/** A government (not archived) in the actor's reach, else 404. */
export async function governmentInReach(db: Executor, actor: Actor, governmentId: string) {
  const gov = await repo.findGovernment(db, governmentId);
  if (!gov || !reachesGovernment(actor.reach, gov.id)) throw new NotFoundError();
  return gov;
}
