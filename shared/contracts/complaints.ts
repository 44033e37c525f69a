/**
 * Reports of maladministration (issue 14): the request and response shapes of the core case API
 * and of the public intake form. Custom messages are message keys of server/lib/messages.ts.
 * Letters, follow-up items, statistics and the public status page have their own contract files
 * beside this one (complaints-*.ts) and reuse these.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/workdays';
import {
  COMPLAINT_ACTIONS,
  LHP_OUTCOMES,
  MATERIAL_REJECT_REASONS,
  RECOMMENDATION_CLOSE_REASONS,
} from '../complaints/machine';
import {
  BODY_KINDS,
  CLOSURE_REASONS,
  COMPLAINT_CHANNELS,
  COMPLAINT_STAGES,
  COMPLAINT_TRACKS,
  MARITAL_STATUSES,
} from '../complaints/stages';
import { DEADLINE_KEYS } from '../complaints/deadline-rules';

const text = (max: number) => z.string().trim().min(1, { message: 'field.required' }).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : undefined));

/** A past or present date, YYYY-MM-DD. */
export const PastDaySchema = z
  .string()
  .refine((s) => isIsoDate(s) && s >= '1900-01-01', { message: 'field.date' });

/** NIK: 16 digits (Kartu Tanda Penduduk). */
export const NikSchema = z
  .string()
  .trim()
  .regex(/^\d{16}$/, { message: 'complaint.nik' });
/** An Indonesian phone number: +62 or 0, then 8–13 digits (spaces and dashes allowed). */
export const PhoneSchema = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(\+62|62|0)\d{8,13}$/, { message: 'complaint.phone' }));

/**
 * Who the reporter is, as UU 37/2008 Pasal 24(1)(a) asks: full name, place and date of birth,
 * marital status, occupation, full address — and the ID card number and contacts to reach them.
 * Never stored in clear (server/lib/identity-crypto.ts).
 */
export const ReporterIdentitySchema = z.object({
  fullName: text(160),
  birthPlace: text(120),
  birthDate: PastDaySchema,
  maritalStatus: z.enum(MARITAL_STATUSES),
  occupation: text(120),
  address: text(500),
  nik: NikSchema,
  phone: PhoneSchema,
  email: z
    .email({ message: 'field.email' })
    .max(200)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type ReporterIdentity = z.infer<typeof ReporterIdentitySchema>;

/** A staff-recorded report may lack parts of the identity: the formal check asks for them. */
export const PartialIdentitySchema = ReporterIdentitySchema.partial().extend({ fullName: text(160) });
export type PartialIdentity = z.infer<typeof PartialIdentitySchema>;

/** The reported body: from the registry where it is there, else by kind and name. */
export const ReportedBodySchema = z.object({
  kind: z.enum(BODY_KINDS),
  name: text(200),
  governmentId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  /** Kemendagri code of the body's province or regency (routes the report to the right office). */
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, { message: 'field.regionCode' })
    .optional(),
});
export type ReportedBody = z.infer<typeof ReportedBodySchema>;

const reportFields = {
  body: ReportedBodySchema,
  subject: text(200),
  /** What happened (Pasal 24(1)(b)). */
  description: text(10_000),
  eventDate: PastDaySchema.optional(),
  eventPlace: optionalText(300),
  /** What the reporter already did: the complaint to the body first (Pasal 24(1)(c)). */
  priorEffort: optionalText(4_000),
  priorComplaintDate: PastDaySchema.optional(),
  /** What the reporter expects. */
  expectation: optionalText(2_000),
  /** Pasal 24(2): keep my identity confidential. */
  confidential: z.boolean().default(false),
};

/** The citizen's form on the public portal (the identity is required, consent too). */
export const PublicReportInputSchema = z.object({
  identity: ReporterIdentitySchema,
  ...reportFields,
  priorEffort: text(4_000),
  expectation: text(2_000),
  consent: z.literal(true, { message: 'complaint.consent' }),
  /** The form's one-time token: a double submit returns the first report. */
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'field.invalid' }),
});
export type PublicReportInput = z.infer<typeof PublicReportInputSchema>;

/** Office staff recording a walk-in, phone, letter, e-mail, WhatsApp or field report. */
export const StaffReportInputSchema = z.object({
  identity: PartialIdentitySchema,
  ...reportFields,
  channel: z.enum(COMPLAINT_CHANNELS).refine((c) => c !== 'web', { message: 'complaint.staffChannel' }),
  /** When the report was received (defaults to now); not in the future. */
  receivedOn: PastDaySchema.optional(),
  track: z.enum(COMPLAINT_TRACKS).default('reguler'),
  consent: z.boolean().default(true),
});
export type StaffReportInput = z.infer<typeof StaffReportInputSchema>;

