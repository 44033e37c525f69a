/**
 * The staff case API (issue 14, "core"): the detail of a case, officers, classification, the
 * reveal of the reporter's identity, messages to the reporter, attachments, the recommendation's
 * dates, and what a transition answers. The list, the report input and the transition body are in
 * complaints.ts. Never carries the reporter's identity except the reveal's answer.
 *
 * Refusals of a transition: 403 `complaint.notAllowed` when the role may never take the action;
 * 409 `complaint.notAllowed` when the case's stage does not allow it; 409 `complaint.stale` when
 * the version is not the case's; 409 with a guard's key when the case's data refuses it (the
 * completion window still open…); 400 with the field when the body lacks what the action needs.
 */
import { z } from 'zod';
import { COMPLAINT_ACTIONS, LHP_OUTCOMES } from '../complaints/machine';
import { CLOSURE_REASONS, COMPLAINT_STAGES } from '../complaints/stages';
import { DEADLINE_KEYS } from '../complaints/deadline-rules';
import { SECTORS } from './enums';
import { ComplaintSummarySchema, PastDaySchema } from './complaints';

export const ComplaintIdParams = z.object({ id: z.uuid() });
export const ComplaintAttachmentParams = z.object({ id: z.uuid(), aid: z.uuid() });

/** Kinds of a file on a case (the schema's list). */
export const ATTACHMENT_KINDS = [
  'bukti',
  'bukti_pengaduan',
  'surat_laporan',
  'ekspor_chat',
  'identitas',
  'balasan',
  'lainnya',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const AttachmentKindSchema = z.enum(ATTACHMENT_KINDS);

export const ComplaintAttachmentSchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  source: z.enum(['pelapor', 'petugas', 'terlapor']),
  kind: AttachmentKindSchema,
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ComplaintAttachment = z.infer<typeof ComplaintAttachmentSchema>;

export const ComplaintOfficerSchema = z.object({ userId: z.uuid(), name: z.string(), lead: z.boolean() });

/** The outcome of a mediation or conciliation recorded as a case note. */
export const MEDIATION_OUTCOMES = ['berhasil', 'sebagian', 'tidak_berhasil'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

export const ComplaintEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actorKind: z.enum(['petugas', 'pelapor', 'terlapor', 'sistem']),
  actorName: z.string().nullable(),
  action: z.string(),
  fromStage: z.string().nullable(),
  toStage: z.string().nullable(),
  note: z.string().nullable(),
  visibleToReporter: z.boolean(),
  /** A case note's own date (a field visit, a mediation…): the day it happened. */
  noteOn: z.string().nullable().optional(),
  /** A mediation's or conciliation's outcome. */
  outcome: z.enum(MEDIATION_OUTCOMES).nullable().optional(),
});
export type ComplaintEvent = z.infer<typeof ComplaintEventSchema>;

/**
 * What officers record on a case besides its transitions (issue 14 parts 6–7): field visits and
 * examination notes, the outcome of a mediation or conciliation (UU 25/2009 Pasal 46, 50), and —
 * once a recommendation is out — headquarters' decision to publish it or to report it to the DPR
 * and the President (UU 37/2008 Pasal 38(4)), which the office records.
 */
export const CASE_NOTE_KINDS = [
  'kunjungan_lapangan',
  'catatan_pemeriksaan',
  'mediasi',
  'konsiliasi',
  'publikasi_rekomendasi',
  'laporan_dpr_presiden',
] as const;
export type CaseNoteKind = (typeof CASE_NOTE_KINDS)[number];
/** Kinds only the head of office (or an admin) records, on a case at the recommendation. */
export const HQ_DECISION_NOTES: readonly CaseNoteKind[] = ['publikasi_rekomendasi', 'laporan_dpr_presiden'];

const MEDIATION_STAGES: readonly string[] = [
  'pemeriksaan',
  'tindakan_korektif',
  'resolusi_monitoring',
  'rco',
];

/**
 * May a note of this kind be written on a case in this state? Headquarters' decisions at the
 * recommendation (or after it closed unimplemented), mediation from examination on, the others on
 * any open case. Who may write the decisions (the head) is checked apart.
 */
