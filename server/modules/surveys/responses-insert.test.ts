/**
 * The one insert path of survey responses: validation with field-level messages, the integrity
 * flags (device reuse, too fast, identical burst, outside opening hours), one use per slip, one
 * correction per response, and the append-only table.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitServiceProfiles } from '../../db/schema-standards';
import { surveyResponses } from '../../db/schema-surveys';
import { AppError } from '../../lib/errors';
import { inTransaction } from '../../lib/transaction';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { insertResponse, type NewResponse } from './responses-insert';
import { makeSkmPeriod, makeSlip, skmAnswers } from './surveys.fixture';

let ctx: TestContext;
let t: Tenant;
let periodId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  periodId = (await makeSkmPeriod(ctx.database.db, t)).id;
}, 60_000);
afterAll(async () => ctx?.close());

const base = (over: Partial<NewResponse> = {}): NewResponse => ({
  periodId,
  unitId: t.unitId,
  productId: null,
  answers: skmAnswers(3),
  profile: {},
  suggestion: null,
  channel: 'counter',
  enteredBy: null,
  deviceHash: null,
  slipId: null,
  startedAt: null,
  ...over,
});

const insert = (r: NewResponse) => inTransaction(ctx.database.db, (tx) => insertResponse(tx, r));

async function failure(r: NewResponse): Promise<AppError> {
  const err = await insert(r).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('insertResponse', () => {
  it('stores the answers in the instrument order with a clean record', async () => {
    const answers = skmAnswers([1, 2, 3, 4, 1, 2, 3, 4, 1]);
    delete answers.U5;
    const started = new Date(Date.now() - 120_000);
    const res = await insert(base({ answers, startedAt: started, deviceHash: 'dev-clean' }));
    expect(res.flags).toEqual([]);
    const [row] = await ctx.database.db.select().from(surveyResponses).where(eq(surveyResponses.id, res.id));
    expect(row!.answers).toEqual([1, 2, 3, 4, null, 2, 3, 4, 1]);
    expect(row!.governmentId).toBe(t.governmentId);
    expect(row!.durationMs).toBeGreaterThanOrEqual(120_000);
    expect(res.seq).toBe(row!.seq);
  });

  it('flags the same device answering again in the period at the unit', async () => {
    const first = await insert(base({ deviceHash: 'dev-a', answers: skmAnswers(4) }));
    const second = await insert(base({ deviceHash: 'dev-a', answers: skmAnswers(2) }));
    expect(first.flags).toEqual([]);
    expect(second.flags).toEqual(['device_reuse']);
  });

  it('flags an answer given faster than the questions can be read (9 questions: < 23 s)', async () => {
    const now = new Date();
    const fast = await insert(
      base({ answers: skmAnswers(1), startedAt: new Date(now.getTime() - 22_000), submittedAt: now }),
    );
    const slow = await insert(
      base({ answers: skmAnswers(2), startedAt: new Date(now.getTime() - 23_000), submittedAt: now }),
    );
    expect(fast.flags).toEqual(['too_fast']);
    expect(slow.flags).toEqual([]);
  });

  it('flags the third identical answer-and-profile at the unit within 10 minutes', async () => {
    const profile = { jenis_kelamin: 'L', usia: '30-39', pendidikan: 's1', pekerjaan: 'pns' };
    const answers = skmAnswers([4, 4, 3, 3, 4, 4, 3, 3, 2]);
    const a = await insert(base({ answers, profile, deviceHash: 'b1' }));
    const b = await insert(base({ answers, profile, deviceHash: 'b2' }));
    const c = await insert(
      base({
        answers,
        profile: { pekerjaan: 'pns', usia: '30-39', jenis_kelamin: 'L', pendidikan: 's1' },
        deviceHash: 'b3',
      }),
    );
    const other = await insert(base({ answers, profile: { ...profile, usia: '40-49' }, deviceHash: 'b4' }));
    expect([a.flags, b.flags, c.flags, other.flags]).toEqual([[], [], ['identical_burst'], []]);
    // Twenty minutes later the burst is over.
    const later = await insert(
      base({ answers, profile, deviceHash: 'b5', submittedAt: new Date(Date.now() + 20 * 60_000) }),
    );
    expect(later.flags).toEqual([]);
  });

  it('flags an answer outside the unit’s opening hours (in its zone), never when they are unknown', async () => {
    const monday10Wib = new Date('2026-11-30T03:00:00Z');
    const sunday10Wib = new Date('2026-11-29T03:00:00Z');
    const monday19Wib = new Date('2026-11-30T12:00:00Z');
    const unknown = await insert(base({ answers: skmAnswers(1), submittedAt: sunday10Wib }));
    expect(unknown.flags).toEqual([]);
    await ctx.database.db.insert(unitServiceProfiles).values({
      unitId: t.unitId,
      governmentId: t.governmentId,
      openingHours: [1, 2, 3, 4, 5].map((day) => ({ day, closed: false, open: '08:00', close: '16:00' })),
    });
    const answers = [skmAnswers(1), skmAnswers(2), skmAnswers(3)];
    const within = await insert(base({ answers: answers[0], submittedAt: monday10Wib }));
    const sunday = await insert(base({ answers: answers[1], submittedAt: sunday10Wib }));
    const evening = await insert(base({ answers: answers[2], submittedAt: monday19Wib }));
    expect([within.flags, sunday.flags, evening.flags]).toEqual([[], ['outside_hours'], ['outside_hours']]);
    await ctx.database.db.delete(unitServiceProfiles).where(eq(unitServiceProfiles.unitId, t.unitId));
  });

  it('reads the opening hours on the unit’s own clock (WITA for Kalimantan Selatan)', async () => {
    const wita = await makeTenant(ctx, { provinceCodes: ['63'] });
    const p = await makeSkmPeriod(ctx.database.db, wita);
    await ctx.database.db.insert(unitServiceProfiles).values({
      unitId: wita.unitId,
      governmentId: wita.governmentId,
      openingHours: [1, 2, 3, 4, 5].map((day) => ({ day, closed: false, open: '08:00', close: '16:00' })),
    });
    const at = (iso: string, v: number) =>
      insert(
        base({ periodId: p.id, unitId: wita.unitId, answers: skmAnswers(v), submittedAt: new Date(iso) }),
      );
    // Monday 08:30 WITA (07:30 WIB): open there.
    expect((await at('2026-11-30T00:30:00Z', 1)).flags).toEqual([]);
    // Monday 16:30 WITA (15:30 WIB): closed there.
    expect((await at('2026-11-30T08:30:00Z', 2)).flags).toEqual(['outside_hours']);
  });

  it('never flags staff-entered responses (they are shown apart instead)', async () => {
    const now = new Date();
    const res = await insert(
      base({
        channel: 'staff',
        enteredBy: t.userIds.unit_pic,
        deviceHash: 'dev-a',
        startedAt: new Date(now.getTime() - 1_000),
        submittedAt: now,
      }),
    );
    expect(res.flags).toEqual([]);
  });

  it('refuses bad answers with field-level messages', async () => {
    const unknown = await failure(base({ answers: { ...skmAnswers(3), U10: 2 } }));
    expect(unknown.status).toBe(400);
    expect(unknown.fields).toMatchObject({
      'answers.U10': { message: 'survey.unknownQuestion', params: { code: 'U10' } },
    });
    const many = await failure(
      base({ answers: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`Q${i}`, 1])) }),
    );
    expect(Object.keys(many.fields!)).toHaveLength(10);
    const range = await failure(base({ answers: { ...skmAnswers(3), U2: 5, U3: 0 } }));
    expect(Object.keys(range.fields!).sort()).toEqual(['answers.U2', 'answers.U3']);
    expect(range.fields!['answers.U2']!.message).toBe('survey.answerRange');
    const fraction = await failure(base({ answers: { U1: 2.5 } }));
    expect(fraction.fields!['answers.U1']!.message).toBe('survey.answerRange');
    const none = await failure(base({ answers: { U1: null } }));
    expect(none.fields).toEqual({ answers: { message: 'survey.noAnswers' } });
    const profile = await failure(base({ profile: { usia: '99' } }));
    expect(profile.fields!['profile.usia']!.message).toBe('field.choice');
  });

  it('refuses a unit outside the period, a product of another unit, a closed or out-of-date period', async () => {
    const unit = await failure(base({ unitId: t.otherUnitId }));
    expect([unit.status, unit.fields]).toEqual([400, { unitId: { message: 'survey.unitNotInPeriod' } }]);
    const product = await failure(base({ productId: crypto.randomUUID() }));
    expect(product.fields).toEqual({ productId: { message: 'survey.productNotOfUnit' } });
    await insert(base({ productId: t.productId, answers: skmAnswers(4), channel: 'staff' }));
    const missing = await failure(base({ periodId: crypto.randomUUID() }));
    expect(missing.status).toBe(404);
    const closed = await makeSkmPeriod(ctx.database.db, t, { status: 'closed' });
    const c = await failure(base({ periodId: closed.id }));
    expect([c.status, c.messageKey]).toEqual([409, 'survey.periodClosed']);
    const past = await makeSkmPeriod(ctx.database.db, t, { startsOn: '2021-01-01', endsOn: '2021-12-31' });
    const p = await failure(base({ periodId: past.id }));
    expect([p.status, p.messageKey]).toEqual([409, 'survey.outsideDates']);
    // A paper form typed in after the last day still counts while the period is open.
    const typed = await insert(base({ periodId: past.id, channel: 'staff', enteredBy: t.userIds.unit_pic }));
    expect(typed.flags).toEqual([]);
  });

  it('takes a slip once: the second use is 409 survey.slip_used and writes nothing', async () => {
    const slipId = await makeSlip(ctx.database.db, periodId, t.unitId);
    await insert(base({ channel: 'slip', slipId }));
    const again = await failure(base({ channel: 'slip', slipId, answers: skmAnswers(1) }));
    expect([again.status, again.messageKey]).toEqual([409, 'survey.slip_used']);
    const rows = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.slipId, slipId));
    expect(rows).toHaveLength(1);
    const foreign = await makeSlip(ctx.database.db, periodId, t.childUnitId);
    const f = await failure(base({ channel: 'slip', slipId: foreign }));
    expect(f.fields).toEqual({ slipId: { message: 'survey.slipNotOfUnit' } });
  });

  it('supersedes a response once; a second correction of it is 409', async () => {
    const original = await insert(base({ channel: 'staff', enteredBy: t.userIds.unit_pic }));
    const fix = { channel: 'staff' as const, enteredBy: t.userIds.unit_pic, supersedesId: original.id };
    await insert(base({ ...fix, supersedeReason: 'salah ketik', answers: skmAnswers(4) }));
    const again = await failure(base({ ...fix, supersedeReason: 'lagi' }));
    expect([again.status, again.messageKey]).toEqual([409, 'survey.alreadySuperseded']);
  });

  it('keeps responses append-only: an UPDATE or DELETE is refused by the database', async () => {
    const res = await insert(base({ channel: 'staff' }));
    await expect(
      ctx.database.query(`update survey_responses set answers = '{1}' where id = $1`, [res.id]),
    ).rejects.toThrow();
    await expect(
      ctx.database.query(`delete from survey_responses where id = $1`, [res.id]),
    ).rejects.toThrow();
    const [row] = await ctx.database.db.select().from(surveyResponses).where(eq(surveyResponses.id, res.id));
    expect(row!.answers).toHaveLength(9);
  });
});
