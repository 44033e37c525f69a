import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitChangeDto, UnitLineage, UnitResultsHistory } from '../../../shared/contracts/unit-history';
import { units } from '../../db/schema';
import { cycles, cycleUnits, improvementPoints, unitResults } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

const decree = { effectiveOn: '2025-01-02', reference: 'Perbup Balangan No. 12/2024' };

async function addUnit(t: Tenant, name: string, parentId: string | null = null) {
  const [row] = await ctx.database.db
    .insert(units)
    .values({ governmentId: t.governmentId, parentId, name, type: 'opd', sector: 'sosial' })
    .returning();
  return row!.id;
}

/** A cycle of the tenant's office in `status` with results and improvement points for some units. */
async function pastCycle(
  t: Tenant,
  year: number,
  status: 'published' | 'self_assessment',
  rows: Array<{ unitId: string; score: number; points?: string[] }>,
) {
  const db = ctx.database.db;
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: t.officeId,
      year,
      name: `Penilaian ${year}`,
      frameworkId: 'ombudsman-2022-2024',
      status,
      publishedAt: status === 'published' ? new Date(`${year}-11-30T03:00:00Z`) : null,
    })
    .returning();
  for (const r of rows) {
    await db
      .insert(cycleUnits)
      .values({ cycleId: cycle!.id, unitId: r.unitId, governmentId: t.governmentId });
    await db.insert(unitResults).values({
      cycleId: cycle!.id,
      unitId: r.unitId,
      governmentId: t.governmentId,
      score: r.score,
      rounded: r.score,
      band: 'B',
      zone: 'hijau',
    });
    for (const text of r.points ?? [])
      await db.insert(improvementPoints).values({
        cycleId: cycle!.id,
        governmentId: t.governmentId,
        unitId: r.unitId,
        text,
      });
  }
  return cycle!.id;
}

