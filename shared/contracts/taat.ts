/**
 * Taat's API (issue 17 part 4): one government's figure with the items behind it (the explain
 * drawer), and the roll-up per government of an office (or the nation, for an admin). The rule and
 * the arithmetic live in shared/followups/taat.ts; these are the shapes on the wire. Patuh's
 * reading: the Ombudsman has not published its formula (REFERENCE §1.4).
 */
import { z } from 'zod';
import { FOLLOWUP_KINDS } from '../followups/kinds';
import { FOLLOWUP_STATUSES } from '../followups/machine';
import { TAAT_OUTCOMES, TAAT_REASONS, TaatRuleSchema } from '../followups/taat';

export { TaatRuleSchema, type TaatRule, type TaatOutcome, type TaatReasonCode } from '../followups/taat';

const isoDate = z.iso.date({ message: 'field.date' });

export const TaatGovernmentParams = z.object({ id: z.uuid({ message: 'field.uuid' }) });

/** GET /api/governments/:id/taat — as of the end of `asOf` (WIB date); today when absent. */
export const TaatQuerySchema = z.object({ asOf: isoDate.optional() });
export type TaatQuery = z.infer<typeof TaatQuerySchema>;

/** GET /api/taat — per government of the office (or of the reach); as of 31 Dec of `year` or today. */
export const TaatRollupQuerySchema = z.object({
  officeId: z.uuid({ message: 'field.uuid' }).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type TaatRollupQuery = z.infer<typeof TaatRollupQuerySchema>;

export const TaatCountsSchema = z.object({
  counted: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  awaitingVerification: z.number().int(),
  excludedNotDue: z.number().int(),
  excludedNoDueDate: z.number().int(),
  /** 0–100, half-up to 2 decimals; null when nothing counts. */
  share: z.number().nullable(),
});
export type TaatCounts = z.infer<typeof TaatCountsSchema>;

export const TaatReasonSchema = z.object({ code: z.enum(TAAT_REASONS), count: z.number().int().optional() });

/** One item as the explain drawer lists it (the action text only: never a complaint's case). */
export const TaatItemSchema = z.object({
  id: z.uuid(),
  kind: z.enum(FOLLOWUP_KINDS),
  unitName: z.string().nullable(),
  action: z.string(),
  status: z.enum(FOLLOWUP_STATUSES),
  issuedOn: isoDate,
  dueOn: isoDate.nullable(),
  /** The due date the rule used (the item's, or the implied one). */
  due: isoDate.nullable(),
  dueImplied: z.boolean(),
  /** WIB date of the verified answer (sent, else answered). */
  answerOn: isoDate.nullable(),
  verifiedOn: isoDate.nullable(),
  outcome: z.enum(TAAT_OUTCOMES),
  counted: z.boolean(),
});
export type TaatItem = z.infer<typeof TaatItemSchema>;

export const GovernmentTaatSchema = TaatCountsSchema.extend({
  governmentId: z.uuid(),
  governmentName: z.string(),
  asOf: isoDate,
  rule: TaatRuleSchema,
  /** Items of the rule's kinds issued by asOf and not verified done by then. */
  open: z.number().int(),
  /** The government's own items and activity actions: tracked, never counted. */
  excludedOtherKinds: z.number().int(),
  perKind: z.partialRecord(z.enum(FOLLOWUP_KINDS), TaatCountsSchema),
  /** "Tanpa Maladministrasi" (Patuh's reading): share ≥ the rule's threshold with enough items. */
  qualifies: z.boolean(),
  reasons: z.array(TaatReasonSchema),
  /** Issued by asOf, the rule's kinds first; a unit PIC sees only their units' items. */
  items: z.array(TaatItemSchema),
  /** Items counted in the figure but outside the reader's units (not listed). */
  hiddenItems: z.number().int(),
});
export type GovernmentTaat = z.infer<typeof GovernmentTaatSchema>;

export const TaatRollupRowSchema = TaatCountsSchema.extend({
  governmentId: z.uuid(),
  governmentName: z.string(),
  officeId: z.uuid(),
  qualifies: z.boolean(),
});
export type TaatRollupRow = z.infer<typeof TaatRollupRowSchema>;

export const TaatRollupSchema = z.object({
  asOf: isoDate,
  year: z.number().int(),
  officeId: z.uuid().nullable(),
  rule: z.object({
    id: z.string(),
    version: z.string(),
    thresholdPercent: z.number(),
    minCounted: z.number().int(),
  }),
  rows: z.array(TaatRollupRowSchema),
  /** Every row's items together (share over all counted items, not a mean of shares). */
  total: TaatCountsSchema.extend({ governments: z.number().int(), qualifying: z.number().int() }),
});
export type TaatRollup = z.infer<typeof TaatRollupSchema>;

export const taatKeys = {
  all: ['taat'] as const,
  government: (governmentId: string, asOf: string | undefined) =>
    ['taat', 'government', governmentId, asOf ?? null] as const,
  rollup: (officeId: string | undefined, year: number | undefined) =>
    ['taat', 'rollup', officeId ?? null, year ?? null] as const,
};
