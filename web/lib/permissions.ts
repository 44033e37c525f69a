/**
 * What each role may do in the UI. Mirrors server/lib/permissions.ts (the server stays the
 * authority: it answers 403/404 whatever the UI shows); kept here so the web bundle does not
 * import server code.
 */
export type Role = 'admin' | 'oversight_head' | 'assessor' | 'gov_coordinator' | 'unit_pic';
export const ROLES: Role[] = ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'];

const PERMISSIONS = {
  'office.read': ['admin', 'oversight_head', 'assessor'],
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

export function roleCan(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
