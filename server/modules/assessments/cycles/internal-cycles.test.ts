/**
 * A government's internal cycle (penilaian mandiri, issue 12) through the API: the coordinator
 * opens it over all units with a work plan, the units answer, the government's internal verifier
 * verifies, the coordinator closes and approves it (no appeal phase). Then visibility as a table:
 * internal cycle × role × shared/unshared → can read / can change / 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import type { Role } from '../../../lib/reach';
import { means, previousResult } from '../results/results.repository';
import { multipartFile, PNG_1PX } from '../common/assessment-fixtures';

let ctx: TestContext;
let a: Tenant;
let b: Tenant;
let cycleId: string;

const DATES = {
  selfStart: '2024-02-01',
  selfEnd: '2024-03-15',
  verifyStart: '2024-03-18',
  verifyEnd: '2024-04-30',
  finalDate: '2024-05-15',
};

beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  a = await makeTenant(ctx);
  b = await makeTenant(ctx);
}, 120_000);
afterAll(async () => ctx?.close());

const url = (path: string) => path.replace(':cycle', cycleId).replace(':gov', a.governmentId);

describe('an internal cycle, end to end through the API', () => {
  it('opens over every active unit with every product; field errors change nothing', async () => {
    const coord = await a.as('gov_coordinator');
    const base = { year: 2024, name: 'Penilaian Mandiri 2024', ...DATES };
    const none = await coord.post(url('/api/governments/:gov/internal-cycles'), {
      ...base,
      allUnits: false,
      unitIds: [],
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields.unitIds).toBeDefined();
    const foreign = await coord.post(url('/api/governments/:gov/internal-cycles'), {
      ...base,
      allUnits: false,
      unitIds: [b.unitId],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields['unitIds.0']).toBeDefined();
    const order = await coord.post(url('/api/governments/:gov/internal-cycles'), {
      ...base,
      allUnits: true,
      verifyStart: '2024-03-01',
    });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.fields.verifyStart).toBeDefined();
    // Another government's coordinator cannot open one for A; an Ombudsman head has no such permission.
    const other = await (
      await b.as('gov_coordinator')
    ).post(url('/api/governments/:gov/internal-cycles'), {
      ...base,
      allUnits: true,
    });
    expect(other.statusCode).toBe(404);
    const head = await (
      await a.as('oversight_head')
    ).post(url('/api/governments/:gov/internal-cycles'), {
      ...base,
      allUnits: true,
    });
    expect(head.statusCode).toBe(403);
    const count = await ctx.database.query<{ n: number }>(`select count(*)::int as n from cycles`);
    expect(count[0]!.n).toBe(0);

    const res = await coord.post(url('/api/governments/:gov/internal-cycles'), { ...base, allUnits: true });
    expect(res.statusCode, res.body).toBe(201);
    const cycle = res.json();
    cycleId = cycle.id;
    expect(cycle).toMatchObject({
      kind: 'internal',
      ownerGovernmentId: a.governmentId,
      frameworkId: 'spot-check-2024',
      sharedAt: null,
      appealStart: null,
      officeId: a.officeId,
    });
    // The tenant has three units (an OPD, a UPT under it, a second OPD) and one product.
    expect(cycle.governments).toEqual([
      expect.objectContaining({ id: a.governmentId, unitCount: 3, productCount: 1 }),
    ]);
  });

  it('keeps a work plan: a date and the Inspektorat team per unit, only internal verifiers', async () => {
    const coord = await a.as('gov_coordinator');
    const bad = await coord.request('PUT', url('/api/cycles/:cycle/work-plan'), {
      items: [
        { unitId: a.unitId, scheduledDate: '2024-03-20', team: [a.userIds.gov_coordinator] },
        { unitId: b.unitId, scheduledDate: '2024-03-21', team: [] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['items.0.team.0', 'items.1.unitId']);
    const ok = await coord.request('PUT', url('/api/cycles/:cycle/work-plan'), {
      items: [
        { unitId: a.unitId, scheduledDate: '2024-03-20', team: [a.userIds.internal_verifier] },
        { unitId: a.otherUnitId, scheduledDate: '2024-03-22', team: [] },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const plan = ok.json();
    const opd = plan.items.find((i: { unitId: string }) => i.unitId === a.unitId);
    expect(opd).toMatchObject({
      scheduledDate: '2024-03-20',
      team: [{ userId: a.userIds.internal_verifier, name: 'Verifikator Internal Uji' }],
    });
    // Dates in 2024 have passed and nothing is verified yet: both scheduled units are late.
    expect(plan.counts).toMatchObject({ late: 2, unscheduled: 1 });
    // The internal verifier and the PIC read it (the PIC only their unit and the UPT below).
    const pic = await (await a.as('unit_pic')).get(url('/api/cycles/:cycle/work-plan'));
    expect(
      pic
        .json()
        .items.map((i: { unitId: string }) => i.unitId)
        .sort(),
    ).toEqual([a.unitId, a.childUnitId].sort());
    expect(
      (await (await a.as('internal_verifier')).get(url('/api/cycles/:cycle/work-plan'))).statusCode,
    ).toBe(200);
  });

  it('runs self-assessment → verification → final → published, without an appeal phase', async () => {
    const coord = await a.as('gov_coordinator');
    const adv = (to: string) => coord.post(url('/api/cycles/:cycle/advance'), { to });
    expect((await adv('self_assessment')).statusCode).toBe(200);
    await ctx.database.query(`update answers set self_value = 1, self_at = now() where cycle_id = $1`, [
      cycleId,
    ]);
    expect((await adv('verification')).statusCode).toBe(200);
    // The Ombudsman's assessor and head cannot verify a government's own assessment.
    const accept = url('/api/cycles/:cycle/governments/:gov/verification/accept');
    expect((await (await a.as('assessor')).post(accept, {})).statusCode).toBe(404);
    expect((await coord.post(accept, {})).statusCode).toBe(403);
    const verified = await (await a.as('internal_verifier')).post(accept, {});
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().accepted).toBeGreaterThan(0);
    // The internal verifier records a field visit with a photo and an improvement point; the
    // office's head, even once the cycle is shared, may not (read only).
    const verifier = await a.as('internal_verifier');
    const visit = await verifier.post(url('/api/cycles/:cycle/governments/:gov/visits'), {
      unitId: a.unitId,
      visitedOn: '2024-03-20',
      notes: 'Kunjungan tim Inspektorat',
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const photo = multipartFile('loket.png', PNG_1PX, 'image/png');
    const uploaded = await verifier.request(
      'POST',
      `/api/visits/${visit.json().id}/photos`,
      photo.body,
      photo.headers,
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const point = await verifier.post(url('/api/cycles/:cycle/governments/:gov/improvements'), {
      unitId: a.unitId,
      text: 'Pasang maklumat pelayanan di ruang tunggu',
    });
    expect(point.statusCode, point.body).toBe(201);
    // Issue 17: a point names an indicator of the cycle's framework and a due date; an unknown code
    // is a field error in the reader's language and stores nothing.
    const unknown = await verifier.post(url('/api/cycles/:cycle/governments/:gov/improvements'), {
      text: 'Indikator yang tidak ada',
      indicatorCode: 'ZZ.99',
    });
    expect(unknown.statusCode, unknown.body).toBe(400);
    expect(unknown.json().error.fields.indicatorCode).toMatch(/kerangka penilaian/);
    const badDate = await verifier.post(url('/api/cycles/:cycle/governments/:gov/improvements'), {
      text: 'Tanggal tidak valid',
      dueOn: '2024-02-31',
    });
    expect(badDate.statusCode, badDate.body).toBe(400);
    const coded = await verifier.post(url('/api/cycles/:cycle/governments/:gov/improvements'), {
      text: 'Lengkapi standar pelayanan',
      indicatorCode: 'PROSES.6.A',
      dueOn: '2024-08-31',
    });
    expect(coded.statusCode, coded.body).toBe(201);
    expect(coded.json()).toMatchObject({ indicatorCode: 'PROSES.6.A', dueOn: '2024-08-31', unitId: null });
    expect((await coord.post(url('/api/cycles/:cycle/share'), { shared: true })).statusCode).toBe(200);
    const head = await a.as('oversight_head');
    expect((await head.get(url('/api/cycles/:cycle/governments/:gov/improvements'))).statusCode).toBe(200);
    const headPoint = await head.post(url('/api/cycles/:cycle/governments/:gov/improvements'), {
      unitId: a.unitId,
      text: 'Bukan wewenang kantor',
    });
    expect(headPoint.statusCode).toBe(403);
    const headPhoto = await head.request(
      'POST',
      `/api/visits/${visit.json().id}/photos`,
      photo.body,
      photo.headers,
    );
    expect(headPhoto.statusCode).toBe(403);
    expect((await coord.post(url('/api/cycles/:cycle/share'), { shared: false })).statusCode).toBe(200);
    expect((await adv('appeal')).statusCode).toBe(409);
    expect((await adv('final')).statusCode).toBe(200);
    const approved = await coord.post(url('/api/cycles/:cycle/approve'));
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('published');
    // Issue 17: its improvement points are now the government's own follow-ups (Inspektorat issues).
    const items = await ctx.database.query<Record<string, unknown>>(
      `select kind, issuer, office_id, source_type, unit_id, indicator_code, due_on::text as due_on, status
       from followup_items where cycle_id = $1 order by action`,
      [cycleId],
    );
    expect(items).toHaveLength(2);
    for (const i of items)
      expect(i).toMatchObject({
        kind: 'perbaikan_internal',
        issuer: 'government',
        office_id: null,
        status: 'terbuka',
      });
    expect(items.map((i) => [i.indicator_code, i.due_on])).toContainEqual(['PROSES.6.A', '2024-08-31']);
    expect(items.find((i) => i.indicator_code === null)).toMatchObject({
      unit_id: a.unitId,
      source_type: 'internal_cycle',
    });
    const result = await coord.get(url('/api/cycles/:cycle/governments/:gov/result'));
    expect(result.statusCode).toBe(200);
    expect(result.json().score).toBeGreaterThan(0);
    // The rapor says what it is and ranks no one: the cycle has one government.
    const rapor = await coord.get(url('/api/cycles/:cycle/governments/:gov/rapor'));
    expect(rapor.statusCode, rapor.body).toBe(200);
    expect(rapor.json()).toMatchObject({ cycle: { kind: 'internal' }, rank: null, peers: 0 });
  });

  it("an internal verifier cannot verify the Ombudsman's official cycle of its own government", async () => {
    const head = await a.as('oversight_head');
    const official = await head.post('/api/cycles', {
      year: 2024,
      name: 'Penilaian Kepatuhan 2024',
      frameworkId: 'ombudsman-2022-2024',
      selfStart: '2024-03-01',
      selfEnd: '2024-04-30',
      verifyStart: '2024-05-01',
      verifyEnd: '2024-06-30',
      appealStart: '2024-07-01',
      appealEnd: '2024-07-15',
      finalDate: '2024-07-31',
    });
    expect(official.statusCode, official.body).toBe(201);
    const id = official.json().id;
    expect(
      (await head.post(`/api/cycles/${id}/governments`, { governmentIds: [a.governmentId] })).statusCode,
    ).toBe(200);
    const verifier = await a.as('internal_verifier');
    const res = await verifier.post(
      `/api/cycles/${id}/governments/${a.governmentId}/verification/accept`,
      {},
    );
    expect(res.statusCode).toBe(403);
    // …nor may the coordinator manage it, though `cycle.manage` now includes coordinators.
    const coord = await a.as('gov_coordinator');
    expect((await coord.patch(`/api/cycles/${id}`, { name: 'Diubah' })).statusCode).toBe(403);
    const { officeId: _o, ...create } = {
      year: 2025,
      name: 'Bukan milik koordinator',
      frameworkId: 'ombudsman-2022-2024',
      officeId: a.officeId,
      selfStart: '2025-03-01',
      selfEnd: '2025-04-30',
      verifyStart: '2025-05-01',
      verifyEnd: '2025-06-30',
      appealStart: '2025-07-01',
      appealEnd: '2025-07-15',
      finalDate: '2025-07-31',
    };
    expect((await coord.post('/api/cycles', create)).statusCode).toBe(403);
    // The internal cycle has no appeals and no sampled assessors.
    expect((await coord.request('PUT', url('/api/cycles/:cycle/work-plan'), { items: [] })).statusCode).toBe(
      400,
    );
    await ctx.database.query(`update cycles set archived_at = now() where id = $1`, [id]);
  });
});

describe("internal results stay out of the office's cross-cycle reads", () => {
  it('no previous result, national mean or unit history is drawn from an internal cycle', async () => {
    const coord = await a.as('gov_coordinator');
    expect((await coord.post(url('/api/cycles/:cycle/share'), { shared: true })).statusCode).toBe(200);
    // The internal 2024 cycle is published with a score, yet it is not "the previous result" of 2025…
    expect(await previousResult(ctx.database.db, a.officeId, 2025, a.governmentId)).toBeUndefined();
    // …its year and framework have no national mean (the only cycle of them is internal)…
    expect((await means(ctx.database.db, cycleId)).nationalCount).toBe(0);
    // …and the unit's results history, read by the office's head, does not list it.
    const head = await a.as('oversight_head');
    const history = await head.get(`/api/units/${a.unitId}/results-history`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.body).not.toContain(cycleId);
    expect((await head.get('/api/cycles')).json().items).toEqual([
      expect.objectContaining({ id: cycleId, kind: 'internal', ownerGovernmentName: expect.any(String) }),
    ]);
    expect((await coord.post(url('/api/cycles/:cycle/share'), { shared: false })).statusCode).toBe(200);
  });
});

type Who = Role | 'other_coordinator' | 'other_head';
/** [read, change] per role: 200 = can read / can change, 403 = reads but may not change, 404 = does not exist for them. */
const VISIBILITY: { who: Who; unshared: [number, number]; shared: [number, number] }[] = [
  { who: 'gov_coordinator', unshared: [200, 200], shared: [200, 200] },
  { who: 'internal_verifier', unshared: [200, 403], shared: [200, 403] },
  { who: 'unit_pic', unshared: [200, 403], shared: [200, 403] },
  { who: 'oversight_head', unshared: [404, 404], shared: [200, 403] },
  // An assessor lacks `cycle.manage` at all: 403 before the cycle is looked at.
  { who: 'assessor', unshared: [404, 403], shared: [200, 403] },
  { who: 'admin', unshared: [404, 404], shared: [200, 403] },
  { who: 'other_coordinator', unshared: [404, 404], shared: [404, 404] },
  { who: 'other_head', unshared: [404, 404], shared: [404, 404] },
];

