/**
 * The counter QR's token changes at the unit's local midnight — 17:00 UTC in WIB, 16:00 UTC in
 * WITA, 15:00 UTC in WIT — and not a minute earlier; yesterday's token is good only for a form
 * rendered before midnight and sent within the hour.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TimeZoneCode } from '../../../shared/format/time-zones';
import { acceptsYesterday, counterToken, dayBefore, localDateOf, tokenDay } from './counter-token';

const secret = 'a1'.repeat(32);
const unitId = '3b7c9a3e-0d0c-4d7e-9d55-7b1f0f8f2a11';

/** Local midnight of 2026-12-06 in each zone, as a UTC instant. */
const MIDNIGHT: Record<TimeZoneCode, string> = {
  WIB: '2026-12-05T17:00:00.000Z',
  WITA: '2026-12-05T16:00:00.000Z',
  WIT: '2026-12-05T15:00:00.000Z',
};
const at = (iso: string, deltaMs: number) => new Date(new Date(iso).getTime() + deltaMs);

describe('counterToken', () => {
  it('is the first 16 hex characters of HMAC-SHA256(secret, "unit|date")', () => {
    const expected = crypto
      .createHmac('sha256', secret)
      .update(`${unitId}|2026-12-05`)
      .digest('hex')
      .slice(0, 16);
    expect(counterToken(secret, unitId, '2026-12-05')).toBe(expected);
    expect(counterToken(secret, unitId, '2026-12-05')).toMatch(/^[0-9a-f]{16}$/);
    // Another unit, another day or another period's secret: another token.
    expect(counterToken(secret, unitId.replace('a11', 'a12'), '2026-12-05')).not.toBe(expected);
    expect(counterToken(secret, unitId, '2026-12-06')).not.toBe(expected);
    expect(counterToken('b2'.repeat(32), unitId, '2026-12-05')).not.toBe(expected);
  });

  it('knows the day before, across months and a leap day', () => {
    expect(dayBefore('2026-12-06')).toBe('2026-12-05');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
  });
});

describe.each(['WIB', 'WITA', 'WIT'] as const)('rotation at local midnight in %s', (zone) => {
  const midnight = MIDNIGHT[zone];
  const before = at(midnight, -60_000); // 23:59 local
  const after = at(midnight, 0); // 00:00 local

  it('the local date flips exactly at 00:00, not at 23:59', () => {
    expect(localDateOf(zone, before)).toBe('2026-12-05');
    expect(localDateOf(zone, at(midnight, -1))).toBe('2026-12-05');
    expect(localDateOf(zone, after)).toBe('2026-12-06');
  });

  it("at 23:59 the day's token is today's; at 00:00 it is yesterday's and the new one is today's", () => {
    const dec5 = counterToken(secret, unitId, '2026-12-05');
    const dec6 = counterToken(secret, unitId, '2026-12-06');
    expect(tokenDay(secret, unitId, dec5, zone, before)).toBe('today');
    expect(tokenDay(secret, unitId, dec6, zone, before)).toBeNull(); // tomorrow's is not valid yet
    expect(tokenDay(secret, unitId, dec5, zone, after)).toBe('yesterday');
    expect(tokenDay(secret, unitId, dec6, zone, after)).toBe('today');
    // Two days old: nothing.
    expect(tokenDay(secret, unitId, dec5, zone, at(midnight, 24 * 3600_000))).toBeNull();
  });

  it('a form rendered at 23:59 may be sent until 00:59, not later, and not one rendered after midnight', () => {
    expect(acceptsYesterday(zone, before, at(midnight, 30 * 60_000))).toBe(true);
    expect(acceptsYesterday(zone, before, at(midnight, 59 * 60_000 - 1))).toBe(true);
    expect(acceptsYesterday(zone, before, at(midnight, 61 * 60_000))).toBe(false);
    expect(acceptsYesterday(zone, after, at(midnight, 60_000))).toBe(false);
    expect(acceptsYesterday(zone, null, after)).toBe(false);
  });
});

describe('the zones are apart', () => {
  it('at 16:30 UTC it is already tomorrow in WITA and WIT but still today in WIB', () => {
    const now = new Date('2026-12-05T16:30:00Z');
    const dec6 = counterToken(secret, unitId, '2026-12-06');
    expect(tokenDay(secret, unitId, dec6, 'WIB', now)).toBeNull();
    expect(tokenDay(secret, unitId, dec6, 'WITA', now)).toBe('today');
    expect(tokenDay(secret, unitId, dec6, 'WIT', now)).toBe('today');
  });

  it('refuses malformed tokens without throwing', () => {
    const now = new Date('2026-12-05T03:00:00Z');
    for (const bad of [undefined, '', 'x', 'Z'.repeat(16), 'a'.repeat(17), '<script>'.repeat(100)])
      expect(tokenDay(secret, unitId, bad, 'WIB', now)).toBeNull();
    // Upper case is the same token (a QR reader may shout).
    const today = counterToken(secret, unitId, '2026-12-05');
    expect(tokenDay(secret, unitId, today.toUpperCase(), 'WIB', now)).toBe('today');
  });
});
