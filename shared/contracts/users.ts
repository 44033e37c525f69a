/** Account management (platform admins): one contract for the API and the web app. */
import { z } from 'zod';
import { LocaleSchema, RoleSchema } from './auth';

const password = z.string().min(10, 'field.password').max(200);

/** An account without its password hash, with the names of what it is linked to. */
export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  officeId: z.string().nullable(),
  officeName: z.string().nullable(),
  governmentId: z.string().nullable(),
  governmentName: z.string().nullable(),
  unitIds: z.array(z.string()),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  locale: LocaleSchema,
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type UserDto = z.infer<typeof UserSchema>;

export const UserPageSchema = z.object({ items: z.array(UserSchema), nextCursor: z.string().nullable() });
export type UserPage = z.infer<typeof UserPageSchema>;

export const UserListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  governmentId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
/** The query as the server reads it (after defaults and coercion). */
export type UserListQuery = z.output<typeof UserListQuerySchema>;
/** The query as a client sends it. */
export type UserListParams = z.input<typeof UserListQuerySchema>;

/** Links a role does not use are dropped; unit PICs need units of their government. */
export const UserCreateSchema = z.object({
  email: z.email().max(200),
  name: z.string().trim().min(1).max(200),
  password,
  role: RoleSchema,
  officeId: z.uuid().nullable().optional(),
  governmentId: z.uuid().nullable().optional(),
  unitIds: z.array(z.uuid()).max(200).optional(),
  locale: LocaleSchema.optional(),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** Every field optional; a password resets it (and unlocks the account, ending its sessions). */
export const UserUpdateSchema = UserCreateSchema.partial();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

/** The list filters the web app keeps in the query key. */
export type UserListFilter = Pick<UserListParams, 'q' | 'role'> & { includeArchived: boolean };

export const userKeys = {
  all: ['users'] as const,
  list: (filter: UserListFilter) => ['users', 'list', filter] as const,
};
