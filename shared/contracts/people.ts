/**
 * The people side of a government (issue 12 part 7), run by its coordinator (and admins): unit PIC
 * and internal verifier accounts created in bulk from the government's contacts, each with a
 * one-time sign-in link; the handover (mutasi) of a PIC's units or a verifier's work-plan
 * assignments to another person; and the public "atur kata sandi" page that consumes a link.
 */
import { z } from 'zod';
import { RoleSchema } from './auth';

/** The roles the people side creates and hands over. */
export const PEOPLE_ROLES = ['unit_pic', 'internal_verifier'] as const;
export const PeopleRoleSchema = z.enum(PEOPLE_ROLES);
export type PeopleRole = z.infer<typeof PeopleRoleSchema>;

/** How long a one-time sign-in link works. */
export const SETUP_LINK_TTL_DAYS = 7;

/** The web page a sign-in link opens; the token travels in the fragment, never sent to a server. */
export const SETUP_PATH = '/atur-sandi';

/** One account per selected contact (contacts sharing an e-mail share one account). */
export const BulkAccountsBodySchema = z.object({
  role: PeopleRoleSchema,
  contactIds: z.array(z.uuid()).min(1, 'field.contactsRequired').max(200),
});
export type BulkAccountsBody = z.infer<typeof BulkAccountsBodySchema>;

/**
 * Why a contact got no account: no e-mail, an e-mail that is not an address, an archived contact,
 * a contact that already has an account, an e-mail another account already uses, or a contact not
 * found in this government.
 */
export const BULK_SKIP_REASONS = [
  'noEmail',
  'invalidEmail',
  'archived',
  'hasAccount',
  'emailTaken',
  'notFound',
] as const;
export type BulkSkipReason = (typeof BULK_SKIP_REASONS)[number];

/**
 * `created`: a new account with its sign-in link; `merged`: the same e-mail as an earlier row of
 * this batch, so the same account (its units joined); `skipped`: see `reason`.
 */
export const BulkAccountRowSchema = z.object({
  contactId: z.string(),
  contactName: z.string().nullable(),
  unitName: z.string().nullable(),
  status: z.enum(['created', 'merged', 'skipped']),
  reason: z.enum(BULK_SKIP_REASONS).nullable(),
  userId: z.string().nullable(),
  email: z.string().nullable(),
  /** Shown once, here only: the server keeps the token's hash. */
  setupLink: z.string().nullable(),
});
export type BulkAccountRow = z.infer<typeof BulkAccountRowSchema>;

export const BulkAccountsResultSchema = z.object({
  role: PeopleRoleSchema,
  rows: z.array(BulkAccountRowSchema),
  created: z.number().int(),
  skipped: z.number().int(),
  /** When the links of this batch stop working. */
  expiresAt: z.string(),
});
export type BulkAccountsResult = z.infer<typeof BulkAccountsResultSchema>;

/** A PIC or internal verifier account of the government, for the handover dialog. */
export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Work-plan assignments (internal cycles not yet final) of an internal verifier. */
  teamAssignments: z.number().int(),
  lastLoginAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type PersonDto = z.infer<typeof PersonSchema>;
export const PeopleListSchema = z.object({ items: z.array(PersonSchema) });
export type PeopleList = z.infer<typeof PeopleListSchema>;

/** To an existing account (`toUserId`) or to a new one made from a contact (`toContactId`). */
export const HandoverBodySchema = z
  .object({
    fromUserId: z.uuid(),
    toUserId: z.uuid().optional(),
    toContactId: z.uuid().optional(),
    /** Archive the old account too (it then cannot sign in at all). */
    archiveFrom: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if ((v.toUserId === undefined) === (v.toContactId === undefined))
      ctx.addIssue({ code: 'custom', path: ['toUserId'], message: 'field.handoverTarget' });
  });
export type HandoverBody = z.infer<typeof HandoverBodySchema>;

export const HandoverResultSchema = z.object({
  role: RoleSchema,
  from: z.object({ id: z.string(), name: z.string(), archived: z.boolean() }),
  to: z.object({ id: z.string(), name: z.string(), email: z.string(), created: z.boolean() }),
  /** The units the new person now holds (a PIC's). */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Self-assessments of those units still in draft in a cycle not yet past self-assessment. */
  openSelfAssessments: z.number().int(),
  /** Improvement points of those units (they are per unit, so they follow the units). */
  improvementPoints: z.number().int(),
  /** Work-plan rows (internal cycles not yet final) moved to the new person (a verifier's). */
  teamAssignments: z.number().int(),
  /** Contact rows of the old person archived, and the new person's contact rows in those units. */
  contactsArchived: z.number().int(),
  /** A new account's one-time sign-in link, shown once. */
  setupLink: z.string().nullable(),
  expiresAt: z.string().nullable(),
});
export type HandoverResult = z.infer<typeof HandoverResultSchema>;

/** A new link for an account that has not set its password, or lost it (ends earlier links). */
export const SetupLinkSchema = z.object({
  userId: z.string(),
  email: z.string(),
  setupLink: z.string(),
  expiresAt: z.string(),
});
export type SetupLinkDto = z.infer<typeof SetupLinkSchema>;

const token = z.string().min(20, 'field.setupTokenUnknown').max(100, 'field.setupTokenUnknown');

export const SetupTokenBodySchema = z.object({ token });
export const SetupPasswordBodySchema = z.object({
  token,
  password: z.string().min(10, 'field.password').max(200),
});
export type SetupPasswordBody = z.infer<typeof SetupPasswordBodySchema>;

/** Whose link it is (the page greets them by name) and until when it works. */
export const SetupTokenInfoSchema = z.object({ name: z.string(), email: z.string(), expiresAt: z.string() });
export type SetupTokenInfo = z.infer<typeof SetupTokenInfoSchema>;

export const peopleKeys = {
  all: ['people'] as const,
  list: (governmentId: string) => ['people', 'list', governmentId] as const,
  setupToken: (token: string) => ['people', 'setup-token', token] as const,
};
