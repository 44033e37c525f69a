import crypto from 'node:crypto';
import type { ContactListItemDto } from '../../../shared/contracts/registry';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { decodeNameIdCursor, nameIdPage } from '../../lib/keyset';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { manageableRoles } from '../users/users.access';
import { findUser } from '../users/users.repository';
import { createUser, updateUserAccount } from '../users/users.service';
import * as repo from './contacts.repository';
import {
  canChangeUnitRecord,
  requireChangeableUnit,
  requireReadableGovernment,
  requireReadableUnit,
} from './registry.access';

export interface ContactQuery {
  q?: string;
  includeArchived: boolean;
  limit: number;
  cursor?: string;
}

export interface ContactInput {
  name: string;
  position: string | null;
  phone?: string | null;
  email?: string | null;
}

function toDto(r: NonNullable<Awaited<ReturnType<typeof repo.getContactDetail>>>): ContactListItemDto {
  return { ...r, archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null };
}

async function page(db: Executor, parent: Parameters<typeof repo.listContacts>[1], q: ContactQuery) {
  const rows = await repo.listContacts(db, parent, { ...q, after: decodeNameIdCursor(q.cursor) });
  const { rows: items, nextCursor } = nameIdPage(rows, q.limit);
  return { items: items.map(toDto), nextCursor };
}

/** PIC / contact persons of one unit in reach, by name. */
export async function listUnitContacts(db: Executor, actor: Actor, unitId: string, q: ContactQuery) {
  await requireReadableUnit(db, actor, unitId);
  return page(db, { unitId }, q);
}

/** Every contact of a government that the actor reaches, with unit names. */
export async function listGovernmentContacts(
  db: Executor,
  actor: Actor,
  governmentId: string,
  q: ContactQuery,
) {
  await requireReadableGovernment(db, actor, governmentId);
  return page(db, { governmentId, reach: actor.reach }, q);
}

async function getContact(db: Executor, id: string): Promise<ContactListItemDto> {
  const row = await repo.getContactDetail(db, id);
  if (!row) throw new NotFoundError();
  return toDto(row);
}

async function findReachableContact(db: Executor, actor: Actor, id: string) {
  const contact = await repo.findContact(db, id);
  if (!contact || !canChangeUnitRecord(actor, contact)) throw new NotFoundError();
  return contact;
}

/** Adds a contact person to an active unit in reach. */
export async function createContact(
  db: Executor,
  actor: Actor,
  unitId: string,
  input: ContactInput,
): Promise<ContactListItemDto> {
  const id = await inTransaction(db, async (tx) => {
    const unit = await requireChangeableUnit(tx, actor, unitId);
    if (unit.archivedAt) throw new ConflictError('conflict.archivedParent');
    const row = await repo.insertContact(tx, {
      unitId,
      governmentId: unit.governmentId,
      name: input.name,
      position: input.position,
      phone: input.phone ?? null,
      email: input.email ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'contact',
      entityId: row.id,
      governmentId: unit.governmentId,
      after: row,
    });
    return row.id;
  });
  return getContact(db, id);
}

export async function updateContact(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<ContactInput>,
): Promise<ContactListItemDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableContact(tx, actor, id);
    const after = await repo.updateContact(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'contact',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getContact(db, id);
}

/** Archives or restores a contact; restoring under an archived unit is refused. */
export async function setContactArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<ContactListItemDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableContact(tx, actor, id);
    if (!archived && (await requireChangeableUnit(tx, actor, before.unitId)).archivedAt)
      throw new ConflictError('conflict.archivedParent');
    const after = await repo.updateContact(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'contact',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getContact(db, id);
}

// No 0/O, 1/l/I: the password is read aloud or copied from a screen.
const READABLE = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A temporary password like "k7mq-x2vd-9tne" (60 bits), easy to read out and type. */
export function readablePassword(): string {
  // 32 symbols divide 256, so `b % 32` is unbiased.
  const chars = [...crypto.randomBytes(12)].map((b) => READABLE[b % READABLE.length]!).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/**
 * Turns a contact person into a unit PIC account for the contact's unit, with the contact's e-mail,
 * and links the contact to it. Without a given password a temporary one is generated and returned once.
 */
export async function createContactAccount(
  db: Executor,
  actor: Actor,
  id: string,
  input: { password?: string },
): Promise<{ userId: string; email: string; temporaryPassword: string | null }> {
  return inTransaction(db, async (tx) => {
    const contact = await findReachableContact(tx, actor, id);
    if (contact.archivedAt) throw new ConflictError('conflict.archived');
    if (contact.userId) throw new ConflictError('conflict.contactHasAccount');
    if (!contact.email) throw new ValidationError({ email: { message: 'field.contactEmailRequired' } });
    const temporaryPassword = input.password ? null : readablePassword();
    const user = await createUser(tx, actor, {
      email: contact.email,
      name: contact.name,
      password: input.password ?? temporaryPassword!,
      role: 'unit_pic',
      governmentId: contact.governmentId,
      unitIds: [contact.unitId],
    });
    const after = await repo.updateContact(tx, id, { userId: user.id });
    await recordAudit(tx, actor, {
      action: 'account',
      entityType: 'contact',
      entityId: id,
      governmentId: contact.governmentId,
      before: contact,
      after,
    });
    return { userId: user.id, email: user.email, temporaryPassword };
  });
}

/**
 * "Lupa kata sandi": the coordinator (or office head, admin) issues a new temporary password for the
 * unit PIC account linked to a contact. The old password stops working, the account is unlocked and
 * its sessions end; the temporary password is returned once and never stored in clear.
 */
export async function resetContactPassword(
  db: Executor,
  actor: Actor,
  id: string,
): Promise<{ userId: string; email: string; temporaryPassword: string | null }> {
  return inTransaction(db, async (tx) => {
    const contact = await findReachableContact(tx, actor, id);
    if (contact.archivedAt) throw new ConflictError('conflict.archived');
    if (!contact.userId) throw new ConflictError('conflict.contactHasNoAccount');
    const account = await findUser(tx, contact.userId);
    if (!account) throw new ConflictError('conflict.contactHasNoAccount');
    if (!actor.reach.all && !manageableRoles(actor).includes(account.role))
      throw new ConflictError('conflict.resetNotPic');
    const temporaryPassword = readablePassword();
    await updateUserAccount(tx, actor, account.id, { password: temporaryPassword });
    await recordAudit(tx, actor, {
      action: 'account',
      entityType: 'contact',
      entityId: id,
      governmentId: contact.governmentId,
      before: { name: contact.name },
      after: { name: contact.name, passwordReset: true },
    });
    return { userId: account.id, email: account.email, temporaryPassword };
  });
}
