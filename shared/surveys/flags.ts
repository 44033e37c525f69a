/**
 * Integrity flags of a survey response (issue 16 §4) and whether it counts in the official index.
 * Pure: the caller gathers what the rules need (under the unit's lock, so simultaneous answers see
 * each other) and stores the flags with the response. Staff-entered channels (a paper form typed
 * in, an import, an interview) are never flagged by these rules: they are shown apart instead.
 *
 * Patuh's thresholds (REFERENCE §10: the regulation is silent on integrity):
 * - too fast: under 5 s plus 2 s per question (9 questions → 23 s); nobody reads nine questions faster;
 * - identical burst: the same answers (and the same profile) as at least 2 other responses at the same unit
 *   within the previous 10 minutes;
 * - device reuse: the same device (salted hash of its cookie) or the same token answered before in
 *   the period at that unit;
 * - outside hours: the unit's service profile gives opening hours and the answer came outside
 *   them (in the unit's time zone); never raised when the hours are unknown.
 */
import type { SurveyChannel, SurveyFlag, SurveyReviewDecision } from '../contracts/surveys';
import { STAFF_CHANNELS } from '../contracts/surveys';

export const FLAG_RULES = {
  minBaseMs: 5_000,
  minPerQuestionMs: 2_000,
  burstWindowMinutes: 10,
  /** Other identical responses in the window that make a burst. */
  burstOthers: 2,
} as const;

export function minDurationMs(questions: number): number {
  return FLAG_RULES.minBaseMs + FLAG_RULES.minPerQuestionMs * questions;
}

export interface FlagFacts {
  channel: SurveyChannel;
  questions: number;
  /** From the form's signed start time to submission; null when unknown (no flag). */
  durationMs: number | null;
  /** Another response of this period and unit came from the same device or token. */
  deviceSeenBefore: boolean;
  /** Responses at this unit in the last burst window with exactly these answers and profile. */
  identicalRecent: number;
  /** isWithinOpeningHours(profile hours, submitted at): null when the hours are unknown. */
  withinOpeningHours: boolean | null;
}

export function flagsFor(f: FlagFacts): SurveyFlag[] {
  if (STAFF_CHANNELS.includes(f.channel)) return [];
  const flags: SurveyFlag[] = [];
  if (f.deviceSeenBefore) flags.push('device_reuse');
  if (f.durationMs !== null && f.durationMs < minDurationMs(f.questions)) flags.push('too_fast');
  if (f.identicalRecent >= FLAG_RULES.burstOthers) flags.push('identical_burst');
  if (f.withinOpeningHours === false) flags.push('outside_hours');
  return flags;
}

/**
 * Counts in the official index: not superseded by a correction, and either unflagged and not
 * excluded by a reviewer, or flagged and accepted by one. The latest review decides.
 */
export function isAccepted(
  flags: readonly string[],
  latestReview: SurveyReviewDecision | null,
  superseded: boolean,
): boolean {
  if (superseded) return false;
  if (latestReview === 'exclude') return false;
  if (flags.length === 0) return true;
  return latestReview === 'accept';
}
