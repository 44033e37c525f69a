import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, contacts, imports, serviceProducts, units, users } from '../../db/schema';
import { makeTenant, type Tenant } from '../../test/factories';
import { heavyWork } from '../../lib/worker-pool';
import { createTestContext, type TestContext } from '../../test/harness';
import { commit, fillTemplate, upload, uploadAndValidate, waitForImport, workbook } from './import-fixtures';
import { countRegistryRows } from './imports.repository';
import { auditChange } from '../../test/audit-helpers';

let ctx: TestContext;
beforeAll(async () => {
  // The first rendering/import would otherwise pay for starting a worker thread (seconds on a busy CI).
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
});
afterAll(async () => ctx.close());

const counts = (t: Tenant) => countRegistryRows(ctx.database.db, t.governmentId);

async function setUnitCode(unitId: string, code: string) {
  await ctx.database.db.update(units).set({ code }).where(eq(units.id, unitId));
}

describe('Excel import', () => {
  it('a valid file (units with parents, products, PICs) validates as ready, commits in one go, and is audited', async () => {
    const t = await makeTenant(ctx);
    await setUnitCode(t.otherUnitId, `LAMA-${t.governmentId.slice(0, 4)}`);
    const existingCode = `LAMA-${t.governmentId.slice(0, 4)}`;
    const coord = await t.as('gov_coordinator');
    const file = await fillTemplate(coord, t.governmentId, {
      Unit: [
        ['DINKES', 'Dinas Kesehatan', 'opd', 'kesehatan', null, 'Jl. Merdeka 1'],
        ['PKM-01', 'Puskesmas Martapura', 'Puskesmas', 'Kesehatan', 'DINKES', null],
        ['UPT-SMP', 'UPT SMP 1', 'upt', 'pendidikan', existingCode, null],
        [null, 'Kecamatan Tanpa Kode', 'kecamatan', 'lainnya', null, null],
      ],
      Layanan: [
        ['DINKES', 'Surat Izin Praktik', 'administratif', 'Izin praktik tenaga kesehatan'],
        [existingCode, 'Penerimaan Siswa Baru', 'jasa', null],
      ],
      PIC: [['PKM-01', 'Siti Rahma', 'Kepala Puskesmas', '0812-3456-7890', 'siti@pkm.go.id']],
    });
    const before = await counts(t);
    const validated = await uploadAndValidate(coord, t.governmentId, file);
    expect(validated).toMatchObject({
      status: 'ready',
      totalRows: 7,
      processedRows: 7,
      summary: { units: 4, products: 2, contacts: 1 },
      errors: [],
    });
    expect(validated.preview.units[1]).toMatchObject({
      row: 3,
      kode_unit: 'PKM-01',
      nama_unit: 'Puskesmas Martapura',
      kode_induk: 'DINKES',
    });
    expect(await counts(t)).toEqual(before);

    const done = await commit(coord, validated.id);
    expect(done.status).toBe('done');
    expect(await counts(t)).toEqual({
      units: before!.units + 4,
      products: before!.products + 2,
      contacts: before!.contacts + 1,
    });

    const db = ctx.database.db;
    const written = await db.select().from(units).where(eq(units.governmentId, t.governmentId));
    const byName = new Map(written.map((u) => [u.name, u]));
    expect(byName.get('Puskesmas Martapura')).toMatchObject({
      code: 'PKM-01',
      type: 'puskesmas',
      sector: 'kesehatan',
      parentId: byName.get('Dinas Kesehatan')!.id,
    });
    expect(byName.get('UPT SMP 1')!.parentId).toBe(t.otherUnitId);
    expect(byName.get('Kecamatan Tanpa Kode')!.code).toBeNull();
    const [pic] = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.governmentId, t.governmentId), eq(contacts.name, 'Siti Rahma')));
    expect(pic).toMatchObject({
      unitId: byName.get('Puskesmas Martapura')!.id,
      phone: '0812-3456-7890',
      email: 'siti@pkm.go.id',
    });
    const [product] = await db
      .select()
      .from(serviceProducts)
      .where(eq(serviceProducts.name, 'Penerimaan Siswa Baru'));
    expect(product!.unitId).toBe(t.otherUnitId);

    const audit = await coord.get(`/api/audit?governmentId=${t.governmentId}&entityType=import`);
    expect(audit.json().items[0]).toMatchObject({ action: 'import', entityId: validated.id });
    expect(JSON.parse(auditChange(audit.json().items[0], 'summary').after!)).toMatchObject({
      units: 4,
      products: 2,
      contacts: 1,
    });

    const again = await coord.post(`/api/imports/${validated.id}/commit`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('done');
  });

  it('a file with bad rows is invalid, names sheet/row/column in Indonesian, and cannot be committed', async () => {
    const t = await makeTenant(ctx);
    await setUnitCode(t.unitId, 'ADA');
    const coord = await t.as('gov_coordinator');
    const file = await fillTemplate(coord, t.governmentId, {
      Unit: [
        ['U1', null, 'opd', 'kesehatan', null, null],
        ['U2', 'Dinas Dua', 'dinas', 'kesehatan', null, null],
        ['U1', 'Dinas Kembar', 'opd', 'kesehatan', null, null],
        ['ADA', 'Sudah Ada', 'opd', 'kesehatan', null, null],
        ['U5', 'Anak Yatim', 'upt', 'sosial', 'TIDAK-ADA', null],
        ['A', 'Siklus A', 'upt', 'sosial', 'B', null],
        ['B', 'Siklus B', 'upt', 'sosial', 'A', null],
        ['OK', 'Dinas Baik', 'opd', 'sosial', null, null],
      ],
      Layanan: [
        ['ZZZ', 'Layanan Hantu', 'jasa', null],
        ['OK', 'x'.repeat(301), 'barang', null],
        ['OK', 'Layanan Tanpa Jenis', null, null],
      ],
      PIC: [['OK', 'Budi', null, 'nomor saya', 'bukan-email']],
    });
    const before = await counts(t);
    const res = await uploadAndValidate(coord, t.governmentId, file);
    expect(res.status).toBe('invalid');
    const at = (sheet: string, row: number, column: string) =>
      res.errors.find((e) => e.sheet === sheet && e.row === row && e.column === column)?.message;
    expect(at('Unit', 2, 'nama_unit')).toBe('Wajib diisi.');
    expect(at('Unit', 3, 'jenis')).toBe(
      'Nilai "dinas" tidak dikenal. Pilih salah satu: opd, upt, puskesmas, rsud, kecamatan, kelurahan, sekolah, lainnya.',
    );
    expect(at('Unit', 4, 'kode_unit')).toBe('Kode unit "U1" sudah dipakai pada baris 2 di berkas ini.');
    expect(at('Unit', 5, 'kode_unit')).toBe('Kode unit "ADA" sudah terdaftar pada pemerintah ini.');
    expect(at('Unit', 6, 'kode_induk')).toContain('"TIDAK-ADA" tidak ditemukan');
    expect(at('Unit', 7, 'kode_induk')).toContain('induk bagi dirinya sendiri');
    expect(at('Unit', 8, 'kode_induk')).toContain('induk bagi dirinya sendiri');
    expect(at('Unit', 9, 'kode_induk')).toBeUndefined();
    expect(at('Layanan', 2, 'kode_unit')).toContain('"ZZZ" tidak ditemukan');
    expect(at('Layanan', 3, 'nama_layanan')).toBe('Maksimal 300 karakter.');
    expect(at('Layanan', 4, 'jenis_layanan')).toBe('Wajib diisi.');
    expect(at('PIC', 2, 'telepon')).toContain('Nomor telepon tidak valid');
    expect(at('PIC', 2, 'email')).toBe('Alamat email tidak valid.');
    expect(res.errorCount).toBe(res.errors.length);

    const refused = await coord.post(`/api/imports/${res.id}/commit`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Impor ini tidak dalam keadaan siap ditulis (invalid).',
    });
    expect(await counts(t)).toEqual(before);

    // The same errors in English for a user who chose English.
    await ctx.database.db
      .update(users)
      .set({ locale: 'en' })
      .where(eq(users.email, t.emails.gov_coordinator));
    const en = (await coord.get(`/api/imports/${res.id}`)).json<{
      errors: { sheet: string; row: number; column: string; message: string }[];
    }>();
    expect(en.errors.find((e) => e.sheet === 'Unit' && e.row === 2)?.message).toBe('Required.');
  });

  it('rejects a wrong layout and an empty file with sheet-level errors', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const wrong = await uploadAndValidate(
      coord,
      t.governmentId,
      await workbook({
        Unit: [
          ['kode', 'nama'],
          ['X', 'Y'],
        ],
      }),
    );
    expect(wrong.status).toBe('invalid');
    expect(wrong.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Layanan',
          row: 0,
          message: expect.stringContaining('Sheet "Layanan" tidak ditemukan'),
        }),
        expect.objectContaining({
          sheet: 'Unit',
          row: 1,
          column: 'nama_unit',
          message: expect.stringContaining('Kolom "nama_unit" tidak ada'),
        }),
      ]),
    );
    const empty = await uploadAndValidate(
      coord,
      t.governmentId,
      await fillTemplate(coord, t.governmentId, {}),
    );
    expect(empty.status).toBe('invalid');
    expect(empty.errors[0]!.message).toContain('Berkas tidak berisi data');
  });

  it('a non-Excel file answers 415 in Indonesian and stores nothing', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const countImports = async () =>
      (
        await ctx.database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(imports)
          .where(eq(imports.governmentId, t.governmentId))
      )[0]!.n;
    const pdf = await upload(
      coord,
      t.governmentId,
      Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'),
      'laporan.xlsx',
    );
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json().error).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: expect.stringContaining('bukan buku kerja Excel (.xlsx)'),
    });
    const text = await upload(coord, t.governmentId, Buffer.from('kode_unit;nama_unit\nA;B\n'), 'data.xlsx');
    expect(text.statusCode).toBe(415);
    const fakeZip = await upload(
      coord,
      t.governmentId,
      Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]),
    );
    expect(fakeZip.statusCode).toBe(415);
    const noFile = await coord.request('POST', `/api/governments/${t.governmentId}/imports`, {});
    expect(noFile.statusCode).toBe(400);
    expect(await countImports()).toBe(0);
  });

  it('another tenant gets 404; a unit PIC gets 403', async () => {
    const a = await makeTenant(ctx);
    const b = await makeTenant(ctx);
    const coordA = await a.as('gov_coordinator');
    const coordB = await b.as('gov_coordinator');
    const file = await fillTemplate(coordA, a.governmentId, {
      Unit: [['K1', 'Dinas Satu', 'opd', 'sosial', null, null]],
    });
    const mine = await uploadAndValidate(coordA, a.governmentId, file);
    expect(mine.status).toBe('ready');

    expect((await coordB.get(`/api/imports/${mine.id}`)).statusCode).toBe(404);
    expect((await coordB.post(`/api/imports/${mine.id}/commit`)).statusCode).toBe(404);
    expect((await upload(coordB, a.governmentId, file)).statusCode).toBe(404);
    expect((await coordB.get(`/api/governments/${a.governmentId}/import-template`)).statusCode).toBe(404);
    expect((await coordB.get(`/api/governments/${a.governmentId}/export`)).statusCode).toBe(404);
    const headB = await b.as('oversight_head');
    expect((await headB.get(`/api/imports/${mine.id}`)).statusCode).toBe(404);

    const pic = await a.as('unit_pic');
    expect((await upload(pic, a.governmentId, file)).statusCode).toBe(403);
    expect((await pic.get(`/api/governments/${a.governmentId}/import-template`)).statusCode).toBe(403);
    expect((await pic.get(`/api/imports/${mine.id}`)).statusCode).toBe(403);
    expect((await pic.post(`/api/imports/${mine.id}/commit`)).statusCode).toBe(403);

    // The oversight head of A's office may import into A.
    const headA = await a.as('oversight_head');
    expect((await headA.get(`/api/imports/${mine.id}`)).statusCode).toBe(200);
  });

  it('a code taken between validation and commit fails the whole import and writes nothing', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const file = await fillTemplate(coord, t.governmentId, {
      Unit: [
        ['BARU-1', 'Dinas Baru', 'opd', 'sosial', null, null],
        ['BARU-2', 'UPT Baru', 'upt', 'sosial', 'BARU-1', null],
      ],
      Layanan: [['BARU-2', 'Layanan Baru', 'jasa', null]],
    });
    const ready = await uploadAndValidate(coord, t.governmentId, file);
    expect(ready.status).toBe('ready');
    await setUnitCode(t.childUnitId, 'BARU-2');
    const before = await counts(t);
    const failed = await commit(coord, ready.id);
    expect(failed.status).toBe('failed');
    expect(failed.errors).toEqual([
      expect.objectContaining({
        sheet: 'Unit',
        row: 3,
        column: 'kode_unit',
        message: 'Kode unit "BARU-2" sudah terdaftar pada pemerintah ini.',
      }),
    ]);
    expect(await counts(t)).toEqual(before);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, ready.id), eq(auditLog.action, 'import')));
    expect(audits).toHaveLength(0);
  });

  it('validates and commits a 5,000-row file with progress', { timeout: 180_000 }, async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const unitRows = Array.from({ length: 3000 }, (_, i) => [
      `K${i}`,
      `Unit Massal ${i}`,
      i % 10 === 0 ? 'opd' : 'upt',
      'pendidikan',
      i % 10 === 0 ? null : `K${i - (i % 10)}`,
      `Jalan ${i}`,
    ]);
    const productRows = Array.from({ length: 1000 }, (_, i) => [`K${i}`, `Layanan ${i}`, 'jasa', 'Uraian']);
    const picRows = Array.from({ length: 1000 }, (_, i) => [
      `K${i}`,
      `Petugas ${i}`,
      'Staf',
      '0812 0000 0000',
      `p${i}@contoh.go.id`,
    ]);
    const file = await fillTemplate(coord, t.governmentId, {
      Unit: unitRows,
      Layanan: productRows,
      PIC: picRows,
    });

    const t0 = performance.now();
    const res = await upload(coord, t.governmentId, file);
    const tUpload = performance.now() - t0;
    expect(res.statusCode).toBe(202);
    const seen: number[] = [];
    const validated = await waitForImport(coord, res.json<{ id: string }>().id, seen);
    const tValidate = performance.now() - t0;
    expect(validated).toMatchObject({
      status: 'ready',
      totalRows: 5000,
      processedRows: 5000,
      summary: { units: 3000, products: 1000, contacts: 1000 },
    });
    expect(validated.preview.units).toHaveLength(20);

    const t1 = performance.now();
    const done = await commit(coord, validated.id);
    const tCommit = performance.now() - t1;
    expect(done.status).toBe('done');
    expect(await counts(t)).toEqual({ units: 3003, products: 1001, contacts: 1001 });
    console.info(
      `[imports] ${ctx.database.engine}: 5,000 rows (${(file.length / 1024).toFixed(0)} KB) — upload ${tUpload.toFixed(0)} ms, ` +
        `upload+validate ${tValidate.toFixed(0)} ms, commit ${tCommit.toFixed(0)} ms; progress seen: ${[...new Set(seen)].join(',')}`,
    );
  });
});
