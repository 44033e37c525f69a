/** Role permissions, shared with the server (which stays the authority: it answers 403/404 whatever the UI shows). */
export { PERMISSIONS, ROLES, roleCan, type Permission, type Role } from '../../shared/permissions';
