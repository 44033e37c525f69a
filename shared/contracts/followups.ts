/**
 * The one follow-up backlog (issue 14 created it for an LHP's corrective actions; issue 17 widens
 * it to every product of the Ombudsman and the government's own items). Kinds, sources and the
 * state machine live in shared/followups/; this file is the API's shapes.
 *
 * Reach: office staff see their offices' items (every kind); a government's coordinator and
 * internal verifier see their government's items; a unit PIC sees the items of their units and the
 * items they own. The government's side never sees a complaint's case (complaintId null for them).
 */
import { z } from 'zod';
import { FOLLOWUP_KINDS, FOLLOWUP_SOURCES } from '../followups/kinds';
import { FOLLOWUP_ACTIONS, FOLLOWUP_STATUSES, type FollowupStatus } from '../followups/machine';
import { trimmed } from './common';

export { FOLLOWUP_STATUSES, type FollowupStatus } from '../followups/machine';
export { FOLLOWUP_KINDS, FOLLOWUP_KIND_LABELS, type FollowupKind } from '../followups/kinds';

export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, { id: string; en: string }> = {
  terbuka: { id: 'Terbuka', en: 'Open' },
  dijawab: { id: 'Dijawab PIC', en: 'Answered by the PIC' },
  dikirim: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  selesai: { id: 'Selesai', en: 'Done' },
  dibuka_kembali: { id: 'Dibuka kembali', en: 'Reopened' },
};

const isoDate = z.iso.date({ message: 'field.date' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'field.tooLong' })
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const FollowupIdParams = z.object({ id: z.uuid() });
export const FollowupFileParams = z.object({ id: z.uuid(), fid: z.uuid() });

const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

/** GET /api/followups: every filter is optional; keyset-paged. */
export const FollowupListQuerySchema = z.object({
  complaintId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  governmentId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  cycleId: z.uuid().optional(),
  kind: z.enum(FOLLOWUP_KINDS).optional(),
  /** `taat`: the Ombudsman's products only; `own`: the government's own items and activity actions. */
  group: z.enum(['taat', 'own']).optional(),
  status: z.enum(FOLLOWUP_STATUSES).optional(),
  overdue: bool,
  /** A user id, or `me`. */
  owner: z.union([z.uuid(), z.literal('me')]).optional(),
  /** Items waiting on me: to answer (PIC), to send (coordinator), to verify (issuer). */
  todo: bool,
  sourceType: z.enum(FOLLOWUP_SOURCES).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['due', 'created', 'government']).default('due'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type FollowupListQuery = z.infer<typeof FollowupListQuerySchema>;

export const FollowupSourceRefSchema = z.object({
  type: z.enum(FOLLOWUP_SOURCES),
  id: z.uuid().nullable(),
  /** "LHP 0012/LM/2024", "Penilaian 2023 · PROSES.3", "SKM 2023 · U5", "Bimtek 12 Maret 2024" … */
  label: z.string(),
  /** The web path that opens it for this reader, or null when it is out of their reach. */
  link: z.string().nullable(),
});

export const FollowupPersonSchema = z.object({ id: z.uuid(), name: z.string() });

export const FollowupItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FOLLOWUP_KINDS),
  issuer: z.enum(['office', 'government']),
  source: FollowupSourceRefSchema,
  /** Office staff only; null in a government user's answer. */
  complaintId: z.uuid().nullable(),
  officeId: z.uuid().nullable(),
  governmentId: z.uuid().nullable(),
  governmentName: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  cycleId: z.uuid().nullable(),
  indicatorCode: z.string().nullable(),
  addressee: z.string(),
  action: z.string(),
  evidenceExpected: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(FOLLOWUP_STATUSES),
  /** Due date passed and not done (computed on read, in WIB). */
  overdue: z.boolean(),
  owner: FollowupPersonSchema.nullable(),
  answeredBy: FollowupPersonSchema.nullable(),
  answeredAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  /** A rekomendasi headquarters decided to publish. */
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  /** What this reader may do now (shared/followups/machine.ts, their part, and "not the answerer"). */
  can: z.array(z.enum([...FOLLOWUP_ACTIONS, 'publish'])),
});
export type FollowupItem = z.infer<typeof FollowupItemSchema>;

export const FollowupEvidenceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['file', 'link', 'document']),
  label: z.string(),
  /** A link's URL; null for files and documents (read them through the item's file route). */
  url: z.string().nullable(),
  fileId: z.uuid().nullable(),
});

export const FollowupEventSchema = z.object({
  at: z.string(),
  action: z.string(),
  actor: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  /** The first file (issue 14's shape); `evidence` lists them all. */
  file: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  evidence: z.array(FollowupEvidenceSchema),
});

export const FollowupDetailSchema = FollowupItemSchema.extend({
  history: z.array(FollowupEventSchema),
});
export type FollowupDetail = z.infer<typeof FollowupDetailSchema>;

export const FollowupCountsSchema = z.object({
  total: z.number().int(),
  terbuka: z.number().int(),
  dijawab: z.number().int(),
  dikirim: z.number().int(),
  selesai: z.number().int(),
  dibuka_kembali: z.number().int(),
  overdue: z.number().int(),
});
export const FollowupListSchema = z.object({
  items: z.array(FollowupItemSchema),
  nextCursor: z.string().nullable(),
  /** Over every page of the filter (not just this page). */
  counts: FollowupCountsSchema,
});
export type FollowupList = z.infer<typeof FollowupListSchema>;

