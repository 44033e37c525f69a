/**
 * Which audit rows an actor may read, set-based on the reach: platform admins every row;
 * government coordinators the rows of their government (`audit.read` says who reads the log at
 * all). Rows without a government (offices, accounts of Ombudsman staff, frameworks) are the
 * admins' only. A government asked for that is out of reach answers 404, like a missing one.
 */
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';

/** The rows a query may return: every row, or those of these governments. */
export type AuditScope = { all: true } | { all: false; governmentIds: string[] };

/** The actor's part of the log, narrowed to one government when asked (404 when out of reach). */
export function auditReadScope(actor: Actor, governmentId?: string): AuditScope {
  if (governmentId !== undefined) {
    if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
    return { all: false, governmentIds: [governmentId] };
  }
  if (actor.reach.all) return { all: true };
  return { all: false, governmentIds: actor.reach.governmentIds };
}
