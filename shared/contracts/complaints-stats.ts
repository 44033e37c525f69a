/**
 * Statistics of reports of maladministration (issue 14 part 10): counts and medians only — never
 * a reporter's identity, never a case's text. The staff route answers for one office (admins: any
 * office or the whole country); `governmentId` narrows to the cases about one government (its
 * complaint profile).
 */
import { z } from 'zod';
import { COMPLAINT_STAGES } from '../complaints/stages';
import { DEADLINE_KEYS } from '../complaints/deadline-rules';

const isoDate = z.iso.date('field.date');

export const ComplaintStatsQuerySchema = z
  .object({
    officeId: z.uuid().optional(),
    governmentId: z.uuid().optional(),
    /** A calendar year of receipt (WIB); `from`/`to` narrow further. */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.dateOrder' });
  });
export type ComplaintStatsQuery = z.infer<typeof ComplaintStatsQuerySchema>;

const Count = z.object({ key: z.string(), count: z.number().int() });

export const ComplaintStatsSchema = z.object({
  scope: z.object({
    officeId: z.string().nullable(),
    officeName: z.string().nullable(),
    governmentId: z.string().nullable(),
    governmentName: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** The day "overdue" is counted against (today in WIB). */
    today: z.string(),
  }),
  total: z.number().int(),
  open: z.number().int(),
  closed: z.number().int(),
  byForm: z.array(
    z.object({ key: z.string(), nameId: z.string(), nameEn: z.string(), count: z.number().int() }),
  ),
  /** The most-reported bodies (top 10), by kind and name; `governmentId` when linked to the registry. */
  byBody: z.array(
    z.object({
      kind: z.string(),
      name: z.string(),
      governmentId: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
  /** `key` null: not yet classified. */
  bySector: z.array(z.object({ key: z.string().nullable(), count: z.number().int() })),
  byChannel: z.array(Count),
  byStage: z.array(z.object({ key: z.enum(COMPLAINT_STAGES), count: z.number().int() })),
  byTrack: z.array(Count),
  byClosure: z.array(Count),
  /** Per stage: calendar days between entering it and leaving it (finished stays only). */
  stageDays: z.array(
    z.object({
      stage: z.enum(COMPLAINT_STAGES),
      stays: z.number().int(),
      medianDays: z.number().nullable(),
      deadline: z
        .object({ key: z.enum(DEADLINE_KEYS), days: z.number().int(), unit: z.enum(['working', 'calendar']) })
        .nullable(),
    }),
  ),
  /** Per clock: met on time, met late, lapsed, still running and past due. */
  deadlines: z.array(
    z.object({
      key: z.enum(DEADLINE_KEYS),
      onTime: z.number().int(),
      late: z.number().int(),
      running: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
  /** Running clocks past their due date. */
  overdue: z.number().int(),
  /** Calendar days from receipt to closure, over the closed cases. */
  medianDaysToClose: z.number().nullable(),
  /** The complaint profile of each government reported (registry-linked bodies). */
  governments: z.array(
    z.object({
      governmentId: z.string(),
      name: z.string(),
      total: z.number().int(),
      open: z.number().int(),
      medianDaysToClose: z.number().nullable(),
    }),
  ),
});
export type ComplaintStats = z.infer<typeof ComplaintStatsSchema>;

export const complaintStatsKeys = {
  all: ['complaint-stats'] as const,
  stats: (q: ComplaintStatsQuery) => ['complaint-stats', q] as const,
};
