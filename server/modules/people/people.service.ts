import { z } from 'zod';
import type {
  BulkAccountRow,
  BulkAccountsBody,
  BulkAccountsResult,
  PeopleList,
  SetupLinkDto,
} from '../../../shared/contracts/people';
import { PEOPLE_ROLES } from '../../../shared/contracts/people';
import type { Executor } from '../../db/client';
import { ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { changeableUserIds } from '../users/users.access';
import { findUser, unitsOfUsers } from '../users/users.repository';
import { createUser } from '../users/users.service';
import { issueSetupLink, setupLinkExpiry, unusablePassword } from './account-setup.service';
import { requirePeopleGovernment } from './people.access';
import * as repo from './people.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const isEmail = (s: string) => z.email().safeParse(s).success;

/** The government's unit PIC and internal verifier accounts, with units and open assignments. */
export async function listPeople(db: Executor, actor: Actor, governmentId: string): Promise<PeopleList> {
  await requirePeopleGovernment(db, actor, governmentId);
  const people = await repo.peopleOfGovernment(db, governmentId);
  const ids = people.map((p) => p.id);
  const [held, team] = await Promise.all([unitsOfUsers(db, ids), repo.openTeamCounts(db, ids)]);
  return {
    items: people.map((p) => ({
      ...p,
      units: held.filter((u) => u.userId === p.id).map((u) => ({ id: u.unitId, name: u.unitName })),
      teamAssignments: team.get(p.id) ?? 0,
      lastLoginAt: iso(p.lastLoginAt),
      archivedAt: iso(p.archivedAt),
    })),
  };
}

type Contact = Awaited<ReturnType<typeof repo.contactsOfGovernment>>[number];

/** Why a contact gets no account, or null when it may get one. */
function skipReason(c: Contact | undefined, taken: Set<string>): BulkAccountRow['reason'] {
  if (!c) return 'notFound';
  if (c.archivedAt) return 'archived';
  if (c.userId) return 'hasAccount';
  if (!c.email?.trim()) return 'noEmail';
  if (!isEmail(c.email.trim())) return 'invalidEmail';
  if (taken.has(c.email.trim().toLowerCase())) return 'emailTaken';
  return null;
}

/**
 * Creates unit PIC or internal verifier accounts from contacts of a government, in one
 * transaction under the government's people lock: one account per e-mail address (contacts
 * sharing one share the account; a PIC's units are those contacts' units), linked to its
 * contacts, with a one-time sign-in link returned once. Every contact gets a row: created, merged
 * into an earlier row's account, or skipped with the reason. Ids of another government are
 * answered like missing ones. Nothing is half-done: a failure rolls the whole batch back.
 */
export async function createAccountsInBulk(
  db: Executor,
  actor: Actor,
  governmentId: string,
  body: BulkAccountsBody,
  publicUrl: string,
): Promise<BulkAccountsResult> {
  await requirePeopleGovernment(db, actor, governmentId);
  const expiresAt = setupLinkExpiry();
  return inTransaction(db, async (tx) => {
    await repo.lockGovernmentPeople(tx, governmentId);
    const ids = [...new Set(body.contactIds)];
    const found = new Map((await repo.contactsOfGovernment(tx, governmentId, ids)).map((c) => [c.id, c]));
    const emails = [...found.values()].flatMap((c) => (c.email ? [c.email.trim().toLowerCase()] : []));
    const taken = await repo.takenEmails(tx, emails);
    const rows: BulkAccountRow[] = [];
    const groups = new Map<string, { rows: BulkAccountRow[]; contacts: Contact[] }>();
    for (const id of ids) {
      const c = found.get(id);
      const reason = skipReason(c, taken);
      const row: BulkAccountRow = {
        contactId: id,
        contactName: c?.name ?? null,
        unitName: c?.unitName ?? null,
        status: reason ? 'skipped' : 'created',
        reason,
        userId: null,
        email: reason === 'notFound' ? null : (c?.email ?? null),
        setupLink: null,
      };
      rows.push(row);
      if (reason) continue;
      const key = c!.email!.trim().toLowerCase();
      const group = groups.get(key) ?? { rows: [], contacts: [] };
      if (group.rows.length) row.status = 'merged';
      group.rows.push(row);
      group.contacts.push(c!);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const first = group.contacts[0]!;
      const user = await createUser(tx, actor, {
        email: first.email!.trim(),
        name: first.name,
        password: unusablePassword(),
        role: body.role,
        governmentId,
        unitIds: body.role === 'unit_pic' ? [...new Set(group.contacts.map((c) => c.unitId))] : [],
      });
      await repo.linkContacts(
        tx,
        group.contacts.map((c) => c.id),
        user.id,
      );
      for (const c of group.contacts)
        await recordAudit(tx, actor, {
          action: 'account',
          entityType: 'contact',
          entityId: c.id,
          governmentId,
          before: { name: c.name, userId: null },
          after: { name: c.name, userId: user.id, role: body.role },
        });
      const link = await issueSetupLink(tx, actor, user.id, publicUrl, expiresAt);
      for (const r of group.rows) Object.assign(r, { userId: user.id, email: user.email });
      group.rows[0]!.setupLink = link;
    }
    return {
      role: body.role,
      rows,
      created: groups.size,
      skipped: rows.filter((r) => r.status === 'skipped').length,
      expiresAt: expiresAt.toISOString(),
    };
  });
}

/**
 * A new one-time sign-in link for a PIC or internal verifier account of the government (its
 * owner lost the link, or it expired); earlier links of the account stop working. The password
 * stays as it is until the link is used.
 */
export async function issueNewSetupLink(
  db: Executor,
  actor: Actor,
  governmentId: string,
  userId: string,
  publicUrl: string,
): Promise<SetupLinkDto> {
  await requirePeopleGovernment(db, actor, governmentId);
  return inTransaction(db, async (tx) => {
    const user = await findUser(tx, userId);
    if (
      !user ||
      user.governmentId !== governmentId ||
      user.archivedAt ||
      !(PEOPLE_ROLES as readonly string[]).includes(user.role) ||
      !(await changeableUserIds(tx, actor, [userId])).has(userId)
    )
      throw new ValidationError({ userId: { message: 'field.personNotFound' } });
    const expiresAt = setupLinkExpiry();
    const setupLink = await issueSetupLink(tx, actor, user.id, publicUrl, expiresAt);
    await recordAudit(tx, actor, {
      action: 'account',
      entityType: 'user',
      entityId: user.id,
      governmentId,
      after: { name: user.name, setupLinkIssued: true },
    });
    return { userId: user.id, email: user.email, setupLink, expiresAt: expiresAt.toISOString() };
  });
}
