/**
 * Versions of a service standard through the API (issue 15): set → edit makes version 2 → version 1
 * unchanged; the history's per-component diff; a set version frozen against every route; the SK.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardHistory, StandardOverview, StandardVersion } from '../../../shared/contracts/standards';
import { formatRupiah } from '../../../shared/format/format';
import { auditLog, notifications } from '../../db/schema';
import { serviceStandards } from '../../db/schema-standards';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { draftAndSet, FULL_CONTENT, PDF_BYTES, postSet, SK_FIELDS } from './standards.fixture';

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

async function row(id: string) {
  const [r] = await ctx.database.db.select().from(serviceStandards).where(eq(serviceStandards.id, id));
  return r!;
}

describe('versions', () => {
  it('set → edit makes version 2 → version 1 unchanged, and the history shows what changed', async () => {
    const v1 = await draftAndSet(pic, coord, t.productId, FULL_CONTENT);
    expect(v1).toMatchObject({ version: 1, status: 'ditetapkan', basedOnVersion: null });
    expect(v1.skFile?.name).toMatch(/\.pdf$/);
    expect(v1.publishedAt).not.toBeNull();
    const v1Row = await row(v1.id);

    const opened = await pic.post(`/api/products/${t.productId}/standard/draft`);
    expect(opened.statusCode, opened.body).toBe(201);
    const draft = opened.json<StandardVersion>();
    expect(draft).toMatchObject({ version: 2, status: 'draft', basedOnVersion: 1, content: v1.content });

    const edited = {
      ...FULL_CONTENT,
      persyaratan: [
        { document: 'Kartu Keluarga', form: 'fotokopi' as const, count: 2, note: null },
        { document: 'Surat pengantar RT', form: 'asli' as const, count: null, note: null },
      ],
      biaya: { free: false, items: [{ name: 'Retribusi cetak', amount: 10000 }], legalBasis: 'Perda 5/2020' },
      jangka_waktu: { value: 3, unit: 'jam' as const },
    };
    const saved = await pic.request('PUT', `/api/standards/${draft.id}`, {
      rowVersion: draft.rowVersion,
      content: edited,
      publishManufacturing: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const v2draft = saved.json<StandardVersion>();
    expect(v2draft.rowVersion).toBe(draft.rowVersion + 1);
    const set = await postSet(coord, v2draft.id, v2draft.rowVersion, { ...SK_FIELDS, skNumber: 'SK-2' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<StandardVersion>()).toMatchObject({ version: 2, status: 'ditetapkan', skNumber: 'SK-2' });

    // Version 1: superseded, its content and decree exactly as set.
    const v1After = await row(v1.id);
    expect(v1After.status).toBe('diganti');
    expect(v1After.supersededAt).not.toBeNull();
    expect(v1After.content).toEqual(v1Row.content);
    expect(v1After.skNumber).toBe(SK_FIELDS.skNumber);
    const got = await pic.get(`/api/standards/${v1.id}`);
    expect(got.json<StandardVersion>().content).toEqual(FULL_CONTENT);

    const overview = (await pic.get(`/api/products/${t.productId}/standard`)).json<StandardOverview>();
    expect(overview.current?.id).toBe(v2draft.id);
    expect(overview.draft).toBeNull();
    expect(overview.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'ditetapkan'],
      [1, 'diganti'],
    ]);
    expect(overview.can).toEqual({ edit: true, set: false });
    expect(overview.completeness).toMatchObject({ state: 'lengkap', filled: 14, missing: [] });

    const history = (await pic.get(`/api/products/${t.productId}/standard/history`)).json<StandardHistory>();
    expect(history.entries.map((e) => e.version)).toEqual([2, 1]);
    const [e2, e1] = history.entries;
    expect(e1!.changes).toEqual([]);
    expect(e2!.setBy?.name).toBe('Koordinator Uji');
    expect(e2!.editors).toEqual(['PIC Uji']);
    expect(e2!.changes).toEqual([
      {
        component: 'persyaratan',
        before: 'Kartu Keluarga — fotokopi, 1\nSurat pengantar RT — asli',
        after: 'Kartu Keluarga — fotokopi, 2\nSurat pengantar RT — asli',
      },
      { component: 'jangka_waktu', before: '1 hari kerja', after: '3 jam' },
      {
        component: 'biaya',
        before: 'Gratis\nDasar hukum: UU No. 24 Tahun 2013 Pasal 79A',
        after: `Retribusi cetak: ${formatRupiah(10000, 'id')}\nDasar hukum: Perda 5/2020`,
      },
    ]);
    expect(formatRupiah(10000, 'id')).toMatch(/^Rp\s10\.000$/);
    // The PIC was told of each setting.
    const told = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, t.userIds.unit_pic));
    expect(told.filter((n) => n.kind === 'standard.set')).toHaveLength(2);
  }, 60_000);

  it('a set version is frozen: no route changes it (content, decree, status)', async () => {
    const product = await newProduct();
    const v1 = await draftAndSet(pic, coord, product, FULL_CONTENT);
    const before = await row(v1.id);
    const attempts = [
      await pic.request('PUT', `/api/standards/${v1.id}`, {
        rowVersion: v1.rowVersion,
        content: { sarana: 'diubah' },
        publishManufacturing: true,
      }),
      await coord.request('PUT', `/api/standards/${v1.id}`, {
        rowVersion: v1.rowVersion,
        content: { sarana: 'diubah' },
        publishManufacturing: true,
      }),
      await coord.request('DELETE', `/api/standards/${v1.id}`),
      await pic.post(`/api/standards/${v1.id}/submit`, { rowVersion: v1.rowVersion }),
      await coord.post(`/api/standards/${v1.id}/return`, { rowVersion: v1.rowVersion, note: 'Ubah' }),
      await postSet(coord, v1.id, v1.rowVersion, { ...SK_FIELDS, skNumber: 'SK-LAIN' }),
    ];
    for (const res of attempts) expect(res.statusCode, res.body).toBe(409);
    expect(attempts[0]!.json().error.message).toMatch(/sudah ditetapkan tidak dapat diubah/);
    expect(attempts[5]!.json().error.message).toMatch(/sudah ditetapkan oleh Koordinator Uji/);
    const after = await row(v1.id);
    expect(after).toEqual(before);
    // Publishing is the one change allowed, and it leaves the content as set.
    const off = await coord.post(`/api/standards/${v1.id}/publish`, { published: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json<StandardVersion>().publishedAt).toBeNull();
    const on = await coord.post(`/api/standards/${v1.id}/publish`, { published: true });
    expect(on.json<StandardVersion>().publishedAt).not.toBeNull();
    const published = await row(v1.id);
    expect({ ...published, publishedAt: null }).toEqual({ ...before, publishedAt: null });
  }, 60_000);

  it('the SK downloads with the type read from its bytes; another tenant gets 404', async () => {
    const product = await newProduct();
    const v1 = await draftAndSet(pic, coord, product, FULL_CONTENT);
    const res = await pic.get(`/api/standards/${v1.id}/sk`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.equals(PDF_BYTES)).toBe(true);
    const other = await makeTenant(ctx);
    for (const role of ['gov_coordinator', 'assessor', 'unit_pic'] as const)
      expect((await (await other.as(role)).get(`/api/standards/${v1.id}/sk`)).statusCode).toBe(404);
    // A draft has no SK yet.
    const draft = (await pic.post(`/api/products/${product}/standard/draft`)).json<StandardVersion>();
    expect((await pic.get(`/api/standards/${draft.id}/sk`)).statusCode).toBe(404);
  }, 60_000);

  it('submit → coordinator told; a PIC cannot edit it then; return with a note → draft, PIC told', async () => {
    const product = await newProduct();
    const draft = await draftAndSet(pic, coord, product, { sarana: 'Ruang tunggu' }, { set: false });
    const submitted = await pic.post(`/api/standards/${draft.id}/submit`, { rowVersion: draft.rowVersion });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const s = submitted.json<StandardVersion>();
    expect(s).toMatchObject({ status: 'diajukan', submittedBy: { name: 'PIC Uji' } });
    const picEdit = await pic.request('PUT', `/api/standards/${s.id}`, {
      rowVersion: s.rowVersion,
      content: { sarana: 'PIC mengubah' },
      publishManufacturing: false,
    });
    expect(picEdit.statusCode).toBe(409);
    expect(picEdit.json().error.message).toMatch(/hanya koordinator/);
    const coordEdit = await coord.request('PUT', `/api/standards/${s.id}`, {
      rowVersion: s.rowVersion,
      content: { sarana: 'Koordinator merapikan' },
      publishManufacturing: false,
    });
    expect(coordEdit.statusCode, coordEdit.body).toBe(200);
    const c = coordEdit.json<StandardVersion>();
    // Only the coordinator returns (a PIC lacks standard.set).
    expect(
      (await pic.post(`/api/standards/${s.id}/return`, { rowVersion: c.rowVersion, note: 'x' })).statusCode,
    ).toBe(403);
    const returned = await coord.post(`/api/standards/${s.id}/return`, {
      rowVersion: c.rowVersion,
      note: 'Lengkapi persyaratan.',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<StandardVersion>()).toMatchObject({
      status: 'draft',
      returnNote: 'Lengkapi persyaratan.',
    });
    const kinds = async (userId: string) =>
      (await ctx.database.db.select().from(notifications).where(eq(notifications.userId, userId))).map(
        (n) => n.kind,
      );
    expect(await kinds(t.userIds.gov_coordinator)).toContain('standard.submitted');
    expect(await kinds(t.userIds.unit_pic)).toContain('standard.returned');
    // The history names both editors of the draft.
    const history = (await pic.get(`/api/products/${product}/standard/history`)).json<StandardHistory>();
    expect(history.entries[0]!.editors).toEqual(['PIC Uji', 'Koordinator Uji']);
  }, 60_000);

  it('one open draft: a second open answers 409 standard_draft_exists with its id; discard frees it', async () => {
    const product = await newProduct();
    const first = await pic.post(`/api/products/${product}/standard/draft`);
    expect(first.statusCode).toBe(201);
    const again = await coord.post(`/api/products/${product}/standard/draft`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'standard_draft_exists',
      details: { id: first.json<StandardVersion>().id },
    });
    const discard = await pic.request('DELETE', `/api/standards/${first.json<StandardVersion>().id}`);
    expect(discard.statusCode).toBe(204);
    // The audit log keeps the draft's opening and its discarding (status, never the content).
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, first.json<StandardVersion>().id));
    expect(audits.map((a) => [a.entityType, a.action]).sort()).toEqual([
      ['service_standard', 'create'],
      ['service_standard', 'delete'],
    ]);
    const reopened = await coord.post(`/api/products/${product}/standard/draft`);
    expect(reopened.statusCode).toBe(201);
    expect(reopened.json<StandardVersion>()).toMatchObject({ version: 1, content: {} });
  }, 60_000);
});

let productSeq = 0;
async function newProduct(unitId = t.unitId): Promise<string> {
  const res = await coord.post(`/api/units/${unitId}/products`, {
    name: `Layanan Versi ${++productSeq}`,
    type: 'administratif',
    description: null,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json<{ id: string }>().id;
}
