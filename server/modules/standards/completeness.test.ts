/**
 * Completeness (issue 15 §4), table-driven and hand-computed: each component kind filled and not
 * filled — by the pure rule (shared/standards/completeness.ts) and by its SQL twin used for the
 * nation's roll-up, which must agree case by case — then a government built by hand through the API
 * with every state, its unit and government roll-ups computed on paper, and the per-government
 * roll-up for the office and the nation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  GovernmentCompleteness,
  GovernmentRollup,
  StandardContent,
} from '../../../shared/contracts/standards';
import { componentFilled, productCompleteness } from '../../../shared/standards/completeness';
import { STANDARD_COMPONENT_KEYS, type StandardComponentKey } from '../../../shared/standards/components';
import { unitMaklumat } from '../../db/schema-standards';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { filledInSql } from './completeness.repository';
import { draftAndSet, FULL_CONTENT } from './standards.fixture';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
}, 60_000);
afterAll(async () => ctx?.close());

/** [component, content, filled?] — one line per way a component is (not) filled. */
const CASES: [StandardComponentKey, StandardContent, boolean][] = [
  ['dasar_hukum', { dasar_hukum: 'UU 25/2009' }, true],
  ['dasar_hukum', { dasar_hukum: '' }, false],
  ['dasar_hukum', { dasar_hukum: ' \n ' }, false],
  ['dasar_hukum', {}, false],
  ['persyaratan', { persyaratan: [{ document: 'KK', form: 'asli', count: 1, note: null }] }, true],
  ['persyaratan', { persyaratan: [] }, false],
  ['prosedur', { prosedur: [{ title: 'Daftar', actor: null }] }, true],
  ['prosedur', { prosedur: [] }, false],
  ['jangka_waktu', { jangka_waktu: { value: 15, unit: 'menit' } }, true],
  ['jangka_waktu', { jangka_waktu: { value: 0.5, unit: 'jam' } }, true],
  ['jangka_waktu', { jangka_waktu: null }, false],
  ['biaya', { biaya: { free: true, items: [], legalBasis: 'Perda 1/2020' } }, true],
  [
    'biaya',
    { biaya: { free: false, items: [{ name: 'Cetak', amount: 5000 }], legalBasis: 'Perda 1/2020' } },
    true,
  ],
  // Free without its legal basis is missing (REFERENCE §2.1: the fee or its absence rests on a rule).
  ['biaya', { biaya: { free: true, items: [], legalBasis: '' } }, false],
  ['biaya', { biaya: { free: true, items: [], legalBasis: '  ' } }, false],
  ['biaya', { biaya: { free: false, items: [], legalBasis: 'Perda 1/2020' } }, false],
  ['biaya', { biaya: null }, false],
  ['produk', { produk: ['KTP-el'] }, true],
  ['produk', { produk: [] }, false],
  ['sarana', { sarana: 'Kursi roda' }, true],
  ['kompetensi', { kompetensi: 'SIAK' }, true],
  ['pengawasan', { pengawasan: '' }, false],
  ['pengaduan', { pengaduan: [{ kind: 'lapor', detail: '' }] }, true],
  ['pengaduan', { pengaduan: [] }, false],
  ['jumlah_pelaksana', { jumlah_pelaksana: '4 orang' }, true],
  ['jaminan_pelayanan', { jaminan_pelayanan: 'Sesuai standar' }, true],
  ['jaminan_keamanan', {}, false],
  ['evaluasi_kinerja', { evaluasi_kinerja: 'Tiap semester' }, true],
];

describe('a component is filled when it says something usable', () => {
  it.each(CASES)('%s %j → %s (pure rule)', (key, content, filled) => {
    expect(componentFilled(content, key)).toBe(filled);
    // The other 13 components of these contents are empty.
    expect(STANDARD_COMPONENT_KEYS.filter((k) => componentFilled(content, k))).toEqual(filled ? [key] : []);
  });

  it('the SQL roll-up counts exactly as the pure rule, case by case', async () => {
    const contents = [...CASES.map((c) => c[1]), FULL_CONTENT, {}];
    const expected = [...CASES.map((c) => (c[2] ? 1 : 0)), 14, 0];
    expect(await filledInSql(ctx.database.db, contents)).toEqual(expected);
  });
});

