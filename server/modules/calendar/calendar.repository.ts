/** Every SQL statement of the working-day calendar (calendar_days and its version in app_meta). */
import { and, asc, eq, gte, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appMeta, regions, users } from '../../db/schema';
import { calendarDays } from '../../db/schema-calendar';

export type CalendarDayRow = typeof calendarDays.$inferSelect;
export type NewCalendarDay = typeof calendarDays.$inferInsert;

/** Bumped in the same transaction as every edit, so every process sees its cached calendar is stale. */
const VERSION_KEY = 'calendar.version';
/** The official years already seeded (an admin's later deletion of a seeded day stays deleted). */
const SEEDED_KEY = 'calendar.officialYears';

/** The days of a date range with the province's name and the last editor's name, in date order. */
export async function listCalendarDays(
  db: Executor,
  f: { fromDate: string; toDate: string; provinceCode?: string },
) {
  const conds: (SQL | undefined)[] = [gte(calendarDays.date, f.fromDate), lte(calendarDays.date, f.toDate)];
  if (f.provinceCode)
    conds.push(or(isNull(calendarDays.provinceCode), eq(calendarDays.provinceCode, f.provinceCode)));
  return db
    .select({ day: calendarDays, provinceName: regions.name, updatedByName: users.name })
    .from(calendarDays)
    .leftJoin(regions, eq(regions.code, calendarDays.provinceCode))
    .leftJoin(users, eq(users.id, calendarDays.updatedBy))
    .where(and(...conds))
    .orderBy(asc(calendarDays.date), asc(calendarDays.provinceCode));
}

/** The whole calendar, compact (a few dozen days a year): what deadlines are computed on. */
export async function allCalendarDays(db: Executor) {
  return db
    .select({
      date: calendarDays.date,
      name: calendarDays.name,
      kind: calendarDays.kind,
      provinceCode: calendarDays.provinceCode,
    })
    .from(calendarDays)
    .orderBy(asc(calendarDays.date));
}

/** Years holding at least one day, ascending. */
export async function calendarYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${calendarDays.date})::int` })
    .from(calendarDays);
  return rows.map((r) => Number(r.year)).sort((a, b) => a - b);
}

export async function findCalendarDay(db: Executor, id: string): Promise<CalendarDayRow | undefined> {
  return (await db.select().from(calendarDays).where(eq(calendarDays.id, id)).limit(1))[0];
}

/** Another day on the same date in the same scope (national, or the same province). */
export async function findClash(
  db: Executor,
  date: string,
  provinceCode: string | null,
  exceptId?: string,
): Promise<CalendarDayRow | undefined> {
  const rows = await db
    .select()
    .from(calendarDays)
    .where(
      and(
        eq(calendarDays.date, date),
        provinceCode === null
          ? isNull(calendarDays.provinceCode)
          : eq(calendarDays.provinceCode, provinceCode),
        exceptId ? ne(calendarDays.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return rows[0];
}

export async function insertCalendarDay(db: Executor, v: NewCalendarDay): Promise<CalendarDayRow> {
  return (await db.insert(calendarDays).values(v).returning())[0]!;
}

/** Inserts days that are not there yet (the official seed); returns how many were new. */
export async function insertMissingDays(db: Executor, days: NewCalendarDay[]): Promise<number> {
  if (days.length === 0) return 0;
  const rows = await db
    .insert(calendarDays)
    .values(days)
    .onConflictDoNothing()
    .returning({ id: calendarDays.id });
  return rows.length;
}

export async function updateCalendarDay(
  db: Executor,
  id: string,
  v: Partial<NewCalendarDay>,
): Promise<CalendarDayRow | undefined> {
  return (
    await db
      .update(calendarDays)
      .set({ ...v, updatedAt: new Date() })
      .where(eq(calendarDays.id, id))
      .returning()
  )[0];
}

export async function deleteCalendarDay(db: Executor, id: string): Promise<CalendarDayRow | undefined> {
  return (await db.delete(calendarDays).where(eq(calendarDays.id, id)).returning())[0];
}

export async function provinceExists(db: Executor, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, code), eq(regions.level, 'province')))
    .limit(1);
  return rows.length > 0;
}

export async function readCalendarVersion(db: Executor): Promise<number> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, VERSION_KEY)).limit(1);
  return rows[0] ? Number(rows[0].value) : 0;
}

export async function bumpCalendarVersion(db: Executor): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key: VERSION_KEY, value: 1 })
    .onConflictDoUpdate({
      target: appMeta.key,
      set: { value: sql`to_jsonb(coalesce((${appMeta.value})::text::int, 0) + 1)` },
    });
}

export async function readSeededYears(db: Executor): Promise<number[]> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).limit(1);
  const v = rows[0]?.value;
  return Array.isArray(v) ? v.map(Number) : [];
}

export async function writeSeededYears(db: Executor, years: number[]): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key: SEEDED_KEY, value: years })
    .onConflictDoUpdate({ target: appMeta.key, set: { value: years } });
}