export function noteFits(kind: CaseNoteKind, c: { stage: string; closureReason: string | null }): boolean {
  if (HQ_DECISION_NOTES.includes(kind))
    return (
      c.stage === 'rekomendasi' ||
      (c.stage === 'selesai' && c.closureReason === 'rekomendasi_tidak_dilaksanakan')
    );
  if (kind === 'mediasi' || kind === 'konsiliasi') return MEDIATION_STAGES.includes(c.stage);
  return c.stage !== 'selesai';
}

export const CaseNoteBodySchema = z
  .object({
    kind: z.enum(CASE_NOTE_KINDS, { message: 'field.choice' }),
    on: PastDaySchema,
    text: z.string().trim().min(1, { message: 'field.required' }).max(4_000),
    outcome: z.enum(MEDIATION_OUTCOMES, { message: 'field.choice' }).optional(),
  })
  .superRefine((b, ctx) => {
    if ((b.kind === 'mediasi' || b.kind === 'konsiliasi') && !b.outcome)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'field.required' });
  });
export type CaseNoteBody = z.infer<typeof CaseNoteBodySchema>;

export const ComplaintPauseSchema = z.object({
  id: z.uuid(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  waitingOn: z.enum(['pelapor', 'terlapor']),
  reason: z.string(),
});

export const ComplaintDeadlineSchema = z.object({
  id: z.uuid(),
  key: z.enum(DEADLINE_KEYS),
  startedOn: z.string(),
  days: z.number(),
  unit: z.enum(['working', 'calendar']),
  dueOn: z.string(),
  status: z.enum(['berjalan', 'terpenuhi', 'lewat', 'batal']),
  metOn: z.string().nullable(),
  letterId: z.string().nullable(),
  overdue: z.boolean(),
});

export const ComplaintMessageSchema = z.object({
  id: z.uuid(),
  authorKind: z.enum(['pelapor', 'petugas']),
  authorName: z.string().nullable(),
  body: z.string(),
  isLhpResponse: z.boolean(),
  createdAt: z.string(),
});
export type ComplaintMessage = z.infer<typeof ComplaintMessageSchema>;

export const DuplicateCandidateSchema = z.object({
  id: z.uuid(),
  trackingNumber: z.string(),
  stage: z.enum(COMPLAINT_STAGES),
  subject: z.string(),
  receivedAt: z.string(),
  sameReporter: z.boolean(),
});

export const FormLabelSchema = z.object({ code: z.string(), id: z.string(), en: z.string() });

/** The case as staff see it. `reporter.label` replaces the identity (revealed on its own route). */
export const ComplaintDetailSchema = ComplaintSummarySchema.extend({
  reporter: z.object({
    /** "Identitas dirahasiakan" (confidential) or "Identitas tersimpan terenkripsi — buka untuk melihat". */
    label: z.string(),
    erased: z.boolean(),
  }),
  description: z.string(),
  eventDate: z.string().nullable(),
  eventPlace: z.string().nullable(),
  priorEffort: z.string().nullable(),
  priorComplaintDate: z.string().nullable(),
  expectation: z.string().nullable(),
  bodyUnitId: z.string().nullable(),
  bodyRegionCode: z.string().nullable(),
  sector: z.enum(SECTORS).nullable(),
  substance: z.string().nullable(),
  formLabels: z.array(FormLabelSchema),
  materialCheck: z
    .object({
      withinAuthority: z.boolean(),
      notInCourt: z.boolean(),
      withinTwoYears: z.boolean(),
      notDuplicate: z.boolean(),
      note: z.string().optional(),
    })
    .nullable(),
  plenaryDate: z.string().nullable(),
  plenaryNote: z.string().nullable(),
  lhp: z
    .object({
      outcome: z.enum(LHP_OUTCOMES),
      number: z.string().nullable(),
      date: z.string().nullable(),
      findings: z.string().nullable(),
    })
    .nullable(),
  recommendation: z.object({
    proposedAt: z.string().nullable(),
    number: z.string().nullable(),
    issuedOn: z.string().nullable(),
    receivedOn: z.string().nullable(),
  }),
  closedAt: z.string().nullable(),
  officers: z.array(ComplaintOfficerSchema),
  events: z.array(ComplaintEventSchema),
  deadlines: z.array(ComplaintDeadlineSchema),
  pauses: z.array(ComplaintPauseSchema),
  attachments: z.array(ComplaintAttachmentSchema),
  messages: z.array(ComplaintMessageSchema),
  duplicates: z.array(DuplicateCandidateSchema),
  /** The buttons: actionsFor(stage, role) minus those whose data guards refuse now. */
  actions: z.array(z.enum(COMPLAINT_ACTIONS)),
  /** The actor may reveal the identity (assigned officer, head of the case's office, admin). */
  canReveal: z.boolean(),
  /** Where the actor may transfer the case (live offices but its own); empty without `alihkan`. */
  transferTargets: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Staff of the case's office the actor may assign (head of that office, admin); else empty. */
  staffCandidates: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string() })),
  version: z.number(),
});
export type ComplaintDetail = z.infer<typeof ComplaintDetailSchema>;