/** What the reporter receives once: the tracking number and the PIN (shown once, never again). */
export const ReceiptSchema = z.object({
  id: z.uuid(),
  trackingNumber: z.string(),
  pin: z.string(),
  officeName: z.string(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const NextDeadlineSchema = z.object({
  key: z.enum(DEADLINE_KEYS),
  dueOn: z.string(),
  overdue: z.boolean(),
  paused: z.boolean(),
});

/** One row of the case list (no identity, ever). */
export const ComplaintSummarySchema = z.object({
  id: z.uuid(),
  trackingNumber: z.string(),
  stage: z.enum(COMPLAINT_STAGES),
  track: z.enum(COMPLAINT_TRACKS),
  channel: z.enum(COMPLAINT_CHANNELS),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  receivedAt: z.string(),
  subject: z.string(),
  bodyKind: z.enum(BODY_KINDS),
  bodyName: z.string(),
  bodyGovernmentId: z.string().nullable(),
  officeId: z.string(),
  officeName: z.string(),
  forms: z.array(z.string()),
  confidential: z.boolean(),
  nextDeadline: NextDeadlineSchema.nullable(),
});
export type ComplaintSummary = z.infer<typeof ComplaintSummarySchema>;

export const ComplaintListQuerySchema = z.object({
  stage: z.enum(COMPLAINT_STAGES).optional(),
  /** open = every stage but selesai. */
  status: z.enum(['open', 'closed']).optional(),
  officeId: z.uuid().optional(),
  bodyGovernmentId: z.uuid().optional(),
  form: z.string().max(60).optional(),
  channel: z.enum(COMPLAINT_CHANNELS).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['received_desc', 'received_asc', 'due_asc']).default('received_desc'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type ComplaintListQuery = z.infer<typeof ComplaintListQuerySchema>;

export const ComplaintListSchema = z.object({
  items: z.array(ComplaintSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number(),
});
export type ComplaintList = z.infer<typeof ComplaintListSchema>;

/** The material check (REFERENCE §4.2, §4.3 step 3). */
export const MaterialCheckSchema = z.object({
  withinAuthority: z.boolean(),
  notInCourt: z.boolean(),
  withinTwoYears: z.boolean(),
  notDuplicate: z.boolean(),
  note: optionalText(2_000),
});
export type MaterialCheck = z.infer<typeof MaterialCheckSchema>;

export const CorrectiveActionInputSchema = z.object({
  addressee: text(200),
  governmentId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  action: text(2_000),
  evidenceExpected: optionalText(1_000),
  /** Defaults to 30 working days after the LHP (PO 58/2023 Pasal 54). */
  dueOn: PastDaySchema.optional(),
});

/**
 * A transition (shared/complaints/machine.ts). `version` is the case's version the officer saw:
 * a stale one answers 409 and changes nothing. Each action reads the fields it needs.
 */
export const TransitionBodySchema = z.object({
  action: z.enum(COMPLAINT_ACTIONS),
  version: z.number().int().min(0),
  note: optionalText(4_000),
  materialCheck: MaterialCheckSchema.optional(),
  rejectReason: z.enum(MATERIAL_REJECT_REASONS).optional(),
  plenaryDate: PastDaySchema.optional(),
  targetOfficeId: z.uuid().optional(),
  lhp: z
    .object({
      outcome: z.enum(LHP_OUTCOMES),
      number: text(100),
      date: PastDaySchema,
      findings: text(20_000),
      correctiveActions: z.array(CorrectiveActionInputSchema).max(50).default([]),
    })
    .optional(),
  recommendation: z
    .object({
      number: optionalText(100),
      issuedOn: PastDaySchema.optional(),
      receivedOn: PastDaySchema.optional(),
    })
    .optional(),
  closeReason: z.enum(RECOMMENDATION_CLOSE_REASONS).optional(),
});
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

export const complaintKeys = {
  all: ['complaints'] as const,
  list: (q: Partial<ComplaintListQuery>) => ['complaints', 'list', q] as const,
  detail: (id: string) => ['complaints', 'detail', id] as const,
  forms: ['complaints', 'forms'] as const,
  rules: ['complaints', 'rules'] as const,
};