describe('a product’s state', () => {
  const today = '2026-12-05';
  const set = (content: StandardContent, reviewDate: string | null) => ({
    current: { content, reviewDate, published: true },
    draft: null,
  });
  const noBasis: StandardContent = { ...FULL_CONTENT, biaya: { free: true, items: [], legalBasis: '' } };
  it.each([
    ['nothing', 'belum_ada', { current: null, draft: null }, 0, false],
    ['only a draft, even a full one', 'draf', { current: null, draft: { content: FULL_CONTENT } }, 14, false],
    ['set, every component', 'lengkap', set(FULL_CONTENT, '2027-01-01'), 14, false],
    ['set, review date today (not passed yet)', 'lengkap', set(FULL_CONTENT, today), 14, false],
    ['set, no review date', 'lengkap', set(FULL_CONTENT, null), 14, false],
    ['set, review date passed', 'kedaluwarsa', set(FULL_CONTENT, '2026-12-04'), 14, true],
    ['set, free without legal basis', 'tidak_lengkap', set(noBasis, '2027-01-01'), 13, false],
    ['set, incomplete and stale: missing wins', 'tidak_lengkap', set(noBasis, '2020-01-01'), 13, true],
  ] as const)('%s → %s', (_label, state, input, filled, stale) => {
    const c = productCompleteness(input as Parameters<typeof productCompleteness>[0], today);
    expect(c).toMatchObject({ state, filled, stale });
    expect(c.missing).toHaveLength(14 - filled);
  });
});

