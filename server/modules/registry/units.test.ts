import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditChange } from '../../test/audit-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

type UnitItem = {
  id: string;
  parentId: string | null;
  name: string;
  productCount: number;
  contactCount: number;
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('units', () => {
  it('a coordinator builds the unit tree, edits a unit and sees names and counts', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const created = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: 'UPT Laboratorium Kesehatan',
      type: 'upt',
      sector: 'kesehatan',
      parentId: t.unitId,
      code: '',
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({
      parentId: t.unitId,
      code: null,
      governmentId: t.governmentId,
      productCount: 0,
    });
    expect(unit.parentName).toMatch(/^Dinas Uji/);
    expect(unit.governmentName).toMatch(/^Lembaga Uji/);

    const list = await coord.get(`/api/governments/${t.governmentId}/units`);
    expect(list.statusCode).toBe(200);
    const items: UnitItem[] = list.json().items;
    expect(items.map((u) => u.name)).toEqual(
      [...items.map((u) => u.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(items.find((u) => u.id === unit.id)?.parentId).toBe(t.unitId);
    expect(items.find((u) => u.id === t.unitId)).toMatchObject({
      productCount: 1,
      contactCount: 1,
      parentId: null,
    });

    const edited = await coord.patch(`/api/units/${unit.id}`, { name: 'UPT Labkesda', parentId: null });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'UPT Labkesda',
      parentId: null,
      parentName: null,
      type: 'upt',
    });
  });

  it('refuses a parent that would make a cycle, or that belongs to another government', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const admin = await t.as('admin');
    const grandchild = (
      await admin.post(`/api/governments/${t.governmentId}/units`, {
        name: 'Pustu Uji',
        type: 'lainnya',
        sector: 'kesehatan',
        parentId: t.childUnitId,
      })
    ).json();
    const toGrandchild = await admin.patch(`/api/units/${t.unitId}`, { parentId: grandchild.id });
    expect(toGrandchild.statusCode).toBe(400);
    expect(toGrandchild.json().error.fields.parentId).toBe(
      'Unit tidak boleh menjadi induk bagi dirinya sendiri atau turunannya.',
    );
    expect(
      (await admin.patch(`/api/units/${t.unitId}`, { parentId: t.unitId })).json().error.fields.parentId,
    ).toMatch(/induk/);

    const foreign = await admin.post(`/api/governments/${t.governmentId}/units`, {
      name: 'X',
      type: 'opd',
      sector: 'sosial',
      parentId: other.unitId,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.parentId).toBe('Unit induk tidak ditemukan pada pemerintah ini.');
    // Moving a unit under a sibling is fine.
    expect((await admin.patch(`/api/units/${t.otherUnitId}`, { parentId: t.unitId })).json().parentId).toBe(
      t.unitId,
    );
  });

  it('archive is refused while active sub-units remain; restore needs an active parent', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const refused = await coord.post(`/api/units/${t.unitId}/archive`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'CONFLICT' });
    expect(refused.json().error.message).toContain('(1)');

    expect((await coord.post(`/api/units/${t.childUnitId}/archive`)).json().archivedAt).not.toBeNull();
    expect((await coord.post(`/api/units/${t.unitId}/archive`)).statusCode).toBe(200);
    const active = ids((await coord.get(`/api/governments/${t.governmentId}/units`)).json().items);
    expect(active).toEqual([t.otherUnitId]);
    const all = ids(
      (await coord.get(`/api/governments/${t.governmentId}/units?includeArchived=true`)).json().items,
    );
    expect(all).toEqual(expect.arrayContaining([t.unitId, t.childUnitId, t.otherUnitId]));

    expect((await coord.post(`/api/units/${t.childUnitId}/restore`)).statusCode).toBe(409);
    expect((await coord.post(`/api/units/${t.unitId}/restore`)).json().archivedAt).toBeNull();
    expect((await coord.post(`/api/units/${t.childUnitId}/restore`)).json().archivedAt).toBeNull();

    const audit = (await coord.get(`/api/audit?governmentId=${t.governmentId}&entityType=unit`)).json().items;
    expect(audit.map((a: { action: string }) => a.action).slice(0, 4)).toEqual([
      'restore',
      'restore',
      'archive',
      'archive',
    ]);
    expect(auditChange(audit[0], 'archivedAt').before).not.toBeNull();
    expect(auditChange(audit[0], 'archivedAt').after).toBeNull();
  });

  it('a PIC sees only their units; everything else of the tree and other tenants is 404', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const pic = await t.as('unit_pic');
    const list = ids((await pic.get(`/api/governments/${t.governmentId}/units`)).json().items);
    expect(list.sort()).toEqual([t.unitId, t.childUnitId].sort());
    expect((await pic.get(`/api/units/${t.childUnitId}`)).statusCode).toBe(200);
    expect((await pic.get(`/api/units/${t.otherUnitId}`)).statusCode).toBe(404);
    expect((await pic.get(`/api/units/${other.unitId}`)).statusCode).toBe(404);
    expect((await pic.patch(`/api/units/${t.unitId}`, { name: 'Dinas Baru' })).statusCode).toBe(403);

    const coordA = await t.as('gov_coordinator');
    expect((await coordA.get(`/api/units/${other.unitId}`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/governments/${other.governmentId}/units`)).statusCode).toBe(404);
    expect((await coordA.patch(`/api/units/${other.unitId}`, { name: 'Diambil' })).statusCode).toBe(404);
    expect((await coordA.post(`/api/units/${other.childUnitId}/archive`)).statusCode).toBe(404);
    expect(
      (
        await coordA.post(`/api/governments/${other.governmentId}/units`, {
          name: 'X',
          type: 'opd',
          sector: 'sosial',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('bad input answers 400 with Indonesian field messages', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: '  ',
      type: 'dinas',
      sector: 'kesehatan',
      parentId: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      name: 'Wajib diisi.',
      parentId: 'Pengenal tidak valid.',
    });
    expect(res.json().error.fields.type).toMatch(/Pilihan tidak valid/);
    expect((await coord.get(`/api/units/not-a-uuid`)).statusCode).toBe(400);
    expect(
      (await coord.get(`/api/governments/${t.governmentId}/units?includeArchived=maybe`)).statusCode,
    ).toBe(400);
  });
});

describe('unit codes', () => {
  it('a code is unique among the active units of a government (409 on the code field)', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const first = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: 'Dinas A',
      type: 'opd',
      sector: 'sosial',
      code: 'DA-01',
    });
    expect(first.statusCode).toBe(201);
    const dup = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: 'Dinas B',
      type: 'opd',
      sector: 'sosial',
      code: 'DA-01',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.code).toMatch(/sudah dipakai/);
    await coord.post(`/api/units/${first.json().id}/archive`);
    const reuse = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: 'Dinas C',
      type: 'opd',
      sector: 'sosial',
      code: 'DA-01',
    });
    expect(reuse.statusCode).toBe(201);
    const restore = await coord.post(`/api/units/${first.json().id}/restore`);
    expect(restore.statusCode).toBe(409);
  });
});