describe('visibility: internal cycle × role × shared/unshared', () => {
  const agent = (who: Who) =>
    who === 'other_coordinator'
      ? b.as('gov_coordinator')
      : who === 'other_head'
        ? b.as('oversight_head')
        : a.as(who);

  // Reads go to the published cycle above; changes to a second one still being planned.
  let planId: string;
  beforeAll(async () => {
    const coord = await a.as('gov_coordinator');
    const res = await coord.post(url('/api/governments/:gov/internal-cycles'), {
      year: 2025,
      name: 'Penilaian Mandiri 2025',
      allUnits: false,
      unitIds: [a.unitId],
      ...DATES,
    });
    expect(res.statusCode, res.body).toBe(201);
    planId = res.json().id;
  });

  for (const shared of [false, true]) {
    it(shared ? 'shared with the office' : 'not shared', async () => {
      const coord = await a.as('gov_coordinator');
      for (const id of [cycleId, planId]) {
        const set = await coord.post(`/api/cycles/${id}/share`, { shared });
        expect(set.statusCode, set.body).toBe(200);
        expect(set.json().sharedAt === null).toBe(!shared);
      }
      for (const row of VISIBILITY) {
        const [read, change] = shared ? row.shared : row.unshared;
        const who = await agent(row.who);
        const got = await who.get(url('/api/cycles/:cycle'));
        expect(got.statusCode, `${row.who} reads`).toBe(read);
        const results = await who.get(url('/api/cycles/:cycle/governments/:gov/result'));
        expect(results.statusCode, `${row.who} reads the result`).toBe(read);
        const listed = (await who.get('/api/cycles'))
          .json()
          .items.some((c: { id: string }) => c.id === cycleId);
        expect(listed, `${row.who} lists it`).toBe(read === 200);
        const patched = await who.patch(`/api/cycles/${planId}`, {
          name: `Penilaian Mandiri 2024 (${row.who})`,
        });
        expect(patched.statusCode, `${row.who} changes`).toBe(change);
        const shareAgain = await who.post(`/api/cycles/${planId}/share`, { shared });
        // Only a coordinator holds `internal.manage`; another government's reads the cycle as missing.
        const shareCode = { gov_coordinator: 200, other_coordinator: 404 }[row.who as string] ?? 403;
        expect(shareAgain.statusCode, `${row.who} shares`).toBe(shareCode);
      }
    });
  }
});
