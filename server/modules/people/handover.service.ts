import { z } from 'zod';
import { PEOPLE_ROLES, type HandoverBody, type HandoverResult } from '../../../shared/contracts/people';
import type { Executor } from '../../db/client';
import { ConflictError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { changeableUserIds } from '../users/users.access';
import {
  deleteSessionsOfUser,
  emailTaken,
  findUser,
  unitsOfUsers,
  updateUser,
  type UserRow,
} from '../users/users.repository';
import { createUser } from '../users/users.service';
import { issueSetupLink, setupLinkExpiry, unusablePassword } from './account-setup.service';
import { requirePeopleGovernment } from './people.access';
import * as repo from './people.repository';

const bad = (field: string, message: string) => new ValidationError({ [field]: { message } });

/** The account handed over from: a PIC or internal verifier of this government the actor may change. */
async function sourceAccount(tx: Executor, actor: Actor, governmentId: string, id: string) {
  const from = await repo.lockUser(tx, id);
  if (
    !from ||
    from.governmentId !== governmentId ||
    !(PEOPLE_ROLES as readonly string[]).includes(from.role) ||
    !(await changeableUserIds(tx, actor, [id])).has(id)
  )
    throw bad('fromUserId', 'field.personNotFound');
  return from;
}

/** An existing account of the same government and role, active, not the source. */
async function existingTarget(tx: Executor, from: UserRow, id: string): Promise<UserRow> {
  if (id === from.id) throw bad('toUserId', 'field.handoverSame');
  const to = await findUser(tx, id);
  if (!to || to.governmentId !== from.governmentId || to.archivedAt)
    throw bad('toUserId', 'field.personNotFound');
  if (to.role !== from.role) throw bad('toUserId', 'field.handoverRole');
  return to;
}

/**
 * Hands a PIC's units, or an internal verifier's work-plan assignments, over to another person
 * (mutasi), in one transaction under the government's people lock:
 * - the new person is an existing account of the same role, or a new one made from a contact of
 *   the government (with a one-time sign-in link, returned once);
 * - a PIC's units (user_units) move to the new person and leave the old account at once: the auth
 *   generation triggers end the reach of the old account's sessions when the transaction commits.
 *   What is open for a PIC is per unit (draft self-assessments, improvement points), so it follows
 *   the units; answers the old PIC saved stay attributed to them, as history;
 * - an internal verifier's rows in the work plans (cycle_unit_team) of cycles not yet final move;
 * - the old person's contact rows are archived and the new person gets one in each of those units;
 * - one audit entry on each account names both people.
 * Nothing to hand over (a second, concurrent handover of the same person) is a 409.
 */
export async function handOver(
  db: Executor,
  actor: Actor,
  governmentId: string,
  body: HandoverBody,
  publicUrl: string,
): Promise<HandoverResult> {
  await requirePeopleGovernment(db, actor, governmentId);
  return inTransaction(db, async (tx) => {
    await repo.lockGovernmentPeople(tx, governmentId);
    const from = await sourceAccount(tx, actor, governmentId, body.fromUserId);
    const held = await unitsOfUsers(tx, [from.id]);
    const openTeam = (await repo.openTeamCounts(tx, [from.id])).get(from.id) ?? 0;
    if (held.length === 0 && openTeam === 0) throw new ConflictError('conflict.nothingToHandOver');
    const unitIds = held.map((u) => u.unitId);

    let to: UserRow;
    let setupLink: string | null = null;
    let expiresAt: Date | null = null;
    if (body.toUserId) to = await existingTarget(tx, from, body.toUserId);
    else {
      const [c] = await repo.contactsOfGovernment(tx, governmentId, [body.toContactId!]);
      if (!c || c.archivedAt) throw bad('toContactId', 'field.personNotFound');
      if (c.userId) throw bad('toContactId', 'field.handoverContactHasAccount');
      const email = c.email?.trim() ?? '';
      if (!email || !z.email().safeParse(email).success)
        throw bad('toContactId', 'field.contactEmailRequired');
      if (await emailTaken(tx, email)) throw bad('toContactId', 'field.emailTaken');
      to = await createUser(tx, actor, {
        email,
        name: c.name,
        password: unusablePassword(),
        role: from.role,
        governmentId,
        unitIds,
      });
      await repo.linkContacts(tx, [c.id], to.id);
      expiresAt = setupLinkExpiry();
      setupLink = await issueSetupLink(tx, actor, to.id, publicUrl, expiresAt);
    }

    await repo.moveUserUnits(tx, from.id, to.id);
    const teamAssignments = await repo.moveOpenTeamRows(tx, from.id, to.id);

    // The units' contact rows: the old person's are archived, the new person gets one per unit.
    const oldContacts = await repo.activeContactsOfUser(tx, from.id);
    await repo.archiveContacts(
      tx,
      oldContacts.map((c) => c.id),
    );
    const present = new Set((await repo.activeContactsOfUser(tx, to.id)).map((c) => c.unitId));
    for (const c of oldContacts) {
      if (present.has(c.unitId)) continue;
      present.add(c.unitId);
      await repo.insertContact(tx, {
        unitId: c.unitId,
        governmentId: c.governmentId,
        name: to.name,
        position: c.position,
        email: to.email,
        userId: to.id,
      });
    }

    if (body.archiveFrom && !from.archivedAt) {
      await updateUser(tx, from.id, { archivedAt: new Date() });
      await deleteSessionsOfUser(tx, from.id);
    }
    const entry = {
      role: from.role,
      handoverFrom: from.name,
      handoverTo: to.name,
      units: held.map((u) => u.unitName).join(', '),
      teamAssignments,
      fromArchived: body.archiveFrom || Boolean(from.archivedAt),
    };
    for (const [id, before] of [
      [from.id, { name: from.name, units: entry.units }],
      [to.id, { name: to.name }],
    ] as const)
      await recordAudit(tx, actor, {
        action: 'account',
        entityType: 'user',
        entityId: id,
        governmentId,
        before,
        after: { name: id === from.id ? from.name : to.name, ...entry },
      });

    return {
      role: from.role,
      from: { id: from.id, name: from.name, archived: entry.fromArchived },
      to: { id: to.id, name: to.name, email: to.email, created: setupLink !== null },
      units: held.map((u) => ({ id: u.unitId, name: u.unitName })),
      openSelfAssessments: await repo.countOpenSelfAssessments(tx, unitIds),
      improvementPoints: await repo.countImprovementPoints(tx, unitIds),
      teamAssignments,
      contactsArchived: oldContacts.length,
      setupLink,
      expiresAt: expiresAt ? expiresAt.toISOString() : null,
    };
  });
}
