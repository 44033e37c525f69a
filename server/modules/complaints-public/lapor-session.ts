/**
 * The two cookies of the citizen's pages, both HttpOnly, SameSite=Strict and scoped to
 * /publik/lapor:
 * - `patuh_lapor_form`: a random token per browser, also written into each form (double submit):
 *   a POST whose field does not equal the cookie was not made from our page.
 * - `patuh_lapor_kasus`: after a right tracking number + PIN, `<case id>.<expiry>.<mac>` for that
 *   ONE case, for 30 minutes; the MAC (HMAC-SHA256 under the identity hash key, which never leaves
 *   the server) means a cookie cannot be edited to name another case or to live longer.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityKeys } from '../../lib/identity-crypto';

export const FORM_COOKIE = 'patuh_lapor_form';
export const CASE_COOKIE = 'patuh_lapor_kasus';
export const COOKIE_PATH = '/publik/lapor';
export const CASE_SESSION_SECONDS = 30 * 60;
const FORM_COOKIE_SECONDS = 12 * 3600;

const cookieOptions = (secure: boolean, maxAge: number) => ({
  path: COOKIE_PATH,
  httpOnly: true,
  sameSite: 'strict' as const,
  secure,
  maxAge,
});

export const randomToken = (): string => crypto.randomBytes(24).toString('base64url');

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** The browser's form token: the cookie's when it has a sound one, else a new one (set now). */
export function formToken(req: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const have = req.cookies[FORM_COOKIE];
  if (have && TOKEN.test(have)) return have;
  const token = randomToken();
  reply.setCookie(FORM_COOKIE, token, cookieOptions(secure, FORM_COOKIE_SECONDS));
  return token;
}

/** Whether a POST carries the same token in its field as in its cookie (constant time). */
export function formTokenMatches(req: FastifyRequest, sent: string | undefined): boolean {
  const have = req.cookies[FORM_COOKIE];
  if (!have || !sent || !TOKEN.test(have) || have.length !== sent.length) return false;
  return crypto.timingSafeEqual(Buffer.from(have), Buffer.from(sent));
}

function mac(keys: IdentityKeys, caseId: string, expires: number): string {
  return crypto
    .createHmac('sha256', keys.hash)
    .update(`lapor-status\u0001${caseId}\u0001${expires}`)
    .digest('base64url');
}

/** Opens the status page of one case in this browser. */
export function setCaseCookie(
  reply: FastifyReply,
  keys: IdentityKeys,
  caseId: string,
  secure: boolean,
): void {
  const expires = Math.floor(Date.now() / 1000) + CASE_SESSION_SECONDS;
  reply.setCookie(
    CASE_COOKIE,
    `${caseId}.${expires}.${mac(keys, caseId, expires)}`,
    cookieOptions(secure, CASE_SESSION_SECONDS),
  );
}

export function clearCaseCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(CASE_COOKIE, cookieOptions(secure, 0));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The case this browser opened, or null (no cookie, expired, or not made by this server). */
export function caseOfCookie(req: FastifyRequest, keys: IdentityKeys): string | null {
  const value = req.cookies[CASE_COOKIE];
  if (!value || value.length > 200) return null;
  const [caseId, exp, sig] = value.split('.');
  if (!caseId || !exp || !sig || !UUID.test(caseId) || !/^\d{1,12}$/.test(exp)) return null;
  const expires = Number(exp);
  if (expires < Date.now() / 1000) return null;
  const expected = Buffer.from(mac(keys, caseId, expires));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return caseId;
}
