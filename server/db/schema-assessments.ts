/**
 * Assessment tables (issue 3): frameworks stored as versioned data, cycles with their sample,
 * self-assessment and verified answers, evidence, field visits, appeals, score versions and results.
 */
import { sql } from 'drizzle-orm';
import {
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
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CYCLE_KINDS, CYCLE_STATUSES } from '../../shared/contracts/assessments';
import { files, governments, offices, serviceProducts, units, users } from './schema';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A framework version: the whole definition (shared/frameworks/framework.schema.ts) as JSON. */
export const frameworks = pgTable(
  'frameworks',
  {
    id: text('id').primaryKey(),
    version: text('version').notNull(),
    name: text('name').notNull(),
    definition: jsonb('definition').notNull(),
    source: text('source', { enum: ['builtin', 'custom'] }).notNull(),
    basedOn: text('based_on'),
    /** Set when a cycle first uses it (or always, for built-ins): then it can no longer be edited. */
    frozenAt: ts('frozen_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
    /**
     * An Ombudsman office's own custom version (issue 12): its head edits it (until a cycle uses it);
     * null for built-ins and the platform's custom versions.
     */
    officeId: uuid('office_id').references(() => offices.id),
    /** The office's spot-check set: internal cycles of its governments default to it (one per office). */
    officeSpotCheck: boolean('office_spot_check').notNull().default(false),
  },
  (t) => [
    index('frameworks_office_idx').on(t.officeId),
    uniqueIndex('frameworks_office_spot_check_uq')
      .on(t.officeId)
      .where(sql`${t.officeSpotCheck}`),
    check('frameworks_spot_check_office_ck', sql`not ${t.officeSpotCheck} or ${t.officeId} is not null`),
  ],
);

export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id),
    /**
     * `official`: the Ombudsman office's assessment. `internal`: a government's own penilaian
     * mandiri (owner_government_id), never in the office's rankings, dashboards or public pages;
     * the office reads it only while shared_at is set, and never changes it.
     */
    kind: text('kind', { enum: CYCLE_KINDS }).notNull().default('official'),
    ownerGovernmentId: uuid('owner_government_id').references(() => governments.id),
    sharedAt: ts('shared_at'),
    sharedBy: uuid('shared_by').references(() => users.id),
    status: text('status', { enum: CYCLE_STATUSES }).notNull().default('planning'),
    selfStart: date('self_start'),
    selfEnd: date('self_end'),
    verifyStart: date('verify_start'),
    verifyEnd: date('verify_end'),
    appealStart: date('appeal_start'),
    appealEnd: date('appeal_end'),
    finalDate: date('final_date'),
    productsPerUnit: integer('products_per_unit').notNull().default(2),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: ts('approved_at'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [
    index('cycles_office_idx').on(t.officeId, t.year),
    index('cycles_owner_idx').on(t.ownerGovernmentId),
    check('cycles_kind_owner_ck', sql`(${t.kind} = 'internal') = (${t.ownerGovernmentId} is not null)`),
  ],
);

export const cycleGovernments = pgTable(
  'cycle_governments',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.governmentId] }),
    index('cycle_gov_gov_idx').on(t.governmentId),
  ],
);

/** Sampled units of a cycle (REFERENCE §1.3: the five sectors, Dinkes + 2 Puskesmas). */
export const cycleUnits = pgTable(
  'cycle_units',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    /** Self-assessment state of this unit: draft until the PIC submits (locks it). */
    selfStatus: text('self_status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    submittedAt: ts('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    /** Internal cycles' work plan: the day the Inspektorat team is scheduled at this unit. */
    scheduledDate: date('scheduled_date'),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId] }),
    index('cycle_units_gov_idx').on(t.cycleId, t.governmentId),
  ],
);

/** Sampled service products (2 per unit by default). */
export const cycleProducts = pgTable(
  'cycle_products',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => serviceProducts.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.productId] }),
    index('cycle_products_unit_idx').on(t.cycleId, t.unitId),
    // A cycle's product count per government (its governments list): one range per government.
    index('cycle_products_government_idx').on(t.cycleId, t.governmentId),
  ],
);

/** Internal cycles' work plan: the Inspektorat team (internal verifiers) assigned to a unit. */
export const cycleUnitTeam = pgTable(
  'cycle_unit_team',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId, t.userId] }),
    index('cycle_unit_team_user_idx').on(t.userId),
  ],
);

export const cycleAssessors = pgTable(
  'cycle_assessors',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.governmentId, t.userId] })],
);

/**
 * One answer cell: (cycle, government, unit?, product?, indicator). Both values are kept:
 * the unit's self value and the assessor's verified value (REFERENCE §10 rule 5).
 * NA is stored as a flag, so numeric columns stay numeric.
 */
export const answers = pgTable(
  'answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    unitId: uuid('unit_id').references(() => units.id),
    productId: uuid('product_id').references(() => serviceProducts.id),
    indicator: text('indicator').notNull(),
    selfValue: doublePrecision('self_value'),
    selfNa: boolean('self_na').notNull().default(false),
    selfComment: text('self_comment'),
    selfBy: uuid('self_by').references(() => users.id),
    selfAt: ts('self_at'),
    verifyStatus: text('verify_status', { enum: ['pending', 'accepted', 'adjusted'] })
      .notNull()
      .default('pending'),
    verifiedValue: doublePrecision('verified_value'),
    verifiedNa: boolean('verified_na').notNull().default(false),
    verifyReason: text('verify_reason'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: ts('verified_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('answers_cell_uq')
      .on(t.cycleId, t.governmentId, t.unitId, t.productId, t.indicator)
      .nullsNotDistinct(),
    index('answers_unit_idx').on(t.cycleId, t.unitId),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    unitId: uuid('unit_id').references(() => units.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** The date the evidence was made (photo taken, document signed). */
    madeOn: date('made_on'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [index('evidence_answer_idx').on(t.answerId)],
);

export const fieldVisits = pgTable(
  'field_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    visitedOn: date('visited_on').notNull(),
    unannounced: boolean('unannounced').notNull().default(false),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('field_visits_unit_idx').on(t.cycleId, t.unitId)],
);

export const fieldVisitPhotos = pgTable(
  'field_visit_photos',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => fieldVisits.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.fileId] })],
);

