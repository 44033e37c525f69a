import type {
  UserCreate,
  UserDto,
  UserListQuery,
  UserPage,
  UserUpdate,
} from '../../../shared/contracts/users';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { decodeNameIdCursor, nameIdPage } from '../../lib/keyset';
import type { Actor, Role } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { hashPassword } from '../auth/auth.service';
import { findGovernment } from '../registry/governments.repository';
import { findOffice } from '../registry/offices.repository';
import { assertUserChangeable, mayCreateUser, userReadScope } from './users.access';
import * as repo from './users.repository';

export type NewUser = UserCreate;

/**
 * Creates an account with the links its role needs: Ombudsman roles an office, government roles
 * (coordinator, internal verifier, unit PIC) a government, unit PICs also one or more units of
 * it. Used by the API, the CLI and the demo (no actor), by the contacts (an account for a PIC) and
 * the people side (accounts in bulk, handover); users.access.ts `mayCreateUser` decides who may.
 */
export async function createUser(db: Executor, actor: Actor | null, input: NewUser): Promise<repo.UserRow> {
  if (!mayCreateUser(actor, input))
    throw new ValidationError({ governmentId: { message: 'field.outOfReach' } });
  return inTransaction(db, async (tx) => {
    if (input.password.length < 10) throw new ValidationError({ password: { message: 'field.password' } });
    if (await repo.emailTaken(tx, input.email))
      throw new ConflictError('error.validation', { email: { message: 'field.emailTaken' } });
    const { officeId, governmentId, unitIds } = await resolveRoleLinks(tx, input.role, input);
    const user = await repo.insertUser(tx, {
      email: input.email.trim(),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      officeId,
      governmentId,
      locale: input.locale ?? 'id',
    });
    await repo.setUserUnits(tx, user.id, unitIds);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      governmentId,
      officeId,
      after: { ...withoutHash(user), unitIds },
    });
    return user;
  });
}

interface RoleLinks {
  officeId: string | null;
  governmentId: string | null;
  unitIds: string[];
}

/**
 * The links a role needs, checked: Ombudsman roles an existing office, government roles
 * (coordinator, internal verifier, unit PIC) an existing government, unit PICs one or more units
 * of that government. Links a role does not use are dropped.
 */
async function resolveRoleLinks(
  tx: Executor,
  role: Role,
  input: { officeId?: string | null; governmentId?: string | null; unitIds?: string[] },
): Promise<RoleLinks> {
  let officeId: string | null = null;
  let governmentId: string | null = null;
  let unitIds: string[] = [];
  if (role === 'oversight_head' || role === 'assessor') {
    if (!input.officeId) throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
    const office = await findOffice(tx, input.officeId);
    if (!office) throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
    officeId = office.id;
  }
  if (role === 'gov_coordinator' || role === 'unit_pic' || role === 'internal_verifier') {
    if (!input.governmentId)
      throw new ValidationError({ governmentId: { message: 'field.governmentRequired' } });
    const gov = await findGovernment(tx, input.governmentId);
    if (!gov) throw new ValidationError({ governmentId: { message: 'field.governmentRequired' } });
    governmentId = gov.id;
  }
  if (role === 'unit_pic') {
    unitIds = [...new Set(input.unitIds ?? [])];
    if (unitIds.length === 0) throw new ValidationError({ unitIds: { message: 'field.unitsRequired' } });
    const found = await repo.governmentsOfUnits(tx, unitIds);
    if (found.length !== unitIds.length || found.some((u) => u.governmentId !== governmentId))
      throw new ValidationError({ unitIds: { message: 'field.outOfReach' } });
  }
  return { officeId, governmentId, unitIds: unitIds.sort() };
}

function withoutHash(user: repo.UserRow): Omit<repo.UserRow, 'passwordHash'> {
  const { passwordHash: _omit, ...safe } = user;
  return safe;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function toDtos(
  db: Executor,
  rows: NonNullable<Awaited<ReturnType<typeof repo.getUserDetail>>>[],
): Promise<UserDto[]> {
  const links = await repo.unitsOfUsers(
    db,
    rows.map((r) => r.user.id),
  );
  return rows.map(({ user, officeName, governmentName }) => {
    const held = links.filter((l) => l.userId === user.id).map((l) => ({ id: l.unitId, name: l.unitName }));
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      officeId: user.officeId,
      officeName,
      governmentId: user.governmentId,
      governmentName,
      unitIds: held.map((u) => u.id),
      units: held,
      locale: user.locale,
      lastLoginAt: iso(user.lastLoginAt),
      lockedUntil: iso(user.lockedUntil),
      archivedAt: iso(user.archivedAt),
    };
  });
}

