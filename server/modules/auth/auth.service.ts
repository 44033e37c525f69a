import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { Actor, Reach } from '../../lib/reach';
import * as repo from './auth.repository';

export const SESSION_COOKIE = 'patuh_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Lockout: after this many consecutive failures the account is locked for LOCK_MINUTES (ASVS 2.2.1). */
export const LOCK_AFTER = 5;
export const LOCK_MINUTES = 15;

// argon2id with the OWASP-recommended minimum (m=19 MiB, t=2, p=1).
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

// A fixed hash verified when the e-mail is unknown, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/** Checks credentials with lockout; returns a new session token and its CSRF token. */
export async function login(
  db: Executor,
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const user = await repo.findUserByEmail(db, input.email);
  if (!user) {
    dummyHash ??= hashPassword('patuh-dummy-password');
    await verify(await dummyHash, input.password).catch(() => false);
    throw new AppError('INVALID_CREDENTIALS', 401, 'error.credentials');
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60000);
    throw new AppError('ACCOUNT_LOCKED', 423, 'error.locked', undefined, { minutes });
  }
  const ok = await verify(user.passwordHash, input.password).catch(() => false);
  if (!ok) {
    await repo.recordFailedLogin(db, user.id, LOCK_AFTER, LOCK_MINUTES);
    throw new AppError('INVALID_CREDENTIALS', 401, 'error.credentials');
  }
  await repo.recordSuccessfulLogin(db, user.id);
  const token = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  await repo.insertSession(db, {
    id: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, userId: user.id };
}

export async function logout(db: Executor, token: string) {
  await repo.deleteSession(db, hashToken(token));
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** Resolves a session cookie to the actor with its reach (one or two queries). */
export async function resolveSession(db: Executor, token: string): Promise<ResolvedSession | null> {
  const found = await repo.findSessionUser(db, hashToken(token));
  if (!found) return null;
  const { user, session } = found;
  let reach: Reach;
  switch (user.role) {
    case 'admin':
      reach = { all: true, officeIds: [], governmentIds: [], unitIds: null };
      break;
    case 'oversight_head':
    case 'assessor':
      reach = {
        all: false,
        officeIds: user.officeId ? [user.officeId] : [],
        governmentIds: user.officeId ? await repo.governmentIdsOfOffice(db, user.officeId) : [],
        unitIds: null,
      };
      break;
    case 'gov_coordinator':
      reach = {
        all: false,
        officeIds: [],
        governmentIds: user.governmentId ? [user.governmentId] : [],
        unitIds: null,
      };
      break;
    case 'unit_pic': {
      const held = await repo.unitsOfPic(db, user.id);
      reach = {
        all: false,
        officeIds: [],
        governmentIds: [...new Set(held.map((u) => u.governmentId))],
        unitIds: held.map((u) => u.id),
      };
      break;
    }
  }
  return {
    csrfToken: session.csrfToken,
    actor: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      officeId: user.officeId,
      governmentId: user.governmentId,
      locale: user.locale,
      reach,
    },
  };
}
