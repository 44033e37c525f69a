/**
 * STUB (helper CORE of issue 14): the minimal clock handling the transitions need until the
 * DEADLINES helper's real deadlines.service.ts is merged — the integrator keeps theirs.
 * On a stage change: the running clocks of the old stage are met (except `verifikasi` while the
 * case waits for the reporter's completion, and a clock the new stage runs too), and the new
 * stage's clock (STAGE_DEADLINE) starts unless it already runs. Letter clocks are left alone.
 */
import {
  DEFAULT_DEADLINE_RULES,
  ruleOf,
  STAGE_DEADLINE,
  type DeadlineRule,
} from '../../../shared/complaints/deadline-rules';
import type { ComplaintStage } from '../../../shared/complaints/stages';
import type { Executor } from '../../db/client';
import { dueOf } from './complaints.create';
import * as repo from './complaints.repository';

type CaseRow = Pick<repo.ComplaintRow, 'id' | 'ruleSetId' | 'bodyRegionCode'>;

export async function onStageChange(
  tx: Executor,
  complaint: CaseRow,
  from: ComplaintStage,
  to: ComplaintStage,
  today: string,
): Promise<void> {
  if (from === to) return;
  const nextKey = STAGE_DEADLINE[to];
  const keep = [nextKey, to === 'menunggu_kelengkapan' ? 'verifikasi' : undefined].filter(
    (k): k is NonNullable<typeof k> => !!k,
  );
  await repo.meetRunningClocks(tx, complaint.id, keep, today);
  if (!nextKey || (await repo.hasRunningClock(tx, complaint.id, nextKey))) return;
  const stored = await repo.ruleSetRules(tx, complaint.ruleSetId);
  const rule: DeadlineRule = ruleOf(stored.length ? stored : DEFAULT_DEADLINE_RULES, nextKey);
  await repo.insertDeadline(tx, {
    complaintId: complaint.id,
    key: nextKey,
    startedOn: today,
    days: rule.days,
    unit: rule.unit,
    dueOn: await dueOf(tx, rule, today, complaint.bodyRegionCode?.slice(0, 2) ?? null),
  });
}
