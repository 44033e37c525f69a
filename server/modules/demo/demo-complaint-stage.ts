/**
 * Demo and test only: puts a freshly created case (createReport) into a later stage by writing
 * what the real transitions would have written — one history line per step, the running clock met
 * and the next stage's clock started (STAGE_DEADLINE; `verifikasi` runs across the verification
 * stages as one clock), the closure reason and date, a transfer's new office. It checks nothing
 * (no roles, no guards): the state machine's routes are the product; this only stages a picture.
 */
import { and, eq, sql } from 'drizzle-orm';
import { DEFAULT_DEADLINE_RULES, ruleOf, STAGE_DEADLINE } from '../../../shared/complaints/deadline-rules';
import type { ClosureReason, ComplaintStage } from '../../../shared/complaints/stages';
import type { Executor } from '../../db/client';
import { complaintDeadlines, complaintEvents, complaints } from '../../db/schema-complaints';
import { dueOf } from '../complaints/complaints.create';

export interface StageStep {
  /** The transition's action name (shared/complaints/machine.ts), written as the event's action. */
  action: string;
  to: ComplaintStage;
  /** The WIB day the step was taken. */
  on: string;
  closes?: ClosureReason;
  /** `alihkan`: the office the case moves to. */
  toOfficeId?: string;
  actorId?: string | null;
  note?: string;
}

/** 10:00 WIB of a day, the hour the demo's steps are taken. */
export const atWib = (day: string, hour = 10) =>
  new Date(`${day}T${String(hour - 7).padStart(2, '0')}:00:00Z`);

export async function placeInStage(db: Executor, complaintId: string, steps: StageStep[]): Promise<void> {
  const [c] = await db.select().from(complaints).where(eq(complaints.id, complaintId));
  if (!c) throw new Error('demo: case missing');
  let stage = c.stage as ComplaintStage;
  let officeId = c.officeId;
  let closure: ClosureReason | null = null;
  let closedAt: Date | null = null;
  const province = c.bodyRegionCode?.slice(0, 2) ?? null;
  // The receipt line is written at the moment of recording; the demo's history starts at receipt.
  await db
    .update(complaintEvents)
    .set({ at: c.receivedAt })
    .where(and(eq(complaintEvents.complaintId, complaintId), eq(complaintEvents.action, 'diterima')));
  for (const [i, step] of steps.entries()) {
    const at = atWib(step.on, 10 + (i % 6));
    const to = step.to;
    if (step.toOfficeId) officeId = step.toOfficeId;
    await db.insert(complaintEvents).values({
      complaintId,
      at,
      actorId: step.actorId ?? null,
      actorKind: step.actorId ? 'petugas' : 'sistem',
      action: step.action,
      fromStage: stage,
      toStage: to === stage ? null : to,
      note: step.note ?? null,
      data: step.toOfficeId ? { fromOfficeId: c.officeId, toOfficeId: step.toOfficeId } : null,
      visibleToReporter: to !== stage,
    });
    if (to === stage) continue;
    const before = STAGE_DEADLINE[stage];
    const after = to === 'selesai' ? undefined : STAGE_DEADLINE[to];
    if (before !== after) {
      await db
        .update(complaintDeadlines)
        .set({ status: 'terpenuhi', metOn: step.on })
        .where(
          and(eq(complaintDeadlines.complaintId, complaintId), eq(complaintDeadlines.status, 'berjalan')),
        );
      if (after) {
        const rule = ruleOf(DEFAULT_DEADLINE_RULES, after);
        await db.insert(complaintDeadlines).values({
          complaintId,
          key: rule.key,
          startedOn: step.on,
          days: rule.days,
          unit: rule.unit,
          dueOn: await dueOf(db, rule, step.on, province),
        });
      }
    }
    if (to === 'selesai') {
      closure = step.closes ?? 'dicabut';
      closedAt = at;
    }
    stage = to;
  }
  await db
    .update(complaints)
    .set({
      stage,
      officeId,
      track: c.track === 'rco' || steps.some((s) => s.to === 'rco') ? 'rco' : c.track,
      closureReason: closure,
      closedAt,
      version: sql`${complaints.version} + ${steps.length}`,
      updatedAt: new Date(),
    })
    .where(eq(complaints.id, complaintId));
}
