/**
 * The whole relational schema, one PostgreSQL dialect for both engines (PGlite and PostgreSQL 15+).
 * Migrations are generated from this file by drizzle-kit into server/db/migrations/.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  AGREEMENT_KINDS,
  GOVERNMENT_TYPES,
  PRODUCT_TYPES,
  REGION_KINDS,
  REGION_LEVELS,
  SECTORS,
  UNIT_TYPES,
} from '../../shared/contracts/enums';

export const roleEnum = pgEnum('role', [
  'admin',
  'oversight_head',
  'assessor',
  'gov_coordinator',
  'unit_pic',
  'internal_verifier',
]);
export const governmentTypeEnum = pgEnum('government_type', GOVERNMENT_TYPES);
export const productTypeEnum = pgEnum('product_type', PRODUCT_TYPES);
export const agreementKindEnum = pgEnum('agreement_kind', AGREEMENT_KINDS);
export const localeEnum = pgEnum('locale', ['id', 'en']);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const archivedAt = () => timestamp('archived_at', { withTimezone: true });

/** Provinces and regencies/cities with their Kemendagri codes, loaded from idn-area-data. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: REGION_LEVELS }).notNull(),
    kind: text('kind', { enum: REGION_KINDS }).notNull(),
    provinceCode: text('province_code').notNull(),
  },
  (t) => [index('regions_province_idx').on(t.provinceCode)],
);

/** Ombudsman representative offices (perwakilan) and the head office (pusat). */
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  code: text('code').notNull().unique(),
  isHeadOffice: boolean('is_head_office').notNull().default(false),
  address: text('address'),
  provinceCodes: text('province_codes')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  archivedAt: archivedAt(),
});

/** Public-service providers assessed by the Ombudsman: ministries, agencies and regional governments. */
export const governments = pgTable(
  'governments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: governmentTypeEnum('type').notNull(),
    name: text('name').notNull(),
    /** Kemendagri code of the province or regency/city; null for ministries and agencies. */
    regionCode: text('region_code').references(() => regions.code),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    address: text('address'),
    website: text('website'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('governments_office_idx').on(t.officeId),
    uniqueIndex('governments_region_uq')
      .on(t.regionCode)
      .where(sql`${t.regionCode} is not null and ${t.archivedAt} is null`),
  ],
);

/** Service units (OPD/SKPD, UPT, Puskesmas, RSUD, kecamatan …) in a tree under a government. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    parentId: uuid('parent_id'),
    code: text('code'),
    name: text('name').notNull(),
    type: text('type', { enum: UNIT_TYPES }).notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [
    index('units_government_idx').on(t.governmentId, t.name),
    index('units_parent_idx').on(t.parentId),
    // A unit code is unique among the active units of one government (imports refer to units by code).
    uniqueIndex('units_code_uq')
      .on(t.governmentId, t.code)
      .where(sql`${t.code} is not null and ${t.archivedAt} is null`),
  ],
);

/** Service products (jenis layanan) of a unit; government_id is denormalised for scoping. */
export const serviceProducts = pgTable(
  'service_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    name: text('name').notNull(),
    type: productTypeEnum('type').notNull(),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('products_unit_idx').on(t.unitId), index('products_government_idx').on(t.governmentId)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    officeId: uuid('office_id').references(() => offices.id),
    governmentId: uuid('government_id').references(() => governments.id),
    locale: localeEnum('locale').notNull().default('id'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(sql`lower(${t.email})`)],
);

/** The units a unit PIC account is responsible for. */
export const userUnits = pgTable(
  'user_units',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] }), index('user_units_unit_idx').on(t.unitId)],
);

/** Server-side sessions; the cookie carries a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * One-time sign-in links ("atur kata sandi"): a new account's owner sets their own first password.
 * Only the token's SHA-256 is stored (`id`); a token works once (`used_at`), before `expires_at`,
 * and issuing a new one for the account ends the earlier ones.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId)],
);

/**
 * Sign-in throttle per e-mail address, whether or not an account has it (so the answers never tell
 * which accounts exist). `key` is the SHA-256 of the lower-cased address; every attempt counts as
 * a failure when it starts (an atomic upsert) and a successful sign-in clears the row.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  /** No attempt is evaluated before this moment. */
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row whose value moves whenever something a resolved session depends on changes: a session
 * ends, an account's role, links, name, e-mail, language or archive state, a PIC's units, which
 * office oversees a government, the unit tree. Moved by deferred triggers (migration
 * sign_in_hardening) in the writing transaction, so every process sees it when the change
 * commits; each process keeps resolved sessions only while it has not moved.
 */
