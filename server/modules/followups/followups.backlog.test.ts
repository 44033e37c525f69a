/**
 * The backlog list and items by hand: each reader's reach (a PIC sees their units' items and the
 * items they own; another government or office: 404), every filter, keyset pages that visit each
 * row once in every order, counts over the whole filter, and who may raise which kind by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { todayWib } from '../complaints/complaints.create';
import { insertItems } from './followups.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const ids = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/followups${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((i) => i.id).sort();
};

describe('reach', () => {
  it('a PIC sees their units’ items and what they own; the government and the office see all of theirs; others nothing', async () => {
    const [mine, child, sibling, noUnit] = await insertItems(ctx, t, [
      { unitId: t.unitId },
      { unitId: t.childUnitId },
      { unitId: t.otherUnitId },
      { unitId: null },
    ]);
    const [own] = await insertItems(ctx, t, [{ kind: 'perbaikan_internal' }]);
    const pic = await t.as('unit_pic');
    const coord = await t.as('gov_coordinator');
    expect(await ids(pic)).toEqual([mine!.id, child!.id, own!.id].sort());
    expect((await pic.get(`/api/followups/${sibling!.id}`)).statusCode).toBe(404);
    expect((await pic.get(`/api/followups/${noUnit!.id}`)).statusCode).toBe(404);
    // The sibling unit's item cannot be given to this PIC; the unit-less one can, and then it is theirs.
    const wrong = await coord.post('/api/followups/assign', {
      items: [{ id: sibling!.id, version: 0 }],
      ownerId: t.userIds.unit_pic,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.ownerId).toBeTruthy();
    const given = await coord.post('/api/followups/assign', {
      items: [{ id: noUnit!.id, version: 0 }],
      ownerId: t.userIds.unit_pic,
    });
    expect(given.statusCode, given.body).toBe(200);
    expect(await ids(pic, '?owner=me')).toEqual([noUnit!.id]);
    expect((await pic.get(`/api/followups/${noUnit!.id}`)).json()).toMatchObject({
      owner: { id: t.userIds.unit_pic },
      can: ['answer'],
    });
    const all = [mine!.id, child!.id, sibling!.id, noUnit!.id, own!.id].sort();
    expect(await ids(coord)).toEqual(all);
    expect(await ids(await t.as('internal_verifier'))).toEqual(all);
    // The office reads its products, not the government's own items.
    expect(await ids(await t.as('assessor'))).toEqual(all.filter((id) => id !== own!.id));
    expect((await (await t.as('assessor')).get(`/api/followups/${own!.id}`)).statusCode).toBe(404);
    // The platform admin reads every item, the government's own too (and may not verify those).
    const adminView = await (await t.as('admin')).get(`/api/followups/${own!.id}`);
    expect(adminView.statusCode).toBe(200);
    expect(adminView.json().can).toEqual([]);
    for (const role of ['assessor', 'gov_coordinator', 'unit_pic', 'internal_verifier'] as const) {
      const agent = await other.as(role);
      expect(await ids(agent), role).toEqual([]);
      expect((await agent.get(`/api/followups/${mine!.id}`)).statusCode, role).toBe(404);
    }
  });
});

describe('the list', () => {
  let f: Tenant;
  let rows: Awaited<ReturnType<typeof insertItems>>;
  beforeAll(async () => {
    f = await makeTenant(ctx);
    rows = await insertItems(ctx, f, [
      { kind: 'saran_perbaikan', status: 'terbuka', dueOn: '2020-01-10', indicatorCode: 'PROSES.3' },
      { kind: 'saran_perbaikan', status: 'dijawab', dueOn: '2020-02-10' },
      { kind: 'rekomendasi', status: 'dikirim', dueOn: '2099-03-01' },
      { kind: 'tindakan_korektif', status: 'selesai', dueOn: '2020-01-05' },
      { kind: 'kegiatan', status: 'dibuka_kembali', dueOn: null, action: 'Susun maklumat pelayanan baru.' },
      { kind: 'perbaikan_internal', status: 'terbuka', dueOn: '2099-06-01', unitId: f.otherUnitId },
      { kind: 'survei', status: 'dijawab', dueOn: '2099-07-01', ownerId: f.userIds.unit_pic },
    ]);
  });
  const id = (n: number) => rows[n]!.id;

  it('counts over the whole filter, whatever the page and the status filter', async () => {
    const coord = await f.as('gov_coordinator');
    const res = (await coord.get('/api/followups?limit=2&status=terbuka')).json();
    expect(res.items.map((i: { id: string }) => i.id).sort()).toEqual([id(0), id(5)].sort());
    expect(res.counts).toEqual({
      total: 7,
      terbuka: 2,
      dijawab: 2,
      dikirim: 1,
      selesai: 1,
      dibuka_kembali: 1,
      // 10 Jan and 10 Feb 2020 passed and not done; 5 Jan 2020 is done; no due date is never overdue.
      overdue: 2,
    });
    expect((await coord.get('/api/followups?group=taat')).json().counts.total).toBe(4);
  });

  it('each filter', async () => {
    const coord = await f.as('gov_coordinator');
    expect(await ids(coord, '?kind=saran_perbaikan')).toEqual([id(0), id(1)].sort());
    expect(await ids(coord, '?group=own')).toEqual([id(4), id(5), id(6)].sort());
    expect(await ids(coord, '?overdue=true')).toEqual([id(0), id(1)].sort());
    expect(await ids(coord, '?overdue=false')).toEqual([id(2), id(3), id(4), id(5), id(6)].sort());
    expect(await ids(coord, '?q=proses.3')).toEqual([id(0)]);
    expect(await ids(coord, '?q=maklumat')).toEqual([id(4)]);
    expect(await ids(coord, '?dueFrom=2020-01-06&dueTo=2020-12-31')).toEqual([id(0), id(1)].sort());
    expect(await ids(coord, `?unitId=${f.otherUnitId}`)).toEqual([id(5)]);
    expect(await ids(coord, '?sourceType=manual')).toHaveLength(7);
    expect(await ids(coord, '?sourceType=complaint')).toEqual([]);
    expect(await ids(coord, `?governmentId=${f.governmentId}&status=dikirim`)).toEqual([id(2)]);
    // Waiting on me: the coordinator sends answered items; the PIC answers open ones; the issuers verify sent ones.
    expect(await ids(coord, '?todo=true')).toEqual([id(1), id(6)].sort());
    expect(await ids(await f.as('unit_pic'), '?todo=true')).toEqual([id(0), id(4)].sort());
    expect(await ids(await f.as('unit_pic'), '?owner=me')).toEqual([id(6)]);
    expect(await ids(await f.as('assessor'), '?todo=true')).toEqual([id(2)]);
    expect(await ids(await f.as('internal_verifier'), '?todo=true')).toEqual([]);
    // The government's side cannot look for a complaint's items.
    expect(await ids(coord, `?complaintId=${id(3)}`)).toEqual([]);
  });

  it('keyset pages visit every row once, in each order; a tampered cursor reads as the first page', async () => {
    const coord = await f.as('gov_coordinator');
    for (const sort of ['due', 'created', 'government']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await coord.get(
          `/api/followups?sort=${sort}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(res.statusCode, res.body).toBe(200);
        seen.push(...res.json().items.map((i: { id: string }) => i.id));
        cursor = res.json().nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages, sort).toBe(3);
      expect([...seen].sort(), sort).toEqual(rows.map((r) => r.id).sort());
      if (sort === 'due')
        // Earliest due first, no due date last.
        expect(seen).toEqual([id(3), id(0), id(1), id(2), id(5), id(6), id(4)]);
    }
    const junk = await coord.get('/api/followups?limit=3&cursor=bm90LWEta2V5');
    expect(junk.statusCode).toBe(200);
    expect(junk.json().items).toHaveLength(3);
    const bad = await coord.get('/api/followups?limit=0&kind=apa&dueFrom=kemarin');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['dueFrom', 'kind', 'limit']);
  });
});

describe('items by hand', () => {
  const base = { addressee: 'Bupati', action: 'Tetapkan standar pelayanan perizinan.' };

  it('office staff raise the office’s products for their governments; the item’s office is the government’s', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post('/api/followups', {
      ...base,
      kind: 'rekomendasi',
      governmentId: t.governmentId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const due = new Date(Date.parse(`${todayWib()}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
    expect(res.json()).toMatchObject({
      kind: 'rekomendasi',
      issuer: 'office',
      officeId: t.officeId,
      status: 'terbuka',
      dueOn: due,
      source: { type: 'manual' },
      history: [{ action: 'dibuat' }],
    });
    const own = await assessor.post('/api/followups', {
      ...base,
      kind: 'perbaikan_internal',
      governmentId: t.governmentId,
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.fields.kind).toBeTruthy();
    const elsewhere = await assessor.post('/api/followups', {
      ...base,
      kind: 'saran_perbaikan',
      governmentId: other.governmentId,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.fields.governmentId).toBeTruthy();
    const wrongUnit = await assessor.post('/api/followups', {
      ...base,
      kind: 'saran_perbaikan',
      governmentId: t.governmentId,
      unitId: other.unitId,
      dueOn: '2026-13-40',
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.fields.dueOn).toBeTruthy();
    const wrongUnit2 = await assessor.post('/api/followups', {
      ...base,
      kind: 'saran_perbaikan',
      governmentId: t.governmentId,
      unitId: other.unitId,
    });
    expect(wrongUnit2.json().error.fields.unitId).toBeTruthy();
  });

  it('the Inspektorat raises its government’s own items only; coordinators and PICs raise none', async () => {
    const insp = await t.as('internal_verifier');
    const res = await insp.post('/api/followups', {
      ...base,
      kind: 'perbaikan_internal',
      governmentId: t.governmentId,
      unitId: t.unitId,
      dueOn: '2099-12-31',
      indicatorCode: 'SARPRAS.1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      issuer: 'government',
      officeId: null,
      dueOn: '2099-12-31',
      indicatorCode: 'SARPRAS.1',
    });
    expect(
      (
        await insp.post('/api/followups', { ...base, kind: 'saran_perbaikan', governmentId: t.governmentId })
      ).json().error.fields.kind,
    ).toBeTruthy();
    expect(
      (
        await insp.post('/api/followups', {
          ...base,
          kind: 'perbaikan_internal',
          governmentId: other.governmentId,
        })
      ).json().error.fields.governmentId,
    ).toBeTruthy();
    for (const role of ['gov_coordinator', 'unit_pic'] as const)
      expect(
        (
          await (
            await t.as(role)
          ).post('/api/followups', { ...base, kind: 'perbaikan_internal', governmentId: t.governmentId })
        ).statusCode,
      ).toBe(403);
  });
});
