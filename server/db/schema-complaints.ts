/**
 * Reports of maladministration (laporan masyarakat, issue 14) and the follow-up items their LHPs
 * raise. A case belongs to the office handling it (`office_id`; a transfer moves it). The
 * reporter's identity is never stored in clear: `identity_cipher` is AES-256-GCM under a key kept
 * outside the database (server/lib/identity-crypto.ts), and `identity_hash` is a keyed hash of it
 * for duplicate detection. Stages, reasons and kinds are text checked against shared/complaints
 * (no database enums: the lists are data that grows).
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
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DeadlineRule } from '../../shared/complaints/deadline-rules';
import { FOLLOWUP_KINDS, FOLLOWUP_SOURCES } from '../../shared/followups/kinds';
import { FOLLOWUP_STATUSES } from '../../shared/followups/machine';
import {
  BODY_KINDS,
  CLOSURE_REASONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STAGES,
  COMPLAINT_TRACKS,
} from '../../shared/complaints/stages';
import { LHP_OUTCOMES } from '../../shared/complaints/machine';
import { files, governments, offices, units, users } from './schema';
import { cycles, improvementPoints } from './schema-assessments';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

/** Versions of the deadline rules (shared/complaints/deadline-rules.ts); a case keeps its version. */
export const complaintRuleSets = pgTable('complaint_rule_sets', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().unique(),
  rules: jsonb('rules').$type<DeadlineRule[]>().notNull(),
  note: text('note'),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** The taxonomy of maladministration forms (REFERENCE §3.2), seeded, editable by admins. */
export const maladministrationForms = pgTable('maladministration_forms', {
  code: text('code').primaryKey(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  source: text('source').notNull(),
  position: integer('position').notNull(),
  retiredAt: ts('retired_at'),
});

export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the reporter quotes (LM-2026-XXXXXXXX): random, not a sequence. */
    trackingNumber: text('tracking_number').notNull().unique(),
    /** scrypt hash of the reporter's PIN (salt included). */
    pinHash: text('pin_hash').notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    stage: text('stage', { enum: COMPLAINT_STAGES }).notNull().default('penerimaan'),
    track: text('track', { enum: COMPLAINT_TRACKS }).notNull().default('reguler'),
    channel: text('channel', { enum: COMPLAINT_CHANNELS }).notNull(),
    closureReason: text('closure_reason', { enum: CLOSURE_REASONS }),
    receivedAt: ts('received_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => complaintRuleSets.id),
    /** The form's one-time token: a double submit finds the first report instead of a second. */
    submissionKey: text('submission_key').unique(),
    /** AES-256-GCM of the reporter's identity and contacts (JSON), base64 `iv.tag.ciphertext`. */
    identityCipher: text('identity_cipher'),
    /** Keyed hash (HMAC-SHA-256) of the normalised NIK, else name + date of birth: duplicates. */
    identityHash: text('identity_hash'),
    /** Pasal 24(2): the reporter asked to keep their identity confidential. */
    confidential: boolean('confidential').notNull().default(false),
    consentAt: ts('consent_at'),
    /** The reported body (terlapor): linked to the registry where it is there, else by name. */
    bodyKind: text('body_kind', { enum: BODY_KINDS }).notNull(),
    bodyName: text('body_name').notNull(),
    bodyGovernmentId: uuid('body_government_id').references(() => governments.id),
    bodyUnitId: uuid('body_unit_id').references(() => units.id),
    bodyRegionCode: text('body_region_code'),
    sector: text('sector'),
    subject: text('subject').notNull(),
    description: text('description').notNull(),
    eventDate: day('event_date'),
    eventPlace: text('event_place'),
    priorEffort: text('prior_effort'),
    priorComplaintDate: day('prior_complaint_date'),
    expectation: text('expectation'),
    /** Classification: the substance (e.g. "administrasi kependudukan"). */
    substance: text('substance'),
    /** Material check: { withinAuthority, notInCourt, withinTwoYears, notDuplicate, note }. */
    materialCheck: jsonb('material_check').$type<Record<string, unknown>>(),
    plenaryDate: day('plenary_date'),
    plenaryNote: text('plenary_note'),
    lhpOutcome: text('lhp_outcome', { enum: LHP_OUTCOMES }),
    lhpNumber: text('lhp_number'),
    lhpDate: day('lhp_date'),
    lhpFindings: text('lhp_findings'),
    recommendationProposedAt: ts('recommendation_proposed_at'),
    recommendationNumber: text('recommendation_number'),
    recommendationIssuedOn: day('recommendation_issued_on'),
    recommendationReceivedOn: day('recommendation_received_on'),
    createdBy: uuid('created_by').references(() => users.id),
    /** Bumped by every change: two officers acting at once — the second is told, nothing is lost. */
    version: integer('version').notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /** Personal data erased after the retention period (the case's statistics stay). */
    personalErasedAt: ts('personal_erased_at'),
  },
  (t) => [
    index('complaints_office_stage_idx').on(t.officeId, t.stage, t.receivedAt),
    /** The case list of an office in any stage, newest first (keyset on received, id). */
    index('complaints_office_received_idx').on(t.officeId, t.receivedAt, t.id),
    index('complaints_body_gov_idx').on(t.bodyGovernmentId),
    index('complaints_received_idx').on(t.receivedAt),
    index('complaints_identity_idx').on(t.identityHash),
  ],
);

/** One or more forms per case (starts as `belum_dikategorikan`). */
export const complaintForms = pgTable(
  'complaint_forms',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    formCode: text('form_code')
      .notNull()
      .references(() => maladministrationForms.code),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.formCode] }),
    index('complaint_forms_form_idx').on(t.formCode),
  ],
);

