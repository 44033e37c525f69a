/**
 * A case's clocks (issue 14 part 8; REFERENCE §4.3, §10.7). Each stage runs the clock
 * STAGE_DEADLINE names, under the rule set the case was registered with (complaints.rule_set_id),
 * counted on the stored calendar of the reported body's province:
 * - `verifikasi` is ONE clock from penerimaan through verifikasi_materiil; waiting for the reporter
 *   to complete the formal requirements (menunggu_kelengkapan) pauses it and runs
 *   `kelengkapan_formil` meanwhile;
 * - leaving a stage meets its clock (late stays `lewat`); entering one starts the next; closing the
 *   case (selesai) meets the stage's clock and cancels every other open one;
 * - letters start their own clocks (`startClock`, e.g. `jawaban_klarifikasi` when a clarification
 *   letter is sent).
 * A pause (waiting on the reporter or the reported body, with a reason) stops every clock but the
 * awaited party's own (CLOCK_OWNER): waiting on a party is what that party's clock measures. When
 * a pause ends, the due dates of the open clocks are recomputed with all the case's pauses.
 */
import {
  CLOCK_OWNER,
  type CaseClocks,
  type NextDeadline,
  type PauseInput,
  type EndPauseInput,
} from '../../../shared/contracts/complaints-deadlines';
import {
  DEFAULT_DEADLINE_RULES,
  STAGE_DEADLINE,
  ruleOf,
  type DeadlineKey,
  type DeadlineRule,
} from '../../../shared/complaints/deadline-rules';
import type { ComplaintStage } from '../../../shared/complaints/stages';
import type { Pause } from '../../../shared/calendar/workdays';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { workingDaysService } from '../calendar/calendar.service';
import { todayWib } from './complaints.create';
import { insertEvent } from './complaints.repository';
import * as repo from './deadlines.repository';
import { informReporter } from './reporter-updates';

export interface ClockCase {
  id: string;
  stage: ComplaintStage;
  ruleSetId: string;
  bodyRegionCode: string | null;
}

/** The reason written on the pause that menunggu_kelengkapan opens. */
export const KELENGKAPAN_PAUSE_REASON = 'Menunggu pelapor melengkapi syarat formil';

const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const provinceOf = (regionCode: string | null | undefined) => regionCode?.slice(0, 2) ?? null;

async function rulesOf(db: Executor, ruleSetId: string): Promise<readonly DeadlineRule[]> {
  const rules = await repo.ruleSetRules(db, ruleSetId);
  return rules && rules.length > 0 ? rules : DEFAULT_DEADLINE_RULES;
}

/** The ended pauses that stop a clock of `key` (the awaited party's own clocks keep counting). */
export function pausesFor(key: string, pauses: readonly repo.PauseRow[]): Pause[] {
  const owner = CLOCK_OWNER[key as DeadlineKey];
  return pauses
    .filter((p) => p.toOn !== null && p.waitingOn !== owner)
    .map((p) => ({ from: p.fromOn, to: p.toOn!, reason: p.reason }));
}

async function dueFrom(
  db: Executor,
  clock: { key: string; startedOn: string; days: number; unit: 'working' | 'calendar' },
  regionCode: string | null,
  pauses: readonly repo.PauseRow[],
): Promise<string> {
  const d = await workingDaysService.addDays(db, {
    from: clock.startedOn,
    add: clock.days,
    unit: clock.unit,
    provinceCode: provinceOf(regionCode),
    pauses: pausesFor(clock.key, pauses),
  });
  return d.due;
}

/** Starts the clock `key` of a case on `from` (a stage's entry, or a letter's sending). */
export async function startClock(
  tx: Executor,
  complaintId: string,
  key: DeadlineKey,
  from: string,
  opts: { letterId?: string } = {},
): Promise<{ id: string; dueOn: string }> {
  const c = await repo.caseForClocks(tx, complaintId);
  if (!c) throw new NotFoundError();
  const rule = ruleOf(await rulesOf(tx, c.ruleSetId), key);
  const clock = { key, startedOn: from, days: rule.days, unit: rule.unit };
  const dueOn = await dueFrom(tx, clock, c.bodyRegionCode, await repo.pausesOf(tx, complaintId));
  const row = await repo.insertClock(tx, {
    complaintId,
    ...clock,
    dueOn,
    letterId: opts.letterId ?? null,
  });
  return { id: row.id, dueOn: row.dueOn };
}

