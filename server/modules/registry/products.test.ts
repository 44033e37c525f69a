import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditChange } from '../../test/audit-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('service products', () => {
  it('a coordinator adds, edits, archives and restores a product; lists follow', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/units/${t.childUnitId}/products`, {
      name: 'Surat Keterangan Sehat',
      type: 'administratif',
      description: '',
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({
      unitId: t.childUnitId,
      governmentId: t.governmentId,
      description: null,
      archivedAt: null,
    });
    expect(p.unitName).toMatch(/^Puskesmas Uji/);

    const edited = await coord.patch(`/api/products/${p.id}`, {
      type: 'jasa',
      description: 'Pemeriksaan umum',
    });
    expect(edited.json()).toMatchObject({
      name: 'Surat Keterangan Sehat',
      type: 'jasa',
      description: 'Pemeriksaan umum',
    });

    expect(ids((await coord.get(`/api/units/${t.childUnitId}/products`)).json().items)).toEqual([p.id]);
    expect((await coord.post(`/api/products/${p.id}/archive`)).json().archivedAt).not.toBeNull();
    expect((await coord.get(`/api/units/${t.childUnitId}/products`)).json().items).toEqual([]);
    expect(
      ids((await coord.get(`/api/units/${t.childUnitId}/products?includeArchived=true`)).json().items),
    ).toEqual([p.id]);
    expect((await coord.post(`/api/products/${p.id}/restore`)).json().archivedAt).toBeNull();

    const audit = (await coord.get(`/api/audit?entityType=product&entityId=${p.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
    expect(auditChange(audit[2], 'type')).toEqual({
      before: 'administratif',
      after: 'jasa',
      masked: false,
      field: 'type',
    });
  });

  it('the government list carries unit names, searches, and pages by name with a cursor', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    for (const name of ['Izin Praktik Bidan', 'Izin Apotek', 'Izin Klinik', 'Legalisir 100%'])
      expect(
        (await admin.post(`/api/units/${t.otherUnitId}/products`, { name, type: 'administratif' }))
          .statusCode,
      ).toBe(201);
    const first = (await admin.get(`/api/governments/${t.governmentId}/products?q=izin&limit=2`)).json();
    expect(first.items.map((p: { name: string }) => p.name)).toEqual(['Izin Apotek', 'Izin Klinik']);
    expect(first.items[0].unitName).toMatch(/^Dinas Lain/);
    const second = (
      await admin.get(`/api/governments/${t.governmentId}/products?q=izin&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toEqual({
      items: [expect.objectContaining({ name: 'Izin Praktik Bidan' })],
      nextCursor: null,
    });
    // LIKE wildcards in the search are literal.
    expect(
      (await admin.get(`/api/governments/${t.governmentId}/products?q=${encodeURIComponent('%')}`)).json()
        .items,
    ).toHaveLength(1);
    expect((await admin.get(`/api/governments/${t.governmentId}/products?cursor=garbage`)).statusCode).toBe(
      200,
    );
    const all = (await admin.get(`/api/governments/${t.governmentId}/products`)).json().items;
    expect(all).toHaveLength(5);
  });

  it('a PIC writes products of their units only; sibling and foreign units are 404', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const pic = await t.as('unit_pic');
    expect(
      (await pic.post(`/api/units/${t.unitId}/products`, { name: 'KIA', type: 'jasa' })).statusCode,
    ).toBe(201);
    expect(
      (await pic.post(`/api/units/${t.childUnitId}/products`, { name: 'Imunisasi', type: 'jasa' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await pic.post(`/api/units/${t.otherUnitId}/products`, { name: 'Sekolah', type: 'jasa' })).statusCode,
    ).toBe(404);
    expect(
      (await pic.post(`/api/units/${other.unitId}/products`, { name: 'Asing', type: 'jasa' })).statusCode,
    ).toBe(404);
    const sibling = (
      await (await t.as('admin')).post(`/api/units/${t.otherUnitId}/products`, { name: 'PPDB', type: 'jasa' })
    ).json();
    expect((await pic.patch(`/api/products/${sibling.id}`, { name: 'Diubah' })).statusCode).toBe(404);
    expect((await pic.post(`/api/products/${sibling.id}/archive`)).statusCode).toBe(404);
    expect((await pic.get(`/api/units/${t.otherUnitId}/products`)).statusCode).toBe(404);
    const seen = ids((await pic.get(`/api/governments/${t.governmentId}/products`)).json().items);
    expect(seen).toHaveLength(3);
    expect(seen).not.toContain(sibling.id);

    const coordA = await t.as('gov_coordinator');
    expect((await coordA.get(`/api/units/${other.unitId}/products`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/governments/${other.governmentId}/products`)).statusCode).toBe(404);
    expect((await coordA.patch(`/api/products/${other.productId}`, { name: 'Diambil' })).statusCode).toBe(
      404,
    );
    expect((await coordA.post(`/api/products/${other.productId}/archive`)).statusCode).toBe(404);
  });

  it('refuses products on an archived unit and bad input with field messages', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/units/${t.unitId}/products`, { name: '', type: 'layanan' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.name).toBe('Wajib diisi.');
    expect(res.json().error.fields.type).toMatch(/administratif, barang, jasa/);
    await coord.post(`/api/units/${t.otherUnitId}/archive`);
    const onArchived = await coord.post(`/api/units/${t.otherUnitId}/products`, { name: 'X', type: 'jasa' });
    expect(onArchived.statusCode).toBe(409);
    expect(onArchived.json().error.message).toBe('Data induk sudah diarsipkan.');
  });
});
