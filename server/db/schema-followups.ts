/**
 * The follow-up backlog's own tables (issue 17; the items and their history are in
 * schema-complaints.ts, where issue 14 created them): the evidence of an answer (a file, a link or
 * a document of the unit's evidence library), each office's choice of what its governments'
 * public pages show, the letters that send a batch of items to a government, and the crosswalk of
 * indicator codes across framework versions.
 */
import {
  bigint,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { followupEvents, followupItems } from './schema-complaints';
import { files, governments, offices, users } from './schema';
import { unitDocuments } from './schema-standards';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** What an answer brought: a stored file (photo, scan…), a link, or a document of the unit's library. */
export const followupEvidence = pgTable(
  'followup_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => followupItems.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' })
      .notNull()
      .references(() => followupEvents.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').references(() => files.id),
    url: text('url'),
    unitDocumentId: uuid('unit_document_id').references(() => unitDocuments.id),
    label: text('label'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('followup_evidence_item_idx').on(t.itemId)],
);

/**
 * What an office publishes of its governments' backlogs (issue 17 §7). Default (no row): the
 * progress of released assessments' saran perbaikan. A complaint's tindakan korektif is never
 * publishable; a rekomendasi shows only when the item itself carries headquarters' decision.
 */
export const followupPublication = pgTable('followup_publication', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  /** Kinds shown; a subset of saran_perbaikan, saran_penyempurnaan, rekomendasi, kegiatan. */
  kinds: text('kinds').array().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** The official letter that sends a batch of items to a government (number, letterhead, signatory). */
export const followupLetters = pgTable(
  'followup_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id),
    number: text('number').notNull(),
    letterDate: date('letter_date', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    signatoryName: text('signatory_name').notNull(),
    signatoryPosition: text('signatory_position').notNull(),
    itemIds: uuid('item_ids').array().notNull(),
    /** The rendered PDF once the worker has made it. */
    fileId: uuid('file_id').references(() => files.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('followup_letters_number_uq').on(t.officeId, t.number),
    index('followup_letters_gov_idx').on(t.governmentId),
  ],
);

/**
 * Which indicator code of one framework became which of another (issue 17 §5): built-ins come
 * from frameworks/crosswalks/*.json (synced at start, `source = 'builtin'`); an admin adds rows for
 * custom frameworks. A split indicator has several rows from one code.
 */
export const frameworkCrosswalk = pgTable(
  'framework_crosswalk',
  {
    fromFrameworkId: text('from_framework_id').notNull(),
    fromCode: text('from_code').notNull(),
    toFrameworkId: text('to_framework_id').notNull(),
    toCode: text('to_code').notNull(),
    note: text('note'),
    source: text('source', { enum: ['builtin', 'custom'] })
      .notNull()
      .default('custom'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.fromFrameworkId, t.fromCode, t.toFrameworkId, t.toCode] }),
    index('framework_crosswalk_to_idx').on(t.toFrameworkId, t.toCode),
  ],
);