/** POST /api/followups: an item by hand (the office: saran/rekomendasi; the Inspektorat: its own). */
export const FollowupCreateSchema = z.object({
  kind: z.enum(FOLLOWUP_KINDS),
  governmentId: z.uuid(),
  unitId: z.uuid().nullable().optional(),
  cycleId: z.uuid().nullable().optional(),
  indicatorCode: optionalText(40),
  addressee: trimmed(300),
  action: trimmed(2_000),
  evidenceExpected: optionalText(1_000),
  dueOn: isoDate.nullable().optional(),
});
export type FollowupCreate = z.infer<typeof FollowupCreateSchema>;

const ItemVersions = z
  .array(z.object({ id: z.uuid(), version: z.number().int().min(0) }))
  .min(1, { message: 'field.required' })
  .max(500, { message: 'field.tooMany' });

/** POST /api/followups/assign (coordinator, bulk; all or none): the owner is a PIC of the item's unit or the coordinator. */
export const FollowupAssignSchema = z.object({ items: ItemVersions, ownerId: z.uuid() });
/** POST /api/followups/send (coordinator, bulk; all or none): answered items go on to the issuer. */
export const FollowupSendSchema = z.object({ items: ItemVersions });
export const FollowupBulkResultSchema = z.object({ items: z.array(FollowupItemSchema) });
export type FollowupBulkResult = z.infer<typeof FollowupBulkResultSchema>;

/**
 * POST /api/followups/:id/answer is multipart: fields `version`, `note`, then any of `link`
 * (repeatable URL), `documentId` (repeatable: a document of the unit's evidence library), and
 * `file` parts (repeatable). At least one piece of evidence or a note of 20+ characters.
 */
export const FOLLOWUP_ANSWER_LIMITS = { files: 5, links: 5, documents: 10, note: 2_000 } as const;

export const FollowupVerifySchema = z
  .object({
    decision: z.enum(['selesai', 'buka_kembali']),
    reason: z.string().trim().max(2_000, { message: 'field.tooLong' }).optional(),
    version: z.number().int().min(0),
  })
  .refine((v) => v.decision === 'selesai' || !!v.reason, {
    message: 'followup.reasonRequired',
    path: ['reason'],
  });
export type FollowupVerify = z.infer<typeof FollowupVerifySchema>;

/** POST /api/followups/:id/publish (headquarters: admin): a rekomendasi shown on the public page, or not. */
export const FollowupPublishSchema = z.object({ publish: z.boolean(), version: z.number().int().min(0) });

/** Kinds an office may choose to publish (never tindakan_korektif; rekomendasi per item by headquarters). */
export const PUBLISHABLE_KINDS = ['saran_perbaikan', 'saran_penyempurnaan', 'kegiatan'] as const;
export const DEFAULT_PUBLISHED_KINDS = ['saran_perbaikan'] as const;
/** GET/PUT /api/offices/:id/followup-publication */
export const FollowupPublicationSchema = z.object({
  kinds: z.array(z.enum(PUBLISHABLE_KINDS)).max(PUBLISHABLE_KINDS.length),
});
export type FollowupPublication = z.infer<typeof FollowupPublicationSchema>;

/** GET /api/followups/overdue: per government within reach (office staff: per office too). */
export const FollowupOverdueRowSchema = z.object({
  governmentId: z.uuid(),
  governmentName: z.string(),
  officeId: z.uuid().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
  oldestDue: z.string().nullable(),
});
export const FollowupOverdueSchema = z.object({ items: z.array(FollowupOverdueRowSchema) });

/** POST /api/followup-letters: the letter that sends a batch of one government's items. */
export const FollowupLetterCreateSchema = z.object({
  governmentId: z.uuid(),
  itemIds: z.array(z.uuid()).min(1, { message: 'field.required' }).max(200, { message: 'field.tooMany' }),
  number: trimmed(100),
  letterDate: isoDate,
  subject: trimmed(300),
  signatoryName: trimmed(200),
  signatoryPosition: trimmed(200),
});
export const FollowupLetterSchema = z.object({
  id: z.uuid(),
  governmentId: z.uuid(),
  governmentName: z.string(),
  number: z.string(),
  letterDate: z.string(),
  subject: z.string(),
  signatoryName: z.string(),
  signatoryPosition: z.string(),
  itemCount: z.number().int(),
  /** The PDF is rendered in the worker pool; null until it is ready. */
  ready: z.boolean(),
  createdAt: z.string(),
});
export const FollowupLetterListSchema = z.object({ items: z.array(FollowupLetterSchema) });

export const followupKeys = {
  all: ['followups'] as const,
  list: (query: Partial<FollowupListQuery> | string = {}) =>
    ['followups', 'list', typeof query === 'string' ? { complaintId: query } : query] as const,
  detail: (id: string) => ['followups', 'detail', id] as const,
  overdue: (officeId?: string) => ['followups', 'overdue', officeId ?? null] as const,
  letters: (governmentId?: string) => ['followups', 'letters', governmentId ?? null] as const,
  publication: (officeId: string) => ['followups', 'publication', officeId] as const,
  taat: (governmentId: string) => ['followups', 'taat', governmentId] as const,
};