export const authGeneration = pgTable('auth_generation', {
  id: integer('id').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull().default(0),
});

/** PIC / contact persons of a unit, each optionally linked to a user account. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    name: text('name').notNull(),
    position: text('position'),
    phone: text('phone'),
    email: text('email'),
    userId: uuid('user_id').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('contacts_unit_idx').on(t.unitId), index('contacts_government_idx').on(t.governmentId)],
);

/** Uploaded files, stored outside the web root under generated names. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  governmentId: uuid('government_id').references(() => governments.id),
  officeId: uuid('office_id').references(() => offices.id),
  originalName: text('original_name').notNull(),
  mimeType: text('mime_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageName: text('storage_name').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: createdAt(),
});

/** Cooperation agreements (MoU, PKS) between an Ombudsman office and a government. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: agreementKindEnum('kind').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    parties: text('parties').notNull(),
    signedOn: date('signed_on').notNull(),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    scope: text('scope'),
    documentFileId: uuid('document_file_id').references(() => files.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: archivedAt(),
  },
  (t) => [index('agreements_government_idx').on(t.governmentId)],
);

export const agreementUnits = pgTable(
  'agreement_units',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.unitId] })],
);

/** Every change: who, when, what, before → after. Scoped by government/office for readers. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    governmentId: uuid('government_id'),
    officeId: uuid('office_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_government_idx').on(t.governmentId, t.id),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Excel imports: validated first, written only when the whole file is valid. Progress is polled. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    createdBy: uuid('created_by').references(() => users.id),
    fileName: text('file_name').notNull(),
    status: text('status', {
      enum: ['validating', 'invalid', 'ready', 'committing', 'done', 'failed'],
    }).notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    summary: jsonb('summary'),
    errors: jsonb('errors'),
    payload: jsonb('payload'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // One running (validating or committing) import per government: a second upload is a 409.
  (t) => [
    uniqueIndex('imports_running_government_idx')
      .on(t.governmentId)
      .where(sql`${t.status} in ('validating', 'committing')`),
  ],
);

/** Key/value flags the app keeps about itself (e.g. that the demo was seeded once). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/**
 * Durable background jobs (ADR 0005): one table queue for both engines. Workers claim due rows with
 * `FOR UPDATE SKIP LOCKED`; a running row whose lease (`locked_until`) ran out is claimable again,
 * so a crash never loses a job. `dedupe_key` makes a scheduled slot (a periodic job's hour, one
 * reminder per deadline) exist once.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default({}),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    uniqueIndex('jobs_dedupe_idx').on(t.dedupeKey),
    // The claim (jobs.repository.ts claimJobs) walks the open jobs in its order and stops at the
    // first it can lock: the finished ones, most of the table, are not in it. 39 ms → 0.1 ms with
    // 10k done and 7k e-mails pending after the national data's reminders.
    index('jobs_open_idx')
      .on(t.runAt, t.id)
      .where(sql`${t.status} in ('pending', 'running')`),
  ],
);

/**
 * In-app notifications (the inbox) and the e-mail each may trigger. `kind` names a template of
 * shared/contracts/notifications.ts; `params` fill it in the reader's language at read time.
 * `dedupe_key` makes a reminder exist once (per person, deadline and day).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_idx').on(t.dedupeKey),
  ],
);

/** What each person chooses to receive, per kind of notification (absent = both on). */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: boolean('email').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * Reorganisations of units (issue 11 part 6): a rename, a merge (several units → one) or a split
 * (one unit → several), with the decree and the date it takes effect. Closed predecessors are
 * archived; their past rows stay on their own ids and are found through the links below.
 */
export const unitChanges = pgTable(
  'unit_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    kind: text('kind', { enum: ['rename', 'merge', 'split'] }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** The decree (SK, Perda, Perbup …) that made the change. */
    reference: text('reference'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('unit_changes_government_idx').on(t.governmentId, t.effectiveOn)],
);

/**
 * One predecessor → successor edge of a change, with both names as they were that day. A rename is
 * one edge from a unit to itself (old name → new name); merges and splits link different units.
 */
export const unitChangeLinks = pgTable(
  'unit_change_links',
  {
    changeId: uuid('change_id')
      .notNull()
      .references(() => unitChanges.id),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => units.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id),
    fromName: text('from_name').notNull(),
    toName: text('to_name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.changeId, t.fromUnitId, t.toUnitId] }),
    index('unit_change_links_to_idx').on(t.toUnitId),
    index('unit_change_links_from_idx').on(t.fromUnitId),
  ],
);