/** The officers assigned to a case; they (and the head of office) may reveal the identity. */
export const complaintOfficers = pgTable(
  'complaint_officers',
  {
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    lead: boolean('lead').notNull().default(false),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: ts('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.complaintId, t.userId] }),
    index('complaint_officers_user_idx').on(t.userId),
  ],
);

/** The case's history: every transition, assignment, letter, message and reveal, in order. */
export const complaintEvents = pgTable(
  'complaint_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    at: ts('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    actorKind: text('actor_kind', { enum: ['petugas', 'pelapor', 'terlapor', 'sistem'] }).notNull(),
    action: text('action').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>(),
    /** Shown on the reporter's status page (a stage change, a message, a letter's reply is not). */
    visibleToReporter: boolean('visible_to_reporter').notNull().default(false),
    /**
     * On a stage change: seconds the case stayed in `toStage`, from this event (the first stage:
     * from the case's receipt) to the case's next stage change; null while the case is still in it.
     * Written by the `complaint_events_stays` trigger (migration 0031) when the next change is
     * inserted, so the statistics' days per stage read it instead of a window over every event.
     */
    staySeconds: bigint('stay_seconds', { mode: 'number' }),
  },
  (t) => [
    index('complaint_events_case_idx').on(t.complaintId, t.at),
    // Stage changes in case order (the stays trigger's window over one case's changes).
    index('complaint_events_stage_idx')
      .on(t.complaintId, t.id)
      .where(sql`${t.toStage} is not null`),
    // Finished stays: the statistics' histogram of days per stage (complaint-stats).
    index('complaint_events_stays_idx')
      .on(t.complaintId, t.toStage, t.staySeconds)
      .where(sql`${t.staySeconds} is not null`),
  ],
);

