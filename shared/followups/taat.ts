/**
 * Taat — the fourth part of the Ombudsman's supervision opinion "Patuh · Bersih · Baik · Taat"
 * (REFERENCE §0): the share of a government's Ombudsman products (tindakan korektif, saran
 * perbaikan, saran penyempurnaan, rekomendasi — REFERENCE §1.4) followed up on time. The rule is
 * data (rules/taat.json, validated by TaatRuleSchema); `computeTaat` is pure so the server, the
 * roll-up's cross-check and the tests read the same arithmetic. It is Patuh's reading: the
 * Ombudsman has not published its formula (REFERENCE §1.4 marks it unconfirmed).
 *
 * Per item, as of the end of the day `asOf` (dates are WIB dates, UTC+7):
 *   - a kind the rule does not list (the government's own items, activity actions) never counts;
 *   - an item issued after `asOf` is not looked at;
 *   - its due date is `due_on`, or for an item without one, what `withoutDueDate` says (Patuh's
 *     default: 60 calendar days after it was issued) or it is left out (`exclude`);
 *   - done = verified `selesai` on or before `asOf`; done items count: on time when the verified
 *     answer was sent (`sent_at`, else `answered_at` for older items) on or before the due date,
 *     else late — when the office verified does not matter;
 *   - not done and the due date has passed (due ≤ asOf): overdue and counted, unless its answer was
 *     sent on time and only waits for the issuer's verification (`awaitingVerification`);
 *   - not done and not yet due: not counted (`excludedNotDue`).
 * Share = on time ÷ counted × 100, half-up to 2 decimals, null when nothing counts. "Tanpa
 * Maladministrasi" when at least `minCounted` items count and the exact share ≥ the threshold.
 */
import { z } from 'zod';
import { roundHalfUp } from '../scoring/rounding';
import { OMBUDSMAN_PRODUCTS, type FollowupKind } from './kinds';
import type { FollowupStatus } from './machine';

const Text = z.object({ id: z.string().min(1), en: z.string().min(1) });

export const TaatRuleSchema = z
  .object({
    $comment: z.string().optional(),
    id: z.string().min(1),
    version: z.string().min(1),
    name: Text,
    /** Which kinds count: only the Ombudsman's products may be listed. */
    kinds: z
      .array(z.enum(OMBUDSMAN_PRODUCTS as [FollowupKind, ...FollowupKind[]]))
      .min(1)
      .refine((k) => new Set(k).size === k.length, 'duplicate kind'),
    /** The zone whose calendar date is compared (the brief and PO 61/2025's publications use WIB). */
    timeZone: z.literal('WIB'),
    onTime: z.object({
      answer: z.literal('sent_at'),
      /** Items answered before "send" existed (issue 14) carry only `answered_at`. */
      fallback: z.enum(['answered_at', 'none']),
      comparedWith: z.literal('due_on'),
    }),
    withoutDueDate: z.discriminatedUnion('mode', [
      z.object({ mode: z.literal('implied'), days: z.number().int().min(1).max(3650) }),
      z.object({ mode: z.literal('exclude') }),
    ]),
    /** An answer sent on time, due date passed, issuer not yet verified: left out, or on time. */
    awaitingVerification: z.enum(['not_counted', 'on_time']),
    qualifier: z.object({
      thresholdPercent: z.number().min(0).max(100),
      minCounted: z.number().int().min(1),
    }),
    notes: z
      .array(
        z.object({ patuhDefault: z.boolean(), source: z.string().min(1), id: z.string(), en: z.string() }),
      )
      .min(1),
  })
  .strict();
export type TaatRule = z.infer<typeof TaatRuleSchema>;

/** What computeTaat needs of an item (timestamps ISO 8601, dates YYYY-MM-DD). */
export interface TaatItemInput {
  id: string;
  kind: FollowupKind;
  status: FollowupStatus;
  /** When the item was issued (its row's created_at). */
  createdAt: string;
  dueOn: string | null;
  sentAt: string | null;
  answeredAt: string | null;
  verifiedAt: string | null;
}

export const TAAT_OUTCOMES = [
  'on_time',
  'late',
  'overdue',
  'awaiting_verification',
  'not_due',
  'no_due_date',
  'not_counted_kind',
  'not_issued',
] as const;
export type TaatOutcome = (typeof TAAT_OUTCOMES)[number];

/** Outcomes that enter the share's denominator. */
export const COUNTED_OUTCOMES: readonly TaatOutcome[] = ['on_time', 'late', 'overdue'];

export interface TaatItemVerdict {
  id: string;
  outcome: TaatOutcome;
  /** The due date used (the item's, or the implied one), null when none applies. */
  due: string | null;
  dueImplied: boolean;
  /** WIB date of the answer compared with the due date, null when none. */
  answerOn: string | null;
  /** True when the item enters the share (on time, late or overdue). */
  counted: boolean;
  /** Verified done on or before asOf. */
  done: boolean;
}

export interface TaatCounts {
  counted: number;
  onTime: number;
  late: number;
  overdue: number;
  awaitingVerification: number;
  excludedNotDue: number;
  excludedNoDueDate: number;
  /** Share 0–100 (half-up, 2 decimals); null when nothing counts. */
  share: number | null;
}

export const TAAT_REASONS = [
  'no_counted_items',
  'meets_threshold',
  'below_threshold',
  'has_late',
  'has_overdue',
  'awaiting_verification',
  'not_due',
  'other_kinds_ignored',
] as const;
export type TaatReasonCode = (typeof TAAT_REASONS)[number];
export interface TaatReason {
  code: TaatReasonCode;
  count?: number;
}

