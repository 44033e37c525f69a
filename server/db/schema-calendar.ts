/**
 * The working-day calendar (issue 11): national holidays and cuti bersama per year (SKB 3 Menteri)
 * and regional holidays per province (governor's decree), edited by admins. Seeded once per year
 * from shared/calendar/official-holidays.ts (calendar.sync.ts); weekends are never stored.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { regions, users } from './schema';

export const calendarDays = pgTable(
  'calendar_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['national', 'cuti_bersama', 'regional'] }).notNull(),
    /** Kemendagri province code of a regional holiday; null for national days and cuti bersama. */
    provinceCode: text('province_code').references(() => regions.code),
    /** Where the day comes from (the decree), as text. */
    source: text('source'),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One national entry per date, and one regional entry per date and province.
    uniqueIndex('calendar_days_national_idx')
      .on(t.date)
      .where(sql`${t.provinceCode} is null`),
    uniqueIndex('calendar_days_regional_idx')
      .on(t.date, t.provinceCode)
      .where(sql`${t.provinceCode} is not null`),
    index('calendar_days_date_idx').on(t.date),
    check('calendar_days_province_kind', sql`(${t.kind} = 'regional') = (${t.provinceCode} is not null)`),
  ],
);
