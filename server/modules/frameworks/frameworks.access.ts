/**
 * Who may read and change framework versions. Frameworks are national data that belong to no
 * tenant: every signed-in role reads every version (the checklist, the rapor and the editor need
 * them); only platform admins duplicate, edit and archive. Whether a version may still be edited
 * (built-in, archived, frozen by a cycle) is its state, answered by the service with 409.
 */
import { roleCan } from '../../../shared/permissions';
import { ForbiddenError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';

/** Platform admins with `framework.manage` over every row. */
export function mayManageFrameworks(actor: Actor): boolean {
  return actor.reach.all && roleCan(actor.role, 'framework.manage');
}

/**
 * Of these framework ids, the ones the actor may change: all for platform admins, none for anyone
 * else (the route answers 403 before; this guards other callers of the service).
 */
export function changeableFrameworkIds(actor: Actor, ids: string[]): Set<string> {
  return new Set(mayManageFrameworks(actor) ? ids : []);
}

/** 403 unless the actor may change this framework version. */
export function assertFrameworkChangeable(actor: Actor, id: string): void {
  if (!changeableFrameworkIds(actor, [id]).has(id)) throw new ForbiddenError();
}
