/**
 * Reminders of internal cycles (penilaian mandiri run by the government, issue 12), counted in
 * working days on the stored calendar of the government's province (REFERENCE §10.7: weekends,
 * national holidays, cuti bersama and the province's regional holidays do not count):
 * - `internal.scheduled`: the work plan's date for a unit is at most N working days away → the
 *   unit's Inspektorat team and PICs (until every item of the unit is verified);
 * - `internal.selfClosing`: the self-assessment phase ends within N working days and the unit is
 *   still a draft → its PICs; `internal.selfClosingGovernment`: the same, one digest per government
 *   → the government's coordinators;
 * - `internal.verifyPending`: in the verification phase, a submitted unit has answered items not yet
 *   verified and the phase ends within N working days or the unit's scheduled date has passed → the
 *   unit's Inspektorat team, or the government's internal verifiers when it has none.
 * "Within N working days": the deadline is today or no later than the N-th working day after today
 * (`addDays`). Reminders go out on the government's working days only, each once per kind, unit
 * (government for the digest), person and day: the notification's unique dedupe key, inserted with
 * ON CONFLICT DO NOTHING, makes concurrent runs send it once. N is `PATUH_REMINDER_WORKING_DAYS`.
 */
import { addDays, isWorkingDay } from '../../../shared/calendar/workdays';
import { formatDate, todayIn } from '../../../shared/format/format';
import { zoneOfGovernment } from '../../../shared/format/time-zones';
import type { Executor } from '../../db/client';
import { loadCalendar } from '../calendar/calendar.service';
import * as repo from './internal-reminders.repository';
import { notify } from './notifications.service';