/** Each clock a case runs: started on a stage's entry (or a letter), met on leaving it. */
export const complaintDeadlines = pgTable(
  'complaint_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    startedOn: day('started_on').notNull(),
    days: integer('days').notNull(),
    unit: text('unit', { enum: ['working', 'calendar'] }).notNull(),
    /** Due date as computed at start (pauses move it: recomputed when a pause ends). */
    dueOn: day('due_on').notNull(),
    status: text('status', { enum: ['berjalan', 'terpenuhi', 'lewat', 'batal'] })
      .notNull()
      .default('berjalan'),
    metOn: day('met_on'),
    remindedOn: day('reminded_on'),
    letterId: uuid('letter_id'),
  },
  (t) => [
    index('complaint_deadlines_case_idx').on(t.complaintId),
    index('complaint_deadlines_running_idx')
      .on(t.dueOn)
      .where(sql`${t.status} = 'berjalan'`),
  ],
);

/** Pauses of a case's clocks while it waits on the reporter or the reported body, with the reason. */
export const complaintPauses = pgTable(
  'complaint_pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    fromOn: day('from_on').notNull(),
    /** Last paused day; null while the pause runs. */
    toOn: day('to_on'),
    waitingOn: text('waiting_on', { enum: ['pelapor', 'terlapor'] }).notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('complaint_pauses_case_idx').on(t.complaintId)],
);

/** Messages between the reporter (status page) and the office. */
export const complaintMessages = pgTable(
  'complaint_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    authorKind: text('author_kind', { enum: ['pelapor', 'petugas'] }).notNull(),
    authorId: uuid('author_id').references(() => users.id),
    body: text('body').notNull(),
    /** The reporter's answer to the LHP (tanggapan) rather than a plain message. */
    isLhpResponse: boolean('is_lhp_response').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('complaint_messages_case_idx').on(t.complaintId, t.createdAt)],
);

/** Files on a case: the reporter's proof, the letter or chat export of a staff-recorded report… */
export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    source: text('source', { enum: ['pelapor', 'petugas', 'terlapor'] }).notNull(),
    kind: text('kind', {
      enum: ['bukti', 'bukti_pengaduan', 'surat_laporan', 'ekspor_chat', 'identitas', 'balasan', 'lainnya'],
    }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('complaint_attachments_case_idx').on(t.complaintId)],
);

/**
 * Official letters of a case: clarification requests to the body and to its superior, notices.
 * The body's users reach a letter only once it is sent and only when addressed to their
 * government; they see the letter's text and the attachments sent with it, never the case file.
 */
export const complaintLetters = pgTable(
  'complaint_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind', { enum: ['klarifikasi', 'klarifikasi_atasan', 'pemberitahuan'] }).notNull(),
    number: text('number').notNull(),
    letterDate: day('letter_date').notNull(),
    addresseeGovernmentId: uuid('addressee_government_id').references(() => governments.id),
    addresseeName: text('addressee_name').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    signatoryName: text('signatory_name').notNull(),
    signatoryTitle: text('signatory_title').notNull(),
    dueOn: day('due_on'),
    /** The officer confirmed that no identity of the reporter remains in the text. */
    identityCheckedAt: ts('identity_checked_at'),
    identityCheckedBy: uuid('identity_checked_by').references(() => users.id),
    sentAt: ts('sent_at'),
    sentBy: uuid('sent_by').references(() => users.id),
    replyFileId: uuid('reply_file_id').references(() => files.id),
    replyNote: text('reply_note'),
    repliedAt: ts('replied_at'),
    repliedBy: uuid('replied_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaint_letters_number_uq').on(t.officeId, t.number),
    index('complaint_letters_case_idx').on(t.complaintId),
    index('complaint_letters_addressee_idx').on(t.addresseeGovernmentId),
  ],
);

/** Attachments sent with a letter (copies stripped of image metadata, see the letters service). */
export const complaintLetterFiles = pgTable(
  'complaint_letter_files',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => complaintLetters.id, { onDelete: 'cascade' }),
    /** The stripped copy that goes out (never the original upload). */
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.fileId] })],
);