/** Re-dates every open clock of the case with all its ended pauses (a late clock back on time runs again). */
async function recompute(tx: Executor, c: { id: string; bodyRegionCode: string | null }, today: string) {
  const pauses = await repo.pausesOf(tx, c.id);
  for (const clock of await repo.openClocks(tx, c.id)) {
    const dueOn = await dueFrom(tx, clock, c.bodyRegionCode, pauses);
    const status = clock.status === 'lewat' && dueOn < today ? 'lewat' : 'berjalan';
    if (dueOn !== clock.dueOn || status !== clock.status) await repo.setDue(tx, clock.id, dueOn, status);
  }
}

async function endRunningPause(tx: Executor, complaintId: string, today: string): Promise<boolean> {
  const running = (await repo.pausesOf(tx, complaintId)).find((p) => p.toOn === null);
  if (!running) return false;
  await repo.endPauseRow(tx, running.id, today < running.fromOn ? running.fromOn : today);
  return true;
}

/**
 * The clocks follow a stage change (called by the case's transitions, in their transaction). The
 * reporter is told of the new stage by e-mail when they gave an address.
 */
export async function onStageChange(
  tx: Executor,
  complaint: ClockCase,
  from: ComplaintStage,
  to: ComplaintStage,
  today: string,
): Promise<void> {
  if (from === to) return;
  const fromKey = STAGE_DEADLINE[from];
  const toKey = STAGE_DEADLINE[to];
  const open = () => repo.openClocks(tx, complaint.id);
  if (to === 'selesai') {
    if (fromKey) await repo.meetClocks(tx, complaint.id, [fromKey], today);
    await repo.cancelClocks(tx, complaint.id, today);
    await endRunningPause(tx, complaint.id, today);
  } else if (to === 'menunggu_kelengkapan') {
    // The verification clock stops while the reporter completes the file (one running pause at a
    // time: a wait on the body ends the day before).
    const running = (await repo.pausesOf(tx, complaint.id)).find((p) => p.toOn === null);
    if (running && running.waitingOn !== 'pelapor') {
      const dayBefore = shiftDay(today, -1);
      await repo.endPauseRow(tx, running.id, dayBefore < running.fromOn ? running.fromOn : dayBefore);
      await recompute(tx, complaint, today);
    }
    if (running?.waitingOn !== 'pelapor')
      await repo.insertPause(tx, {
        complaintId: complaint.id,
        fromOn: today,
        waitingOn: 'pelapor',
        reason: KELENGKAPAN_PAUSE_REASON,
      });
    await startClock(tx, complaint.id, 'kelengkapan_formil', today);
  } else {
    const leaving = from === 'menunggu_kelengkapan' ? ['kelengkapan_formil'] : [];
    if (fromKey && fromKey !== toKey) leaving.push(fromKey);
    if (from === 'menunggu_kelengkapan' && toKey !== 'verifikasi') leaving.push('verifikasi');
    await repo.meetClocks(tx, complaint.id, [...new Set(leaving)], today);
    if (from === 'menunggu_kelengkapan' && (await endRunningPause(tx, complaint.id, today)))
      await recompute(tx, complaint, today);
    if (toKey && !(await open()).some((c) => c.key === toKey))
      await startClock(tx, complaint.id, toKey, today);
  }
  await informReporter(tx, complaint.id, { kind: 'tahap', stage: to });
}

async function caseInReach(tx: Executor, actor: Actor, id: string) {
  const c = await repo.caseForClocks(tx, id);
  if (!c || !reachesOffice(actor.reach, c.officeId)) throw new NotFoundError();
  return c;
}

async function clocksOf(tx: Executor, id: string): Promise<CaseClocks> {
  const [deadlines, pauses] = await Promise.all([repo.clocksOf(tx, id), repo.pausesOf(tx, id)]);
  return {
    deadlines: deadlines.map((d) => ({
      id: d.id,
      key: d.key as DeadlineKey,
      startedOn: d.startedOn,
      days: d.days,
      unit: d.unit,
      dueOn: d.dueOn,
      status: d.status,
      metOn: d.metOn,
      remindedOn: d.remindedOn,
      letterId: d.letterId,
    })),
    pauses: pauses.map((p) => ({
      id: p.id,
      fromOn: p.fromOn,
      toOn: p.toOn,
      waitingOn: p.waitingOn,
      reason: p.reason,
    })),
  };
}

