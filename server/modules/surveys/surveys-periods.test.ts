/**
 * Survey periods through the API: SKM opened by the government's coordinator, perception by the
 * office head for an official cycle; the sample each unit needs; field-level 400s; reach (another
 * government's coordinator, a PIC of another unit, government users and perception periods → 404);
 * edits with a row version; instruments frozen once a period uses them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodDetail } from '../../../shared/contracts/surveys';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { makeCycle, PERCEPTION_INSTRUMENT, SKM_INSTRUMENT } from './surveys.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let coord: Agent;
let skm: PeriodDetail;

const skmBody = (t: Tenant, over: Record<string, unknown> = {}) => ({
  governmentId: t.governmentId,
  instrumentId: SKM_INSTRUMENT,
  title: 'SKM Semester I',
  startsOn: '2024-01-01',
  endsOn: '2099-06-30',
  units: [
    { unitId: t.unitId, population: 100, productIds: [t.productId] },
    { unitId: t.childUnitId, population: 50 },
  ],
  ...over,
});

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  coord = await t.as('gov_coordinator');
  const res = await coord.post('/api/survey-periods/skm', skmBody(t));
  expect(res.statusCode, res.body).toBe(201);
  skm = res.json<PeriodDetail>();
}, 60_000);
afterAll(async () => ctx?.close());

describe('SKM periods', () => {
  it('opens with the printed Krejcie–Morgan sample per unit and never shows the token secret', () => {
    expect(skm).toMatchObject({ kind: 'skm', status: 'open', governmentId: t.governmentId, rowVersion: 1 });
    const byUnit = Object.fromEntries(skm.units.map((u) => [u.unitId, u]));
    expect(byUnit[t.unitId]).toMatchObject({
      required: 80,
      sampleSource: 'krejcie_morgan',
      progressPercent: 0,
    });
    expect(byUnit[t.unitId]!.products.map((p) => p.id)).toEqual([t.productId]);
    expect(byUnit[t.childUnitId]!.required).toBe(44);
    expect(skm.required).toBe(124);
    expect(JSON.stringify(skm)).not.toMatch(/token_?secret/i);
    expect(skm.instrument.questions).toHaveLength(9);
  });

  it('answers 400 with field-level messages in the user’s language', async () => {
    const res = await coord.post(
      '/api/survey-periods/skm',
      skmBody(t, {
        startsOn: '2024-06-30',
        endsOn: '2024-01-01',
        instrumentId: PERCEPTION_INSTRUMENT,
        units: [
          { unitId: other.unitId, population: 10 },
          { unitId: t.unitId, population: 10, productIds: [other.productId] },
          { unitId: t.unitId, population: 10 },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as Record<string, string>;
    expect(fields.endsOn).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(fields.instrumentId).toBe('Instrumen ini bukan untuk jenis survei ini.');
    expect(fields['units.0.unitId']).toBe('Unit ini bukan unit pemerintah yang dipilih.');
    expect(fields['units.1.productIds.0']).toMatch(/bukan layanan unit/);
    expect(fields['units.2.unitId']).toBe('Unit ini tercantum dua kali.');
    const en = await coord.request('POST', '/api/survey-periods/skm', skmBody(t, { startsOn: 'kemarin' }), {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields.startsOn).toBeTruthy();
    const empty = await coord.post('/api/survey-periods/skm', skmBody(t, { units: [] }));
    expect(empty.statusCode).toBe(400);
  });

  it('keeps other governments out: 404 like a missing period', async () => {
    const stranger = await other.as('gov_coordinator');
    expect((await stranger.get(`/api/survey-periods/${skm.id}`)).statusCode).toBe(404);
    expect((await stranger.post('/api/survey-periods/skm', skmBody(t))).statusCode).toBe(404);
    const list = await stranger.get('/api/survey-periods');
    expect(list.json().items.map((p: { id: string }) => p.id)).not.toContain(skm.id);
    expect(
      (await stranger.patch(`/api/survey-periods/${skm.id}`, { rowVersion: 1, title: 'x' })).statusCode,
    ).toBe(404);
  });

  it('shows a PIC only their own unit, and a period without it not at all', async () => {
    const pic = await t.as('unit_pic');
    const mixed = await coord.post(
      '/api/survey-periods/skm',
      skmBody(t, {
        units: [
          { unitId: t.unitId, population: 30 },
          { unitId: t.otherUnitId, population: 30 },
        ],
      }),
    );
    const mine = await pic.get(`/api/survey-periods/${mixed.json<PeriodDetail>().id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json<PeriodDetail>().units.map((u) => u.unitId)).toEqual([t.unitId]);
    const elsewhere = await coord.post(
      '/api/survey-periods/skm',
      skmBody(t, { units: [{ unitId: t.otherUnitId, population: 30 }] }),
    );
    const id = elsewhere.json<PeriodDetail>().id;
    expect((await pic.get(`/api/survey-periods/${id}`)).statusCode).toBe(404);
    expect((await pic.get(`/api/survey-periods/${id}/units/${t.otherUnitId}/counter`)).statusCode).toBe(404);
    expect(
      (await pic.get('/api/survey-periods')).json().items.map((p: { id: string }) => p.id),
    ).not.toContain(id);
    // The office that oversees the government reads it.
    expect((await (await t.as('assessor')).get(`/api/survey-periods/${id}`)).statusCode).toBe(200);
  });

  it('edits with the row version: close, stale 409, reopen; only the coordinator', async () => {
    const created = await coord.post('/api/survey-periods/skm', skmBody(t, { title: 'SKM untuk ditutup' }));
    const p = created.json<PeriodDetail>();
    const pic = await t.as('unit_pic');
    expect(
      (await pic.patch(`/api/survey-periods/${p.id}`, { rowVersion: 1, status: 'closed' })).statusCode,
    ).toBe(403);
    const closed = await coord.patch(`/api/survey-periods/${p.id}`, { rowVersion: 1, status: 'closed' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', rowVersion: 2 });
    const stale = await coord.patch(`/api/survey-periods/${p.id}`, { rowVersion: 1, interimVisible: true });
    expect(stale.statusCode).toBe(409);
    const bad = await coord.patch(`/api/survey-periods/${p.id}`, { rowVersion: 2, endsOn: '2000-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.endsOn).toBeTruthy();
    const reopened = await coord.patch(`/api/survey-periods/${p.id}`, {
      rowVersion: 2,
      status: 'open',
      interimVisible: true,
    });
    expect(reopened.json()).toMatchObject({ status: 'open', interimVisible: true, rowVersion: 3 });
  });
});

describe('perception periods', () => {
  let cycleId: string;
  beforeAll(async () => {
    cycleId = await makeCycle(ctx.database.db, t);
  });

  it('the head opens one for a cycle’s governments: the target spread over the cycle’s units', async () => {
    const head = await t.as('oversight_head');
    const res = await head.post('/api/survey-periods/perception', {
      cycleId,
      instrumentId: PERCEPTION_INSTRUMENT,
      title: 'Persepsi Maladministrasi 2024',
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
      governmentIds: [t.governmentId],
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json<PeriodDetail>();
    expect(p).toMatchObject({
      kind: 'persepsi_maladministrasi',
      cycleId,
      officeId: t.officeId,
      governmentId: null,
    });
    expect(p.units.map((u) => [u.required, u.sampleSource])).toEqual([
      [15, 'target'],
      [15, 'target'],
    ]);
    // Never seen by the assessed government's users.
    for (const role of ['gov_coordinator', 'unit_pic', 'internal_verifier'] as const) {
      const agent = await t.as(role);
      expect((await agent.get(`/api/survey-periods/${p.id}`)).statusCode).toBe(404);
      const list = await agent.get('/api/survey-periods');
      expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(p.id);
    }
    expect((await (await other.as('oversight_head')).get(`/api/survey-periods/${p.id}`)).statusCode).toBe(
      404,
    );
    expect((await (await t.as('assessor')).get(`/api/survey-periods/${p.id}`)).statusCode).toBe(200);
  });

  it('refuses an internal cycle, an SKM instrument and a government outside the cycle', async () => {
    const internal = await makeCycle(ctx.database.db, t, 'internal');
    const head = await t.as('oversight_head');
    const res = await head.post('/api/survey-periods/perception', {
      cycleId: internal,
      instrumentId: SKM_INSTRUMENT,
      title: 'Salah',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      governmentIds: [other.governmentId],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'cycleId',
      'governmentIds.0',
      'instrumentId',
    ]);
    const foreign = await (
      await other.as('oversight_head')
    ).post('/api/survey-periods/perception', {
      cycleId,
      instrumentId: PERCEPTION_INSTRUMENT,
      title: 'Kantor lain',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      governmentIds: [t.governmentId],
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('instruments', () => {
  it('built-ins are frozen; a copy is editable until a period uses it', async () => {
    const admin = await t.as('admin');
    const list = await coord.get('/api/survey-instruments');
    expect(list.statusCode, list.body).toBe(200);
    const builtin = list.json().items.find((i: { id: string }) => i.id === SKM_INSTRUMENT);
    expect(builtin).toMatchObject({ source: 'builtin', frozen: true, questions: 9 });
    const detail = await coord.get(`/api/survey-instruments/${SKM_INSTRUMENT}`);
    const definition = detail.json().definition;
    expect(
      (await admin.request('PUT', `/api/survey-instruments/${SKM_INSTRUMENT}`, { definition })).statusCode,
    ).toBe(409);
    const copy = await admin.post(`/api/survey-instruments/${SKM_INSTRUMENT}/duplicate`, {
      id: 'skm-uji-salinan',
      version: '2024',
      name: { id: 'SKM Salinan', en: 'SKM copy' },
    });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({ source: 'custom', frozen: false, basedOn: SKM_INSTRUMENT });
    const again = await admin.post(`/api/survey-instruments/${SKM_INSTRUMENT}/duplicate`, {
      id: 'skm-uji-salinan',
      version: '2024',
      name: { id: 'SKM Salinan', en: 'SKM copy' },
    });
    expect(again.statusCode).toBe(400);
    const edited = { ...copy.json().definition, openQuestion: { id: 'Saran Anda', en: 'Your suggestion' } };
    const put = await admin.request('PUT', '/api/survey-instruments/skm-uji-salinan', { definition: edited });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().definition.openQuestion.id).toBe('Saran Anda');
    expect(
      (await coord.post('/api/survey-periods/skm', skmBody(t, { instrumentId: 'skm-uji-salinan' })))
        .statusCode,
    ).toBe(201);
    const frozen = await admin.request('PUT', '/api/survey-instruments/skm-uji-salinan', {
      definition: edited,
    });
    expect([frozen.statusCode, frozen.json().error.message]).toEqual([
      409,
      expect.stringMatching(/sudah dipakai/),
    ]);
    expect((await coord.post(`/api/survey-instruments/${SKM_INSTRUMENT}/duplicate`, {})).statusCode).toBe(
      403,
    );
  });
});
