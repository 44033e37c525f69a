/**
 * The counter QR's daily token (issue 16 context): the first 16 hex characters of
 * HMAC-SHA256(period.token_secret, `${unitId}|${localDate}`), localDate = the unit's own date
 * (YYYY-MM-DD in WIB/WITA/WIT), so the printed QR rotates at the unit's midnight. The public form
 * (surveys-public) checks it with the same function.
 */
import crypto from 'node:crypto';
import { todayIn } from '../../../shared/format/format';
import type { TimeZoneCode } from '../../../shared/format/time-zones';

export const COUNTER_TOKEN_LENGTH = 16;

export function counterToken(secret: string, unitId: string, localDate: string): string {
  return crypto
    .createHmac('sha256', secret)
    .update(`${unitId}|${localDate}`)
    .digest('hex')
    .slice(0, COUNTER_TOKEN_LENGTH);
}

/** Today's token of the unit in its zone. */
export function counterTokenToday(
  secret: string,
  unitId: string,
  zone: TimeZoneCode,
  now: Date = new Date(),
): { token: string; localDate: string } {
  const localDate = todayIn(zone, now);
  return { token: counterToken(secret, unitId, localDate), localDate };
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export const counterPath = (unitId: string, token: string) => `/publik/survei/u/${unitId}?k=${token}`;
