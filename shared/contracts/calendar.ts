/**
 * The working-day calendar (issue 11): days off besides weekends — national holidays and cuti
 * bersama (SKB 3 Menteri, per year) and regional holidays (per province) — and the deadline
 * calculator on top of it. Used by the calendar routes (request/response schemas) and the web app.
 * Custom messages are message keys of server/lib/messages.ts (the web shows the server's text).
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/workdays';

export const CALENDAR_KINDS = ['national', 'cuti_bersama', 'regional'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export const DAY_UNITS = ['working', 'calendar'] as const;

/** Years the calendar may hold (and the calculator may reach). */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused), within the calendar's years. */
export const IsoDaySchema = z
  .string()
  .refine(
    (s) =>
      isIsoDate(s) &&
      Number(s.slice(0, 4)) >= CALENDAR_MIN_YEAR &&
      Number(s.slice(0, 4)) <= CALENDAR_MAX_YEAR,
    { message: 'field.date' },
  );

/** A Kemendagri province code (two digits, e.g. 63 for Kalimantan Selatan). */
export const ProvinceCodeSchema = z.string().regex(/^\d{2}$/, { message: 'field.provinceCode' });

export const CalendarQuerySchema = z.object({
  year: z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR),
  /** Only this province's regional days besides the national ones; absent = every province's. */
  province: ProvinceCodeSchema.optional(),
});
export type CalendarQuery = z.infer<typeof CalendarQuerySchema>;

export const CalendarDaySchema = z.object({
  id: z.string(),
  date: z.string(),
  name: z.string(),
  kind: z.enum(CALENDAR_KINDS),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  source: z.string().nullable(),
  updatedAt: z.string(),
  /** Who last changed the day; null for the seeded official lists. */
  updatedByName: z.string().nullable(),
});
export type CalendarDayDto = z.infer<typeof CalendarDaySchema>;

export const CalendarListSchema = z.object({
  year: z.number(),
  /** Years that hold at least one day (for the year selector). */
  years: z.array(z.number()),
  items: z.array(CalendarDaySchema),
});
export type CalendarList = z.infer<typeof CalendarListSchema>;

const fields = {
  date: IsoDaySchema,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(CALENDAR_KINDS),
  provinceCode: ProvinceCodeSchema.nullable().optional(),
  source: z.string().trim().max(500).nullable().optional(),
};

/** A regional day names its province; a national day or cuti bersama has none. */
export function provinceProblem(kind: CalendarKind, provinceCode: string | null | undefined): string | null {
  if (kind === 'regional' && !provinceCode) return 'field.calendarProvinceRequired';
  if (kind !== 'regional' && provinceCode) return 'field.calendarProvinceNotAllowed';
  return null;
}

export const CalendarDayInputSchema = z.strictObject(fields).superRefine((v, ctx) => {
  const problem = provinceProblem(v.kind, v.provinceCode);
  if (problem) ctx.addIssue({ code: 'custom', path: ['provinceCode'], message: problem });
});
export type CalendarDayInput = z.infer<typeof CalendarDayInputSchema>;

/** A change to a day; the kind/province rule is checked on the day as it will be (service). */
export const CalendarDayPatchSchema = z.strictObject(fields).partial();
export type CalendarDayPatch = z.infer<typeof CalendarDayPatchSchema>;

const PAUSES = /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}){0,19}$/;

/** `A..B,C..D` (inclusive ranges) → pauses; null when a range is not two real dates in order. */
export function parsePauses(text: string | undefined): { from: string; to: string }[] | null {
  if (!text) return [];
  if (!PAUSES.test(text)) return null;
  const pauses = text.split(',').map((r) => {
    const [from, to] = r.split('..') as [string, string];
    return { from, to };
  });
  return pauses.every((p) => isIsoDate(p.from) && isIsoDate(p.to) && p.from <= p.to) ? pauses : null;
}

export const DueQuerySchema = z.object({
  from: IsoDaySchema,
  add: z.coerce.number().int().min(0).max(3650),
  unit: z.enum(DAY_UNITS).default('working'),
  /** The case's province: its regional holidays count as days off too. */
  province: ProvinceCodeSchema.optional(),
  /** Pauses that stop the clock: `YYYY-MM-DD..YYYY-MM-DD`, comma-separated (at most 20). */
  pauses: z
    .string()
    .max(500)
    .refine((s) => parsePauses(s) !== null, { message: 'field.pauses' })
    .optional(),
});
export type DueQuery = z.infer<typeof DueQuerySchema>;

export const DeadlineSchema = z.object({
  from: z.string(),
  due: z.string(),
  /** Days passed over without counting (weekends, holidays, paused days), in order. */
  skipped: z.array(z.string()),
});
export type DeadlineDto = z.infer<typeof DeadlineSchema>;

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (q: CalendarQuery) => ['calendar', 'year', q] as const,
  due: (q: DueQuery) => ['calendar', 'due', q] as const,
};