export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    answerId: uuid('answer_id')
      .notNull()
      .references(() => answers.id),
    reason: text('reason').notNull(),
    requestedValue: doublePrecision('requested_value'),
    status: text('status', { enum: ['open', 'accepted', 'rejected'] })
      .notNull()
      .default('open'),
    response: text('response'),
    respondedBy: uuid('responded_by').references(() => users.id),
    respondedAt: ts('responded_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('appeals_cycle_gov_idx').on(t.cycleId, t.governmentId)],
);

export const appealFiles = pgTable(
  'appeal_files',
  {
    appealId: uuid('appeal_id')
      .notNull()
      .references(() => appeals.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.appealId, t.fileId] })],
);

/** Assessor's improvement points (saran perbaikan) for the rapor, per government or per unit. */
export const improvementPoints = pgTable(
  'improvement_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** The indicator it concerns (a node code of the cycle's framework), when the assessor names one. */
    indicatorCode: text('indicator_code'),
    text: text('text').notNull(),
    /** The due date the follow-up item gets (issue 17); null: none. */
    dueOn: date('due_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [index('improvement_points_idx').on(t.cycleId, t.governmentId)],
);

/** Current roll-up per government (maintained on every change); `detail` holds the node scores. */
export const governmentResults = pgTable(
  'government_results',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    score: doublePrecision('score'),
    rounded: doublePrecision('rounded'),
    band: text('band'),
    zone: text('zone'),
    dimensions: jsonb('dimensions')
      .notNull()
      .default(sql`'{}'::jsonb`),
    detail: jsonb('detail'),
    missing: integer('missing').notNull().default(0),
    version: integer('version').notNull().default(0),
    /**
     * Rank among the cycle's governments of the same type (null without a score) and the count of
     * those with a score, kept at write time (scoring.repository storeRanks).
     */
    rank: integer('rank'),
    peers: integer('peers'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.governmentId] }),
    index('government_results_rank_idx').on(t.cycleId, t.score),
  ],
);

export const unitResults = pgTable(
  'unit_results',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    score: doublePrecision('score'),
    rounded: doublePrecision('rounded'),
    band: text('band'),
    zone: text('zone'),
    missing: integer('missing').notNull().default(0),
    /**
     * The unit's per-leaf values and missing counts (shared/scoring UnitLeaves) and what they were
     * computed under (`leafState`: cycle state, government type, unit type), so one edit re-scores
     * its government from one unit's answers (scoring.service).
     */
    leafValues: doublePrecision('leaf_values').array(),
    leafMissing: integer('leaf_missing').array(),
    leafState: text('leaf_state'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.unitId] }),
    index('unit_results_gov_idx').on(t.cycleId, t.governmentId),
  ],
);

export const productResults = pgTable(
  'product_results',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => serviceProducts.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    score: doublePrecision('score'),
    rounded: doublePrecision('rounded'),
    band: text('band'),
    zone: text('zone'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.productId] }),
    index('product_results_unit_idx').on(t.cycleId, t.unitId),
    index('product_results_gov_idx').on(t.cycleId, t.governmentId),
  ],
);

/**
 * The score at each event a reader cares about (self-assessment closed, verification closed, an
 * appeal decided, final, approval, a recompute after a rule change), labelled by `reason`; shown on
 * the rapor and the appeals page. One row per (cycle, government, version).
 */
export const scoreVersions = pgTable(
  'score_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    version: integer('version').notNull(),
    reason: text('reason').notNull(),
    score: doublePrecision('score'),
    rounded: doublePrecision('rounded'),
    band: text('band'),
    zone: text('zone'),
    dimensions: jsonb('dimensions').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('score_versions_version_key').on(t.cycleId, t.governmentId, t.version)],
);

/**
 * Answer counts per government of a cycle (all cells, cells verified), kept by statement-level
 * triggers on answers (migration 0003), so every path that inserts, updates or deletes answers
 * keeps them right. The dashboard reads progress from here instead of counting the answers.
 */
export const answerCounts = pgTable(
  'answer_counts',
  {
    cycleId: uuid('cycle_id').notNull(),
    governmentId: uuid('government_id').notNull(),
    itemsTotal: integer('items_total').notNull().default(0),
    itemsVerified: integer('items_verified').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.governmentId] })],
);

/**
 * A national results export (issue 4): a background job in the app process (ADR 0001) that streams
 * the cycle's results in reach into `<dataDir>/exports/<storage_name>`, kept for download.
 */
export const resultsExports = pgTable(
  'results_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull(),
    format: text('format', { enum: ['xlsx', 'pdf'] })
      .notNull()
      .default('xlsx'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    fileName: text('file_name').notNull(),
    storageName: text('storage_name').notNull(),
    size: integer('size'),
    error: text('error'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('results_exports_requester_idx').on(t.requestedBy, t.createdAt)],
);
