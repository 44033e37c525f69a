/**
 * The public side (issue 13): which results the public may see. A result becomes public only when
 * the office (or an admin, for the nation) releases it, after the Ombudsman's national
 * announcement — never as a side effect of approving a cycle. An office may also record the
 * official figure announced for a government (score, opinion, zone), for a year Patuh computed
 * (it is shown instead of the computed one, labelled) or for an earlier year Patuh never assessed
 * (2015–2021 zones, 2022–2024 scores, the 2025 opinion: each its own method, never one scale).
 */
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { PUBLIC_METHODS } from '../../shared/contracts/public-methods';
import { governments, users } from './schema';
import { cycles } from './schema-assessments';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One row per (official cycle, government) ever released. Public while `withdrawn_at` is null;
 * a withdrawal keeps the row (and the audit log says who and why), a new release clears it.
 */
export const resultReleases = pgTable(
  'result_releases',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    releasedAt: ts('released_at').notNull().defaultNow(),
    releasedBy: uuid('released_by').references(() => users.id),
    withdrawnAt: ts('withdrawn_at'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawReason: text('withdraw_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.governmentId] }),
    index('result_releases_gov_idx').on(t.governmentId),
    index('result_releases_live_idx')
      .on(t.cycleId)
      .where(sql`${t.withdrawnAt} is null`),
  ],
);

/**
 * The figure the Ombudsman announced for a government in a year. With `cycle_id`, it annotates
 * that cycle's released result (public only while the release is live); without, it is an earlier
 * year's announced result, public once recorded (it was announced already).
 */
export const officialFigures = pgTable(
  'official_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    year: integer('year').notNull(),
    method: text('method', { enum: PUBLIC_METHODS }).notNull(),
    cycleId: uuid('cycle_id').references(() => cycles.id),
    /** 0–100 (2022–2024, 2025) or 0–75/0–100 zone era; null when only a zone or opinion was announced. */
    score: doublePrecision('score'),
    /** merah | kuning | hijau */
    zone: text('zone'),
    /** A–E (2022–2024). */
    band: text('band'),
    /** The 2025 opinion as announced, e.g. "Kualitas Tertinggi Tanpa Maladministrasi". */
    opinion: text('opinion'),
    /** Where it was announced (a link or a letter number). */
    source: text('source'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('official_figures_gov_year_uq').on(t.governmentId, t.year),
    index('official_figures_cycle_idx').on(t.cycleId),
    check('official_figures_year_ck', sql`${t.year} between 2015 and 2100`),
    check('official_figures_zone_ck', sql`${t.zone} is null or ${t.zone} in ('merah', 'kuning', 'hijau')`),
  ],
);
