/**
 * Surveys (issue 16): instruments as versioned data, survey periods of two kinds kept apart — the
 * provider's SKM (a government surveys its own users, Permenpan RB 14/2017) and the Ombudsman
 * office's perception-of-maladministration interviews for the governments of a cycle — their units
 * with the population each samples, one-time QR slips, and the responses. Responses are
 * append-only (a trigger refuses UPDATE and DELETE): a correction is a new row that supersedes,
 * a reviewer's decision on a flagged response is a row of its own.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  SURVEY_CHANNELS,
  SURVEY_PERIOD_STATUSES,
  SURVEY_REVIEW_DECISIONS,
  type SurveyProfileAnswers,
} from '../../shared/contracts/surveys';
import { INSTRUMENT_KINDS } from '../../shared/surveys/instrument.schema';
import { cycles } from './schema-assessments';
import { files, governments, offices, serviceProducts, units, users } from './schema';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

/** An instrument version: the whole definition (shared/surveys/instrument.schema.ts) as JSON. */
export const surveyInstruments = pgTable('survey_instruments', {
  id: text('id').primaryKey(),
  version: text('version').notNull(),
  kind: text('kind', { enum: INSTRUMENT_KINDS }).notNull(),
  name: text('name').notNull(),
  definition: jsonb('definition').notNull(),
  source: text('source', { enum: ['builtin', 'custom'] }).notNull(),
  basedOn: text('based_on'),
  /** Set when a period first uses it (always, for built-ins): then it can no longer be edited. */
  frozenAt: ts('frozen_at'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  archivedAt: ts('archived_at'),
});

/**
 * A survey period. `skm`: owned by a government (its coordinator opens it); `persepsi_maladministrasi`:
 * owned by an Ombudsman office for one of its cycles (the head opens it). The check constraint keeps
 * the two apart: an SKM period can never carry a cycle, so it can never feed the Ombudsman's score.
 */
export const surveyPeriods = pgTable(
  'survey_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: INSTRUMENT_KINDS }).notNull(),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => surveyInstruments.id),
    title: text('title').notNull(),
    governmentId: uuid('government_id').references(() => governments.id),
    officeId: uuid('office_id').references(() => offices.id),
    cycleId: uuid('cycle_id').references(() => cycles.id),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on').notNull(),
    status: text('status', { enum: SURVEY_PERIOD_STATUSES }).notNull().default('open'),
    /** Whether unit PICs see their results before the period closes (the coordinator decides). */
    interimVisible: boolean('interim_visible').notNull().default(false),
    /** Whether units may print one-time QR slips. */
    slipsEnabled: boolean('slips_enabled').notNull().default(false),
    /** HMAC key of the rotating counter QR (hex); never leaves the server. */
    tokenSecret: text('token_secret').notNull(),
    rowVersion: integer('row_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
  },
  (t) => [
    index('survey_periods_government_idx').on(t.governmentId, t.startsOn),
    index('survey_periods_office_idx').on(t.officeId, t.cycleId),
    check(
      'survey_periods_owner_ck',
      sql`(${t.kind} = 'skm' and ${t.governmentId} is not null and ${t.cycleId} is null and ${t.officeId} is null)
        or (${t.kind} = 'persepsi_maladministrasi' and ${t.officeId} is not null and ${t.cycleId} is not null and ${t.governmentId} is null)`,
    ),
    check('survey_periods_dates_ck', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The units a period surveys, with the population of service users each samples from. */
export const surveyPeriodUnits = pgTable(
  'survey_period_units',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    /** Service users in the period (SKM); the sample is the Krejcie–Morgan row for it. */
    population: integer('population'),
    /** A fixed target instead (the perception interview's ~30 per government, spread over units). */
    sampleTarget: integer('sample_target'),
    /** The service products surveyed at this unit (empty: the unit as a whole). */
    productIds: uuid('product_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.unitId] }),
    index('survey_period_units_unit_idx').on(t.unitId),
    index('survey_period_units_government_idx').on(t.governmentId, t.periodId),
    check('survey_period_units_sample_ck', sql`${t.population} is not null or ${t.sampleTarget} is not null`),
  ],
);

/** One-time QR slips: only the hash of the code is kept; the printed sheet is the one copy. */
export const surveySlips = pgTable(
  'survey_slips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    codeHash: text('code_hash').notNull(),
    batch: integer('batch').notNull(),
    /** The printed sheet of the batch (a PDF in `files`), rendered when the batch was made. */
    sheetFileId: uuid('sheet_file_id').references(() => files.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_slips_code_uq').on(t.codeHash),
    index('survey_slips_period_unit_idx').on(t.periodId, t.unitId, t.batch),
  ],
);

/**
 * One respondent's answers. `answers[i]` answers the instrument's i-th question (1–4, null when
 * skipped), so PostgreSQL sums an element without unpacking JSON. `flags` are set at insert (under
 * a per-unit advisory lock, so two simultaneous answers from one device both see each other).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order; the result cache is valid while no response or review has a larger seq. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    productId: uuid('product_id').references(() => serviceProducts.id),
    instrumentId: text('instrument_id')
      .notNull()
      .references(() => surveyInstruments.id),
    answers: smallint('answers').array().notNull(),
    suggestion: text('suggestion'),
    /** The regulation's respondent profile only (codes): sex, age band, education, occupation. */
    profile: jsonb('profile').$type<SurveyProfileAnswers>().notNull().default({}),
    channel: text('channel', { enum: SURVEY_CHANNELS }).notNull(),
    /** The staff member who typed it in (paper form, import, interview); null for respondents. */
    enteredBy: uuid('entered_by').references(() => users.id),
    /** HMAC of the device cookie with a server secret; never the cookie itself. */
    deviceHash: text('device_hash'),
    slipId: uuid('slip_id').references(() => surveySlips.id),
    startedAt: ts('started_at'),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    durationMs: integer('duration_ms'),
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    supersedesId: uuid('supersedes_id'),
    supersedeReason: text('supersede_reason'),
  },
  (t) => [
    index('survey_responses_period_unit_idx').on(t.periodId, t.unitId, t.submittedAt),
    index('survey_responses_device_idx').on(t.periodId, t.deviceHash),
    index('survey_responses_government_idx').on(t.governmentId, t.periodId),
    uniqueIndex('survey_responses_slip_uq')
      .on(t.slipId)
      .where(sql`${t.slipId} is not null`),
    uniqueIndex('survey_responses_supersedes_uq')
      .on(t.supersedesId)
      .where(sql`${t.supersedesId} is not null`),
    // The corrections of a period, counted apart from its responses (a period's standing count).
    index('survey_responses_corrections_idx')
      .on(t.periodId)
      .where(sql`${t.supersedesId} is not null`),
    uniqueIndex('survey_responses_seq_uq').on(t.seq),
  ],
);

/** A reviewer's decision on a response (accept a flagged one, or exclude one); the latest counts. */
export const surveyResponseReviews = pgTable(
  'survey_response_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    responseId: uuid('response_id')
      .notNull()
      .references(() => surveyResponses.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    decision: text('decision', { enum: SURVEY_REVIEW_DECISIONS }).notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: ts('decided_at').notNull().defaultNow(),
  },
  (t) => [
    index('survey_response_reviews_response_idx').on(t.responseId, t.seq),
    // The result cache's freshness check reads a unit's latest review seq.
    index('survey_response_reviews_unit_idx').on(t.periodId, t.unitId, t.seq),
  ],
);

/**
 * A unit's computed result for a period, kept until a response or review with a larger seq arrives
 * (computed when asked, not at insert: a burst of answers costs nothing here).
 */
export const surveyUnitResults = pgTable(
  'survey_unit_results',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    responseSeq: bigint('response_seq', { mode: 'number' }).notNull(),
    reviewSeq: bigint('review_seq', { mode: 'number' }).notNull(),
    result: jsonb('result').notNull(),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.unitId] })],
);

/**
 * Where a cycle's answer came from a survey (issue 16 §6, survey-feed): the value written into the
 * entity-level answer of `indicator`, and everything needed to explain it — the period, the
 * instrument's question, the accepted interviews that answered it, how many gave the best answer,
 * the share and the framework's mapping at the time. One row per cell; applying again replaces it.
 */
export const surveyFeedValues = pgTable(
  'survey_feed_values',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    indicator: text('indicator').notNull(),
    answerId: uuid('answer_id').notNull(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => surveyPeriods.id),
    instrumentId: text('instrument_id').notNull(),
    question: text('question').notNull(),
    interviews: integer('interviews').notNull(),
    best: integer('best').notNull(),
    share: doublePrecision('share').notNull(),
    value: doublePrecision('value').notNull(),
    levels: jsonb('levels').$type<Array<{ min: number; value: number }>>().notNull(),
    appliedBy: uuid('applied_by').references(() => users.id),
    appliedAt: ts('applied_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.governmentId, t.indicator] }),
    index('survey_feed_values_period_idx').on(t.periodId),
  ],
);
