/** Sign-in, the signed-in user and the language preference: one contract for the API and the web app. */
import { z } from 'zod';
import { ROLES } from '../permissions';

/** The five roles (shared/permissions.ts says what each may do). */
export const RoleSchema = z.enum(ROLES as [(typeof ROLES)[number], ...(typeof ROLES)[number][]]);

export const LOCALES = ['id', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const LoginSchema = z.object({ email: z.email().max(200), password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof LoginSchema>;

/** The signed-in user as the web app sees it; `unitIds` is null unless the reach is a list of units. */
export const CurrentUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  officeId: z.string().nullable(),
  governmentId: z.string().nullable(),
  locale: LocaleSchema,
  unitIds: z.array(z.string()).nullable(),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

/** GET /auth/me and POST /auth/login: the user (or null) and the CSRF token for writes. */
export const SessionSchema = z.object({
  user: CurrentUserSchema.nullable(),
  csrfToken: z.string().nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

export const LocaleUpdateSchema = z.object({ locale: LocaleSchema });
export type LocaleUpdate = z.infer<typeof LocaleUpdateSchema>;

export const authKeys = {
  all: ['auth'] as const,
  me: ['auth', 'me'] as const,
};
