/**
 * Collecting through the API: paper forms typed in by the unit (channel staff) and interviews by
 * the office (channel interview), corrections that supersede, reviews of flagged responses, the
 * filtered keyset list, today's counter link and its QR, and one-time slips with their PDF sheet.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodDetail, ResponseView } from '../../../shared/contracts/surveys';
import { todayIn } from '../../../shared/format/format';
import { surveyPeriods, surveySlips } from '../../db/schema-surveys';
import { inTransaction } from '../../lib/transaction';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { counterToken } from './counter-token';
import { insertResponse } from './responses-insert';
import { makeCycle, PERCEPTION_INSTRUMENT, SKM_INSTRUMENT, skmAnswers } from './surveys.fixture';

let ctx: TestContext;
let t: Tenant;
let coord: Agent;
let pic: Agent;
let period: PeriodDetail;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  coord = await t.as('gov_coordinator');
  pic = await t.as('unit_pic');
  const res = await coord.post('/api/survey-periods/skm', {
    governmentId: t.governmentId,
    instrumentId: SKM_INSTRUMENT,
    title: 'SKM Loket',
    startsOn: '2024-01-01',
    endsOn: '2099-12-31',
    units: [
      { unitId: t.unitId, population: 100, productIds: [t.productId] },
      { unitId: t.otherUnitId, population: 20 },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  period = res.json<PeriodDetail>();
}, 60_000);
afterAll(async () => ctx?.close());

const form = (over: Record<string, unknown> = {}) => ({
  unitId: t.unitId,
  productId: t.productId,
  answers: skmAnswers(3),
  profile: { jenis_kelamin: 'P', usia: '30-39' },
  suggestion: '  Antrean lebih tertib  ',
  ...over,
});

describe('staff entry, correction and review', () => {
  it('a PIC types in a paper form: channel staff, counted, shown apart', async () => {
    const res = await pic.post(`/api/survey-periods/${period.id}/responses`, form());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ResponseView>()).toMatchObject({
      channel: 'staff',
      enteredByName: 'PIC Uji',
      accepted: true,
      flags: [],
      suggestion: 'Antrean lebih tertib',
      productId: t.productId,
      answers: { U1: 3, U9: 3 },
    });
    const detail = (await coord.get(`/api/survey-periods/${period.id}`)).json<PeriodDetail>();
    expect(detail.units.find((u) => u.unitId === t.unitId)).toMatchObject({
      responses: 1,
      accepted: 1,
      staffEntered: 1,
      progressPercent: 1.3,
    });
  });

  it('field-level 400s and reach on entry', async () => {
    const bad = await pic.post(
      `/api/survey-periods/${period.id}/responses`,
      form({ answers: { U1: 7, X: 2 } }),
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(expect.arrayContaining(['answers.U1']));
    const unknown = await pic.post(
      `/api/survey-periods/${period.id}/responses`,
      form({ answers: { X9: 2 } }),
    );
    expect(unknown.json().error.fields['answers.X9']).toBe(
      'Pertanyaan X9 tidak ada dalam instrumen periode ini.',
    );
    // The PIC's sibling unit is out of their reach: 404 like a missing one.
    expect(
      (
        await pic.post(
          `/api/survey-periods/${period.id}/responses`,
          form({ unitId: t.otherUnitId, productId: null }),
        )
      ).statusCode,
    ).toBe(404);
    // Office staff read the SKM but don't type in the government's forms.
    expect(
      (await (await t.as('assessor')).post(`/api/survey-periods/${period.id}/responses`, form())).statusCode,
    ).toBe(403);
    const stranger = await (await makeTenant(ctx)).as('gov_coordinator');
    expect((await stranger.post(`/api/survey-periods/${period.id}/responses`, form())).statusCode).toBe(404);
  });

  it('a correction supersedes once; the old one stops counting; a second correction of it is 409', async () => {
    const original = (
      await pic.post(`/api/survey-periods/${period.id}/responses`, form())
    ).json<ResponseView>();
    const fixed = await pic.post(`/api/survey-responses/${original.id}/correct`, {
      answers: skmAnswers(4),
      profile: {},
      reason: 'Salah ketik U1',
    });
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.json()).toMatchObject({ supersedesId: original.id, channel: 'staff', answers: { U1: 4 } });
    const again = await pic.post(`/api/survey-responses/${original.id}/correct`, {
      answers: skmAnswers(2),
      reason: 'lagi',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/sudah dikoreksi/);
    const list = await coord.get(`/api/survey-periods/${period.id}/responses?filter=excluded`);
    const old = list.json().items.find((r: ResponseView) => r.id === original.id);
    expect(old).toMatchObject({ accepted: false, supersededById: fixed.json().id });
  });

  it('a flagged response does not count until the coordinator accepts it; exclusion takes it out again', async () => {
    const now = new Date();
    const flagged = await inTransaction(ctx.database.db, (tx) =>
      insertResponse(tx, {
        periodId: period.id,
        unitId: t.unitId,
        productId: null,
        answers: skmAnswers(1),
        profile: {},
        suggestion: null,
        channel: 'counter',
        enteredBy: null,
        deviceHash: 'perangkat-uji',
        slipId: null,
        startedAt: new Date(now.getTime() - 3_000),
        submittedAt: now,
      }),
    );
    expect(flagged.flags).toEqual(['too_fast']);
    const listed = await coord.get(`/api/survey-periods/${period.id}/responses?filter=flagged`);
    expect(listed.json().items.map((r: ResponseView) => [r.id, r.accepted])).toEqual([[flagged.id, false]]);
    expect(
      (await pic.post(`/api/survey-responses/${flagged.id}/review`, { decision: 'accept', reason: 'ok' }))
        .statusCode,
    ).toBe(403);
    const noReason = await coord.post(`/api/survey-responses/${flagged.id}/review`, {
      decision: 'accept',
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const accepted = await coord.post(`/api/survey-responses/${flagged.id}/review`, {
      decision: 'accept',
      reason: 'Responden lansia dibantu petugas membaca, jawaban sah',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      accepted: true,
      review: { decision: 'accept', by: 'Koordinator Uji' },
    });
    const excluded = await coord.post(`/api/survey-responses/${flagged.id}/review`, {
      decision: 'exclude',
      reason: 'Diisi petugas sendiri',
    });
    expect(excluded.json()).toMatchObject({ accepted: false, review: { decision: 'exclude' } });
    const exList = await coord.get(`/api/survey-periods/${period.id}/responses?filter=excluded`);
    expect(exList.json().items.map((r: ResponseView) => r.id)).toContain(flagged.id);
  });

  it('lists newest first by keyset cursor; staff filter; a PIC sees only their unit', async () => {
    const first = await coord.get(`/api/survey-periods/${period.id}/responses?limit=2`);
    const page1 = first.json<{ items: ResponseView[]; nextCursor: string | null }>();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toBeTruthy();
    const second = await coord.get(
      `/api/survey-periods/${period.id}/responses?limit=2&cursor=${encodeURIComponent(page1.nextCursor!)}`,
    );
    const page2 = second.json<{ items: ResponseView[] }>();
    expect(page2.items.length).toBeGreaterThan(0);
    expect(page2.items.map((r) => r.id)).not.toContain(page1.items[0]!.id);
    const all = (await coord.get(`/api/survey-periods/${period.id}/responses?limit=200`)).json()
      .items as ResponseView[];
    expect(all).toHaveLength(4);
    const staff = (await coord.get(`/api/survey-periods/${period.id}/responses?filter=staff`)).json().items;
    expect(staff.every((r: ResponseView) => r.channel === 'staff')).toBe(true);
    expect(staff).toHaveLength(3);
    expect(
      (await pic.get(`/api/survey-periods/${period.id}/responses?unitId=${t.otherUnitId}`)).statusCode,
    ).toBe(404);
    const bad = await coord.get(`/api/survey-periods/${period.id}/responses?filter=semua`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('counter link and slips', () => {
  it('gives today’s counter link in the unit’s zone, and its QR as SVG', async () => {
    const res = await pic.get(`/api/survey-periods/${period.id}/units/${t.unitId}/counter`);
    expect(res.statusCode, res.body).toBe(200);
    const link = res.json<{ url: string; validOn: string; timeZone: string }>();
    const [row] = await ctx.database.db.select().from(surveyPeriods).where(eq(surveyPeriods.id, period.id));
    expect(link.timeZone).toBe('WIB');
    expect(link.validOn).toBe(todayIn('WIB'));
    expect(link.url).toMatch(
      new RegExp(
        `/publik/survei/u/${t.unitId}\\?k=${counterToken(row!.tokenSecret, t.unitId, link.validOn)}$`,
      ),
    );
    const svg = await pic.get(`/api/survey-periods/${period.id}/units/${t.unitId}/counter.svg`);
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg/);
  });

  it('prints a batch of slips only when enabled; stores hashes; the sheet is a PDF', async () => {
    const url = `/api/survey-periods/${period.id}/units/${t.unitId}/slips`;
    const off = await pic.post(url, { count: 3 });
    expect(off.statusCode).toBe(409);
    const detail = (await coord.get(`/api/survey-periods/${period.id}`)).json<PeriodDetail>();
    await coord.patch(`/api/survey-periods/${period.id}`, {
      rowVersion: detail.rowVersion,
      slipsEnabled: true,
    });
    expect((await pic.post(url, { count: 0 })).statusCode).toBe(400);
    const made = await pic.post(url, { count: 3 });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ batch: 1, count: 3, used: 0 });
    const second = await pic.post(url, { count: 2 });
    expect(second.json().batch).toBe(2);
    const slips = await ctx.database.db.select().from(surveySlips).where(eq(surveySlips.periodId, period.id));
    expect(slips).toHaveLength(5);
    for (const s of slips) expect(s.codeHash).toMatch(/^[0-9a-f]{64}$/);
    await inTransaction(ctx.database.db, (tx) =>
      insertResponse(tx, {
        periodId: period.id,
        unitId: t.unitId,
        productId: null,
        answers: skmAnswers(4),
        profile: {},
        suggestion: null,
        channel: 'slip',
        enteredBy: null,
        deviceHash: null,
        slipId: slips.find((s) => s.batch === 1)!.id,
        startedAt: null,
      }),
    );
    const list = await coord.get(url);
    expect(
      list
        .json()
        .items.map((b: { batch: number; count: number; used: number }) => [b.batch, b.count, b.used]),
    ).toEqual([
      [1, 3, 1],
      [2, 2, 0],
    ]);
    const pdf = await pic.get(`${url}/1.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pic.get(`${url}/9.pdf`)).statusCode).toBe(404);
    expect((await pic.get(`/api/survey-periods/${period.id}/units/${t.otherUnitId}/slips`)).statusCode).toBe(
      404,
    );
  });
});

describe('perception interviews', () => {
  it('office staff enter interviews; the government’s people cannot reach them', async () => {
    const cycleId = await makeCycle(ctx.database.db, t);
    const head = await t.as('oversight_head');
    const created = await head.post('/api/survey-periods/perception', {
      cycleId,
      instrumentId: PERCEPTION_INSTRUMENT,
      title: 'Persepsi',
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
      governmentIds: [t.governmentId],
    });
    const p = created.json<PeriodDetail>();
    const codes = p.instrument.questions.map((q) => q.code);
    const answers = Object.fromEntries(codes.map((c) => [c, 4]));
    const assessor = await t.as('assessor');
    const res = await assessor.post(`/api/survey-periods/${p.id}/responses`, { unitId: t.unitId, answers });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'interview', accepted: true });
    expect(
      (await pic.post(`/api/survey-periods/${p.id}/responses`, { unitId: t.unitId, answers })).statusCode,
    ).toBe(404);
    expect((await coord.get(`/api/survey-periods/${p.id}/responses`)).statusCode).toBe(404);
    expect((await assessor.get(`/api/survey-periods/${p.id}/units/${t.unitId}/counter`)).statusCode).toBe(
      404,
    );
    const review = await coord.post(`/api/survey-responses/${res.json().id}/review`, {
      decision: 'exclude',
      reason: 'x',
    });
    expect(review.statusCode).toBe(404);
  });
});
