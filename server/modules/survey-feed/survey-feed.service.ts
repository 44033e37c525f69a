/**
 * Surveys → cycles (issue 16 §6). The office's perception survey sets the Ombudsman cycle's
 * perception indicators; a government's own SKM sets indicators of that government's internal
 * cycles only — never an official cycle, where the assessed body would be scoring itself (the
 * survey_periods check keeps an SKM period off any cycle; this service refuses to bind one).
 *
 * Which indicator reads which question, and how the share of best answers maps to the scale, is
 * data in the framework file (shared/surveys/feed-mapping.ts). The value is written as the
 * assessor's verified value through assessments/verification's setVerified, under the same score
 * lock, and the government is recomputed as after any verification; survey_feed_values keeps the
 * source (period, question, interviews, share, mapping) for the explain drawer.
 */
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { roleCan } from '../../lib/permissions';
import { reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { frameworkOf, cycleForActor, isOmbudsman, type CycleRow } from '../assessments/assessments.access';
import { cycleGovernmentIds } from '../assessments/cycles/cycles.repository';
import { lockScores, recomputeGovernment } from '../assessments/results/scoring.service';
import { setVerified } from '../assessments/verification/verification.repository';
import { isAccepted } from '../../../shared/surveys/flags';
import { levelFor, mappedIndicators, shareBest } from '../../../shared/surveys/feed-mapping';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import type { ApplyToCycleResult } from '../../../shared/contracts/survey-feed';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import * as repo from './survey-feed.repository';

/** A survey may set values while the cycle is being answered or verified, never after. */
const FEED_PHASES = ['self_assessment', 'verification'];
const FEED_PHASE = { allowed: FEED_PHASES, messageKey: 'surveyFeed.cyclePhase' };

/** The period, when the actor reaches it (404 like a missing one otherwise). */
async function periodInReach(db: Executor, actor: Actor, periodId: string): Promise<repo.PeriodRow> {
  const period = await repo.findPeriod(db, periodId);
  if (!period) throw new NotFoundError();
  if (actor.reach.all) return period;
  if (period.kind === 'persepsi_maladministrasi') {
    // The office's own interviews: its staff only, never the governments assessed.
    if (!isOmbudsman(actor) || !reachesOffice(actor.reach, period.officeId!)) throw new NotFoundError();
  } else if (!reachesGovernment(actor.reach, period.governmentId!)) {
    throw new NotFoundError();
  }
  return period;
}

/** The cycle the period feeds, after the separation rules (see the module comment). */
async function targetCycle(
  db: Executor,
  actor: Actor,
  period: repo.PeriodRow,
  cycleId: string | undefined,
): Promise<CycleRow> {
  if (period.kind === 'skm') {
    if (!cycleId) throw new ValidationError({ cycleId: { message: 'surveyFeed.skmCycleRequired' } });
    const cycle = await cycleForActor(db, actor, cycleId);
    if (cycle.kind === 'official') throw new ConflictError('surveyFeed.skmNeverOfficial');
    if (cycle.ownerGovernmentId !== period.governmentId)
      throw new ValidationError({ cycleId: { message: 'surveyFeed.skmOwnCycle' } });
    if (!roleCan(actor.role, 'survey.skm.manage')) throw new ForbiddenError();
    return cycle;
  }
  if (cycleId && cycleId !== period.cycleId) {
    await cycleForActor(db, actor, cycleId); // another office's cycle: 404 like a missing one
    throw new ValidationError({ cycleId: { message: 'surveyFeed.perceptionOwnCycle' } });
  }
  if (!roleCan(actor.role, 'survey.perception.manage')) throw new ForbiddenError();
  const cycle = await cycleForActor(db, actor, period.cycleId!);
  if (cycle.kind !== 'official') throw new ConflictError('surveyFeed.perceptionOfficialOnly');
  return cycle;
}

export interface FeedValue {
  governmentId: string;
  indicator: string;
  question: string;
  levels: Array<{ min: number; value: number }>;
  interviews: number;
  best: number;
  share: number;
  value: number;
}

/**
 * The values a period gives a cycle's mapped indicators, per government: from the accepted
 * responses (shared/surveys/flags.ts isAccepted), the share answering the best answer, mapped.
 */
export async function computeFeed(
  db: Executor,
  period: repo.PeriodRow,
  cycle: Pick<CycleRow, 'id' | 'frameworkId'>,
): Promise<{ values: FeedValue[]; skipped: ApplyToCycleResult['skipped']; instrument: Instrument }> {
  const framework = await frameworkOf(db, cycle);
  const mapped = mappedIndicators(framework, period.instrumentId);
  const instrument = await repo.instrumentDefinition(db, period.instrumentId);
  if (mapped.length === 0 || !instrument) throw new ConflictError('surveyFeed.noMapping');
  const questionIndex = new Map(instrument.questions.map((q, i) => [q.code, i]));
  if (mapped.some((n) => !questionIndex.has(n.survey.question)))
    throw new ConflictError('surveyFeed.noMapping');
  const inCycle = new Set(await cycleGovernmentIds(db, cycle.id));
  const governments = (
    period.kind === 'skm' ? [period.governmentId!] : await repo.periodGovernmentIds(db, period.id)
  ).filter((g) => inCycle.has(g));
  const rows = await repo.responsesForAcceptance(db, period.id, governments);
  const accepted = rows.filter((r) => isAccepted(r.flags, r.review, r.superseded));
  const values: FeedValue[] = [];
  const skipped: ApplyToCycleResult['skipped'] = [];
  for (const governmentId of [...governments].sort()) {
    const mine = accepted.filter((r) => r.governmentId === governmentId);
    for (const node of mapped) {
      const idx = questionIndex.get(node.survey.question)!;
      const s = shareBest(mine.map((r) => r.answers[idx] ?? null));
      if (s.share === null) {
        skipped.push({ governmentId, indicator: node.code, reason: 'no_responses' });
        continue;
      }
      values.push({
        governmentId,
        indicator: node.code,
        question: node.survey.question,
        levels: node.survey.levels,
        interviews: s.interviews,
        best: s.best,
        share: s.share,
        value: levelFor(s.share, node.survey.levels),
      });
    }
  }
  return { values, skipped, instrument };
}

function reasonText(period: repo.PeriodRow, instrument: Instrument, v: FeedValue): string {
  const q = instrument.questions.find((x) => x.code === v.question);
  const best = q?.answers[3]?.id ?? '4';
  const share = String(roundHalfUp(v.share, 2)).replace('.', ',');
  return `Dari survei "${period.title}" (${v.question}): ${share}% dari ${v.interviews} responden menjawab "${best}" → nilai ${v.value}`;
}

/**
 * Writes computed values into the cycle: per government (in id order, so two applies lock alike),
 * the score lock, then each indicator's entity cell through setVerified, the source row, the audit
 * entry, and one recompute. `phase` re-checks the cycle's phase under the lock (the demo, which
 * replays a finished cycle, passes none).
 */
export async function writeFeed(
  tx: Executor,
  actor: Actor | null,
  userId: string,
  cycle: Pick<CycleRow, 'id' | 'officeId'>,
  period: repo.PeriodRow,
  instrument: Instrument,
  values: FeedValue[],
  phase: typeof FEED_PHASE | undefined,
): Promise<void> {
  const governments = [...new Set(values.map((v) => v.governmentId))].sort();
  for (const governmentId of governments) {
    await lockScores(tx, cycle.id, governmentId, phase);
    for (const v of values.filter((x) => x.governmentId === governmentId)) {
      const cell = await repo.ensureEntityCell(tx, cycle.id, governmentId, v.indicator);
      const after = await setVerified(tx, cell.id, {
        status: 'adjusted',
        value: v.value,
        na: false,
        reason: reasonText(period, instrument, v),
        userId,
      });
      await repo.upsertFeedValue(tx, {
        cycleId: cycle.id,
        governmentId,
        indicator: v.indicator,
        answerId: cell.id,
        periodId: period.id,
        instrumentId: period.instrumentId,
        question: v.question,
        interviews: v.interviews,
        best: v.best,
        share: v.share,
        value: v.value,
        levels: v.levels,
        appliedBy: userId,
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'verified_answer',
        entityId: cell.id,
        governmentId,
        officeId: cycle.officeId,
        before: cell,
        after: { ...after, survey: { periodId: period.id, question: v.question, share: v.share } },
      });
    }
    await recomputeGovernment(tx, cycle.id, governmentId, 'verifikasi', actor);
  }
}

/** POST /api/survey-periods/:id/apply-to-cycle */
export async function applyToCycle(
  db: Executor,
  actor: Actor,
  periodId: string,
  input: { cycleId?: string | undefined },
): Promise<ApplyToCycleResult> {
  const period = await periodInReach(db, actor, periodId);
  const cycle = await targetCycle(db, actor, period, input.cycleId);
  if (!FEED_PHASES.includes(cycle.status)) throw new ConflictError('surveyFeed.cyclePhase');
  const { values, skipped, instrument } = await computeFeed(db, period, cycle);
  await inTransaction(db, (tx) =>
    writeFeed(tx, actor, actor.id, cycle, period, instrument, values, FEED_PHASE),
  );
  return {
    cycleId: cycle.id,
    applied: values.map((v) => ({
      governmentId: v.governmentId,
      indicator: v.indicator,
      value: v.value,
      share: roundHalfUp(v.share, 2),
      interviews: v.interviews,
    })),
    skipped,
  };
}
