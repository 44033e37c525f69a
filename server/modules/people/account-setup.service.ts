/**
 * One-time sign-in links ("atur kata sandi"). A link carries a random 256-bit token in its
 * fragment (`/atur-sandi#t=…`: never sent to a server, so never in a log or a Referer); only the
 * token's SHA-256 is stored. It works once, for SETUP_LINK_TTL_DAYS days; a new link for the same
 * account ends the earlier ones. Consuming it sets the account's password, unlocks it and ends its
 * sessions. Tokens and passwords are never logged nor written to the audit log.
 */
import crypto from 'node:crypto';
import { SETUP_LINK_TTL_DAYS, SETUP_PATH, type SetupTokenInfo } from '../../../shared/contracts/people';
import type { Executor } from '../../db/client';
import { ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { hashPassword, hashToken } from '../auth/auth.service';
import { deleteSessionsOfUser, updateUser } from '../users/users.repository';
import * as repo from './people.repository';

/** When links issued now stop working. */
export function setupLinkExpiry(now = Date.now()): Date {
  return new Date(now + SETUP_LINK_TTL_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * Issues a one-time link for an account in the caller's transaction and returns the link (the
 * only copy of the token). `publicUrl` is where people open Patuh (PATUH_PUBLIC_URL).
 */
export async function issueSetupLink(
  tx: Executor,
  actor: Actor | null,
  userId: string,
  publicUrl: string,
  expiresAt = setupLinkExpiry(),
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await repo.insertAccountToken(tx, {
    id: hashToken(token),
    userId,
    expiresAt,
    createdBy: actor?.id ?? null,
  });
  return `${publicUrl}${SETUP_PATH}#t=${token}`;
}

/** A password nobody knows, for an account whose owner sets theirs through a link. */
export function unusablePassword(): string {
  return crypto.randomBytes(32).toString('base64url');
}

type TokenRow = NonNullable<Awaited<ReturnType<typeof repo.findAccountToken>>>;

/** The token's row when it may still be used; else a 400 saying why, in the user's language. */
function usable(row: TokenRow | undefined): TokenRow {
  const problem =
    !row || row.archivedAt
      ? 'field.setupTokenUnknown'
      : row.usedAt
        ? 'field.setupTokenUsed'
        : row.expiresAt.getTime() <= Date.now()
          ? 'field.setupTokenExpired'
          : null;
  if (problem) throw new ValidationError({ token: { message: problem } }, problem);
  return row!;
}

/** Whose link this is, while it works (the page shows the name and e-mail before asking). */
export async function checkSetupToken(db: Executor, token: string): Promise<SetupTokenInfo> {
  const row = usable(await repo.findAccountToken(db, hashToken(token)));
  return { name: row.name, email: row.email, expiresAt: row.expiresAt.toISOString() };
}

/**
 * Sets the account's password from a link, once: the token row is locked and checked again in
 * the transaction, so two concurrent uses cannot both succeed. The password is hashed only after
 * a first check, so an unknown token costs no argon2 work.
 */
export async function setPasswordWithToken(
  db: Executor,
  token: string,
  password: string,
): Promise<{ email: string }> {
  const id = hashToken(token);
  usable(await repo.findAccountToken(db, id));
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const row = usable(await repo.findAccountToken(tx, id, true));
    await repo.markAccountTokenUsed(tx, id);
    await repo.revokeAccountTokens(tx, row.userId);
    const after = await updateUser(tx, row.userId, { passwordHash, failedLogins: 0, lockedUntil: null });
    await deleteSessionsOfUser(tx, row.userId);
    const self: Actor = {
      id: row.userId,
      name: row.name,
      email: row.email,
      role: after.role,
      officeId: after.officeId,
      governmentId: after.governmentId,
      locale: after.locale,
      reach: { all: false, officeIds: [], governmentIds: [], unitIds: [] },
    };
    await recordAudit(tx, self, {
      action: 'account',
      entityType: 'user',
      entityId: row.userId,
      governmentId: after.governmentId,
      officeId: after.officeId,
      after: { name: row.name, passwordSet: true },
    });
    return { email: row.email };
  });
}
