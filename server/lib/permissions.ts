/**
 * What each role may do, before tenancy. The route declares one permission; the auth plugin
 * answers 403 when the role lacks it, and services then check reach (404 when out of reach).
 */
import type { Role } from './reach';

export const PERMISSIONS = {
  'registry.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'office.write': ['admin'],
  'government.write': ['admin', 'oversight_head'],
  'unit.write': ['admin', 'oversight_head', 'gov_coordinator'],
  'product.write': ['admin', 'oversight_head', 'gov_coordinator', 'unit_pic'],
  'contact.write': ['admin', 'oversight_head', 'gov_coordinator', 'unit_pic'],
  'contact.account': ['admin', 'oversight_head', 'gov_coordinator'],
  'agreement.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator'],
  'agreement.write': ['admin', 'oversight_head'],
  'import.write': ['admin', 'oversight_head', 'gov_coordinator'],
  'export.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'audit.read': ['admin', 'gov_coordinator'],
  'user.manage': ['admin'],
  'region.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'cycle.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'cycle.manage': ['admin', 'oversight_head'],
  'assessment.self': ['gov_coordinator', 'unit_pic'],
  'assessment.verify': ['admin', 'oversight_head', 'assessor'],
  'assessment.appeal': ['gov_coordinator'],
  'assessment.approve': ['admin', 'oversight_head'],
  'results.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'framework.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  'framework.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Route access declared in `config.access`: public, any signed-in user, or one permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
