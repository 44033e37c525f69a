/**
 * The follow-up reminders and escalation (issue 17 §3), run for a fixed day: 7 and 1 days before
 * the due date to the owner (the coordinator while nobody owns it), 1 day after to the
 * coordinator, 7 days after to the issuer (the office's head and assessors; the government's
 * internal verifier for its own items). Items sent on, done, or long past are left alone; a second
 * run the same day sends nothing; the next stage of the same item is sent when its day comes.
 */
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../../../shared/contracts/notifications';
import { notifications } from '../../../db/schema';
import { followupItems } from '../../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { plusDays } from '../sources/cycle.source';
import { sendFollowupReminders } from './reminders.service';

const TODAY = '2026-06-15';

let ctx: TestContext;
let t: Tenant;
const ids: Record<string, string> = {};

type Status = (typeof followupItems.$inferInsert)['status'];

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  const item = (key: string, days: number, v: Partial<typeof followupItems.$inferInsert> = {}) => ({
    kind: 'saran_perbaikan' as const,
    issuer: 'office' as const,
    sourceType: 'manual' as const,
    officeId: t.officeId,
    governmentId: t.governmentId,
    addressee: 'Dinas Uji',
    action: `Tindak lanjut ${key}`,
    dueOn: plusDays(TODAY, days),
    status: 'terbuka' as Status,
    ...v,
  });
  const rows = {
    owned7: item('owned7', 7, { ownerId: t.userIds.unit_pic }),
    unowned1: item('unowned1', 1),
    late1: item('late1', -1, { status: 'dijawab' }),
    late7: item('late7', -7),
    ownLate7: item('ownLate7', -7, { kind: 'perbaikan_internal', issuer: 'government', officeId: null }),
    done: item('done', 1, { status: 'selesai' }),
    sent: item('sent', -1, { status: 'dikirim' }),
    ancient: item('ancient', -60),
    undated: item('undated', 0, { dueOn: null }),
  };
  const inserted = await ctx.database.db
    .insert(followupItems)
    .values(Object.values(rows))
    .returning({ id: followupItems.id, action: followupItems.action });
  for (const r of inserted) ids[r.action.replace('Tindak lanjut ', '')] = r.id;
}, 60_000);
afterAll(async () => ctx?.close());

const sentFor = async () => {
  const rows = await ctx.database.db
    .select()
    .from(notifications)
    .where(inArray(notifications.userId, Object.values(t.userIds)));
  const byItem = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows
    .filter((n) => n.kind.startsWith('followup.'))
    .map((n) => ({
      item: byItem.get((n.dedupeKey ?? '').split(':')[1] ?? '') ?? '?',
      stage: (n.dedupeKey ?? '').split(':')[0],
      kind: n.kind,
      to: Object.entries(t.userIds).find(([, id]) => id === n.userId)?.[0],
      row: n,
    }));
};

describe('follow-up reminders', () => {
  it('sends each stage to its audience, and only to the items still owed', async () => {
    const count = await sendFollowupReminders(ctx.database.db, TODAY);
    const sent = await sentFor();
    const seen = sent.map((s) => `${s.item} ${s.stage} ${s.to}`).sort();
    expect(seen).toEqual(
      [
        'owned7 followup.before7 unit_pic',
        'unowned1 followup.before1 gov_coordinator',
        'late1 followup.after1 gov_coordinator',
        'late7 followup.after7 oversight_head',
        'late7 followup.after7 assessor',
        'ownLate7 followup.after7 internal_verifier',
      ].sort(),
    );
    expect(count).toBe(6);
    const escalated = sent.find((s) => s.item === 'late7' && s.to === 'assessor')!;
    expect(escalated.kind).toBe('followup.escalated');
    const text = renderNotification(escalated.kind, escalated.row.params as Record<string, string>, 'id');
    expect(text.title).toMatch(/^Tindak lanjut Lembaga Uji .* terlambat 7 hari$/);
    expect(text.body).toContain('"Tindak lanjut late7" jatuh tempo 8 Jun 2026');
    const en = renderNotification(
      'followup.dueSoon',
      sent.find((s) => s.item === 'owned7')!.row.params as Record<string, string>,
      'en',
    );
    expect(en.title).toBe('Follow-up due in 7 days: Improvement advice');
    expect(escalated.row.link).toBe(`/tindak-lanjut?item=${ids.late7}`);
  });

  it('a second run the same day sends nothing; the next stage comes on its day', async () => {
    expect(await sendFollowupReminders(ctx.database.db, TODAY)).toBe(0);
    // Six days on: owned7 is due tomorrow (its 1-day reminder to the PIC), unowned1 is 5 days late
    // (the coordinator hears), late1 is 7 days late (the office's head and assessor hear); late7's
    // escalation was sent already.
    expect(await sendFollowupReminders(ctx.database.db, plusDays(TODAY, 6))).toBe(4);
    const sent = await sentFor();
    expect(
      sent
        .filter((s) => s.item === 'owned7')
        .map((s) => s.stage)
        .sort(),
    ).toEqual(['followup.before1', 'followup.before7']);
    expect(
      sent
        .filter((s) => s.item === 'unowned1')
        .map((s) => `${s.stage} ${s.to}`)
        .sort(),
    ).toEqual(['followup.after1 gov_coordinator', 'followup.before1 gov_coordinator']);
    expect(
      sent
        .filter((s) => s.item === 'late1' && s.stage === 'followup.after7')
        .map((s) => s.to)
        .sort(),
    ).toEqual(['assessor', 'oversight_head']);
    expect(sent.filter((s) => s.item === 'late7')).toHaveLength(2);
  });
});
