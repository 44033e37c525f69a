/**
 * Drafts under pressure (issue 15): two editors on one draft (optimistic lock, a clear 409 naming
 * who saved), a PIC outside their units (404 like missing), and bad input — field errors in
 * Indonesian and in English, never a 5xx, also for garbage bodies and a wrong SK file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardVersion } from '../../../shared/contracts/standards';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { multipart, PDF_BYTES, postSet, SK_FIELDS } from './standards.fixture';

let ctx: TestContext;
let t: Tenant;
let pic: Agent;
let coord: Agent;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  pic = await t.as('unit_pic');
  coord = await t.as('gov_coordinator');
}, 60_000);
afterAll(async () => ctx?.close());

let seq = 0;
async function newDraft(unitId = t.unitId): Promise<StandardVersion> {
  const p = await coord.post(`/api/units/${unitId}/products`, {
    name: `Layanan Masukan ${++seq}`,
    type: 'administratif',
    description: null,
  });
  const res = await coord.post(`/api/products/${p.json<{ id: string }>().id}/standard/draft`);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<StandardVersion>();
}

const save = (agent: Agent, d: { id: string }, rowVersion: number, content: object) =>
  agent.request('PUT', `/api/standards/${d.id}`, { rowVersion, content, publishManufacturing: false });

describe('optimistic lock', () => {
  it('the second editor with a stale row version gets 409 standard_conflict naming who saved; nothing is lost', async () => {
    const d = await newDraft();
    const first = await save(pic, d, d.rowVersion, { sarana: 'Versi PIC' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await save(coord, d, d.rowVersion, { sarana: 'Versi koordinator' });
    expect(second.statusCode).toBe(409);
    const err = second.json().error;
    expect(err.code).toBe('standard_conflict');
    expect(err.message).toMatch(/^Draf ini sudah disimpan oleh PIC Uji pada .+ setelah Anda membukanya/);
    expect(err.details).toMatchObject({
      rowVersion: d.rowVersion + 1,
      updatedBy: { id: t.userIds.unit_pic, name: 'PIC Uji' },
    });
    expect(Date.parse(err.details.updatedAt)).not.toBeNaN();
    const now = (await coord.get(`/api/standards/${d.id}`)).json<StandardVersion>();
    expect(now.content).toEqual({ sarana: 'Versi PIC' });
    // Reloaded, the coordinator saves on top.
    expect((await save(coord, d, now.rowVersion, { sarana: 'Versi koordinator' })).statusCode).toBe(200);
    // Submitting with a stale version is refused the same way.
    const stale = await pic.post(`/api/standards/${d.id}/submit`, { rowVersion: now.rowVersion });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('standard_conflict');
  });

  it('a save that changes nothing keeps the row version (autosave of an unchanged form is no conflict)', async () => {
    const d = await newDraft();
    const a = (await save(pic, d, d.rowVersion, { produk: ['KTP'] })).json<StandardVersion>();
    const b = await save(pic, d, a.rowVersion, { produk: ['KTP'], sarana: '' });
    expect(b.statusCode).toBe(200);
    expect(b.json<StandardVersion>().rowVersion).toBe(a.rowVersion);
  });
});

describe('reach', () => {
  it("a PIC outside the product's unit gets 404, exactly like a missing id", async () => {
    const other = await newDraft(t.otherUnitId);
    const missing = '00000000-0000-4000-8000-000000000000';
    const expectNotFound = async (res: { statusCode: number; body: string }) => {
      expect(res.statusCode, res.body).toBe(404);
      expect(JSON.parse(res.body).error.code).toBe('NOT_FOUND');
    };
    for (const id of [other.id, missing]) {
      await expectNotFound(await pic.get(`/api/standards/${id}`));
      await expectNotFound(await save(pic, { id }, 1, { sarana: 'x' }));
      await expectNotFound(await pic.request('DELETE', `/api/standards/${id}`));
      await expectNotFound(await pic.post(`/api/standards/${id}/submit`, { rowVersion: 1 }));
    }
    for (const pid of [other.productId, missing]) {
      await expectNotFound(await pic.get(`/api/products/${pid}/standard`));
      await expectNotFound(await pic.post(`/api/products/${pid}/standard/draft`));
      await expectNotFound(await pic.get(`/api/products/${pid}/standard/history`));
    }
    // The PIC's own unit works, and the coordinator reaches every unit of the government.
    const own = await newDraft();
    expect((await save(pic, own, own.rowVersion, { sarana: 'ok' })).statusCode).toBe(200);
    expect((await save(coord, other, other.rowVersion, { sarana: 'ok' })).statusCode).toBe(200);
    // Another government's coordinator: 404.
    const b = await makeTenant(ctx);
    await expectNotFound(await save(await b.as('gov_coordinator'), own, own.rowVersion + 1, { sarana: 'x' }));
  });

  it('roles without standard.edit get 403 on their own government', async () => {
    const d = await newDraft();
    for (const role of ['assessor', 'oversight_head', 'internal_verifier', 'admin'] as const) {
      const res = await save(await t.as(role), d, d.rowVersion, { sarana: 'x' });
      expect(res.statusCode, role).toBe(403);
    }
  });
});

describe('bad input', () => {
  it('field errors in Indonesian, and in English for an English user', async () => {
    const d = await newDraft();
    const bad = {
      persyaratan: [{ document: '', form: 'salinan', count: 0, note: null }],
      jangka_waktu: { value: -1, unit: 'minggu' },
      biaya: { free: false, items: [{ name: 'Cetak', amount: 10.5 }], legalBasis: '' },
    };
    const res = await save(pic, d, d.rowVersion, bad);
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as Record<string, string>;
    expect(fields['content.persyaratan.0.document']).toBe('Wajib diisi.');
    expect(fields['content.persyaratan.0.form']).toMatch(/^Pilih salah satu|asli/);
    expect(fields['content.jangka_waktu.unit']).toBeDefined();
    expect(fields['content.biaya.items.0.amount']).toBeDefined();
    expect(res.json().error.message).toBe('Data yang dikirim belum benar. Periksa isian yang ditandai.');

    const me = await pic.patch('/api/auth/me', { locale: 'en' });
    expect(me.statusCode).toBe(200);
    const en = await save(pic, d, d.rowVersion, bad);
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toBe('Some fields need attention.');
    expect(en.json().error.fields['content.persyaratan.0.document']).toBe('Required.');
    await pic.patch('/api/auth/me', { locale: 'id' });
  });

  it('garbage bodies and parameters answer 4xx, never 5xx', async () => {
    const d = await newDraft();
    const bodies: unknown[] = [
      [],
      'teks',
      null,
      { rowVersion: 'satu', content: [], publishManufacturing: 'ya' },
      { rowVersion: 1, content: { persyaratan: 'bukan daftar' }, publishManufacturing: false },
      { rowVersion: 1, content: { biaya: { free: 'true', items: {} } }, publishManufacturing: false },
      { rowVersion: 1e308, content: { prosedur: [null] }, publishManufacturing: false },
      { rowVersion: 1, content: { sarana: 'x'.repeat(9000) }, publishManufacturing: false },
      { rowVersion: 1, content: { dasar_hukum: '\u0000' }, publishManufacturing: false },
    ];
    const unknown = {
      rowVersion: d.rowVersion,
      content: { tidak_dikenal: 'x' },
      publishManufacturing: false,
    };
    expect((await pic.request('PUT', `/api/standards/${d.id}`, unknown)).statusCode).toBe(200);
    for (const body of bodies) {
      const res = await pic.request('PUT', `/api/standards/${d.id}`, body);
      expect(
        res.statusCode,
        `${JSON.stringify(body)?.slice(0, 80)} → ${res.body.slice(0, 200)}`,
      ).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    // Unknown components are not kept (the contract strips them).
    const stored = (await pic.get(`/api/standards/${d.id}`)).json<StandardVersion>();
    expect(Object.keys(stored.content)).not.toContain('tidak_dikenal');
    for (const url of [
      `/api/standards/${d.id}/submit`,
      `/api/standards/${d.id}/return`,
      `/api/standards/${d.id}/publish`,
    ])
      for (const body of bodies.slice(0, 4)) {
        const res = await coord.request('POST', url, body);
        expect(res.statusCode, `${url} ${res.body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }
    for (const url of [
      '/api/standards/bukan-uuid',
      '/api/products/%%/standard',
      '/api/standards/completeness?officeId=x',
    ])
      expect((await coord.get(url)).statusCode).toBe(400);
  });

  it('setting: missing fields and a missing, wrong or fake SK file are refused, and nothing changes', async () => {
    const d = await newDraft();
    const missing = await postSet(coord, d.id, d.rowVersion, { skNumber: '', skDate: '2026-13-45' });
    expect(missing.statusCode).toBe(400);
    const fields = missing.json().error.fields as Record<string, string>;
    expect(fields.skNumber).toBe('Wajib diisi.');
    expect(fields.skDate).toBe('Tanggal tidak valid (format TTTT-BB-HH).');
    expect(fields.reviewDate).toBe('Wajib diisi.');
    await coord.patch('/api/auth/me', { locale: 'en' });
    const english = await postSet(coord, d.id, d.rowVersion, { skNumber: '', skDate: 'kemarin' });
    await coord.patch('/api/auth/me', { locale: 'id' });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.fields).toMatchObject({
      skNumber: 'Required.',
      skDate: 'Invalid date (format YYYY-MM-DD).',
    });

    const noFile = multipart({ rowVersion: d.rowVersion, ...SK_FIELDS }, null);
    const r1 = await coord.request('POST', `/api/standards/${d.id}/set`, noFile.body, noFile.headers);
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.fields.sk).toMatch(/Unggah berkas SK/);
    const wrongField = await postSet(coord, d.id, d.rowVersion, SK_FIELDS, {
      field: 'file',
      bytes: PDF_BYTES,
    });
    expect(wrongField.statusCode).toBe(400);
    // A text file named .pdf, and a WebP (an image, but not what a decree is kept as): 415.
    const fake = await postSet(coord, d.id, d.rowVersion, SK_FIELDS, {
      name: 'sk.pdf',
      bytes: Buffer.from('bukan pdf sama sekali'),
    });
    expect(fake.statusCode).toBe(415);
    const webp = Buffer.concat([
      Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'),
      Buffer.alloc(20),
    ]);
    expect(
      (await postSet(coord, d.id, d.rowVersion, SK_FIELDS, { name: 'sk.webp', bytes: webp })).statusCode,
    ).toBe(415);
    // Over the upload limit (2 MB in tests, as every other upload): 413, nothing kept.
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(2 * 1024 * 1024 + 10, 0x20)]);
    const tooBig = await postSet(coord, d.id, d.rowVersion, SK_FIELDS, { bytes: big });
    expect(tooBig.statusCode, tooBig.body.slice(0, 200)).toBe(413);
    const json = await coord.post(`/api/standards/${d.id}/set`, { rowVersion: 1 });
    expect(json.statusCode).toBe(400);
    const garbage = await coord.request('POST', `/api/standards/${d.id}/set`, 'bukan multipart', {
      'content-type': 'multipart/form-data; boundary=patuh',
    });
    expect(garbage.statusCode).toBeGreaterThanOrEqual(400);
    expect(garbage.statusCode).toBeLessThan(500);
    // A stale row version: 409, and the draft is still a draft.
    const stale = await postSet(coord, d.id, d.rowVersion + 5);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('standard_conflict');
    expect((await coord.get(`/api/standards/${d.id}`)).json<StandardVersion>().status).toBe('draft');
    // A PIC cannot set.
    expect((await postSet(pic, d.id, d.rowVersion)).statusCode).toBe(403);
    // Publishing a draft: 409.
    expect((await coord.post(`/api/standards/${d.id}/publish`, { published: true })).statusCode).toBe(409);
  });
});
