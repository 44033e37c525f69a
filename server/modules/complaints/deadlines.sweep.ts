/**
 * The daily sweep of the case clocks (issue 14 part 8), run by the `complaint-deadlines` job:
 * - a reminder `remindBefore` days (in the clock's own unit) before each running clock's due date,
 *   to the case's officers (else the head of its office), once per clock (`reminded_on`);
 * - a clock past its due date is marked `lewat` (the case shows overdue), once, and the people are
 *   told; two lapses prompt a decision: the formal completion window (`kelengkapan_formil`, the
 *   officer confirms the closure through `tutup_tidak_lengkap`, then the reporter is told) and the
 *   corrective actions (`tindakan_korektif`: 30 working days, PO 58/2023 Pasal 54 → `ke_resolusi`).
 * A clock stopped by a running pause is neither reminded nor lapsed. Each clock is handled in its
 * own transaction: the once-guard (an UPDATE … WHERE still unset) and the notifications commit
 * together, so two sweeps at once send each message once.
 */
import { CLOCK_OWNER } from '../../../shared/contracts/complaints-deadlines';
import {
  DEFAULT_DEADLINE_RULES,
  type DeadlineKey,
  type DeadlineRule,
} from '../../../shared/complaints/deadline-rules';
import { addDays } from '../../../shared/calendar/workdays';
import { formatDate } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import { loadCalendar } from '../calendar/calendar.service';
import { notify } from '../notifications/notifications.service';
import * as repo from './deadlines.repository';

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export interface SweepResult {
  reminded: number;
  lapsed: number;
  notified: number;
}

type Kind =
  'complaint.dueSoon' | 'complaint.overdue' | 'complaint.formalLapsed' | 'complaint.correctiveLapsed';

/** What a lapse of this clock at this stage asks of the officer. */
function lapseKind(key: string, stage: string): Kind {
  if (key === 'kelengkapan_formil' && stage === 'menunggu_kelengkapan') return 'complaint.formalLapsed';
  if (key === 'tindakan_korektif' && stage === 'tindakan_korektif') return 'complaint.correctiveLapsed';
  return 'complaint.overdue';
}

export async function sweepDeadlines(db: Executor, today: string): Promise<SweepResult> {
  const result: SweepResult = { reminded: 0, lapsed: 0, notified: 0 };
  // remindBefore is at most 30 days of either unit: 30 working days stay within ~8 calendar weeks.
  const rows = await repo.clocksForSweep(db, today, shift(today, 62));
  const ruleSets = new Map<string, readonly DeadlineRule[]>();
  const calendars = new Map<string | null, Set<string>>();
  for (const r of rows) {
    if (r.waitingOn !== null && r.waitingOn !== CLOCK_OWNER[r.key as DeadlineKey]) continue;
    if (!ruleSets.has(r.ruleSetId))
      ruleSets.set(r.ruleSetId, (await repo.ruleSetRules(db, r.ruleSetId)) ?? DEFAULT_DEADLINE_RULES);
    const rule =
      ruleSets.get(r.ruleSetId)!.find((x) => x.key === r.key) ??
      DEFAULT_DEADLINE_RULES.find((x) => x.key === r.key);
    const province = r.bodyRegionCode?.slice(0, 2) ?? null;
    if (!calendars.has(province)) calendars.set(province, await loadCalendar(db, province));
    const holidays = calendars.get(province)!;
    const params = {
      tracking: r.trackingNumber,
      clock: rule?.label.id ?? r.key,
      clockEn: rule?.label.en ?? r.key,
      deadline: formatDate(r.dueOn, 'id'),
      deadlineEn: formatDate(r.dueOn, 'en'),
      days: rule ? `${rule.days} ${rule.unit === 'working' ? 'hari kerja' : 'hari'}` : '',
      daysEn: rule ? `${rule.days} ${rule.unit === 'working' ? 'working days' : 'days'}` : '',
    };
    const tell = async (tx: Executor, kind: Kind) => {
      for (const userId of await repo.caseRecipients(tx, r.complaintId, r.officeId))
        if (
          await notify(tx, {
            userId,
            kind,
            params,
            link: `/pengaduan/${r.complaintId}`,
            dedupeKey: `${kind}:${r.id}:${userId}`,
          })
        )
          result.notified++;
    };
    if (r.dueOn < today) {
      await inTransaction(db, async (tx) => {
        if (!(await repo.markLapsed(tx, r.id))) return;
        result.lapsed++;
        await tell(tx, lapseKind(r.key, r.stage));
      });
      continue;
    }
    if (r.remindedOn) continue;
    const before = rule?.remindBefore ?? 0;
    const window = addDays({ from: today, add: before, unit: r.unit, holidays }).due;
    if (r.dueOn > window) continue;
    await inTransaction(db, async (tx) => {
      if (!(await repo.markReminded(tx, r.id, today))) return;
      result.reminded++;
      await tell(tx, 'complaint.dueSoon');
    });
  }
  return result;
}
