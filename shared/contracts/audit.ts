/**
 * The audit log as its readers see it: who did what to which named thing, the fields that changed
 * (before → after), with personal fields masked for roles that may not read them and secrets never
 * shown at all. Used by the audit routes (request/response schemas) and the web app (z.infer).
 */
import { z } from 'zod';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'archive',
  'restore',
  'import',
  'upload',
  'login',
  'account',
  /** A reporter's sealed identity opened (issue 14): who and which case, never what it held. */
  'reveal',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Every kind of record the services write to the log (`entityType`). */
export const AUDIT_ENTITY_TYPES = [
  'office',
  'government',
  'unit',
  'unit_change',
  'product',
  'contact',
  'agreement',
  'user',
  'import',
  'framework',
  'cycle',
  'cycle_assessors',
  'cycle_sample',
  'cycle_unit',
  'self_answers',
  'evidence',
  'verified_answer',
  'field_visit',
  'field_visit_photo',
  'improvement_point',
  'appeal',
  'appeal_file',
  'calendar_day',
  'demo',
  'result_release',
  'official_figure',
  'complaint_identity',
  'complaint_attachment',
  // complaints: deadlines (issue 14)
  'complaint_pause',
  'complaint_rule_set',
  'maladministration_form',
  // activities with governments (issue 15)
  'activity',
  'activity_photo',
  // service standards (issue 15): a version opened, submitted, returned, set, published, discarded
  'service_standard',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Fields holding a person's contact data: shown only to roles with `personal.read`. */
export const PERSONAL_FIELDS = ['phone', 'email', 'whatsapp', 'nik', 'identityNumber', 'birthDate'] as const;

/** The text that replaces a masked personal value. */
export const MASKED = '••••••';

const isoDate = z.iso.date();

export const AuditQuerySchema = z.object({
  governmentId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  entityType: z.enum(AUDIT_ENTITY_TYPES).optional(),
  entityId: z.string().max(64).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** First day included (YYYY-MM-DD, UTC+7 day boundaries are not assumed: the day in UTC). */
  from: isoDate.optional(),
  /** Last day included (YYYY-MM-DD). */
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** GET /audit/export: the same filter without paging. */
export const AuditExportQuerySchema = AuditQuerySchema.omit({ limit: true, cursor: true });
export type AuditExportQuery = z.infer<typeof AuditExportQuerySchema>;

/** GET /audit/actors: the people of one government's part of the log, or of all the reader may read. */
export const AuditActorsQuerySchema = z.object({ governmentId: z.uuid().optional() });
export type AuditActorsQuery = z.infer<typeof AuditActorsQuerySchema>;

export const AuditChangeSchema = z.object({
  field: z.string(),
  /** Display text of the value before (null: absent); personal values masked. */
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** True when the values were replaced by the mask. */
  masked: z.boolean(),
});
export type AuditChange = z.infer<typeof AuditChangeSchema>;

export const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** The record's name as the reader knows it (name, title, code…), when the entry carries one. */
  entityLabel: z.string().nullable(),
  governmentId: z.string().nullable(),
  changes: z.array(AuditChangeSchema),
});
export type AuditEntryDto = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextCursor: z.number().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AuditActorSchema = z.object({ id: z.string(), name: z.string() });
export const AuditActorsSchema = z.object({ items: z.array(AuditActorSchema) });
export type AuditActor = z.infer<typeof AuditActorSchema>;
export type AuditActors = z.infer<typeof AuditActorsSchema>;

/** Query keys of the audit feature (one factory). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (q: Omit<AuditQuery, 'limit' | 'cursor'>) => ['audit', 'list', q] as const,
  actors: (governmentId: string | undefined) => ['audit', 'actors', governmentId ?? 'all'] as const,
};