export interface TaatResult extends TaatCounts {
  asOf: string;
  /** Items of the rule's kinds issued by asOf and not verified done by then. */
  open: number;
  /** Items of other kinds (the government's own, activity actions): tracked, never counted. */
  excludedOtherKinds: number;
  perKind: Partial<Record<FollowupKind, TaatCounts>>;
  qualifies: boolean;
  reasons: TaatReason[];
  items: TaatItemVerdict[];
}

const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The WIB calendar date (YYYY-MM-DD) of an ISO timestamp. */
export function wibDate(timestamp: string): string {
  return new Date(Date.parse(timestamp) + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** One item's verdict under the rule, as of the end of `asOf` (WIB date). */
export function classifyTaatItem(item: TaatItemInput, rule: TaatRule, asOf: string): TaatItemVerdict {
  const done = item.status === 'selesai' && item.verifiedAt !== null && wibDate(item.verifiedAt) <= asOf;
  const verdict = (
    outcome: TaatOutcome,
    due: string | null,
    dueImplied = false,
    answerOn: string | null = null,
  ): TaatItemVerdict => ({
    id: item.id,
    outcome,
    due,
    dueImplied,
    answerOn,
    counted: COUNTED_OUTCOMES.includes(outcome),
    done,
  });
  if (!rule.kinds.includes(item.kind)) return verdict('not_counted_kind', item.dueOn);
  const issuedOn = wibDate(item.createdAt);
  if (issuedOn > asOf) return verdict('not_issued', item.dueOn);
  let due = item.dueOn;
  let implied = false;
  if (due === null) {
    if (rule.withoutDueDate.mode === 'exclude') return verdict('no_due_date', null);
    due = plusDays(issuedOn, rule.withoutDueDate.days);
    implied = true;
  }
  const answerAt = item.sentAt ?? (rule.onTime.fallback === 'answered_at' ? item.answeredAt : null);
  const answerOn = answerAt ? wibDate(answerAt) : null;
  if (done) return verdict(answerOn !== null && answerOn <= due ? 'on_time' : 'late', due, implied, answerOn);
  if (due > asOf) return verdict('not_due', due, implied, answerOn);
  // Due date passed, not done by asOf. An on-time answer the issuer has not verified yet (still
  // `dikirim`, or verified only after asOf) is not the government's delay.
  const waiting =
    (item.status === 'dikirim' || item.status === 'selesai') &&
    item.sentAt !== null &&
    answerOn !== null &&
    answerOn <= due;
  if (waiting)
    return verdict(
      rule.awaitingVerification === 'on_time' ? 'on_time' : 'awaiting_verification',
      due,
      implied,
      answerOn,
    );
  return verdict('overdue', due, implied, answerOn);
}

function tally(verdicts: readonly TaatItemVerdict[]): TaatCounts {
  const n = (o: TaatOutcome) => verdicts.filter((v) => v.outcome === o).length;
  const onTime = n('on_time');
  const late = n('late');
  const overdue = n('overdue');
  const counted = onTime + late + overdue;
  return {
    counted,
    onTime,
    late,
    overdue,
    awaitingVerification: n('awaiting_verification'),
    excludedNotDue: n('not_due'),
    excludedNoDueDate: n('no_due_date'),
    share: taatShare(onTime, counted),
  };
}

/** On time ÷ counted × 100, half-up to 2 decimals; null when nothing counts. */
export function taatShare(onTime: number, counted: number): number | null {
  return counted === 0 ? null : roundHalfUp((onTime * 100) / counted, 2);
}

/** "Tanpa Maladministrasi": enough counted items and the exact share at or above the threshold. */
export function taatQualifies(onTime: number, counted: number, rule: TaatRule): boolean {
  return counted >= rule.qualifier.minCounted && onTime * 100 >= rule.qualifier.thresholdPercent * counted;
}

/** Taat of one government as of `asOf` (YYYY-MM-DD, WIB), from its items (any kinds). */
export function computeTaat(items: readonly TaatItemInput[], rule: TaatRule, asOf: string): TaatResult {
  const verdicts = items.map((i) => classifyTaatItem(i, rule, asOf));
  const lookedAt = (v: TaatItemVerdict) => v.outcome !== 'not_issued' && v.outcome !== 'not_counted_kind';
  const looked = verdicts.filter(lookedAt);
  const totals = tally(looked);
  const perKind: Partial<Record<FollowupKind, TaatCounts>> = {};
  for (const kind of rule.kinds) {
    perKind[kind] = tally(verdicts.filter((v, i) => lookedAt(v) && items[i]!.kind === kind));
  }
  const qualifies = taatQualifies(totals.onTime, totals.counted, rule);
  const excludedOtherKinds = verdicts.filter((v) => v.outcome === 'not_counted_kind').length;
  const reasons: TaatReason[] = [];
  if (totals.counted < rule.qualifier.minCounted)
    reasons.push({ code: 'no_counted_items', count: totals.counted });
  else reasons.push({ code: qualifies ? 'meets_threshold' : 'below_threshold' });
  if (totals.late > 0) reasons.push({ code: 'has_late', count: totals.late });
  if (totals.overdue > 0) reasons.push({ code: 'has_overdue', count: totals.overdue });
  if (totals.awaitingVerification > 0)
    reasons.push({ code: 'awaiting_verification', count: totals.awaitingVerification });
  if (totals.excludedNotDue > 0) reasons.push({ code: 'not_due', count: totals.excludedNotDue });
  if (excludedOtherKinds > 0) reasons.push({ code: 'other_kinds_ignored', count: excludedOtherKinds });
  return {
    ...totals,
    asOf,
    open: looked.filter((v) => !v.done).length,
    excludedOtherKinds,
    perKind,
    qualifies,
    reasons,
    items: verdicts,
  };
}