/** The case's clocks and pauses, for an actor who reaches it. */
export async function caseClocks(db: Executor, actor: Actor, id: string): Promise<CaseClocks> {
  await caseInReach(db, actor, id);
  return clocksOf(db, id);
}

/** An officer pauses the case's clocks while it waits on the reporter or the body. */
export async function pauseCase(
  db: Executor,
  actor: Actor,
  id: string,
  input: PauseInput,
  today = todayWib(),
): Promise<CaseClocks> {
  return inTransaction(db, async (tx) => {
    const c = await caseInReach(tx, actor, id);
    await repo.lockCase(tx, id);
    if (c.stage === 'selesai') throw new ConflictError('complaint.pauseClosed');
    const pauses = await repo.pausesOf(tx, id);
    if (pauses.some((p) => p.toOn === null)) throw new ConflictError('complaint.pauseRunning');
    const from = input.from ?? today;
    if (from > today) throw new ValidationError({ from: { message: 'complaint.pauseFuture' } });
    if (from < todayWib(c.receivedAt))
      throw new ValidationError({ from: { message: 'complaint.pauseBeforeCase' } });
    if (pauses.some((p) => p.toOn !== null && from <= p.toOn))
      throw new ValidationError({ from: { message: 'complaint.pauseOverlap' } });
    const pause = await repo.insertPause(tx, {
      complaintId: id,
      fromOn: from,
      waitingOn: input.waitingOn,
      reason: input.reason,
      createdBy: actor.id,
    });
    await insertEvent(tx, {
      complaintId: id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'jeda_mulai',
      data: { waitingOn: input.waitingOn, from },
      note: input.reason,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'complaint_pause',
      entityId: pause.id,
      officeId: c.officeId,
      after: { complaint: c.trackingNumber, waitingOn: input.waitingOn, from, reason: input.reason },
    });
    return clocksOf(tx, id);
  });
}

/** The wait is over: the pause ends on `to` (its last paused day) and the open clocks are re-dated. */
export async function endPause(
  db: Executor,
  actor: Actor,
  id: string,
  pauseId: string,
  input: EndPauseInput,
  today = todayWib(),
): Promise<CaseClocks> {
  return inTransaction(db, async (tx) => {
    const c = await caseInReach(tx, actor, id);
    await repo.lockCase(tx, id);
    const pause = (await repo.pausesOf(tx, id)).find((p) => p.id === pauseId);
    if (!pause) throw new NotFoundError();
    if (pause.toOn !== null) throw new ConflictError('complaint.pauseEnded');
    const to = input.to ?? (today < pause.fromOn ? pause.fromOn : today);
    if (to > today) throw new ValidationError({ to: { message: 'complaint.pauseFuture' } });
    if (to < pause.fromOn) throw new ValidationError({ to: { message: 'complaint.pauseEndBeforeStart' } });
    await repo.endPauseRow(tx, pauseId, to);
    await recompute(tx, c, today);
    await insertEvent(tx, {
      complaintId: id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'jeda_selesai',
      data: { waitingOn: pause.waitingOn, from: pause.fromOn, to },
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'complaint_pause',
      entityId: pauseId,
      officeId: c.officeId,
      before: { toOn: null },
      after: { complaint: c.trackingNumber, toOn: to },
    });
    return clocksOf(tx, id);
  });
}

/** The next deadline of each case (for lists): the earliest open clock, overdue or paused. */
export async function nextDeadlines(
  db: Executor,
  complaintIds: string[],
  today = todayWib(),
): Promise<Map<string, NextDeadline>> {
  const rows = await repo.nextClocks(db, complaintIds);
  return new Map(
    rows.map((r) => {
      const paused = r.waitingOn !== null && r.waitingOn !== CLOCK_OWNER[r.key as DeadlineKey];
      const overdue = r.status === 'lewat' || (!paused && r.dueOn < today);
      return [r.complaintId, { key: r.key as DeadlineKey, dueOn: r.dueOn, overdue, paused }];
    }),
  );
}

/** The next deadline of one case, or null when no clock runs. */
export async function nextDeadline(
  db: Executor,
  complaintId: string,
  today = todayWib(),
): Promise<NextDeadline | null> {
  return (await nextDeadlines(db, [complaintId], today)).get(complaintId) ?? null;
}
