/**
 * Follow-up items (issue 14 §7; issue 17 widens them into the one backlog): what an Ombudsman
 * product asks a body to do, answered with evidence by the body, verified or reopened by the
 * office. Office staff see their office's items; a body's users see their government's items,
 * the action text only — nothing of the case.
 */
import { z } from 'zod';

export const FOLLOWUP_STATUSES = ['terbuka', 'dijawab', 'selesai', 'dibuka_kembali'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_STATUS_LABELS: Record<FollowupStatus, { id: string; en: string }> = {
  terbuka: { id: 'Terbuka', en: 'Open' },
  dijawab: { id: 'Dijawab', en: 'Answered' },
  selesai: { id: 'Selesai', en: 'Done' },
  dibuka_kembali: { id: 'Dibuka kembali', en: 'Reopened' },
};

export const FollowupIdParams = z.object({ id: z.uuid() });
export const FollowupFileParams = z.object({ id: z.uuid(), fid: z.uuid() });
export const FollowupListQuerySchema = z.object({ complaintId: z.uuid().optional() });

export const FollowupEventSchema = z.object({
  at: z.string(),
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  file: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const FollowupItemSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  /** Office staff only; null in a body user's answer. */
  complaintId: z.uuid().nullable(),
  addressee: z.string(),
  action: z.string(),
  evidenceExpected: z.string().nullable(),
  dueOn: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  /** Due date passed and not done (computed on read). */
  overdue: z.boolean(),
  version: z.number().int(),
  history: z.array(FollowupEventSchema),
});
export type FollowupItem = z.infer<typeof FollowupItemSchema>;
export const FollowupListSchema = z.object({ items: z.array(FollowupItemSchema) });
export type FollowupList = z.infer<typeof FollowupListSchema>;

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

export const followupKeys = {
  all: ['followups'] as const,
  list: (complaintId?: string) => ['followups', 'list', complaintId ?? null] as const,
};
