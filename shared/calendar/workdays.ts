/**
 * Deadlines in working days or calendar days (REFERENCE §10.7). Working days skip Saturdays,
 * Sundays and every day of the calendar given (national holidays, *cuti bersama*, and the regional
 * holidays of the case's province). A pause (waiting on the reporter or the reported body) stops
 * the clock for both kinds: its days never count. Pure: dates are plain `YYYY-MM-DD` strings,
 * computed in UTC so no time zone can move a day.
 */

export type DayUnit = 'working' | 'calendar';

export interface Pause {
  /** First paused day, YYYY-MM-DD (inclusive). */
  from: string;
  /** Last paused day, YYYY-MM-DD (inclusive). */
  to: string;
  reason?: string;
}

export interface DeadlineInput {
  /** The day the clock starts (the event's date); it does not count itself. */
  from: string;
  /** How many days to add (0 or more). */
  add: number;
  unit: DayUnit;
  /** Non-working days besides weekends (YYYY-MM-DD). */
  holidays: ReadonlySet<string>;
  pauses?: readonly Pause[];
}

export interface Deadline {
  from: string;
  due: string;
  /** The days passed over without counting (weekends, holidays, paused days), in order. */
  skipped: string[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function toMs(s: string): number {
  if (!isIsoDate(s)) throw new RangeError(`not a date (YYYY-MM-DD): ${s}`);
  return Date.parse(`${s}T00:00:00Z`);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const dow = new Date(toMs(date)).getUTCDay();
  return dow === 0 || dow === 6;
}

function isPaused(date: string, pauses: readonly Pause[]): boolean {
  return pauses.some((p) => date >= p.from && date <= p.to);
}

/** A working day: not a weekend and not in the calendar. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

/**
 * The due date of a deadline of `add` working or calendar days from `from`.
 * - Working days: the first working day after `from` is day 1. With `add` 0 the due date is `from`
 *   itself when it is a working day, else the next working day (a deadline never falls on a day
 *   off).
 * - Calendar days: every day counts, weekends and holidays too; the due date is not moved off a
 *   day off (the rule counts days, not office days).
 * - Paused days count for neither.
 */
export function addDays(input: DeadlineInput): Deadline {
  const { from, add, unit, holidays } = input;
  const pauses = input.pauses ?? [];
  if (!Number.isInteger(add) || add < 0) throw new RangeError(`add must be a whole number ≥ 0: ${add}`);
  for (const p of pauses)
    if (toMs(p.to) < toMs(p.from)) throw new RangeError(`pause ends before it starts: ${p.from}–${p.to}`);
  const counts = (d: string) => !isPaused(d, pauses) && (unit === 'calendar' || isWorkingDay(d, holidays));
  const skipped: string[] = [];
  let ms = toMs(from);
  if (add === 0) {
    if (unit === 'calendar') return { from, due: from, skipped };
    let d = toIso(ms);
    while (!counts(d)) {
      skipped.push(d);
      ms += DAY_MS;
      d = toIso(ms);
    }
    return { from, due: d, skipped };
  }
  let counted = 0;
  let d = from;
  // A bound far beyond any real calendar (every day a holiday for 50 years) instead of `while (true)`.
  for (let guard = 0; counted < add && guard < 366 * 50; guard++) {
    ms += DAY_MS;
    d = toIso(ms);
    if (counts(d)) counted++;
    else skipped.push(d);
  }
  if (counted < add) throw new RangeError('no working day found within 50 years');
  return { from, due: d, skipped };
}

export interface CalendarDay {
  date: string;
  name: string;
  kind: 'national' | 'cuti_bersama' | 'regional';
  /** Kemendagri province code of a regional holiday; null for national days. */
  provinceCode?: string | null;
}

/** The days off of a calendar as one set: national days and cuti bersama, plus the province's own. */
export function holidaysFor(days: readonly CalendarDay[], provinceCode?: string | null): Set<string> {
  return new Set(
    days
      .filter((d) => d.kind !== 'regional' || (provinceCode != null && d.provinceCode === provinceCode))
      .map((d) => d.date),
  );
}
