/**
 * The working-day calendar: reading a year, admins' edits (one transaction each, audited, bumping
 * the calendar's version) and deadlines computed on the stored calendar (REFERENCE §10.7).
 * The calendar is global reference data, not tenant data: any signed-in user reads it; the route's
 * permission (`calendar.manage`) limits edits to admins.
 */
import {
  provinceProblem,
  type CalendarDayDto,
  type CalendarDayInput,
  type CalendarDayPatch,
  type CalendarList,
  type CalendarQuery,
  type DeadlineDto,
} from '../../../shared/contracts/calendar';
import {
  addDays,
  holidaysFor,
  type CalendarDay,
  type DayUnit,
  type Pause,
} from '../../../shared/calendar/workdays';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as repo from './calendar.repository';

type ListedRow = Awaited<ReturnType<typeof repo.listCalendarDays>>[number];

function toDto(r: ListedRow): CalendarDayDto {
  return {
    id: r.day.id,
    date: r.day.date,
    name: r.day.name,
    kind: r.day.kind,
    provinceCode: r.day.provinceCode,
    provinceName: r.provinceName,
    source: r.day.source,
    updatedAt: r.day.updatedAt.toISOString(),
    updatedByName: r.updatedByName,
  };
}

/** The audit snapshot of a day: what a reader of the log needs, no ids of people. */
function snapshot(d: repo.CalendarDayRow) {
  return { name: d.name, date: d.date, kind: d.kind, provinceCode: d.provinceCode, source: d.source };
}

/** One year of the calendar (national days, cuti bersama and regional days, or one province's). */
export async function listCalendar(db: Executor, q: CalendarQuery): Promise<CalendarList> {
  const rows = await repo.listCalendarDays(db, {
    fromDate: `${q.year}-01-01`,
    toDate: `${q.year}-12-31`,
    provinceCode: q.province,
  });
  return { year: q.year, years: await repo.calendarYears(db), items: rows.map(toDto) };
}

async function dtoById(db: Executor, id: string, date: string): Promise<CalendarDayDto> {
  const rows = await repo.listCalendarDays(db, { fromDate: date, toDate: date });
  const row = rows.find((r) => r.day.id === id);
  if (!row) throw new NotFoundError();
  return toDto(row);
}

/** The day as it will be is valid: the kind/province rule, a known province, no other day on its date. */
async function checkDay(
  tx: Executor,
  day: { date: string; kind: CalendarDayInput['kind']; provinceCode: string | null },
  exceptId?: string,
) {
  const problem = provinceProblem(day.kind, day.provinceCode);
  if (problem) throw new ValidationError({ provinceCode: { message: problem } });
  if (day.provinceCode && !(await repo.provinceExists(tx, day.provinceCode)))
    throw new ValidationError({ provinceCode: { message: 'field.regionUnknown' } });
  if (await repo.findClash(tx, day.date, day.provinceCode, exceptId))
    throw new ConflictError('error.validation', { date: { message: 'field.calendarDateTaken' } });
}

/** An admin adds a day off (national, cuti bersama or one province's). */
export async function createCalendarDay(
  db: Executor,
  actor: Actor,
  input: CalendarDayInput,
): Promise<CalendarDayDto> {
  const row = await inTransaction(db, async (tx) => {
    const provinceCode = input.provinceCode ?? null;
    await checkDay(tx, { date: input.date, kind: input.kind, provinceCode });
    const created = await repo.insertCalendarDay(tx, {
      date: input.date,
      name: input.name,
      kind: input.kind,
      provinceCode,
      source: input.source || null,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    await repo.bumpCalendarVersion(tx);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'calendar_day',
      entityId: created.id,
      after: snapshot(created),
    });
    return created;
  });
  return dtoById(db, row.id, row.date);
}

/** An admin changes a day (date, name, kind, province or source); the result is checked whole. */
export async function updateCalendarDay(
  db: Executor,
  actor: Actor,
  id: string,
  patch: CalendarDayPatch,
): Promise<CalendarDayDto> {
  const row = await inTransaction(db, async (tx) => {
    const before = await repo.findCalendarDay(tx, id);
    if (!before) throw new NotFoundError();
    // Nothing to change: no write, no audit entry, no new calendar version.
    if (Object.values(patch).every((v) => v === undefined)) return before;
    const kind = patch.kind ?? before.kind;
    // Turning a regional day national drops its province unless the patch names one (then refused).
    const provinceCode =
      patch.provinceCode !== undefined
        ? patch.provinceCode
        : kind === 'regional'
          ? before.provinceCode
          : null;
    const date = patch.date ?? before.date;
    await checkDay(tx, { date, kind, provinceCode }, id);
    const after = await repo.updateCalendarDay(tx, id, {
      date,
      kind,
      provinceCode,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.source !== undefined ? { source: patch.source || null } : {}),
      updatedBy: actor.id,
    });
    if (!after) throw new NotFoundError();
    await repo.bumpCalendarVersion(tx);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'calendar_day',
      entityId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
  return dtoById(db, row.id, row.date);
}

/** An admin removes a day off; the entry before the deletion stays in the audit log. */
export async function deleteCalendarDay(db: Executor, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const gone = await repo.deleteCalendarDay(tx, id);
    if (!gone) throw new NotFoundError();
    await repo.bumpCalendarVersion(tx);
    await recordAudit(tx, actor, {
      action: 'delete',
      entityType: 'calendar_day',
      entityId: id,
      before: snapshot(gone),
    });
  });
}

let cached: { version: number; days: CalendarDay[] } | null = null;

/**
 * The stored calendar as the set of days off for deadlines: national days, cuti bersama and, given a
 * province, its regional days. Kept in memory and reloaded when the calendar's version (bumped by
 * every edit, in any process) has moved: one small query per call.
 */
export async function loadCalendar(db: Executor, provinceCode?: string | null): Promise<Set<string>> {
  const version = await repo.readCalendarVersion(db);
  if (!cached || cached.version !== version) cached = { version, days: await repo.allCalendarDays(db) };
  return holidaysFor(cached.days, provinceCode);
}

/** Deadlines on the stored calendar, for the modules that set them (complaint deadlines, …). */
export const workingDaysService = {
  async addDays(
    db: Executor,
    input: { from: string; add: number; unit: DayUnit; provinceCode?: string | null; pauses?: Pause[] },
  ): Promise<DeadlineDto> {
    const holidays = await loadCalendar(db, input.provinceCode);
    try {
      return addDays({ from: input.from, add: input.add, unit: input.unit, holidays, pauses: input.pauses });
    } catch (err) {
      // Only a calendar that leaves no working day for decades gets here; say which input it was.
      if (err instanceof RangeError) throw new ValidationError({ add: { message: 'field.invalid' } });
      throw err;
    }
  },
};