/**
 * Follow-up items: what an Ombudsman product asks a body to do, followed to evidence. Issue 14
 * creates the LHP's corrective actions; issue 17 widens the same table into the one backlog.
 */
export const followupItems = pgTable(
  'followup_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** shared/followups/kinds.ts FOLLOWUP_KINDS. */
    kind: text('kind', { enum: FOLLOWUP_KINDS }).notNull(),
    /** Who verifies: the office (its products, activity actions) or the government (its own items). */
    issuer: text('issuer', { enum: ['office', 'government'] })
      .notNull()
      .default('office'),
    /** Where it came from (shared/followups/kinds.ts FOLLOWUP_SOURCES) and the row there. */
    sourceType: text('source_type', { enum: FOLLOWUP_SOURCES }).notNull().default('complaint'),
    sourceId: uuid('source_id'),
    complaintId: uuid('complaint_id').references(() => complaints.id, { onDelete: 'cascade' }),
    /** The issuing office; null only for the government's own items. */
    officeId: uuid('office_id').references(() => offices.id),
    governmentId: uuid('government_id').references(() => governments.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** The assessment it came from and the indicator it concerns (a node code of the cycle's framework). */
    cycleId: uuid('cycle_id').references(() => cycles.id),
    indicatorCode: text('indicator_code'),
    /** One item per improvement point / activity action / survey element (re-running a source adds nothing). */
    improvementPointId: uuid('improvement_point_id').references(() => improvementPoints.id),
    activityActionId: uuid('activity_action_id'),
    surveyPeriodId: uuid('survey_period_id'),
    /** The survey element (e.g. "U5") a `survei` item is about. */
    surveyElement: text('survey_element'),
    addressee: text('addressee').notNull(),
    action: text('action').notNull(),
    evidenceExpected: text('evidence_expected'),
    /** Null: no due date (Taat's rule file says how such items count). */
    dueOn: day('due_on'),
    status: text('status', { enum: FOLLOWUP_STATUSES }).notNull().default('terbuka'),
    /** The unit PIC (or coordinator) who owes it on the government's side. */
    ownerId: uuid('owner_id').references(() => users.id),
    /** The last answer: who, when; the issuer may not verify an item they answered. */
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredAt: ts('answered_at'),
    /** When the coordinator sent the answer on to the issuer (Taat's "on time" compares this with due_on). */
    sentAt: ts('sent_at'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: ts('verified_at'),
    /** A rekomendasi is shown publicly only once headquarters decided so (UU 37/2008 Pasal 38(4)). */
    publishedAt: ts('published_at'),
    publishedBy: uuid('published_by').references(() => users.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    index('followup_items_case_idx').on(t.complaintId),
    index('followup_items_gov_idx').on(t.governmentId, t.status),
    index('followup_items_office_idx').on(t.officeId, t.status),
    index('followup_items_gov_kind_idx').on(t.governmentId, t.kind, t.dueOn),
    index('followup_items_owner_idx').on(t.ownerId, t.status),
    index('followup_items_cycle_idx').on(t.cycleId, t.indicatorCode),
    // The backlog's default order (followups-list.repository dueKey): no due date sorts last.
    index('followup_items_due_order_idx').on(sql`coalesce(${t.dueOn}, '9999-12-31'::date)`, t.id),
    uniqueIndex('followup_items_improvement_uq').on(t.improvementPointId),
    uniqueIndex('followup_items_activity_action_uq').on(t.activityActionId),
    uniqueIndex('followup_items_survey_element_uq').on(t.surveyPeriodId, t.unitId, t.surveyElement),
  ],
);

/** Each item's history: answered (with evidence), verified, reopened with a reason. */
export const followupEvents = pgTable(
  'followup_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => followupItems.id, { onDelete: 'cascade' }),
    at: ts('at').notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    fileId: uuid('file_id').references(() => files.id),
  },
  (t) => [index('followup_events_item_idx').on(t.itemId, t.at)],
);
