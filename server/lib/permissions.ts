/** Role permissions live in shared/permissions.ts (one list for server and web). */
import type { Permission } from '../../shared/permissions';

export { PERMISSIONS, roleCan, type Permission } from '../../shared/permissions';

/** Route access declared in `config.access`: public, any signed-in user, or one permission. */
export type RouteAccess = 'public' | 'authenticated' | Permission;
