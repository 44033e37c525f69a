import { z } from 'zod';
import { ROLES } from '../../lib/reach';

/** Request/response contracts of account management (platform admins only). */
const RoleSchema = z.enum(ROLES as ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic']);
const LocaleSchema = z.enum(['id', 'en']);
const password = z.string().min(10, 'field.password').max(200);

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

export const UserUpdateSchema = z.object({
  email: z.email().max(200).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  password: password.optional(),
  role: RoleSchema.optional(),
  officeId: z.uuid().nullable().optional(),
  governmentId: z.uuid().nullable().optional(),
  unitIds: z.array(z.uuid()).max(200).optional(),
  locale: LocaleSchema.optional(),
});

export type UserDto = z.infer<typeof UserSchema>;
export type UserUpdate = z.infer<typeof UserUpdateSchema>;
