/**
 * Which accounts an actor may list, create or change, set-based and built on the actor's reach.
 * Platform admins (`user.manage`) reach every account. Ombudsman heads and government coordinators
 * (`contact.account`) give unit PICs of governments in their reach an account and reset its password
 * (registry/contacts.service.ts); a government's coordinator also its internal verifiers
 * (Inspektorat), and hands either over to someone else (modules/people). Anything else is out of reach: the service answers 404, as for a
 * missing id.
 */
import { roleCan } from '../../../shared/permissions';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor, type Role } from '../../lib/reach';
import * as repo from './users.repository';

/** The accounts a list may show: every one, or those of these offices and governments. */
export type UserScope = { all: true } | { all: false; officeIds: string[]; governmentIds: string[] };

interface AccountLinks {
  id: string;
  role: Role;
  officeId: string | null;
  governmentId: string | null;
}

/** Accounts the actor may read: all for admins, else those linked to an office or government in reach. */
export function userReadScope(actor: Actor): UserScope {
  if (actor.reach.all) return { all: true };
  // A unit PIC's reach is a few units, not the people of its government.
  if (actor.role === 'unit_pic') return { all: false, officeIds: [], governmentIds: [] };
  return { all: false, officeIds: actor.reach.officeIds, governmentIds: actor.reach.governmentIds };
}

/**
 * The roles of the accounts an actor (not an admin) may create and change: `contact.account` roles
 * unit PICs; the government's coordinator also its internal verifiers.
 */
export function manageableRoles(actor: Actor): Role[] {
  if (!roleCan(actor.role, 'contact.account')) return [];
  return actor.role === 'gov_coordinator' ? ['unit_pic', 'internal_verifier'] : ['unit_pic'];
}

/** May change this account: admins any; else the manageable roles of governments in reach. */
function mayChange(actor: Actor, a: AccountLinks): boolean {
  if (actor.reach.all) return true;
  return (
    manageableRoles(actor).includes(a.role) &&
    a.governmentId !== null &&
    reachesGovernment(actor.reach, a.governmentId)
  );
}

/** Of these ids, the accounts that exist and the actor may change. */
export async function changeableUserIds(db: Executor, actor: Actor, ids: string[]): Promise<Set<string>> {
  const rows = await repo.accountLinks(db, [...new Set(ids)]);
  return new Set(rows.filter((a) => mayChange(actor, a)).map((a) => a.id));
}

/** 404 unless the account exists and the actor may change it. */
export async function assertUserChangeable(db: Executor, actor: Actor, id: string): Promise<void> {
  if (!(await changeableUserIds(db, actor, [id])).has(id)) throw new NotFoundError();
}

/**
 * May the actor create an account with this role and these links? Admins any; `contact.account`
 * roles unit PICs of a government in reach, its coordinator also internal verifiers. Without an
 * actor (CLI, demo) the caller is the operator.
 */
export function mayCreateUser(
  actor: Actor | null,
  account: { role: Role; governmentId?: string | null },
): boolean {
  if (actor === null || actor.reach.all) return true;
  return (
    manageableRoles(actor).includes(account.role) &&
    Boolean(account.governmentId) &&
    reachesGovernment(actor.reach, account.governmentId!)
  );
}