describe('unit history', () => {
  it("a merged unit's results and items appear under its successor, 'sebagai' its old name", async () => {
    const t = await makeTenant(ctx);
    const a = await addUnit(t, 'Dinas Sosial');
    const b = await addUnit(t, 'Dinas Pemberdayaan Masyarakat');
    await pastCycle(t, 2023, 'published', [
      { unitId: a, score: 71.5, points: ['Maklumat pelayanan belum dipajang'] },
      { unitId: b, score: 64.25, points: ['Belum ada sarana pengaduan'] },
    ]);
    const coord = await t.as('gov_coordinator');

    // Before the merge the successor has no past of its own.
    const merged = await coord.post(`/api/governments/${t.governmentId}/units/${a}/merge`, {
      ...decree,
      with: [b],
      into: {
        newUnit: { name: 'Dinas Sosial dan Pemberdayaan Masyarakat', type: 'opd', sector: 'sosial' },
      },
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const change = merged.json<UnitChangeDto>();
    expect(change).toMatchObject({
      kind: 'merge',
      effectiveOn: '2025-01-02',
      createdByName: 'Koordinator Uji',
    });
    const successor = change.links[0]!.toUnitId;
    expect(change.links.map((l) => [l.fromName, l.toName]).sort()).toEqual([
      ['Dinas Pemberdayaan Masyarakat', 'Dinas Sosial dan Pemberdayaan Masyarakat'],
      ['Dinas Sosial', 'Dinas Sosial dan Pemberdayaan Masyarakat'],
    ]);

    // The PIC side reads published cycles only; the coordinator sees both predecessors' lines.
    const history = await coord.get(`/api/units/${successor}/results-history`);
    expect(history.statusCode).toBe(200);
    const items = history.json<UnitResultsHistory>().items;
    expect(items.map((i) => [i.asName, i.own, i.score, i.improvementPoints]).sort()).toEqual([
      ['Dinas Pemberdayaan Masyarakat', false, 64.25, ['Belum ada sarana pengaduan']],
      ['Dinas Sosial', false, 71.5, ['Maklumat pelayanan belum dipajang']],
    ]);
    expect(items.every((i) => i.year === 2023)).toBe(true);

    // The predecessors are archived with the merge and point to their successor.
    const oldA = (await coord.get(`/api/units/${a}`)).json();
    expect(oldA.archivedAt).not.toBeNull();
    const lineageA = (await coord.get(`/api/units/${a}/lineage`)).json<UnitLineage>();
    expect(lineageA.successors).toEqual([
      expect.objectContaining({
        unitId: successor,
        name: 'Dinas Sosial dan Pemberdayaan Masyarakat',
        depth: 1,
      }),
    ]);
    const lineageS = (await coord.get(`/api/units/${successor}/lineage`)).json<UnitLineage>();
    expect(lineageS.predecessors.map((p) => p.name).sort()).toEqual([
      'Dinas Pemberdayaan Masyarakat',
      'Dinas Sosial',
    ]);
    expect(lineageS.changes).toHaveLength(1);

    // An audit entry for the change itself.
    const audit = (
      await coord.get(`/api/audit?governmentId=${t.governmentId}&entityType=unit_change`)
    ).json();
    const entry = audit.items.find((e: { entityId: string }) => e.entityId === change.id);
    expect(entry.entityLabel).toBe(
      'Dinas Sosial, Dinas Pemberdayaan Masyarakat → Dinas Sosial dan Pemberdayaan Masyarakat',
    );
  });

  it('a rename keeps the old name with its dates, and older results read "sebagai" the old name', async () => {
    const t = await makeTenant(ctx);
    const u = await addUnit(t, 'Kantor Kesbangpol');
    await pastCycle(t, 2023, 'published', [{ unitId: u, score: 80 }]);
    const admin = await t.as('admin');
    const res = await admin.post(`/api/governments/${t.governmentId}/units/${u}/rename`, {
      name: 'Badan Kesatuan Bangsa dan Politik',
      effectiveOn: '2024-07-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    await pastCycle(t, 2025, 'published', [{ unitId: u, score: 85 }]);
    const lineage = (await admin.get(`/api/units/${u}/lineage`)).json<UnitLineage>();
    expect(lineage.names).toEqual([
      { name: 'Kantor Kesbangpol', from: null, to: '2024-07-01' },
      { name: 'Badan Kesatuan Bangsa dan Politik', from: '2024-07-01', to: null },
    ]);
    const items = (await admin.get(`/api/units/${u}/results-history`)).json<UnitResultsHistory>().items;
    expect(items.map((i) => [i.year, i.asName, i.own])).toEqual([
      [2025, 'Badan Kesatuan Bangsa dan Politik', true],
      [2023, 'Kantor Kesbangpol', true],
    ]);
    const again = await admin.post(`/api/governments/${t.governmentId}/units/${u}/rename`, {
      name: 'Badan Kesatuan Bangsa dan Politik',
      effectiveOn: '2024-08-01',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields.name).toBe('Nama baru sama dengan nama sekarang.');
  });

  it('a split closes the unit; each successor carries its results, transitively after a later merge', async () => {
    const t = await makeTenant(ctx);
    const u = await addUnit(t, 'Dinas Pendidikan dan Kebudayaan');
    const keep = await addUnit(t, 'Dinas Kebudayaan Lama');
    await pastCycle(t, 2022, 'published', [
      { unitId: u, score: 70, points: ['Standar pelayanan kedaluwarsa'] },
    ]);
    const coord = await t.as('gov_coordinator');
    const split = await coord.post(`/api/governments/${t.governmentId}/units/${u}/split`, {
      effectiveOn: '2023-01-01',
      into: [{ newUnit: { name: 'Dinas Pendidikan', type: 'opd', sector: 'pendidikan' } }, { unitId: keep }],
    });
    expect(split.statusCode, split.body).toBe(201);
    const edu = split.json<UnitChangeDto>().links.find((l) => l.toName === 'Dinas Pendidikan')!.toUnitId;
    // Dinas Pendidikan later merges into a third unit: the grandparent's results still follow.
    const third = await addUnit(t, 'Dinas Pendidikan, Pemuda dan Olahraga');
    const merge = await coord.post(`/api/governments/${t.governmentId}/units/${edu}/merge`, {
      effectiveOn: '2024-01-01',
      into: { unitId: third },
    });
    expect(merge.statusCode, merge.body).toBe(201);
    const items = (await coord.get(`/api/units/${third}/results-history`)).json<UnitResultsHistory>().items;
    expect(items).toEqual([
      expect.objectContaining({
        asName: 'Dinas Pendidikan dan Kebudayaan',
        own: false,
        score: 70,
        improvementPoints: ['Standar pelayanan kedaluwarsa'],
      }),
    ]);
    const lineage = (await coord.get(`/api/units/${third}/lineage`)).json<UnitLineage>();
    expect(lineage.predecessors.map((p) => [p.name, p.depth])).toEqual([
      ['Dinas Pendidikan', 1],
      ['Dinas Pendidikan dan Kebudayaan', 2],
    ]);
    // No loops: with the closed grandparent restored by hand, `third` cannot merge into it.
    await ctx.database.db.update(units).set({ archivedAt: null }).where(eq(units.id, u));
    const loop = await coord.post(`/api/governments/${t.governmentId}/units/${third}/merge`, {
      effectiveOn: '2024-06-01',
      into: { unitId: u },
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.fields['into.unitId']).toMatch(/berputar/);
  });

  it("refuses bad reorganisations with field errors in the reader's language", async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const base = `/api/governments/${t.governmentId}/units/${t.otherUnitId}`;
    const cases: Array<[string, unknown, number, string, RegExp]> = [
      ['/merge', { ...decree, into: { unitId: t.otherUnitId } }, 400, 'into.unitId', /dirinya sendiri/],
      ['/merge', { ...decree, into: { unitId: other.unitId } }, 400, 'into.unitId', /pemerintah ini/],
      ['/merge', { ...decree, into: {} }, 400, 'into.unitId', /salah satu/],
      [
        '/merge',
        { ...decree, into: { newUnit: { name: 'X', type: 'opd', sector: 'sosial' } } },
        400,
        'with',
        /minimal satu/,
      ],
      [
        '/merge',
        { ...decree, effectiveOn: '2999-01-01', into: { unitId: t.unitId } },
        400,
        'effectiveOn',
        /paling lambat/,
      ],
      [
        '/merge',
        { ...decree, effectiveOn: '31-12-2024', into: { unitId: t.unitId } },
        400,
        'effectiveOn',
        /TTTT-BB-HH/,
      ],
      ['/split', { ...decree, into: [{ unitId: t.unitId }] }, 400, 'into', /minimal dua/],
      ['/rename', { effectiveOn: '2024-01-01', name: '' }, 400, 'name', /Wajib/],
    ];
    for (const [path, body, status, field, message] of cases) {
      const res = await coord.post(base + path, body);
      expect(res.statusCode, `${path} ${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(res.json().error.fields[field], `${path} ${res.body}`).toMatch(message);
    }
    // The successor may not sit below a predecessor (Dinas Uji into its own Puskesmas).
    const below = await coord.post(`/api/governments/${t.governmentId}/units/${t.unitId}/merge`, {
      ...decree,
      into: { unitId: t.childUnitId },
    });
    expect(below.statusCode).toBe(400);
    expect(below.json().error.fields['into.unitId']).toMatch(/di bawah/);
    // Another government's coordinator, and a unit of another government in the path: 404.
    const outsider = await other.as('gov_coordinator');
    expect((await outsider.post(base + '/merge', { ...decree, into: { unitId: t.unitId } })).statusCode).toBe(
      404,
    );
    const foreign = await coord.post(`/api/governments/${t.governmentId}/units/${other.unitId}/merge`, {
      ...decree,
      into: { unitId: t.unitId },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await outsider.get(`/api/units/${t.unitId}/lineage`)).statusCode).toBe(404);
    // Nothing was changed by the refusals.
    const lineage = (await coord.get(`/api/units/${t.otherUnitId}/lineage`)).json<UnitLineage>();
    expect(lineage.changes).toEqual([]);
    // English for a reader who chose English.
    expect((await coord.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const en = await coord.post(base + '/merge', { ...decree, into: { unitId: t.otherUnitId } });
    expect(en.json().error.fields['into.unitId']).toBe('A unit cannot be its own successor.');
  });

  it('a merge hands the sub-units to the successor; a split with sub-units left is refused', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const split = await coord.post(`/api/governments/${t.governmentId}/units/${t.unitId}/split`, {
      ...decree,
      into: [
        { unitId: t.otherUnitId },
        { newUnit: { name: 'Dinas Baru', type: 'opd', sector: 'kesehatan' } },
      ],
    });
    expect(split.statusCode).toBe(409);
    expect(split.json().error.message).toMatch(/1 sub-unit aktif/);
    const merge = await coord.post(`/api/governments/${t.governmentId}/units/${t.unitId}/merge`, {
      ...decree,
      into: { unitId: t.otherUnitId },
    });
    expect(merge.statusCode, merge.body).toBe(201);
    expect((await coord.get(`/api/units/${t.childUnitId}`)).json().parentId).toBe(t.otherUnitId);
    const moved = (
      await coord.get(`/api/audit?governmentId=${t.governmentId}&entityId=${t.childUnitId}`)
    ).json();
    expect(moved.items[0].changes).toEqual([
      expect.objectContaining({
        field: 'parentId',
        after: (await coord.get(`/api/units/${t.otherUnitId}`)).json().name,
      }),
    ]);
    // The closed unit cannot be merged again, nor be a successor.
    const again = await coord.post(`/api/governments/${t.governmentId}/units/${t.unitId}/merge`, {
      ...decree,
      into: { unitId: t.otherUnitId },
    });
    expect(again.statusCode).toBe(409);
    // A merged unit is not restored: its successor carries it on.
    const restore = await coord.post(`/api/units/${t.unitId}/restore`);
    expect(restore.statusCode).toBe(409);
    expect(restore.json().error.message).toMatch(/tidak dapat dipulihkan/);
    const intoClosed = await coord.post(`/api/governments/${t.governmentId}/units/${t.childUnitId}/merge`, {
      ...decree,
      into: { unitId: t.unitId },
    });
    expect(intoClosed.statusCode).toBe(400);
    expect(intoClosed.json().error.fields['into.unitId']).toMatch(/unit yang aktif/);
  });

  it('a unit in a running cycle can be merged: the open cycle keeps the old unit, its result follows', async () => {
    const t = await makeTenant(ctx);
    const cycleId = await pastCycle(t, 2026, 'self_assessment', [{ unitId: t.otherUnitId, score: 42 }]);
    const coord = await t.as('gov_coordinator');
    const merge = await coord.post(`/api/governments/${t.governmentId}/units/${t.otherUnitId}/merge`, {
      ...decree,
      into: { unitId: t.unitId },
    });
    expect(merge.statusCode, merge.body).toBe(201);
    const sample = await ctx.database.db.select().from(cycleUnits).where(eq(cycleUnits.cycleId, cycleId));
    expect(sample.map((r) => r.unitId)).toEqual([t.otherUnitId]);
    // Before publication only the Ombudsman side sees the running cycle's line under the successor.
    const head = await t.as('oversight_head');
    const items = (await head.get(`/api/units/${t.unitId}/results-history`)).json<UnitResultsHistory>().items;
    expect(items.map((i) => [i.year, i.asName, i.own, i.score])).toEqual([
      [2026, (await coord.get(`/api/units/${t.otherUnitId}`)).json().name, false, 42],
    ]);
    const coordItems = (await coord.get(`/api/units/${t.unitId}/results-history`)).json<UnitResultsHistory>();
    expect(coordItems.items).toEqual([]);
  });

  it('two coordinators merging the same unit at once: exactly one succeeds', async () => {
    const t = await makeTenant(ctx);
    const x = await addUnit(t, 'Satpol PP');
    const y = await addUnit(t, 'Dinas Pemadam Kebakaran');
    const z = await addUnit(t, 'BPBD');
    const coord = await t.as('gov_coordinator');
    const admin = await t.as('admin');
    for (let round = 0; round < 3; round++) {
      const a = await addUnit(t, `Bagian Umum ${round}`);
      const res = await Promise.all([
        coord.post(`/api/governments/${t.governmentId}/units/${a}/merge`, { ...decree, into: { unitId: x } }),
        admin.post(`/api/governments/${t.governmentId}/units/${a}/merge`, { ...decree, into: { unitId: y } }),
      ]);
      expect(res.map((r) => r.statusCode).sort(), res.map((r) => r.body).join('\n')).toEqual([201, 409]);
      const lineage = (await coord.get(`/api/units/${a}/lineage`)).json<UnitLineage>();
      expect(lineage.successors).toHaveLength(1);
    }
    // Crosswise (y into z while z into y): one wins; the other finds its successor closed. No
    // deadlock (locks in id order), no loop.
    const cross = await Promise.all([
      coord.post(`/api/governments/${t.governmentId}/units/${y}/merge`, { ...decree, into: { unitId: z } }),
      admin.post(`/api/governments/${t.governmentId}/units/${z}/merge`, { ...decree, into: { unitId: y } }),
    ]);
    expect(cross.map((r) => r.statusCode).sort(), cross.map((r) => r.body).join('\n')).toEqual([201, 400]);
  });
});
