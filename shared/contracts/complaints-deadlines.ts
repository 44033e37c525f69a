/**
 * Deadlines of a case (issue 14 parts 8 and 11): clocks and pauses, the next deadline a list shows,
 * the WhatsApp status message, and the admin's deadline rules (versioned) and maladministration
 * forms (taxonomy as data). Custom messages are message keys of server/lib/messages.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/workdays';
import { DEADLINE_KEYS, DEADLINE_RULE_SET_SCHEMA } from '../complaints/deadline-rules';

const day = z.string().refine((s) => isIsoDate(s), { message: 'field.date' });
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, { message: min <= 1 ? 'field.required' : 'field.tooShort' })
    .max(max, { message: 'field.tooLong' });

export const DEADLINE_STATUSES = ['berjalan', 'terpenuhi', 'lewat', 'batal'] as const;
export const WAITING_ON = ['pelapor', 'terlapor'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

/** Who owes each clock: a pause waiting on a party does not stop that party's own clocks. */
export const CLOCK_OWNER: Readonly<Record<(typeof DEADLINE_KEYS)[number], 'kantor' | WaitingOn>> = {
  verifikasi: 'kantor',
  kelengkapan_formil: 'pelapor',
  pleno: 'kantor',
  pemeriksaan: 'kantor',
  jawaban_klarifikasi: 'terlapor',
  tanggapan_lhp: 'pelapor',
  tindakan_korektif: 'terlapor',
  laporan_rekomendasi: 'terlapor',
  rco: 'kantor',
};

export const ComplaintDeadlineSchema = z.object({
  id: z.string(),
  key: z.enum(DEADLINE_KEYS),
  startedOn: z.string(),
  days: z.number(),
  unit: z.enum(['working', 'calendar']),
  dueOn: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  metOn: z.string().nullable(),
  remindedOn: z.string().nullable(),
  letterId: z.string().nullable(),
});
export type ComplaintDeadlineDto = z.infer<typeof ComplaintDeadlineSchema>;

export const ComplaintPauseSchema = z.object({
  id: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  waitingOn: z.enum(WAITING_ON),
  reason: z.string(),
});
export type ComplaintPauseDto = z.infer<typeof ComplaintPauseSchema>;

/** POST /complaints/:id/pauses: stop the clocks from `from` (default today) while waiting. */
export const PauseInputSchema = z
  .object({
    waitingOn: z.enum(WAITING_ON, { message: 'field.choice' }),
    reason: text(3, 400),
    from: day.optional(),
  })
  .strict();
export type PauseInput = z.infer<typeof PauseInputSchema>;

/** POST /complaints/:id/pauses/:pauseId/end: the last paused day (default today). */
export const EndPauseInputSchema = z.object({ to: day.optional() }).strict();
export type EndPauseInput = z.infer<typeof EndPauseInputSchema>;

export const PauseParamsSchema = z.object({ id: z.uuid(), pauseId: z.uuid() });

/** The case's clocks and pauses after a pause started or ended. */
export const CaseClocksSchema = z.object({
  deadlines: z.array(ComplaintDeadlineSchema),
  pauses: z.array(ComplaintPauseSchema),
});
export type CaseClocks = z.infer<typeof CaseClocksSchema>;

/** The deadline a case list shows: the earliest open clock. */
export const NextDeadlineSchema = z.object({
  key: z.enum(DEADLINE_KEYS),
  dueOn: z.string(),
  /** Past its due date and not met. */
  overdue: z.boolean(),
  /** A pause is running that stops this clock (its due date moves when the pause ends). */
  paused: z.boolean(),
});
export type NextDeadline = z.infer<typeof NextDeadlineSchema>;

/** GET /complaints/:id/whatsapp: a click-to-chat link with a prepared status message. */
export const WhatsappMessageSchema = z.object({ url: z.string(), text: z.string() });
export type WhatsappMessage = z.infer<typeof WhatsappMessageSchema>;

// --- Deadline rules (versioned) ---

export const RuleSetSchema = z.object({
  id: z.string(),
  version: z.number(),
  rules: DEADLINE_RULE_SET_SCHEMA,
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type RuleSetDto = z.infer<typeof RuleSetSchema>;

export const RuleSetListSchema = z.object({
  current: RuleSetSchema,
  versions: z.array(RuleSetSchema.omit({ rules: true }).extend({ cases: z.number() })),
});
export type RuleSetList = z.infer<typeof RuleSetListSchema>;

/** PUT /complaint-rules: a whole new version (existing cases keep theirs). */
export const RuleSetInputSchema = z
  .object({
    rules: DEADLINE_RULE_SET_SCHEMA,
    note: text(3, 400),
  })
  .strict();
export type RuleSetInput = z.infer<typeof RuleSetInputSchema>;

// --- Maladministration forms (taxonomy as data) ---

export const MalFormSchema = z.object({
  code: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  source: z.string(),
  position: z.number(),
  retired: z.boolean(),
  /** Cases classified under it (a retired form stays on them). */
  cases: z.number(),
});
export type MalFormDto = z.infer<typeof MalFormSchema>;
export const MalFormListSchema = z.object({ items: z.array(MalFormSchema) });
export type MalFormList = z.infer<typeof MalFormListSchema>;

export const MalFormCodeParamsSchema = z.object({ code: z.string().max(60) });

export const MalFormInputSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{2,59}$/, { message: 'complaint.formCode' }),
    nameId: text(3, 120),
    nameEn: text(3, 120),
    source: text(3, 120).optional(),
  })
  .strict();
export type MalFormInput = z.infer<typeof MalFormInputSchema>;

export const MalFormPatchSchema = z
  .object({
    nameId: text(3, 120).optional(),
    nameEn: text(3, 120).optional(),
    retired: z.boolean().optional(),
  })
  .strict();
export type MalFormPatch = z.infer<typeof MalFormPatchSchema>;

export const complaintRuleKeys = {
  all: ['complaint-rules'] as const,
  rules: ['complaint-rules', 'rules'] as const,
  forms: ['complaint-rules', 'forms'] as const,
};
