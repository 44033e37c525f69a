/**
 * Taat through the API on a real database (both engines). The items are those of the pure table
 * (shared/followups/taat.test.ts), counted there by hand as of 30 June 2024 (3 of 8 = 37.50 %);
 * as of 31 December 2024 (the roll-up's year end) the same items give, by hand: on time A C M,
 * late B D K (K sent 20 Jun after its 1 Jun due date, verified 5 Jul), overdue E F J L (F due
 * 15 Jul, J issued 1 Jul and due 30 Jun, both still open), G waiting on verification → 3 of 10 =
 * 30.00 %. The roll-up (SQL) must give what computeTaat gives (TypeScript) for the same day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovernmentTaat, TaatRollup } from '../../../../shared/contracts/taat';
import type { FollowupKind } from '../../../../shared/followups/kinds';
import type { FollowupStatus } from '../../../../shared/followups/machine';
import { governments } from '../../../db/schema';
import { frameworks } from '../../../db/schema-assessments';
import { followupItems } from '../../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { frameworkBuiltInBase, taatRollup } from './taat.repository';
import { taatRule } from './taat-rule';

let ctx: TestContext;
let a: Tenant;
let b: Tenant;
let emptyGovId: string;
const ids: Record<string, string> = {};

interface Seed {
  key: string;
  kind: FollowupKind;
  status: FollowupStatus;
  created?: string;
  due?: string;
  sent?: string;
  answered?: string;
  verified?: string;
  other?: boolean;
}
const SEEDS: Seed[] = [
  {
    key: 'A',
    kind: 'saran_perbaikan',
    status: 'selesai',
    due: '2024-03-31',
    sent: '2024-03-30T03:00:00Z',
    verified: '2024-04-20T03:00:00Z',
  },
  {
    key: 'B',
    kind: 'tindakan_korektif',
    status: 'selesai',
    due: '2024-03-31',
    sent: '2024-03-31T18:00:00Z',
    verified: '2024-04-02T03:00:00Z',
    other: true,
  },
  {
    key: 'C',
    kind: 'rekomendasi',
    status: 'selesai',
    created: '2024-01-10T03:00:00Z',
    sent: '2024-03-01T03:00:00Z',
    verified: '2024-03-05T03:00:00Z',
  },
  {
    key: 'D',
    kind: 'saran_penyempurnaan',
    status: 'selesai',
    due: '2024-04-30',
    sent: '2024-05-10T03:00:00Z',
    verified: '2024-05-15T03:00:00Z',
  },
  {
    key: 'E',
    kind: 'saran_perbaikan',
    status: 'dibuka_kembali',
    due: '2024-05-31',
    sent: '2024-05-20T03:00:00Z',
  },
  { key: 'F', kind: 'tindakan_korektif', status: 'terbuka', due: '2024-07-15' },
  { key: 'G', kind: 'saran_perbaikan', status: 'dikirim', due: '2024-06-15', sent: '2024-06-10T03:00:00Z' },
  { key: 'H', kind: 'perbaikan_internal', status: 'terbuka', due: '2024-01-31', other: true },
  {
    key: 'I',
    kind: 'survei',
    status: 'selesai',
    due: '2024-02-28',
    sent: '2024-02-01T03:00:00Z',
    verified: '2024-02-02T03:00:00Z',
  },
  { key: 'I2', kind: 'kegiatan', status: 'terbuka', due: '2024-02-28' },
  { key: 'J', kind: 'rekomendasi', status: 'terbuka', created: '2024-06-30T18:00:00Z', due: '2024-06-30' },
  {
    key: 'K',
    kind: 'saran_perbaikan',
    status: 'selesai',
    due: '2024-06-01',
    sent: '2024-06-20T03:00:00Z',
    verified: '2024-07-05T03:00:00Z',
  },
  { key: 'L', kind: 'tindakan_korektif', status: 'terbuka', due: '2024-06-30' },
  {
    key: 'M',
    kind: 'tindakan_korektif',
    status: 'selesai',
    due: '2024-02-29',
    answered: '2024-02-20T03:00:00Z',
    verified: '2024-02-25T03:00:00Z',
  },
];

beforeAll(async () => {
  ctx = await createTestContext();
  a = await makeTenant(ctx);
  b = await makeTenant(ctx);
  const db = ctx.database.db;
  const [empty] = await db
    .insert(governments)
    .values({ type: 'lembaga', name: `Lembaga Tanpa Butir ${a.officeId.slice(0, 6)}`, officeId: a.officeId })
    .returning();
  emptyGovId = empty!.id;
  for (const s of SEEDS) {
    const own = s.kind === 'perbaikan_internal' || s.kind === 'survei';
    const [row] = await db
      .insert(followupItems)
      .values({
        kind: s.kind,
        issuer: own ? 'government' : 'office',
        sourceType: 'manual',
        officeId: own ? null : a.officeId,
        governmentId: a.governmentId,
        unitId: s.other ? a.otherUnitId : a.unitId,
        addressee: 'Kepala Dinas',
        action: `Tindak lanjut ${s.key}`,
        dueOn: s.due ?? null,
        status: s.status,
        createdAt: new Date(s.created ?? '2024-01-05T02:00:00Z'),
        sentAt: s.sent ? new Date(s.sent) : null,
        answeredAt: s.answered ? new Date(s.answered) : s.sent ? new Date(s.sent) : null,
        verifiedAt: s.verified ? new Date(s.verified) : null,
      })
      .returning({ id: followupItems.id });
    ids[s.key] = row!.id;
  }
  // Office B's government has one on-time item: never in A's figures.
  await db.insert(followupItems).values({
    kind: 'rekomendasi',
    sourceType: 'manual',
    officeId: b.officeId,
    governmentId: b.governmentId,
    addressee: 'Kepala',
    action: 'Rekomendasi B',
    dueOn: '2024-03-01',
    status: 'selesai',
    createdAt: new Date('2024-01-05T02:00:00Z'),
    sentAt: new Date('2024-02-01T03:00:00Z'),
    verifiedAt: new Date('2024-02-02T03:00:00Z'),
  });
});

afterAll(async () => {
  await ctx?.close();
});

const taatOf = async (
  role: Parameters<Tenant['as']>[0],
  query = '?asOf=2024-06-30',
  gov = () => a.governmentId,
) => (await a.as(role)).get(`/api/governments/${gov()}/taat${query}`);

describe('GET /api/governments/:id/taat', () => {
  it('gives the hand-computed figure as of 30 June 2024 with the rule and the items', async () => {
    const res = await taatOf('assessor');
    expect(res.statusCode).toBe(200);
    const t = res.json<GovernmentTaat>();
    expect(t).toMatchObject({
      governmentId: a.governmentId,
      asOf: '2024-06-30',
      share: 37.5,
      counted: 8,
      onTime: 3,
      late: 2,
      overdue: 3,
      awaitingVerification: 1,
      excludedNotDue: 1,
      excludedOtherKinds: 3,
      open: 5,
      qualifies: false,
      hiddenItems: 0,
    });
    expect(t.rule.kinds).toEqual([
      'tindakan_korektif',
      'saran_perbaikan',
      'saran_penyempurnaan',
      'rekomendasi',
    ]);
    expect(t.perKind.rekomendasi).toMatchObject({ counted: 1, onTime: 1, share: 100 });
    // J was issued on 1 July (WIB): not listed as of 30 June; the 13 others are.
    expect(t.items.map((i) => i.id).sort()).toEqual(
      Object.entries(ids)
        .filter(([k]) => k !== 'J')
        .map(([, id]) => id)
        .sort(),
    );
    const byId = new Map(t.items.map((i) => [i.id, i]));
    expect(byId.get(ids.B!)).toMatchObject({ outcome: 'late', answerOn: '2024-04-01', counted: true });
    expect(byId.get(ids.C!)).toMatchObject({ outcome: 'on_time', due: '2024-03-10', dueImplied: true });
    expect(byId.get(ids.H!)).toMatchObject({ outcome: 'not_counted_kind', counted: false });
    expect(t.items.at(-1)!.counted).toBe(false); // counted items first
    expect(res.body).not.toContain('complaintId');
  });

  it('uses the same rule on the government side; a PIC sees the figure but only their units’ items', async () => {
    const coord = (await taatOf('gov_coordinator')).json<GovernmentTaat>();
    expect(coord).toMatchObject({ share: 37.5, counted: 8, hiddenItems: 0 });
    const pic = await taatOf('unit_pic');
    expect(pic.statusCode).toBe(200);
    const t = pic.json<GovernmentTaat>();
    expect(t).toMatchObject({ share: 37.5, counted: 8, hiddenItems: 1 }); // B (counted) is another unit's
    expect(t.items.map((i) => i.id)).not.toContain(ids.B);
    expect(t.items.map((i) => i.id)).not.toContain(ids.H);
    expect(t.items).toHaveLength(11);
  });

  it('is 404 out of reach exactly like a missing government; bad input is a 400 on the field', async () => {
    const other = await (await b.as('oversight_head')).get(`/api/governments/${a.governmentId}/taat`);
    const missing = await (
      await a.as('assessor')
    ).get('/api/governments/00000000-0000-4000-8000-000000000000/taat');
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(other.json()).toEqual(missing.json());
    expect(
      (await (await b.as('gov_coordinator')).get(`/api/governments/${a.governmentId}/taat`)).statusCode,
    ).toBe(404);
    const bad = await taatOf('assessor', '?asOf=2024-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('asOf');
    expect((await (await a.as('assessor')).get('/api/governments/bukan-uuid/taat')).statusCode).toBe(400);
    const future = await taatOf('assessor', '?asOf=2999-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.asOf).toMatch(/belum terjadi/);
  });

  it('a government without items has no share and no qualifier, and says why', async () => {
    const t = (await taatOf('oversight_head', '', () => emptyGovId)).json<GovernmentTaat>();
    expect(t).toMatchObject({ share: null, counted: 0, qualifies: false });
    expect(t.reasons[0]).toEqual({ code: 'no_counted_items', count: 0 });
  });
});

describe('GET /api/taat (roll-up)', () => {
  it("gives the office's governments, 30.00 % for A as of 31 Dec 2024 — what computeTaat gives", async () => {
    const head = await a.as('oversight_head');
    const res = await head.get(`/api/taat?officeId=${a.officeId}&year=2024`);
    expect(res.statusCode).toBe(200);
    const r = res.json<TaatRollup>();
    expect(r.asOf).toBe('2024-12-31');
    expect(r.rows.map((x) => x.governmentId).sort()).toEqual([a.governmentId, emptyGovId].sort());
    const rowA = r.rows.find((x) => x.governmentId === a.governmentId)!;
    expect(rowA).toMatchObject({
      share: 30,
      counted: 10,
      onTime: 3,
      late: 3,
      overdue: 4,
      awaitingVerification: 1,
      excludedNotDue: 0,
      qualifies: false,
    });
    expect(r.rows.find((x) => x.governmentId === emptyGovId)).toMatchObject({ share: null, counted: 0 });
    // The same day through computeTaat (the government route): identical counts.
    const one = (
      await head.get(`/api/governments/${a.governmentId}/taat?asOf=2024-12-31`)
    ).json<GovernmentTaat>();
    const pick = (x: Record<string, unknown>) =>
      [
        'share',
        'counted',
        'onTime',
        'late',
        'overdue',
        'awaitingVerification',
        'excludedNotDue',
        'qualifies',
      ].map((k) => x[k]);
    expect(pick(rowA)).toEqual(pick(one));
    expect(r.total).toMatchObject({ counted: 10, onTime: 3, share: 30, governments: 2, qualifying: 0 });
  });

  it('the SQL twin gives the hand table as of 30 June 2024, and nothing a year before', async () => {
    const [row] = await taatRollup(ctx.database.db, taatRule(), '2024-06-30', {
      officeId: a.officeId,
      governmentIds: [a.governmentId],
    });
    expect(row).toMatchObject({ on_time: 3, late: 2, overdue: 3, awaiting: 1, not_due: 1, no_due_date: 0 });
    const r = (
      await (await a.as('assessor')).get(`/api/taat?officeId=${a.officeId}&year=2023`)
    ).json<TaatRollup>();
    expect(r.asOf).toBe('2023-12-31');
    expect(r.rows.find((x) => x.governmentId === a.governmentId)).toMatchObject({ counted: 0, share: null });
  });

  it("lists only governments in reach: the nation for an admin, a coordinator's own", async () => {
    const nation = (await (await a.as('admin')).get('/api/taat?year=2024')).json<TaatRollup>();
    const govs = nation.rows.map((x) => x.governmentId);
    expect(govs).toEqual(expect.arrayContaining([a.governmentId, b.governmentId, emptyGovId]));
    expect(nation.rows.find((x) => x.governmentId === b.governmentId)).toMatchObject({
      share: 100,
      qualifies: true,
    });
    const coord = (await (await a.as('gov_coordinator')).get('/api/taat?year=2024')).json<TaatRollup>();
    expect(coord.rows.map((x) => x.governmentId)).toEqual([a.governmentId]);
    const otherOffice = await (await b.as('oversight_head')).get(`/api/taat?officeId=${a.officeId}`);
    expect(otherOffice.statusCode).toBe(404);
    const bad = await (await a.as('admin')).get('/api/taat?year=dua');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('year');
    expect(bad.json().error.fields.year).toBe('Harus berupa angka.');
    const future = await (await a.as('admin')).get('/api/taat?year=2099');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.year).toMatch(/tahun berjalan/);
    const far = await (await a.as('admin')).get('/api/taat?year=2999');
    expect(far.statusCode).toBe(400);
    expect(far.json().error.fields.year).toBe('Maksimal 2100.');
  });
});

describe('frameworkBuiltInBase (the rapor asks it for the 2025 opinion)', () => {
  it('follows copies of copies back to the built-in', async () => {
    const db = ctx.database.db;
    const tag = a.officeId.slice(0, 8);
    const row = (id: string, basedOn: string) => ({
      id,
      version: '1',
      name: id,
      definition: {},
      source: 'custom' as const,
      basedOn,
    });
    await db.insert(frameworks).values(row(`opini-salinan-${tag}`, 'opini-ombudsman-2025'));
    await db.insert(frameworks).values(row(`opini-salinan-2-${tag}`, `opini-salinan-${tag}`));
    expect(await frameworkBuiltInBase(db, `opini-salinan-2-${tag}`)).toBe('opini-ombudsman-2025');
    expect(await frameworkBuiltInBase(db, 'ombudsman-2022-2024')).toBe('ombudsman-2022-2024');
    expect(await frameworkBuiltInBase(db, 'tidak-ada')).toBeNull();
  });
});