/** Working days before a date that internal reminders start when the configuration says nothing. */
export const DEFAULT_REMINDER_WORKING_DAYS = 3;

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Working days after `today` up to and including `deadline` (0 when the deadline is today). */
export function workingDaysUntil(today: string, deadline: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = shift(today, 1); d <= deadline; d = shift(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}

/** True when `deadline` is today or no later than the `days`-th working day after today. */
export function withinWorkingDays(
  today: string,
  deadline: string | null,
  days: number,
  holidays: ReadonlySet<string>,
): deadline is string {
  if (!deadline || deadline < today) return false;
  return deadline <= addDays({ from: today, add: days, unit: 'working', holidays }).due;
}

/** The deadline's date and "hari ini" / "dalam 2 hari kerja" (and English) for the templates. */
export function whenParams(deadline: string, today: string, holidays: ReadonlySet<string>) {
  const n = workingDaysUntil(today, deadline, holidays);
  const past = deadline < today;
  return {
    deadline: formatDate(deadline, 'id'),
    deadlineEn: formatDate(deadline, 'en'),
    daysText: past ? 'sudah lewat' : n === 0 ? 'hari ini' : `dalam ${n} hari kerja`,
    daysTextEn: past ? 'passed' : n === 0 ? 'today' : n === 1 ? 'in 1 working day' : `in ${n} working days`,
  };
}

/** At most five names, then "dan N lainnya" / "and N more". */
function nameList(names: string[]) {
  const head = names.slice(0, 5).join(', ');
  const more = names.length - 5;
  return {
    names: more > 0 ? `${head} dan ${more} lainnya` : head,
    namesEn: more > 0 ? `${head} and ${more} more` : head,
  };
}

/**
 * Sends today's reminders of internal cycles; returns how many notifications went out (repeats of
 * the same day are not sent again). `now` decides each government's "today" in its own time zone.
 */
export async function sendInternalReminders(
  db: Executor,
  now: Date,
  days: number = DEFAULT_REMINDER_WORKING_DAYS,
): Promise<number> {
  const utc = now.toISOString().slice(0, 10);
  // Rows read: every date that could be within N working days (at most 7 calendar days a week,
  // plus the longest run of holidays, Lebaran's week) of any Indonesian "today" (UTC ±1 day).
  const rows = await repo.internalCycleUnits(db, shift(utc, -1), shift(utc, 1 + days * 2 + 14));
  if (rows.length === 0) return 0;
  const governmentIds = [...new Set(rows.map((r) => r.government_id))];
  const coordinators = await repo.governmentUsers(db, 'gov_coordinator', governmentIds);
  const verifiers = await repo.governmentUsers(db, 'internal_verifier', governmentIds);
  const of = (list: typeof coordinators, g: string) =>
    list.filter((u) => u.governmentId === g).map((u) => u.id);

  let sent = 0;
  const send = async (
    userIds: Iterable<string>,
    n: Omit<Parameters<typeof notify>[1], 'userId' | 'dedupeKey'>,
    key: string,
    today: string,
  ) => {
    for (const userId of new Set(userIds))
      if (await notify(db, { ...n, userId, dedupeKey: `${n.kind}:${key}:${userId}:${today}` })) sent++;
  };

  const byGovernment = new Map<string, repo.InternalUnitTarget[]>();
  for (const r of rows) {
    const key = `${r.cycle_id}|${r.government_id}`;
    byGovernment.set(key, [...(byGovernment.get(key) ?? []), r]);
  }
  for (const group of byGovernment.values()) {
    const g = group[0]!;
    const holidays = await loadCalendar(db, g.region_code?.slice(0, 2) ?? null);
    const today = todayIn(zoneOfGovernment(g.region_code), now);
    if (!isWorkingDay(today, holidays)) continue;
    const base = { cycle: g.cycle_name, government: g.government_name };

    for (const u of group) {
      const unit = { ...base, unit: u.unit_name, answered: u.answered, total: u.total, verified: u.verified };
      const key = `${u.cycle_id}:${u.unit_id}`;
      const done = u.self_status === 'submitted' && u.total > 0 && u.verified === u.total;
      if (!done && withinWorkingDays(today, u.scheduled_date, days, holidays)) {
        const params = { ...unit, ...whenParams(u.scheduled_date, today, holidays) };
        // The team opens the work plan, the PICs their checklist; one message each either way.
        await send(
          u.team_ids,
          { kind: 'internal.scheduled', params, link: `/cycles/${u.cycle_id}/work-plan` },
          key,
          today,
        );
        await send(
          u.pic_ids,
          { kind: 'internal.scheduled', params, link: `/cycles/${u.cycle_id}/units/${u.unit_id}/checklist` },
          key,
          today,
        );
      }
      if (
        u.status === 'self_assessment' &&
        u.self_status === 'draft' &&
        withinWorkingDays(today, u.self_end, days, holidays)
      )
        await send(
          u.pic_ids,
          {
            kind: 'internal.selfClosing',
            params: { ...unit, ...whenParams(u.self_end, today, holidays) },
            link: `/cycles/${u.cycle_id}/units/${u.unit_id}/checklist`,
          },
          key,
          today,
        );
      const overdue = u.scheduled_date !== null && u.scheduled_date < today;
      if (
        u.status === 'verification' &&
        u.self_status === 'submitted' &&
        u.pending > 0 &&
        u.verify_end &&
        (overdue || withinWorkingDays(today, u.verify_end, days, holidays))
      )
        await send(
          u.team_ids.length > 0 ? u.team_ids : of(verifiers, u.government_id),
          {
            kind: 'internal.verifyPending',
            params: { ...unit, pending: u.pending, ...whenParams(u.verify_end, today, holidays) },
            link: `/cycles/${u.cycle_id}/governments/${u.government_id}/verification`,
          },
          key,
          today,
        );
    }

    const drafts = group.filter((u) => u.status === 'self_assessment' && u.self_status === 'draft');
    if (drafts.length > 0 && withinWorkingDays(today, g.self_end, days, holidays))
      await send(
        of(coordinators, g.government_id),
        {
          kind: 'internal.selfClosingGovernment',
          params: {
            ...base,
            pending: drafts.length,
            units: g.units,
            ...nameList(drafts.map((u) => u.unit_name)),
            ...whenParams(g.self_end, today, holidays),
          },
          link: `/cycles/${g.cycle_id}/governments/${g.government_id}/progress`,
        },
        `${g.cycle_id}:${g.government_id}`,
        today,
      );
  }
  return sent;
}