/** What a transition, an assignment or a classification answers: where the case is now. */
export const ComplaintChangedSchema = z.object({
  id: z.uuid(),
  stage: z.enum(COMPLAINT_STAGES),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  officeId: z.uuid(),
  version: z.number(),
});
export type ComplaintChanged = z.infer<typeof ComplaintChangedSchema>;

/** Officers of the case's office; exactly one lead. `version` as for transitions. */
export const OfficersBodySchema = z.object({
  version: z.number().int().min(0),
  officers: z
    .array(z.object({ userId: z.uuid(), lead: z.boolean().default(false) }))
    .min(1, { message: 'complaint.officersRequired' })
    .max(20)
    .refine((list) => list.filter((o) => o.lead).length === 1, { message: 'complaint.oneLead' })
    .refine((list) => new Set(list.map((o) => o.userId)).size === list.length, {
      message: 'complaint.officerTwice',
    }),
});
export type OfficersBody = z.infer<typeof OfficersBodySchema>;

export const ClassificationBodySchema = z.object({
  version: z.number().int().min(0),
  /** Codes of live maladministration forms (≥ 1). */
  forms: z.array(z.string().trim().min(1).max(60)).min(1, { message: 'complaint.formsRequired' }).max(12),
  sector: z.enum(SECTORS).nullable().optional(),
  substance: z
    .string()
    .trim()
    .max(200)
    .nullable()
    .optional()
    .transform((s) => (s ? s : null)),
  /** Link the reported body to the registry (a government, and a unit of it); null unlinks. */
  bodyGovernmentId: z.uuid().nullable().optional(),
  bodyUnitId: z.uuid().nullable().optional(),
});
export type ClassificationBody = z.infer<typeof ClassificationBodySchema>;

/** The sealed identity, opened for an allowed officer (audited, never logged). */
export const RevealedIdentitySchema = z.object({
  identity: z.object({
    fullName: z.string().optional(),
    birthPlace: z.string().optional(),
    birthDate: z.string().optional(),
    maritalStatus: z.string().optional(),
    occupation: z.string().optional(),
    address: z.string().optional(),
    nik: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
  }),
  confidential: z.boolean(),
});
export type RevealedIdentity = z.infer<typeof RevealedIdentitySchema>;

export const MessageBodySchema = z.object({
  body: z.string().trim().min(1, { message: 'field.required' }).max(4_000),
});
export type MessageBody = z.infer<typeof MessageBodySchema>;

export const RecommendationBodySchema = z.object({
  version: z.number().int().min(0),
  number: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((s) => (s ? s : undefined)),
  issuedOn: PastDaySchema.optional(),
  receivedOn: PastDaySchema.optional(),
});
export type RecommendationBody = z.infer<typeof RecommendationBodySchema>;

export const complaintCaseKeys = {
  attachments: (id: string) => ['complaints', 'detail', id, 'attachments'] as const,
};
