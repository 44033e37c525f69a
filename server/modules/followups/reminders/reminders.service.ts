/**
 * Reminders and escalation of the follow-up backlog (issue 17 §3), run daily by the
 * followup-reminders job. For an item the government still owes (not sent on to its issuer, not
 * done):
 *   - 7 days and 1 day before the due date → its owner (the unit PIC), or the government's
 *     coordinators while nobody owns it;
 *   - 1 day after → the government's coordinators;
 *   - 7 days after → the issuer: the office's head and assessors for the office's items, the
 *     government's internal verifiers (Inspektorat) for its own.
 * Each stage reaches each person once per item (the notification's dedupe key). A run that was
 * missed catches up: each stage covers a window (e.g. due in 2–7 days), not one exact day. Items
 * more than ESCALATE_WINDOW days past the 7-day mark are left to the overdue list (no flood of old
 * items when the backlog is first filled).
 */
import { FOLLOWUP_KIND_LABELS, type FollowupKind } from '../../../../shared/followups/kinds';
import type { Executor } from '../../../db/client';
import { notify } from '../../notifications/notifications.service';
import { deadlineParams } from '../../notifications/reminders';
import * as repo from './reminders.repository';

export const ESCALATE_WINDOW = 30;

type Audience = 'owner' | 'coordinator' | 'issuer';

interface Stage {
  name: 'before7' | 'before1' | 'after1' | 'after7';
  kind: 'followup.dueSoon' | 'followup.overdue' | 'followup.escalated';
  /** Window of (due date − today) in days, inclusive. */
  from: number;
  to: number;
  audience: Audience;
}

export const STAGES: readonly Stage[] = [
  { name: 'before7', kind: 'followup.dueSoon', from: 2, to: 7, audience: 'owner' },
  { name: 'before1', kind: 'followup.dueSoon', from: 0, to: 1, audience: 'owner' },
  { name: 'after1', kind: 'followup.overdue', from: -6, to: -1, audience: 'coordinator' },
  { name: 'after7', kind: 'followup.escalated', from: -7 - ESCALATE_WINDOW, to: -7, audience: 'issuer' },
];

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const group = (people: repo.Person[]) => {
  const out = new Map<string, string[]>();
  for (const p of people) out.set(p.key, [...(out.get(p.key) ?? []), p.id]);
  return out;
};

/** Who hears about each item of a stage. */
async function recipients(db: Executor, audience: Audience, items: repo.ReminderItem[]) {
  const govIds = [...new Set(items.map((i) => i.governmentId))];
  const out = new Map<string, string[]>();
  if (audience === 'issuer') {
    const officeIds = [
      ...new Set(items.flatMap((i) => (i.issuer === 'office' && i.officeId ? [i.officeId] : []))),
    ];
    const staff = group(await repo.peopleOf(db, ['oversight_head', 'assessor'], 'office', officeIds));
    const inspektorat = group(await repo.peopleOf(db, ['internal_verifier'], 'government', govIds));
    for (const i of items)
      out.set(
        i.id,
        i.issuer === 'office' ? (staff.get(i.officeId ?? '') ?? []) : (inspektorat.get(i.governmentId) ?? []),
      );
    return out;
  }
  const coordinators = group(await repo.peopleOf(db, ['gov_coordinator'], 'government', govIds));
  const owners =
    audience === 'owner'
      ? await repo.activeUsers(
          db,
          items.flatMap((i) => (i.ownerId ? [i.ownerId] : [])),
        )
      : new Set<string>();
  for (const i of items)
    out.set(
      i.id,
      i.ownerId && owners.has(i.ownerId) ? [i.ownerId] : (coordinators.get(i.governmentId) ?? []),
    );
  return out;
}

/** Sends today's reminders; returns how many notifications were created (repeats are not). */
export async function sendFollowupReminders(db: Executor, today: string): Promise<number> {
  let sent = 0;
  for (const stage of STAGES) {
    const items = await repo.itemsDueBetween(db, today, stage.from, stage.to);
    if (items.length === 0) continue;
    const who = await recipients(db, stage.audience, items);
    for (const i of items) {
      const label = FOLLOWUP_KIND_LABELS[i.kind as FollowupKind] ?? { id: i.kind, en: i.kind };
      const daysLate = Math.round(
        (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${i.dueOn}T00:00:00Z`)) / 86_400_000,
      );
      const params = {
        kindLabel: label.id,
        kindLabelEn: label.en,
        addressee: i.addressee,
        government: i.governmentName,
        action: clip(i.action),
        days: daysLate,
        ...deadlineParams(i.dueOn, today),
      };
      for (const userId of who.get(i.id) ?? []) {
        const id = await notify(db, {
          userId,
          kind: stage.kind,
          params,
          link: `/tindak-lanjut?item=${i.id}`,
          dedupeKey: `followup.${stage.name}:${i.id}:${userId}`,
        });
        if (id) sent++;
      }
    }
  }
  return sent;
}
