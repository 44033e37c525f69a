/**
 * Checking the counter QR's rotating token (issue 16 §4). The token (surveys/counter-token.ts, the
 * same function that prints the QR) is the first 16 hex characters of
 * HMAC-SHA256(period.token_secret, `${unitId}|${localDate}`), where localDate is the unit's own date
 * (YYYY-MM-DD) in its zone (WIB/WITA/WIT). It changes at the unit's local midnight, so yesterday's
 * printed or photographed QR stops working; a form rendered with yesterday's token may still be sent
 * within an hour of its render (someone answering across midnight is not refused).
 * Pure except for the HMAC: no clock (callers pass `now`), no I/O.
 */
import crypto from 'node:crypto';
import { todayIn } from '../../../shared/format/format';
import type { TimeZoneCode } from '../../../shared/format/time-zones';
import { counterToken } from '../surveys/counter-token';

export { counterToken };

/** How long after its render a form opened with yesterday's token may still be sent. */
export const ACROSS_MIDNIGHT_GRACE_MS = 60 * 60 * 1000;

/** The unit's local date at `now` in its zone. */
export const localDateOf = (zone: TimeZoneCode, now: Date): string => todayIn(zone, now);

/** The calendar day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const same = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

const TOKEN = /^[0-9a-f]{16}$/;

/**
 * Which day a token given at `now` is valid for: 'today', 'yesterday' (only worth anything with a
 * form rendered within the grace hour, see `acceptsYesterday`), or null (wrong or malformed).
 */
export function tokenDay(
  secret: string,
  unitId: string,
  given: string | undefined,
  zone: TimeZoneCode,
  now: Date,
): 'today' | 'yesterday' | null {
  const token = (given ?? '').trim().toLowerCase();
  if (!TOKEN.test(token)) return null;
  const today = localDateOf(zone, now);
  if (same(token, counterToken(secret, unitId, today))) return 'today';
  if (same(token, counterToken(secret, unitId, dayBefore(today)))) return 'yesterday';
  return null;
}

/**
 * Whether a form sent at `now` with yesterday's token is still accepted: it was rendered (its
 * signed start) on that day, no more than the grace hour ago.
 */
export function acceptsYesterday(zone: TimeZoneCode, renderedAt: Date | null, now: Date): boolean {
  if (!renderedAt) return false;
  const age = now.getTime() - renderedAt.getTime();
  if (age < 0 || age > ACROSS_MIDNIGHT_GRACE_MS) return false;
  return localDateOf(zone, renderedAt) === dayBefore(localDateOf(zone, now));
}
