/**
 * Reminders of official cycles' phases (internal cycles have theirs: internal-reminders.ts), sent to
 * the people they concern (issue 11): PICs of units whose self-assessment closes within three days
 * and is still a draft, their coordinators (one message per government), assessors with answered
 * items still unverified before verification closes, and coordinators when the appeal window opens.
 * Each is sent once per person, deadline and day.
 */
import { formatDate } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import * as repo from './notifications.repository';
import { notify } from './notifications.service';

/** Days before a deadline that reminders start. */
export const REMIND_DAYS = 3;

/** "2 Desember 2026" / "2 December 2026" and "besok" / "tomorrow" for a deadline seen from today. */
export function deadlineParams(deadline: string, today: string) {
  const days = Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  return {
    deadline: formatDate(deadline, 'id'),
    deadlineEn: formatDate(deadline, 'en'),
    daysText: days <= 0 ? 'hari ini' : days === 1 ? 'besok' : `dalam ${days} hari`,
    daysTextEn: days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`,
  };
}

/** Creates today's reminders; returns how many notifications were sent (repeats are not). */
export async function sendAssessmentReminders(db: Executor, today: string): Promise<number> {
  let sent = 0;
  const count = (id: string | null) => {
    if (id) sent++;
  };

  const units = await repo.selfClosingUnits(db, today, REMIND_DAYS);
  for (const u of units) {
    const params = {
      cycle: u.cycle_name,
      government: u.government_name,
      unit: u.unit_name,
      answered: u.answered,
      total: u.total,
      ...deadlineParams(u.self_end, today),
    };
    for (const userId of u.pic_ids)
      count(
        await notify(db, {
          userId,
          kind: 'self.closing',
          params,
          link: `/cycles/${u.cycle_id}/units/${u.unit_id}/checklist`,
          dedupeKey: `self.closing:${u.cycle_id}:${u.unit_id}:${userId}:${today}`,
        }),
      );
  }
  const perGovernment = new Map<string, (typeof units)[number][]>();
  for (const u of units) {
    const key = `${u.cycle_id}|${u.government_id}`;
    perGovernment.set(key, [...(perGovernment.get(key) ?? []), u]);
  }
  const coordinators = await repo.coordinatorsOf(db, [...new Set(units.map((u) => u.government_id))]);
  for (const drafts of perGovernment.values()) {
    const g = drafts[0]!;
    for (const c of coordinators.filter((x) => x.governmentId === g.government_id))
      count(
        await notify(db, {
          userId: c.id,
          kind: 'self.closingGovernment',
          params: {
            cycle: g.cycle_name,
            government: g.government_name,
            pending: drafts.length,
            units: g.units,
            ...deadlineParams(g.self_end, today),
          },
          link: `/cycles/${g.cycle_id}/governments/${g.government_id}/progress`,
          dedupeKey: `self.closingGovernment:${g.cycle_id}:${g.government_id}:${c.id}:${today}`,
        }),
      );
  }

  for (const v of await repo.verifyPendingGovernments(db, today, REMIND_DAYS))
    for (const userId of v.assessor_ids)
      count(
        await notify(db, {
          userId,
          kind: 'verify.pending',
          params: {
            cycle: v.cycle_name,
            government: v.government_name,
            pending: v.pending,
            ...deadlineParams(v.verify_end, today),
          },
          link: `/cycles/${v.cycle_id}/governments/${v.government_id}/verification`,
          dedupeKey: `verify.pending:${v.cycle_id}:${v.government_id}:${userId}:${today}`,
        }),
      );

  const appeals = await repo.appealOpenGovernments(db);
  const appealCoordinators = await repo.coordinatorsOf(db, [...new Set(appeals.map((a) => a.government_id))]);
  for (const a of appeals)
    for (const c of appealCoordinators.filter((x) => x.governmentId === a.government_id))
      count(
        await notify(db, {
          userId: c.id,
          kind: 'appeal.open',
          params: {
            cycle: a.cycle_name,
            government: a.government_name,
            ...deadlineParams(a.appeal_end ?? today, today),
          },
          link: `/cycles/${a.cycle_id}/governments/${a.government_id}/appeals`,
          dedupeKey: `appeal.open:${a.cycle_id}:${a.government_id}:${c.id}`,
        }),
      );
  return sent;
}
