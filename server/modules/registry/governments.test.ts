import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeTenant } from '../../test/factories';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('governments', () => {
  it('an oversight head registers a regency from the Kemendagri list; the name comes from the region', async () => {
    const t = await makeTenant(ctx, { provinceCodes: ['63'] });
    const head = await t.as('oversight_head');
    const res = await head.post('/api/governments', { type: 'pemkab', regionCode: '63.08' });
    expect(res.statusCode).toBe(201);
    const gov = res.json();
    expect(gov).toMatchObject({
      name: 'Pemerintah Kabupaten Hulu Sungai Utara',
      regionCode: '63.08',
      officeId: t.officeId,
      provinceCode: '63',
    });
    const list = await head.get('/api/governments?q=Hulu');
    expect(list.json().items.map((g: { id: string }) => g.id)).toContain(gov.id);
    const again = await head.post('/api/governments', { type: 'pemkab', regionCode: '63.08' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.regionCode).toMatch(/sudah terdaftar/);
  });

  it('rejects a type that does not match the region, with a field error in Indonesian', async () => {
    const t = await makeTenant(ctx, { provinceCodes: ['76'] });
    const head = await t.as('oversight_head');
    const res = await head.post('/api/governments', { type: 'pemkot', regionCode: '76.06' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.regionCode).toContain('kabupaten');
    const bad = await head.post('/api/governments', { type: 'pemkab' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.regionCode).toBe(
      'Pemerintah daerah wajib memiliki kode wilayah Kemendagri.',
    );
  });

  it('a coordinator sees only their government; another tenant gets 404 on it', async () => {
    const a = await makeTenant(ctx);
    const b = await makeTenant(ctx);
    const coordA = await a.as('gov_coordinator');
    const list = await coordA.get('/api/governments');
    expect(list.json().items.map((g: { id: string }) => g.id)).toEqual([a.governmentId]);
    expect((await coordA.get(`/api/governments/${b.governmentId}`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/governments/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('archive keeps the row, hides it from the default list and records the audit trail', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    expect((await admin.post(`/api/governments/${t.governmentId}/archive`)).statusCode).toBe(200);
    const active = await admin.get(`/api/governments?q=${encodeURIComponent('Lembaga Uji')}&limit=200`);
    expect(active.json().items.map((g: { id: string }) => g.id)).not.toContain(t.governmentId);
    const all = await admin.get(`/api/governments?includeArchived=true&limit=200`);
    expect(all.json().items.find((g: { id: string }) => g.id === t.governmentId).archivedAt).not.toBeNull();
    const audit = await admin.get(`/api/audit?governmentId=${t.governmentId}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'archive', entityType: 'government' });
  });

  it('bad input answers 400 with fields, never 500', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const res = await admin.post('/api/governments', { type: 'kabupaten', name: 42 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['type', 'name']));
    expect((await admin.get('/api/governments/not-a-uuid')).statusCode).toBe(400);
    expect(
      (await admin.request('POST', '/api/governments', '{bad json', { 'content-type': 'application/json' }))
        .statusCode,
    ).toBe(400);
  });
});

describe('government edits', () => {
  it('a PATCH changes only the fields it names', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    await admin.patch(`/api/governments/${t.governmentId}`, {
      address: 'Jl. Merdeka 1',
      website: 'https://uji.go.id',
    });
    const res = await admin.patch(`/api/governments/${t.governmentId}`, { name: 'Lembaga Uji Baru' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Lembaga Uji Baru',
      address: 'Jl. Merdeka 1',
      website: 'https://uji.go.id',
    });
    const cleared = await admin.patch(`/api/governments/${t.governmentId}`, { website: '' });
    expect(cleared.json()).toMatchObject({ address: 'Jl. Merdeka 1', website: null });
  });
});

describe('offices', () => {
  it('count the active governments they oversee', async () => {
    const t = await makeTenant(ctx, { provinceCodes: ['11'] });
    const admin = await t.as('admin');
    await admin.post('/api/governments', { type: 'pemkab', regionCode: '11.01' });
    const res = await admin.get(`/api/offices/${t.officeId}`);
    expect(res.json()).toMatchObject({ governmentCount: 2, provinces: [{ code: '11', name: 'Aceh' }] });
  });

  it('a regency in a province no office covers asks for an office, in words about offices', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const res = await admin.post('/api/governments', { type: 'pemkab', regionCode: '94.01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.officeId).toMatch(
      /Belum ada kantor perwakilan yang mencakup provinsi ini/,
    );
    const ok = await admin.post('/api/governments', {
      type: 'pemkab',
      regionCode: '94.01',
      officeId: t.officeId,
    });
    expect(ok.statusCode).toBe(201);
  });
});
