/**
 * Reminders of internal cycles (issue 12) on both engines, on fixed dates of 2026 counted by hand
 * on the seeded calendar (SKB 3 Menteri No. 1497 Tahun 2025: Nyepi 19 March with cuti bersama 18
 * March; Idul Fitri 21–22 March with cuti bersama 20, 23, 24 March; Idul Adha 27 May with cuti
 * bersama 28 May; Pancasila 1 June). "Within N working days" (N = 3): the date is no later than the
 * third working day after today. Each test uses its own tenant and looks at its own people's
 * notifications only (the job covers every internal cycle of the database).
 */
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../../shared/contracts/notifications';
import { notifications } from '../../db/schema';
import { answers, cycleGovernments, cycles, cycleUnits, cycleUnitTeam } from '../../db/schema-assessments';
import { governments } from '../../db/schema';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createUser } from '../users/users.service';
import { sendInternalReminders, withinWorkingDays, workingDaysUntil } from './internal-reminders';
import { sendAssessmentReminders } from './reminders';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

/** 09.00 WIB (02.00 UTC) on that day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);

interface UnitPlan {
  unitId: string;
  selfStatus: 'draft' | 'submitted';
  scheduledDate?: string;
  team?: string[];
  /** Answer cells: answered and pending, answered and verified, unanswered. */
  cells?: { pending?: number; verified?: number; open?: number };
}

/** An internal cycle of the tenant's government inserted as the internal-cycles service leaves it. */
async function internalCycle(
  t: Tenant,
  status: 'self_assessment' | 'verification' | 'final',
  dates: { selfEnd: string; verifyEnd: string },
  plan: UnitPlan[],
): Promise<string> {
  const db = ctx.database.db;
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: t.officeId,
      year: 2026,
      name: 'Penilaian Mandiri 2026',
      frameworkId: 'spot-check-2024',
      kind: 'internal',
      ownerGovernmentId: t.governmentId,
      status,
      selfStart: '2026-02-02',
      selfEnd: dates.selfEnd,
      verifyStart: dates.selfEnd,
      verifyEnd: dates.verifyEnd,
      finalDate: '2026-07-31',
    })
    .returning();
  const cycleId = cycle!.id;
  await db.insert(cycleGovernments).values({ cycleId, governmentId: t.governmentId });
  for (const u of plan) {
    await db.insert(cycleUnits).values({
      cycleId,
      unitId: u.unitId,
      governmentId: t.governmentId,
      selfStatus: u.selfStatus,
      scheduledDate: u.scheduledDate ?? null,
    });
    for (const userId of u.team ?? [])
      await db.insert(cycleUnitTeam).values({ cycleId, unitId: u.unitId, userId });
    const cells = [
      ...Array.from({ length: u.cells?.pending ?? 0 }, () => ({
        selfValue: 1,
        verifyStatus: 'pending' as const,
      })),
      ...Array.from({ length: u.cells?.verified ?? 0 }, () => ({
        selfValue: 1,
        verifyStatus: 'accepted' as const,
      })),
      ...Array.from({ length: u.cells?.open ?? 0 }, () => ({
        selfValue: null,
        verifyStatus: 'pending' as const,
      })),
    ];
    if (cells.length > 0)
      await db.insert(answers).values(
        cells.map((c, i) => ({
          cycleId,
          governmentId: t.governmentId,
          unitId: u.unitId,
          indicator: `SC.${i + 1}`,
          ...c,
        })),
      );
  }
  return cycleId;
}

/** A person's notifications of one kind (optionally of one day), oldest first. */
async function inboxOf(userId: string, kind: string, day?: string) {
  return ctx.database.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, kind),
        day ? like(notifications.dedupeKey, `%:${day}`) : undefined,
      ),
    )
    .orderBy(notifications.createdAt);
}

