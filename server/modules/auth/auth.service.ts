import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Executor } from '../../db/client';
import type { Locale } from '../../../shared/contracts/auth';
import { AppError } from '../../lib/errors';
import type { Actor, Reach } from '../../lib/reach';
import * as repo from './auth.repository';
import type { ThrottleRule } from './auth.repository';

export const SESSION_COOKIE = 'patuh_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/**
 * Sign-in throttle (ASVS 2.2.1), per e-mail address whether or not an account has it: 5 attempts,
 * then a wait of 30 s before the next one is even evaluated, doubling with each further failure up
 * to 15 minutes. Nobody can lock an account for good, and a user who waits can sign in again.
 */
export const LOCK_AFTER = 5;
export const ACCOUNT_THROTTLE: ThrottleRule = {
  freeAttempts: LOCK_AFTER,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterHours: 24,
};
/**
 * The same per client address, for one address trying many accounts: 20 consecutive failures
 * (a whole office behind one NAT rarely gets there; any success clears it), then growing waits.
 * On top of the fixed per-IP limit (PATUH_LOGIN_RATE_LIMIT a minute) in the route.
 */
export const CLIENT_THROTTLE: ThrottleRule = {
  freeAttempts: 20,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterHours: 24,
};

// argon2id with the OWASP-recommended minimum (m=19 MiB, t=2, p=1).
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('base64url');
}

/**
 * A hash with the same parameters, verified when no account has the e-mail, so an unknown address
 * costs the same time as a wrong password. Its password is not used anywhere.
 */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$hIrRvHcpBsXGn+2OQRGsog$S1rpKpiC5zt55N9ItvswXJJLBy/jRdZ6ImRWVTVBIgs';

/** The throttle key of an e-mail address or a client address (hashed: no address stored). */
export function throttleKey(kind: 'email' | 'ip', value: string): string {
  return hashToken(`${kind}:${value.toLowerCase()}`);
}

let lastPurge = 0;

/**
 * Checks credentials under the throttle; returns a new session token and its CSRF token. The
 * attempt is counted before the password is verified, so concurrent guesses cannot slip past the
 * limit. Unknown, archived, throttled-or-not accounts and wrong passwords are answered the same
 * way: 401 INVALID_CREDENTIALS after an argon2 verification, or 429 RATE_LIMITED while the
 * address (or the client) must wait — and both depend only on the attempts made, never on whether
 * the account exists.
 */
export async function login(
  db: Executor,
  input: { email: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; userId: string }> {
  const email = input.email.toLowerCase();
  const keys = [throttleKey('email', email), throttleKey('ip', input.ip)] as const;
  const accountWait = await repo.reserveLoginAttempt(db, keys[0], ACCOUNT_THROTTLE, email);
  const clientWait = await repo.reserveLoginAttempt(db, keys[1], CLIENT_THROTTLE);
  if (accountWait !== null || clientWait !== null) {
    const seconds = Math.max(accountWait ?? 0, clientWait ?? 0);
    throw new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, { seconds });
  }
  const user = await repo.findUserByEmail(db, email);
  const ok = await verify(user?.passwordHash ?? DUMMY_HASH, input.password).catch(() => false);
  if (!user || !ok) {
    if (Date.now() - lastPurge > 3_600_000) {
      lastPurge = Date.now();
      await repo.purgeStaleLoginThrottle(db);
    }
    throw new AppError('INVALID_CREDENTIALS', 401, 'error.credentials');
  }
  await repo.recordSuccessfulLogin(db, user.id, [...keys]);
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
  /** When the session ends (epoch ms). */
  expiresAt: number;
}

/**
 * Resolves a session cookie to the actor with its reach, in one query. The auth plugin keeps the
 * result only while the auth generation has not moved (server/plugins/auth-sessions.ts).
 */
export async function resolveSession(db: Executor, token: string): Promise<ResolvedSession | null> {
  const row = await repo.findSessionWithReach(db, hashToken(token));
  if (!row) return null;
  let reach: Reach;
  switch (row.role) {
    case 'admin':
      reach = { all: true, officeIds: [], governmentIds: [], unitIds: null };
      break;
    case 'oversight_head':
    case 'assessor':
      reach = {
        all: false,
        officeIds: row.office_id ? [row.office_id] : [],
        governmentIds: row.office_government_ids ?? [],
        unitIds: null,
      };
      break;
    case 'gov_coordinator':
    case 'internal_verifier':
      reach = {
        all: false,
        officeIds: [],
        governmentIds: row.government_id ? [row.government_id] : [],
        unitIds: null,
      };
      break;
    case 'unit_pic': {
      const held = row.pic_units ?? [];
      reach = {
        all: false,
        officeIds: [],
        governmentIds: [...new Set(held.map((u) => u.government_id))],
        unitIds: held.map((u) => u.id),
      };
      break;
    }
  }
  return {
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at).getTime(),
    actor: {
      id: row.id,
      name: row.name,
      email: row.email,
      role: row.role,
      officeId: row.office_id,
      governmentId: row.government_id,
      locale: row.locale,
      reach,
    },
  };
}

/** Remembers the signed-in user's language (their own account only). */
export async function saveLocale(db: Executor, actor: Actor, locale: Locale): Promise<{ locale: Locale }> {
  await repo.setUserLocale(db, actor.id, locale);
  return { locale };
}
