/**
 * Official letters of a case (issue 14, §6 and §9): the office's clarification requests and
 * notices, the body's view of the letters addressed to it, and its signed reply. Custom messages
 * are message keys of server/lib/messages.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/workdays';

export const LETTER_KINDS = ['klarifikasi', 'klarifikasi_atasan', 'pemberitahuan'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_KIND_LABELS: Record<LetterKind, { id: string; en: string }> = {
  klarifikasi: { id: 'Permintaan klarifikasi', en: 'Clarification request' },
  klarifikasi_atasan: {
    id: 'Permintaan klarifikasi kepada atasan',
    en: 'Clarification request to the superior',
  },
  pemberitahuan: { id: 'Pemberitahuan', en: 'Notice' },
};

/** Where a letter stands: a draft, sent (waiting for the reply), replied. */
export const LETTER_STATUSES = ['draf', 'terkirim', 'dibalas'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

const text = (max: number) =>
  z.string().trim().min(1, { message: 'field.required' }).max(max, { message: 'field.tooLong' });
/** A letter's day: YYYY-MM-DD within 2000–2100 (a due date counted from it stays a valid date). */
const DaySchema = z
  .string()
  .refine((s) => isIsoDate(s) && s >= '2000-01-01' && s <= '2100-12-31', { message: 'field.date' });

export const LetterIdParams = z.object({ lid: z.uuid() });
export const LetterFileParams = z.object({ lid: z.uuid(), fid: z.uuid() });

export const LetterDraftInputSchema = z.object({
  kind: z.enum(LETTER_KINDS),
  /** The addressee government in the registry, when it is there (its users then see the letter). */
  addresseeGovernmentId: z.uuid().optional(),
  /** The addressee's name and title as written on the letter, e.g. "Bupati Sleman". */
  addresseeName: text(300),
  subject: text(300),
  body: text(20_000),
  signatoryName: text(160),
  signatoryTitle: text(160),
  letterDate: DaySchema,
  /** Defaults to the rule `jawaban_klarifikasi` of the case's rule set, counted from the letter date. */
  dueOn: DaySchema.optional(),
});
export type LetterDraftInput = z.infer<typeof LetterDraftInputSchema>;

export const LetterPatchSchema = LetterDraftInputSchema.omit({ kind: true })
  .extend({ addresseeGovernmentId: z.uuid().nullable() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'field.required' });
export type LetterPatch = z.infer<typeof LetterPatchSchema>;

/** The officer's statement that no identity of the reporter remains in the letter. */
export const ConfirmIdentitySchema = z.object({ confirm: z.literal(true, { message: 'field.required' }) });

/** Attachments of the case sent with the letter: copied, image metadata stripped. */
export const SendLetterSchema = z.object({ attachmentIds: z.array(z.uuid()).max(20).default([]) });
export type SendLetter = z.infer<typeof SendLetterSchema>;

export const LetterFileSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
});
export type LetterFile = z.infer<typeof LetterFileSchema>;

export const LetterSchema = z.object({
  id: z.uuid(),
  complaintId: z.uuid(),
  kind: z.enum(LETTER_KINDS),
  number: z.string(),
  status: z.enum(LETTER_STATUSES),
  letterDate: z.string(),
  addresseeGovernmentId: z.uuid().nullable(),
  addresseeGovernmentName: z.string().nullable(),
  addresseeName: z.string(),
  subject: z.string(),
  body: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  dueOn: z.string().nullable(),
  identityCheckedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  replyNote: z.string().nullable(),
  /** The complaint attachment holding the body's signed reply (download via the case's attachments). */
  replyAttachmentId: z.uuid().nullable(),
  files: z.array(LetterFileSchema),
});
export type Letter = z.infer<typeof LetterSchema>;
/** A case attachment that may go out with a letter (stripped of image metadata when sent). */
export const CaseAttachmentChoiceSchema = LetterFileSchema.extend({ source: z.string(), kind: z.string() });
export const LetterListSchema = z.object({
  items: z.array(LetterSchema),
  attachments: z.array(CaseAttachmentChoiceSchema),
});
export type LetterList = z.infer<typeof LetterListSchema>;

/** A letter as its addressee sees it: the letter and what went with it, nothing of the case. */
export const BodyLetterSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(LETTER_KINDS),
  number: z.string(),
  letterDate: z.string(),
  subject: z.string(),
  officeName: z.string(),
  dueOn: z.string().nullable(),
  sentAt: z.string(),
  repliedAt: z.string().nullable(),
});
export type BodyLetterSummary = z.infer<typeof BodyLetterSummarySchema>;
export const BodyLetterListSchema = z.object({ items: z.array(BodyLetterSummarySchema) });
export type BodyLetterList = z.infer<typeof BodyLetterListSchema>;

export const BodyLetterSchema = BodyLetterSummarySchema.extend({
  officeAddress: z.string().nullable(),
  addresseeName: z.string(),
  body: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  replyNote: z.string().nullable(),
  files: z.array(LetterFileSchema),
});
export type BodyLetter = z.infer<typeof BodyLetterSchema>;

export const LetterReplyResultSchema = z.object({ id: z.uuid(), repliedAt: z.string() });

export const letterKeys = {
  all: ['complaint-letters'] as const,
  ofCase: (complaintId: string) => ['complaint-letters', 'case', complaintId] as const,
  body: ['complaint-letters', 'body'] as const,
  bodyOne: (id: string) => ['complaint-letters', 'body', id] as const,
};
