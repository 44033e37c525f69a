/**
 * The respondent's browser, with no account (issue 16 §3–4). Three things, all keyed by the
 * identity hash key (server/lib/identity-crypto.ts), which never leaves the server:
 * - `patuh_sv`: a random device cookie (HttpOnly, a year). Only HMAC(key, cookie) is stored with a
 *   response (`device_hash`), so the same browser answering twice at a unit is seen without keeping
 *   anything that names it.
 * - `patuh_sv_form`: the double-submit token — a random cookie also written into each form; a POST
 *   whose field differs was not made from our page.
 * - the form's start time, signed: `<ms>.<mac>` over the period, unit and time, so "answered in
 *   3 seconds" can't be hidden by sending an older start.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const DEVICE_COOKIE = 'patuh_sv';
export const FORM_COOKIE = 'patuh_sv_form';
export const COOKIE_PATH = '/publik/survei';
const DEVICE_SECONDS = 365 * 24 * 3600;
const FORM_SECONDS = 12 * 3600;
/** A form older than this is stale: the respondent reloads it (answers are kept). */
export const FORM_MAX_AGE_MS = 12 * 3600 * 1000;

const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const random = (): string => crypto.randomBytes(24).toString('base64url');

const cookie = (secure: boolean, maxAge: number, sameSite: 'lax' | 'strict') => ({
  path: COOKIE_PATH,
  httpOnly: true,
  sameSite,
  secure,
  maxAge,
});

function mac(key: Buffer, purpose: string, value: string): string {
  return crypto.createHmac('sha256', key).update(`${purpose}\u0001${value}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  return a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * The device's cookie (set now when it has none or a malformed one) and its hash for the response.
 * Lax, not Strict: a respondent arrives from a QR reader (another site) and must get the same cookie.
 */
export function deviceHash(req: FastifyRequest, reply: FastifyReply, key: Buffer, secure: boolean): string {
  let value = req.cookies[DEVICE_COOKIE];
  if (!value || !TOKEN.test(value)) {
    value = random();
    reply.setCookie(DEVICE_COOKIE, value, cookie(secure, DEVICE_SECONDS, 'lax'));
    req.cookies[DEVICE_COOKIE] = value;
  }
  return mac(key, 'survey-device', value);
}

/** The browser's form token: its cookie's when sound, else a new one (set now). */
export function formToken(req: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const have = req.cookies[FORM_COOKIE];
  if (have && TOKEN.test(have)) return have;
  const token = random();
  reply.setCookie(FORM_COOKIE, token, cookie(secure, FORM_SECONDS, 'strict'));
  req.cookies[FORM_COOKIE] = token;
  return token;
}

/** Whether a POST carries the same token in its field as in its cookie (constant time). */
export function formTokenMatches(req: FastifyRequest, sent: string | undefined): boolean {
  const have = req.cookies[FORM_COOKIE];
  if (!have || !sent || !TOKEN.test(have)) return false;
  return sameText(have, sent);
}

/** The signed start of a form rendered now for this period and unit. */
export function signStart(key: Buffer, periodId: string, unitId: string, at: Date): string {
  const ms = String(at.getTime());
  return `${ms}.${mac(key, 'survey-start', `${periodId}|${unitId}|${ms}`)}`;
}

/**
 * The start time a form carries, or null when it is missing, forged, for another period or unit, in
 * the future, or older than FORM_MAX_AGE_MS.
 */
export function readStart(
  key: Buffer,
  periodId: string,
  unitId: string,
  value: string | undefined,
  now: Date,
): Date | null {
  if (!value || value.length > 100) return null;
  const [ms, sig] = value.split('.');
  if (!ms || !sig || !/^\d{10,15}$/.test(ms)) return null;
  if (!sameText(sig, mac(key, 'survey-start', `${periodId}|${unitId}|${ms}`))) return null;
  const at = new Date(Number(ms));
  const age = now.getTime() - at.getTime();
  if (age < -5_000 || age > FORM_MAX_AGE_MS) return null;
  return at;
}