describe('working days before a date (pure, on a hand-made calendar)', () => {
  const lebaran = new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']);
  it.each([
    // Thursday 12 March: the 3rd working day after is Tuesday 17 March (13, 16, 17), before the 25th.
    ['2026-03-12', '2026-03-25', false],
    // Friday 13 March: 16, 17 and then Wednesday 25 March (18–24 are weekend, holidays, cuti bersama).
    ['2026-03-13', '2026-03-25', true],
    ['2026-03-25', '2026-03-25', true],
    ['2026-03-26', '2026-03-25', false],
  ])('today %s, date %s → %s', (today, date, expected) => {
    expect(withinWorkingDays(today, date, 3, lebaran)).toBe(expected);
  });
  it('counts the working days left (the date itself counts, days off do not)', () => {
    expect(workingDaysUntil('2026-03-13', '2026-03-25', lebaran)).toBe(3);
    expect(workingDaysUntil('2026-03-25', '2026-03-25', lebaran)).toBe(0);
  });
});

describe('internal cycle reminders', () => {
  it('a scheduled date: the team and the PICs, from 3 working days before, once a day even when two runs race', async () => {
    const t = await makeTenant(ctx);
    const pic = t.userIds.unit_pic;
    const verifier = t.userIds.internal_verifier;
    const cycleId = await internalCycle(
      t,
      'self_assessment',
      { selfEnd: '2026-04-30', verifyEnd: '2026-06-30' },
      [
        {
          unitId: t.unitId,
          selfStatus: 'draft',
          scheduledDate: '2026-03-25',
          team: [verifier],
          cells: { open: 4 },
        },
      ],
    );

    await sendInternalReminders(ctx.database.db, at('2026-03-12'));
    expect(await inboxOf(pic, 'internal.scheduled')).toHaveLength(0);

    // Friday 13 March: 25 March is the 3rd working day after (16, 17, 25).
    await sendInternalReminders(ctx.database.db, at('2026-03-13'));
    const [first] = await inboxOf(pic, 'internal.scheduled');
    expect(first!.link).toBe(`/cycles/${cycleId}/units/${t.unitId}/checklist`);
    const title = renderNotification(first!.kind, first!.params as Record<string, string>, 'id').title;
    expect(title).toMatch(/^Jadwal penilaian mandiri Dinas Uji \w+ dalam 3 hari kerja$/);
    expect(renderNotification(first!.kind, first!.params as Record<string, string>, 'en').body).toContain(
      '25 Mar 2026',
    );
    const [team] = await inboxOf(verifier, 'internal.scheduled');
    expect(team!.link).toBe(`/cycles/${cycleId}/work-plan`);
    // The coordinator is not part of this one; a second run the same day sends nothing new.
    expect(await inboxOf(t.userIds.gov_coordinator, 'internal.scheduled')).toHaveLength(0);
    await sendInternalReminders(ctx.database.db, at('2026-03-13'));
    expect(await inboxOf(pic, 'internal.scheduled')).toHaveLength(1);

    // Saturday 14 March and the cuti bersama of 18 March are no working days: nothing goes out.
    await sendInternalReminders(ctx.database.db, at('2026-03-14'));
    await sendInternalReminders(ctx.database.db, at('2026-03-18'));
    expect(await inboxOf(pic, 'internal.scheduled')).toHaveLength(1);

    // Monday 16 March, two runs at once (two connections on PostgreSQL): one message per person.
    await Promise.all([
      sendInternalReminders(ctx.database.db, at('2026-03-16')),
      sendInternalReminders(ctx.database.db, at('2026-03-16')),
    ]);
    expect(await inboxOf(pic, 'internal.scheduled', '2026-03-16')).toHaveLength(1);
    expect(await inboxOf(verifier, 'internal.scheduled', '2026-03-16')).toHaveLength(1);
    const monday = (await inboxOf(pic, 'internal.scheduled', '2026-03-16'))[0]!;
    expect(renderNotification(monday.kind, monday.params as Record<string, string>, 'en').title).toMatch(
      /in 2 working days$/,
    );
  });

  it('a regional holiday of the government’s province moves the window (Kalimantan Selatan, WITA)', async () => {
    const t = await makeTenant(ctx);
    await ctx.database.db
      .update(governments)
      .set({ regionCode: '63.01' })
      .where(eq(governments.id, t.governmentId));
    const admin = await t.as('admin');
    const res = await admin.post('/api/calendar/days', {
      date: '2026-03-17',
      name: 'Hari jadi uji (libur daerah)',
      kind: 'regional',
      provinceCode: '63',
    });
    expect(res.statusCode, res.body).toBe(201);
    await internalCycle(t, 'self_assessment', { selfEnd: '2026-04-30', verifyEnd: '2026-06-30' }, [
      { unitId: t.unitId, selfStatus: 'draft', scheduledDate: '2026-03-25', cells: { open: 1 } },
    ]);
    // Thursday 12 March: with 17 March off in the province, the 3rd working day is the 25th (13, 16, 25).
    await sendInternalReminders(ctx.database.db, at('2026-03-12'));
    expect(await inboxOf(t.userIds.unit_pic, 'internal.scheduled', '2026-03-12')).toHaveLength(1);
    // Tuesday 17 March is a day off there: nothing is sent that day.
    await sendInternalReminders(ctx.database.db, at('2026-03-17'));
    expect(await inboxOf(t.userIds.unit_pic, 'internal.scheduled', '2026-03-17')).toHaveLength(0);
  });

  it('self-assessment still open near its end: the unit’s PICs and one digest for the coordinator; official kinds stay silent', async () => {
    const t = await makeTenant(ctx);
    const pic = t.userIds.unit_pic;
    const coordinator = t.userIds.gov_coordinator;
    // Friday 29 May closes; 27 May (Idul Adha) and 28 May (cuti bersama) are off.
    await internalCycle(t, 'self_assessment', { selfEnd: '2026-05-29', verifyEnd: '2026-06-30' }, [
      { unitId: t.unitId, selfStatus: 'draft', cells: { pending: 2, open: 3 } },
      { unitId: t.childUnitId, selfStatus: 'draft', cells: { open: 5 } },
      { unitId: t.otherUnitId, selfStatus: 'submitted', cells: { pending: 5 } },
    ]);
    // Thursday 21 May: 22, 25, 26 — the 29th is still 4 working days away.
    await sendInternalReminders(ctx.database.db, at('2026-05-21'));
    expect(await inboxOf(pic, 'internal.selfClosing')).toHaveLength(0);
    // Friday 22 May: 25, 26, 29.
    await sendInternalReminders(ctx.database.db, at('2026-05-22'));
    const [mine] = await inboxOf(pic, 'internal.selfClosing');
    const id = renderNotification(mine!.kind, mine!.params as Record<string, string>, 'id');
    expect(id.title).toMatch(/^Penilaian mandiri Dinas Uji \w+ ditutup dalam 3 hari kerja$/);
    expect(id.body).toContain('2 dari 5 butir sudah dijawab');
    const [digest, ...more] = await inboxOf(coordinator, 'internal.selfClosingGovernment');
    expect(more).toHaveLength(0);
    const en = renderNotification(digest!.kind, digest!.params as Record<string, string>, 'en');
    expect(en.title).toBe('2 units have not submitted the internal self-assessment');
    expect(en.body).toMatch(
      /2 of 3 units have not submitted: (Dinas|Puskesmas) Uji \w+, (Dinas|Puskesmas) Uji \w+\.$/,
    );
    expect(await inboxOf(coordinator, 'internal.selfClosing')).toHaveLength(0);
    // The official cycles' reminders (issue 11) leave internal cycles to these.
    await sendAssessmentReminders(ctx.database.db, '2026-05-28');
    expect(await inboxOf(pic, 'self.closing')).toHaveLength(0);
    expect(await inboxOf(coordinator, 'self.closingGovernment')).toHaveLength(0);
  });

  it('items awaiting verification: the unit’s team, else the government’s internal verifiers; late units first', async () => {
    const t = await makeTenant(ctx);
    const v1 = t.userIds.internal_verifier;
    const v2 = (
      await createUser(ctx.database.db, null, {
        email: `inspektorat-2-${t.governmentId.slice(0, 8)}@uji.test`,
        name: 'Auditor Dua',
        password: TEST_PASSWORD,
        role: 'internal_verifier',
        governmentId: t.governmentId,
      })
    ).id;
    // Verification ends Friday 5 June; Monday 1 June (Pancasila) is off.
    const cycleId = await internalCycle(
      t,
      'verification',
      { selfEnd: '2026-05-08', verifyEnd: '2026-06-05' },
      [
        {
          unitId: t.unitId,
          selfStatus: 'submitted',
          team: [v2],
          scheduledDate: '2026-06-04',
          cells: { pending: 3 },
        },
        { unitId: t.otherUnitId, selfStatus: 'submitted', cells: { pending: 2, verified: 1 } },
        // Scheduled for 20 May and still not verified: late, reminded before the phase's last days.
        {
          unitId: t.childUnitId,
          selfStatus: 'submitted',
          team: [v1],
          scheduledDate: '2026-05-20',
          cells: { pending: 1 },
        },
      ],
    );
    // Friday 29 May: 2, 3, 4 June — the 5th is not yet within 3 working days; only the late unit.
    await sendInternalReminders(ctx.database.db, at('2026-05-29'));
    const late = await inboxOf(v1, 'internal.verifyPending');
    expect(late.map((n) => (n.params as { unit: string }).unit)).toEqual([
      expect.stringMatching(/^Puskesmas Uji/),
    ]);
    expect(late[0]!.link).toBe(`/cycles/${cycleId}/governments/${t.governmentId}/verification`);
    expect(await inboxOf(v2, 'internal.verifyPending')).toHaveLength(0);
    // Monday 1 June is a holiday; Tuesday 2 June: 3, 4, 5 — every unit with pending items.
    await sendInternalReminders(ctx.database.db, at('2026-06-01'));
    await sendInternalReminders(ctx.database.db, at('2026-06-02'));
    const units = async (userId: string) =>
      (await inboxOf(userId, 'internal.verifyPending', '2026-06-02'))
        .map((n) => (n.params as { unit: string }).unit)
        .sort();
    // v2 is the first unit's team and, with v1, the internal verifiers of the unit without a team.
    expect(await units(v2)).toEqual([
      expect.stringMatching(/^Dinas Lain/),
      expect.stringMatching(/^Dinas Uji/),
    ]);
    expect(await units(v1)).toEqual([
      expect.stringMatching(/^Dinas Lain/),
      expect.stringMatching(/^Puskesmas Uji/),
    ]);
    const [lain] = (await inboxOf(v1, 'internal.verifyPending', '2026-06-02')).filter((n) =>
      String((n.params as { unit: string }).unit).startsWith('Dinas Lain'),
    );
    expect(renderNotification(lain!.kind, lain!.params as Record<string, string>, 'id').title).toMatch(
      /^2 butir Dinas Lain \w+ menunggu verifikasi$/,
    );
    // The PICs are not told about verification; the team's scheduled date (4 June) is.
    expect(await inboxOf(t.userIds.unit_pic, 'internal.verifyPending')).toHaveLength(0);
    expect(await inboxOf(v2, 'internal.scheduled', '2026-06-02')).toHaveLength(1);
  });

  it('sends nothing for finished or official work: a final internal cycle, a fully verified unit', async () => {
    const t = await makeTenant(ctx);
    await internalCycle(t, 'final', { selfEnd: '2026-05-29', verifyEnd: '2026-06-05' }, [
      {
        unitId: t.unitId,
        selfStatus: 'draft',
        scheduledDate: '2026-06-04',
        team: [t.userIds.internal_verifier],
        cells: { open: 1 },
      },
    ]);
    const t2 = await makeTenant(ctx);
    await internalCycle(t2, 'verification', { selfEnd: '2026-05-08', verifyEnd: '2026-06-05' }, [
      {
        unitId: t2.unitId,
        selfStatus: 'submitted',
        scheduledDate: '2026-06-04',
        team: [t2.userIds.internal_verifier],
        cells: { verified: 3 },
      },
    ]);
    await sendInternalReminders(ctx.database.db, at('2026-06-02'));
    for (const user of [
      t.userIds.internal_verifier,
      t.userIds.unit_pic,
      t2.userIds.internal_verifier,
      t2.userIds.unit_pic,
    ]) {
      expect(await inboxOf(user, 'internal.scheduled')).toHaveLength(0);
      expect(await inboxOf(user, 'internal.verifyPending')).toHaveLength(0);
    }
  });
});
