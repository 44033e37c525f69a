/**
 * The actor's reach (office → governments → units), computed once per request by the auth plugin
 * and passed down to every service and repository. Nothing else derives tenancy.
 */
import { and, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

import type { Permission, Role } from '../../shared/permissions';
import { anyOf } from '../db/any-of';

export { ROLES, type Role } from '../../shared/permissions';

export interface Reach {
  /** Platform admin: every row. */
  all: boolean;
  /** Offices whose records the actor reads (empty for government-side roles). */
  officeIds: string[];
  /** Governments in reach; ignored when `all`. */
  governmentIds: string[];
  /** Units in reach; null means every unit of the governments in reach. */
  unitIds: string[] | null;
}

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string | null;
  governmentId: string | null;
  locale: 'id' | 'en';
  reach: Reach;
  /**
   * The permission the route being served declared (set per request by the auth plugin). The
   * assessment access uses it to tell reading a cycle from managing or verifying it, which depends
   * on the cycle's kind (official: Ombudsman staff; internal: the owner government's people).
   * Undefined outside a request (CLI, jobs, tests calling services): read rules only.
   */
  acting?: Permission;
}

export function reachesGovernment(reach: Reach, governmentId: string): boolean {
  return reach.all || reach.governmentIds.includes(governmentId);
}

/** A unit is reached when its government is, and (for PICs) the unit itself or an ancestor is listed. */
export function reachesUnit(reach: Reach, unitId: string, governmentId: string): boolean {
  if (reach.all) return true;
  if (!reach.governmentIds.includes(governmentId)) return false;
  return reach.unitIds === null || reach.unitIds.includes(unitId);
}

export function reachesOffice(reach: Reach, officeId: string): boolean {
  return reach.all || reach.officeIds.includes(officeId);
}

const NOTHING = sql`false`;

/** SQL condition restricting a government_id column to the reach (undefined = no restriction). */
export function governmentScope(reach: Reach, column: AnyPgColumn): SQL | undefined {
  if (reach.all) return undefined;
  if (reach.governmentIds.length === 0) return NOTHING;
  return anyOf(column, reach.governmentIds);
}

/** SQL condition for rows that belong to a unit (unit_id + government_id columns). */
export function unitScope(
  reach: Reach,
  unitColumn: AnyPgColumn,
  governmentColumn: AnyPgColumn,
): SQL | undefined {
  if (reach.all) return undefined;
  const gov = governmentScope(reach, governmentColumn);
  if (reach.unitIds === null) return gov;
  if (reach.unitIds.length === 0) return NOTHING;
  return and(gov, anyOf(unitColumn, reach.unitIds));
}

export function officeScope(reach: Reach, column: AnyPgColumn): SQL | undefined {
  if (reach.all) return undefined;
  if (reach.officeIds.length === 0) return NOTHING;
  return anyOf(column, reach.officeIds);
}