/** Accounts in the actor's read scope by name in keyset pages, without password hashes. */
export async function listUserAccounts(db: Executor, actor: Actor, q: UserListQuery): Promise<UserPage> {
  const rows = await repo.listUsers(db, userReadScope(actor), { ...q, after: decodeNameIdCursor(q.cursor) });
  const { rows: items, nextCursor } = nameIdPage(
    rows.map((r) => ({ ...r, id: r.user.id, name: r.user.name })),
    q.limit,
  );
  return { items: await toDtos(db, items), nextCursor };
}

/** One account as the API shows it (callers have checked access). */
async function getUserAccount(db: Executor, id: string): Promise<UserDto> {
  const row = await repo.getUserDetail(db, id);
  if (!row) throw new NotFoundError();
  return (await toDtos(db, [row]))[0]!;
}

/** Creates an account (API entry point) and returns it without the hash. */
export async function createUserAccount(db: Executor, actor: Actor, input: NewUser): Promise<UserDto> {
  const user = await createUser(db, actor, input);
  return getUserAccount(db, user.id);
}

/**
 * Edits an account: name, e-mail, locale, role with its links, units, or a password reset. A reset
 * also unlocks the account and ends its sessions (except the admin's own).
 */
export async function updateUserAccount(
  db: Executor,
  actor: Actor,
  id: string,
  input: UserUpdate,
): Promise<UserDto> {
  await inTransaction(db, async (tx) => {
    await assertUserChangeable(tx, actor, id);
    const before = await repo.findUser(tx, id);
    if (!before) throw new NotFoundError();
    const beforeUnits = (await repo.unitsOfUsers(tx, [id])).map((u) => u.unitId).sort();
    const values: Partial<repo.UserRow> = {};
    if (input.name !== undefined) values.name = input.name;
    if (input.locale !== undefined) values.locale = input.locale;
    if (input.email !== undefined && input.email.trim().toLowerCase() !== before.email.toLowerCase()) {
      if (await repo.emailTaken(tx, input.email, id))
        throw new ConflictError('error.validation', { email: { message: 'field.emailTaken' } });
      values.email = input.email.trim();
    }
    let unitIds = beforeUnits;
    if (
      input.role !== undefined ||
      input.officeId !== undefined ||
      input.governmentId !== undefined ||
      input.unitIds !== undefined
    ) {
      const role = input.role ?? before.role;
      const links = await resolveRoleLinks(tx, role, {
        officeId: input.officeId !== undefined ? input.officeId : before.officeId,
        governmentId: input.governmentId !== undefined ? input.governmentId : before.governmentId,
        unitIds: input.unitIds ?? beforeUnits,
      });
      Object.assign(values, { role, officeId: links.officeId, governmentId: links.governmentId });
      unitIds = links.unitIds;
      await repo.setUserUnits(tx, id, unitIds);
    }
    if (input.password !== undefined) {
      Object.assign(values, {
        passwordHash: await hashPassword(input.password),
        failedLogins: 0,
        lockedUntil: null,
      });
      if (id !== actor.id) await repo.deleteSessionsOfUser(tx, id);
    }
    const after = await repo.updateUser(tx, id, values);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      governmentId: after.governmentId,
      officeId: after.officeId,
      before: { ...withoutHash(before), unitIds: beforeUnits },
      after: {
        ...withoutHash(after),
        unitIds,
        ...(input.password !== undefined ? { passwordReset: true } : {}),
      },
    });
  });
  return getUserAccount(db, id);
}

/** Archives (signs out everywhere, cannot sign in) or restores an account; an admin cannot archive themselves. */
export async function setUserArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<UserDto> {
  await inTransaction(db, async (tx) => {
    await assertUserChangeable(tx, actor, id);
    if (archived && id === actor.id) throw new ValidationError({ id: { message: 'field.selfArchive' } });
    const before = await repo.findUser(tx, id);
    if (!before) throw new NotFoundError();
    const after = await repo.updateUser(tx, id, { archivedAt: archived ? new Date() : null });
    if (archived) await repo.deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'user',
      entityId: id,
      governmentId: after.governmentId,
      officeId: after.officeId,
      before: withoutHash(before),
      after: withoutHash(after),
    });
  });
  return getUserAccount(db, id);
}
