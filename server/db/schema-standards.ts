/**
 * Service standards and what surrounds them at a unit (issue 15): the versions of each product's
 * standard, the unit's maklumat pelayanan and service profile, the unit's evidence library, and the
 * office's activities with a government (bimtek, pendampingan …) with the actions agreed there.
 * Statuses and kinds are text checked against shared/ lists (no database enums: lists grow).
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import type { StandardContent } from '../../shared/contracts/standards';
import { STANDARD_STATUSES } from '../../shared/contracts/standards';
import { files, governments, offices, serviceProducts, units, users } from './schema';
import { filledSql } from './standards-filled-sql';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

/**
 * One row per version of a product's standard. Frozen once `ditetapkan` (the service layer never
 * updates content of a set row; the SK fields are written once, at setting). `row_version` is the
 * optimistic lock of a draft: every save must name the one it loaded.
 */
export const serviceStandards = pgTable(
  'service_standards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => serviceProducts.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    version: integer('version').notNull(),
    status: text('status', { enum: STANDARD_STATUSES }).notNull().default('draft'),
    rowVersion: integer('row_version').notNull().default(1),
    content: jsonb('content').$type<StandardContent>().notNull().default({}),
    /** Components filled (0–14), computed by PostgreSQL from `content` (server/db/standards-filled-sql.ts). */
    filled: smallint('filled').generatedAlwaysAs(filledSql(sql`content`)),
    publishManufacturing: boolean('publish_manufacturing').notNull().default(false),
    basedOnVersion: integer('based_on_version'),
    returnNote: text('return_note'),
    skNumber: text('sk_number'),
    skDate: day('sk_date'),
    skSignatory: text('sk_signatory'),
    skFileId: uuid('sk_file_id').references(() => files.id),
    consultationDate: day('consultation_date'),
    consultationParticipants: text('consultation_participants'),
    consultationMinutes: text('consultation_minutes'),
    reviewDate: day('review_date'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: ts('submitted_at'),
    setBy: uuid('set_by').references(() => users.id),
    setAt: ts('set_at'),
    supersededAt: ts('superseded_at'),
  },
  (t) => [
    uniqueIndex('service_standards_version_uq').on(t.productId, t.version),
    // At most one open draft and one set version per product (two editors cannot open two drafts).
    uniqueIndex('service_standards_open_uq')
      .on(t.productId)
      .where(sql`${t.status} in ('draft', 'diajukan')`),
    uniqueIndex('service_standards_current_uq')
      .on(t.productId)
      .where(sql`${t.status} = 'ditetapkan'`),
    index('service_standards_government_idx').on(t.governmentId, t.status),
    index('service_standards_unit_idx').on(t.unitId),
  ],
);

/** Who edited a draft, once per save (the history's "who changed what" between versions). */
export const serviceStandardEdits = pgTable(
  'service_standard_edits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    standardId: uuid('standard_id')
      .notNull()
      .references(() => serviceStandards.id),
    userId: uuid('user_id').references(() => users.id),
    /** Components this save changed. */
    components: text('components').array().notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('service_standard_edits_standard_idx').on(t.standardId, t.at)],
);

/** The maklumat pelayanan (service pledge) of a unit: one per unit. */
export const unitMaklumat = pgTable('unit_maklumat', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  governmentId: uuid('government_id')
    .notNull()
    .references(() => governments.id),
  body: text('body').notNull(),
  signatory: text('signatory').notNull(),
  signedOn: day('signed_on').notNull(),
  published: boolean('published').notNull().default(false),
  rowVersion: integer('row_version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A unit's service profile (opening hours, visi-misi-moto, pelayanan khusus …); shapes in shared/contracts/unit-profile.ts. */
export const unitServiceProfiles = pgTable('unit_service_profiles', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  governmentId: uuid('government_id')
    .notNull()
    .references(() => governments.id),
  /** Per weekday (1 = Senin … 7 = Minggu): closed, or open/close times "07:30". */
  openingHours: jsonb('opening_hours').$type<unknown>().notNull().default([]),
  vision: text('vision'),
  mission: text('mission'),
  motto: text('motto'),
  /** Services for vulnerable groups (pelayanan khusus): list of {group, description}. */
  specialServices: jsonb('special_services').$type<unknown>().notNull().default([]),
  integratedServices: text('integrated_services'),
  facilities: jsonb('facilities').$type<unknown>().notNull().default([]),
  rowVersion: integer('row_version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A unit's evidence library: documents kept once and attached as evidence in any cycle. */
export const unitDocuments = pgTable(
  'unit_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    /** shared/contracts/unit-library.ts: sk_standar, foto_standar, foto_maklumat, laporan_skm, formulir_pekppp, lainnya. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** The product a document is about (a photo of one service's displayed standard), if any. */
    productId: uuid('product_id').references(() => serviceProducts.id),
    madeOn: day('made_on'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [index('unit_documents_unit_idx').on(t.unitId, t.kind)],
);

/** The office's activities with a government: bimtek, pendampingan, coordination visits, audiences, workshops. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    officeId: uuid('office_id').references(() => offices.id),
    /** shared/contracts/activities.ts ACTIVITY_KINDS. */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    heldOn: day('held_on').notNull(),
    place: text('place'),
    /** People present: list of {name, role, side}. */
    people: jsonb('people').$type<unknown>().notNull().default([]),
    topics: text('topics'),
    minutes: text('minutes'),
    rowVersion: integer('row_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [
    index('activities_government_idx').on(t.governmentId, t.heldOn),
    index('activities_office_idx').on(t.officeId, t.heldOn),
  ],
);

export const activityUnits = pgTable(
  'activity_units',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.unitId] })],
);

export const activityPhotos = pgTable(
  'activity_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    caption: text('caption'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    archivedAt: ts('archived_at'),
  },
  (t) => [index('activity_photos_activity_idx').on(t.activityId)],
);

/** Actions agreed in an activity; issue 17 turns them into follow-up items (followup_item_id). */
export const activityActions = pgTable(
  'activity_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    unitId: uuid('unit_id').references(() => units.id),
    description: text('description').notNull(),
    dueOn: day('due_on'),
    /** Who on the government's side owes it (free text: a name or a position). */
    owner: text('owner'),
    position: integer('position').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('activity_actions_activity_idx').on(t.activityId)],
);