describe('a government by hand', () => {
  let t: Tenant;
  let coord: Agent;
  const products: Record<string, string> = {};

  beforeAll(async () => {
    t = await makeTenant(ctx);
    coord = await t.as('gov_coordinator');
    const add = async (unitId: string, name: string) => {
      const res = await coord.post(`/api/units/${unitId}/products`, {
        name,
        type: 'administratif',
        description: null,
      });
      return (products[name] = res.json<{ id: string }>().id);
    };
    // Unit U: P0 (t.productId) has nothing; P1 complete; P2 fee without basis; P3 stale; P4 draft (3 filled).
    await draftAndSet(coord, coord, await add(t.unitId, 'P1 lengkap'), FULL_CONTENT);
    await draftAndSet(coord, coord, await add(t.unitId, 'P2 tanpa dasar biaya'), {
      ...FULL_CONTENT,
      biaya: { free: true, items: [], legalBasis: '' },
    });
    await draftAndSet(coord, coord, await add(t.unitId, 'P3 kedaluwarsa'), FULL_CONTENT, {
      fields: { reviewDate: '2020-01-01' },
    });
    await draftAndSet(
      coord,
      coord,
      await add(t.unitId, 'P4 draf'),
      { sarana: 'Ruang tunggu', produk: ['Surat'], jangka_waktu: { value: 2, unit: 'hari_kerja' } },
      { set: false },
    );
    // An archived product counts nowhere.
    const archived = await add(t.unitId, 'P6 diarsipkan');
    await draftAndSet(coord, coord, archived, FULL_CONTENT);
    expect((await coord.post(`/api/products/${archived}/archive`)).statusCode).toBe(200);
    // The other unit: P5 without complaint channels and legal basis (12 of 14).
    await draftAndSet(coord, coord, await add(t.otherUnitId, 'P5 dua kurang'), {
      ...FULL_CONTENT,
      pengaduan: [],
      dasar_hukum: '',
    });
    await ctx.database.db.insert(unitMaklumat).values({
      unitId: t.unitId,
      governmentId: t.governmentId,
      body: 'Kami sanggup menyelenggarakan pelayanan sesuai standar.',
      signatory: 'Kepala Dinas',
      signedOn: '2026-11-01',
      published: true,
    });
  }, 120_000);

  it('per product, unit and government, computed on paper', async () => {
    const res = await coord.get(`/api/governments/${t.governmentId}/standards`);
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json<GovernmentCompleteness>();
    const unit = (id: string) => g.units.find((u) => u.unitId === id)!;
    const state = (unitId: string) =>
      Object.fromEntries(
        unit(unitId).products.map((p) => [p.productName, [p.completeness.state, p.completeness.filled]]),
      );
    const u = unit(t.unitId);
    expect(state(t.unitId)).toEqual({
      [u.products.find((p) => p.productId === t.productId)!.productName]: ['belum_ada', 0],
      'P1 lengkap': ['lengkap', 14],
      'P2 tanpa dasar biaya': ['tidak_lengkap', 13],
      'P3 kedaluwarsa': ['kedaluwarsa', 14],
      'P4 draf': ['draf', 3],
    });
    expect(u.products.find((p) => p.productName === 'P2 tanpa dasar biaya')!.completeness.missing).toEqual([
      'biaya',
    ]);
    // 0 + 14 + 13 + 14 + 3 = 44 of 5 × 14 = 70 → 62.857… → 62.86
    expect(u.rollup).toEqual({
      products: 5,
      byState: { belum_ada: 1, draf: 1, tidak_lengkap: 1, kedaluwarsa: 1, lengkap: 1 },
      percent: 62.86,
    });
    expect(u.maklumatPublished).toBe(true);
    // 12 of 14 → 85.714… → 85.71
    expect(unit(t.otherUnitId).rollup.percent).toBe(85.71);
    expect(unit(t.otherUnitId).products[0]!.completeness.missing).toEqual(['dasar_hukum', 'pengaduan']);
    expect(unit(t.otherUnitId).maklumatPublished).toBe(false);
    // A unit without products is listed, at 0.
    expect(unit(t.childUnitId).rollup).toMatchObject({ products: 0, percent: 0 });
    // 56 of 6 × 14 = 84 → 66.666… → 66.67
    expect(g.total).toEqual({
      products: 6,
      byState: { belum_ada: 1, draf: 1, tidak_lengkap: 2, kedaluwarsa: 1, lengkap: 1 },
      percent: 66.67,
    });
  });

  it('the office and nation roll-up (SQL) gives the same figures; reach decides who sees what', async () => {
    const byGov = async (agent: Agent, query = '') => {
      const res = await agent.get(`/api/standards/completeness${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<GovernmentRollup[]>();
    };
    const mine = (list: GovernmentRollup[]) => list.find((r) => r.governmentId === t.governmentId);
    const expected = {
      products: 6,
      byState: { belum_ada: 1, draf: 1, tidak_lengkap: 2, kedaluwarsa: 1, lengkap: 1 },
      percent: 66.67,
    };
    expect(mine(await byGov(coord))?.rollup).toEqual(expected);
    const assessor = await t.as('assessor');
    expect(mine(await byGov(assessor, `?officeId=${t.officeId}`))?.rollup).toEqual(expected);
    const other = await makeTenant(ctx);
    // The nation for the admin: both governments (the other with its one product, no standard).
    const nation = await byGov(await t.as('admin'));
    expect(mine(nation)?.rollup).toEqual(expected);
    expect(nation.find((r) => r.governmentId === other.governmentId)?.rollup).toMatchObject({
      products: 1,
      byState: { belum_ada: 1 },
      percent: 0,
    });
    // Another government's coordinator and another office's assessor see none of it.
    expect(mine(await byGov(await other.as('gov_coordinator')))).toBeUndefined();
    expect(mine(await byGov(await other.as('assessor')))).toBeUndefined();
    expect(
      (await (await other.as('assessor')).get(`/api/standards/completeness?officeId=${t.officeId}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await (await other.as('gov_coordinator')).get(`/api/governments/${t.governmentId}/standards`))
        .statusCode,
    ).toBe(404);
    // The PIC: only the units they hold.
    const pic = await t.as('unit_pic');
    const picView = (
      await pic.get(`/api/governments/${t.governmentId}/standards`)
    ).json<GovernmentCompleteness>();
    expect(picView.units.map((u) => u.unitId)).toContain(t.unitId);
    expect(picView.units.map((u) => u.unitId)).not.toContain(t.otherUnitId);
    expect(mine(await byGov(pic))?.rollup.products).toBe(5);
  });
});
