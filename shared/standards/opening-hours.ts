/**
 * Whether a moment falls in a unit's opening hours, on the unit's own wall clock (its
 * government's province decides WIB, WITA or WIT: shared/format/time-zones.ts). The surveys use it
 * to mark a response given "outside opening hours". Pure: no clock, no I/O.
 */
import { wallClock } from '../format/format';
import type { TimeZoneCode } from '../format/time-zones';
import { minutesOf, type OpeningHours } from '../contracts/unit-profile';

/**
 * True when `at` is within the opening hours of its weekday (open ≤ t < close, outside the break);
 * false when the day is closed, not listed, or the time is outside them. Null when the profile
 * gives no opening hours at all: nothing is known, so nothing should be flagged.
 */
export function isWithinOpeningHours(
  profile: { openingHours: OpeningHours } | null | undefined,
  at: Date,
  timeZone: TimeZoneCode,
): boolean | null {
  const days = profile?.openingHours ?? [];
  if (days.length === 0) return null;
  const local = wallClock(at, timeZone);
  const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  const day = days.find((d) => d.day === weekday);
  if (!day || day.closed || !day.open || !day.close) return false;
  const t = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (t < minutesOf(day.open) || t >= minutesOf(day.close)) return false;
  if (day.breakStart && day.breakEnd && t >= minutesOf(day.breakStart) && t < minutesOf(day.breakEnd))
    return false;
  return true;
}
