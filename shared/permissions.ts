/**
 * Roles and what each may do, before tenancy. One list for both sides: the server enforces it
 * (a route declares one permission; the auth plugin answers 403 when the role lacks it, and services
 * then check reach, 404 when out of reach); the web app uses it only to decide what to show.
 */
export type Role =
  'admin' | 'oversight_head' | 'assessor' | 'gov_coordinator' | 'unit_pic' | 'internal_verifier';
export const ROLES: Role[] = [
  'admin',
  'oversight_head',
  'assessor',
  'gov_coordinator',
  'unit_pic',
  'internal_verifier',
];

/**
 * `internal_verifier`: the government's Inspektorat auditor. Verifies the units' answers of its
 * government's internal cycles (penilaian mandiri) only; reads like a coordinator otherwise.
 */
const EVERYONE = [
  'admin',
  'oversight_head',
  'assessor',
  'gov_coordinator',
  'unit_pic',
  'internal_verifier',
] as const;

export const PERMISSIONS = {
  'registry.read': EVERYONE,
  'region.read': EVERYONE,
  /** Who is shown the offices pages (the API itself scopes offices by reach). */
  'office.read': ['admin', 'oversight_head', 'assessor'],
  'office.write': ['admin'],
  'government.write': ['admin', 'oversight_head'],
  'unit.write': ['admin', 'oversight_head', 'gov_coordinator'],
  /** Renaming, merging and splitting units (the government's coordinator, and admins). */
  'unit.reorganise': ['admin', 'gov_coordinator'],
  'product.write': ['admin', 'oversight_head', 'gov_coordinator', 'unit_pic'],
  'contact.write': ['admin', 'oversight_head', 'gov_coordinator', 'unit_pic'],
  'contact.account': ['admin', 'oversight_head', 'gov_coordinator'],
  /**
   * The people side of a government: PIC and internal verifier accounts in bulk with one-time
   * sign-in links, and the handover (mutasi) of a PIC's units or a verifier's assignments.
   */
  'people.manage': ['admin', 'gov_coordinator'],
  'agreement.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator'],
  'agreement.write': ['admin', 'oversight_head'],
  'import.write': ['admin', 'oversight_head', 'gov_coordinator'],
  'export.read': EVERYONE,
  'audit.read': ['admin', 'gov_coordinator'],
  /** Who may read a person's contact data (phone, e-mail…) where it shows in the audit log. */
  'personal.read': ['admin', 'oversight_head', 'gov_coordinator'],
  'user.manage': ['admin'],
  /** The background-job list and retrying failed jobs. */
  'jobs.manage': ['admin'],
  'cycle.read': EVERYONE,
  /**
   * Cycle management and approval: Ombudsman heads on their office's official cycles; a
   * government's coordinator on its own internal cycles only (assessments.access.ts decides per
   * cycle, from the route's permission carried on the actor as `acting`).
   */
  'cycle.manage': ['admin', 'oversight_head', 'gov_coordinator'],
  /** Opening a government's internal cycle (penilaian mandiri), its work plan and sharing it. */
  'internal.manage': ['gov_coordinator'],
  'assessment.self': ['gov_coordinator', 'unit_pic'],
  /** Official cycles: Ombudsman staff; internal cycles: the government's internal verifiers. */
  'assessment.verify': ['admin', 'oversight_head', 'assessor', 'internal_verifier'],
  'assessment.appeal': ['gov_coordinator'],
  'assessment.approve': ['admin', 'oversight_head', 'gov_coordinator'],
  'results.read': EVERYONE,
  /**
   * Releasing results to the public portal (and withdrawing them), and recording the official
   * figure the Ombudsman announced: an office head for the office's governments, an admin for all.
   */
  'result.release': ['admin', 'oversight_head'],
  'framework.read': EVERYONE,
  'framework.manage': ['admin', 'oversight_head'],
  /** The working-day calendar (holidays, cuti bersama, regional days) and the deadline calculator. */
  'calendar.read': EVERYONE,
  'calendar.manage': ['admin'],
  /**
   * Reports of maladministration (issue 14). Office staff read and handle their office's cases
   * (the state machine in shared/complaints/machine.ts says which actions need the head); the
   * reporter's identity is revealed only to the officers assigned to a case and the head of office.
   */
  'complaint.read': ['admin', 'oversight_head', 'assessor'],
  'complaint.handle': ['admin', 'oversight_head', 'assessor'],
  /** The deadline rules and the maladministration taxonomy (versioned data). */
  'complaint.rules': ['admin'],
  /**
   * The reported body's side: a government's coordinator and unit PICs read the letters sent to
   * their government and upload the signed reply — never the case file.
   */
  'complaint.body': ['gov_coordinator', 'unit_pic'],
  /**
   * Service standards (issue 15). Everyone reads within reach; a unit's PIC drafts the standards of
   * their units' products and the government's coordinator those of every unit; only the
   * coordinator sets one by decree (SK) and publishes it.
   */
  'standard.read': EVERYONE,
  'standard.edit': ['gov_coordinator', 'unit_pic'],
  'standard.set': ['gov_coordinator'],
  /** A unit's maklumat pelayanan, service profile and evidence library (PIC for their units, coordinator for all). */
  'unit.profile.write': ['gov_coordinator', 'unit_pic'],
  /** The office's activities with its governments (bimtek, pendampingan …); the government's coordinator reads them. */
  'activity.read': ['admin', 'oversight_head', 'assessor', 'gov_coordinator'],
  'activity.write': ['admin', 'oversight_head', 'assessor'],
  /**
   * Surveys (issue 16). Reading is reach-scoped per kind: a government's SKM periods by its people
   * (a unit PIC sees results only of their units, and only when the coordinator made interim
   * results visible or the period closed) and the office within its reach; the perception
   * interviews by office staff only.
   */
  'survey.read': EVERYONE,
  /** Opening, editing and closing a government's SKM period; reviewing its flagged responses. */
  'survey.skm.manage': ['gov_coordinator'],
  /** Opening a perception survey for a cycle's governments, reviewing, and feeding the cycle. */
  'survey.perception.manage': ['admin', 'oversight_head'],
  /** Typing in a paper SKM form (coordinator, unit PIC) or recording an interview (office staff). */
  'survey.collect': ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'],
  /** Duplicating and editing survey instruments. */
  'survey.instrument.manage': ['admin'],
  /**
   * The follow-up backlog (issue 17). Reading is reach-scoped: office staff their offices' items;
   * a government's coordinator and internal verifiers its items; a unit PIC their units' items and
   * the items they own.
   */
  'followup.read': EVERYONE,
  /** Raising an item by hand: office staff (saran, rekomendasi), the Inspektorat (its own items). */
  'followup.issue': ['admin', 'oversight_head', 'assessor', 'internal_verifier'],
  /** Assigning items to unit PICs and sending answers on to the issuer (bulk). */
  'followup.assign': ['gov_coordinator'],
  'followup.answer': ['gov_coordinator', 'unit_pic'],
  /** Verifying done or reopening: the issuer's side (the service checks which side issued it). */
  'followup.verify': ['admin', 'oversight_head', 'assessor', 'internal_verifier'],
  /** Headquarters' decision to publish a rekomendasi (UU 37/2008 Pasal 38(4)). */
  'followup.publish': ['admin'],
  /** What an office shows of its governments' backlogs on the public portal; batch letters. */
  'followup.office.manage': ['admin', 'oversight_head'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
