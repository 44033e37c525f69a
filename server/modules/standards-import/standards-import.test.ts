/**
 * The standards workbook through the API: export (set version, else draft, else empty; reach),
 * import into drafts (valid file, bad rows with nothing written, not Excel, zip bombs, PIC limits)
 * and the round trip export → import.
 */
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardContent } from '../../../shared/contracts/standards';
import { auditLog, serviceProducts, units } from '../../db/schema';
import { serviceStandardEdits, serviceStandards } from '../../db/schema-standards';
import { heavyWork } from '../../lib/worker-pool';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { exportFile, fileWith, FULL, oneEntryZip, readSheet, upload } from './standards-import.fixtures';
let ctx: TestContext;
beforeAll(async () => {
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
});
afterAll(async () => ctx.close());

async function addProduct(t: Tenant, unitId: string, name: string) {
  const [p] = await ctx.database.db
    .insert(serviceProducts)
    .values({ unitId, governmentId: t.governmentId, name, type: 'administratif' })
    .returning();
  return p!.id;
}

async function setStandard(t: Tenant, productId: string, unitId: string, content: StandardContent) {
  const [s] = await ctx.database.db
    .insert(serviceStandards)
    .values({
      productId,
      unitId,
      governmentId: t.governmentId,
      version: 1,
      status: 'ditetapkan',
      content,
      skNumber: '100/SK/2025',
      skDate: '2025-01-10',
      reviewDate: '2027-01-10',
      setAt: new Date(),
    })
    .returning();
  return s!;
}

const standardsOf = (productId: string) =>
  ctx.database.db.select().from(serviceStandards).where(eq(serviceStandards.productId, productId));

describe('standards workbook', () => {
  it('export lists every service with its set version, else its draft, in the cell conventions', async () => {
    const t = await makeTenant(ctx);
    await ctx.database.db.update(units).set({ code: 'DUKCAPIL' }).where(eq(units.id, t.unitId));
    await setStandard(t, t.productId, t.unitId, FULL);
    const drafted = await addProduct(t, t.unitId, 'Akta Kelahiran');
    await ctx.database.db.insert(serviceStandards).values({
      productId: drafted,
      unitId: t.unitId,
      governmentId: t.governmentId,
      version: 1,
      content: {
        jangka_waktu: { value: 1, unit: 'hari_kerja' },
        biaya: { free: true, items: [], legalBasis: 'UU 24/2013' },
      },
    });
    await addProduct(t, t.otherUnitId, 'Legalisir Ijazah');
    const rows = await readSheet(await exportFile(await t.as('gov_coordinator'), t.governmentId));
    expect(rows).toHaveLength(3);
    const set = rows.find((r) => r['Nama Layanan']!.startsWith('Layanan Uji'))!;
    expect(set).toMatchObject({
      'Kode Unit': 'DUKCAPIL',
      'Status Standar': 'Ditetapkan (versi 1)',
      Persyaratan:
        'Kartu Keluarga | fotokopi | 1\nSurat pengantar RT/RW | asli |  | bila pindah datang\nFormulir F-1.01 | asli dan fotokopi | 2',
      'Sistem, mekanisme, dan prosedur':
        '1. Pemohon mengambil nomor antrean | Pemohon\n2. Petugas memeriksa berkas',
      'Jangka waktu penyelesaian': '1,5 jam',
      'Biaya/tarif': 'Legalisir: 5000; Cetak ulang: 10000 | Perda No. 3 Tahun 2021',
    });
    const draft = rows.find((r) => r['Nama Layanan'] === 'Akta Kelahiran')!;
    expect(draft).toMatchObject({
      'Status Standar': 'Draf (versi 1)',
      'Jangka waktu penyelesaian': '1 hari kerja',
      'Biaya/tarif': 'Gratis | UU 24/2013',
    });
    expect(rows.find((r) => r['Nama Layanan'] === 'Legalisir Ijazah')!['Status Standar']).toBe('Belum ada');

    // A PIC gets their own units' services only; another government's coordinator gets 404.
    const picRows = await readSheet(await exportFile(await t.as('unit_pic'), t.governmentId));
    expect(picRows.map((r) => r['Nama Layanan']).sort()).toEqual(
      ['Akta Kelahiran', set['Nama Layanan']].sort(),
    );
    const stranger = await makeTenant(ctx);
    const res = await (
      await stranger.as('gov_coordinator')
    ).get(`/api/governments/${t.governmentId}/standards/export.xlsx`);
    expect(res.statusCode).toBe(404);
  });

  it('round trip: export then import gives a draft with the same content; the set version is untouched; again changes nothing', async () => {
    const t = await makeTenant(ctx);
    const set = await setStandard(t, t.productId, t.unitId, FULL);
    const coord = await t.as('gov_coordinator');
    const file = await exportFile(coord, t.governmentId);
    const res = await upload(coord, t.governmentId, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0 });
    const versions = await standardsOf(t.productId);
    const draft = versions.find((v) => v.status === 'draft')!;
    expect(draft).toMatchObject({ version: 2, basedOnVersion: 1, createdBy: t.userIds.gov_coordinator });
    expect(draft.content).toEqual(FULL);
    const setNow = versions.find((v) => v.id === set.id)!;
    expect(setNow.status).toBe('ditetapkan');
    expect(setNow.content).toEqual(FULL);
    expect(setNow.updatedAt).toEqual(set.updatedAt);
    // Importing the same file again: the open draft already says this.
    const again = await upload(coord, t.governmentId, file);
    expect(again.json()).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'import'), eq(auditLog.entityId, t.governmentId)));
    expect(audits).toHaveLength(2);
    for (const created of [1, 0])
      expect(audits).toContainEqual(
        expect.objectContaining({
          action: 'import',
          actorId: t.userIds.gov_coordinator,
          after: expect.objectContaining({
            title: 'Impor standar pelayanan: standar.xlsx',
            kind: 'standar_pelayanan',
            created,
          }),
        }),
      );
  });

  it('a filled file updates an open draft and creates the missing ones, recording what changed', async () => {
    const t = await makeTenant(ctx);
    const [open] = await ctx.database.db
      .insert(serviceStandards)
      .values({
        productId: t.productId,
        unitId: t.unitId,
        governmentId: t.governmentId,
        version: 1,
        content: { sarana: 'Ruang tunggu' },
      })
      .returning();
    const [unit] = await ctx.database.db.select().from(units).where(eq(units.id, t.otherUnitId));
    const [product] = await ctx.database.db
      .select()
      .from(serviceProducts)
      .where(eq(serviceProducts.id, t.productId));
    const newProduct = await addProduct(t, t.otherUnitId, 'Legalisir Ijazah');
    const [mainUnit] = await ctx.database.db.select().from(units).where(eq(units.id, t.unitId));
    const file = await fileWith([
      {
        Unit: mainUnit!.name.toUpperCase(),
        'Nama Layanan': `  ${product!.name} `,
        'Sarana, prasarana, dan/atau fasilitas': 'Ruang tunggu',
        'Jangka waktu penyelesaian': '30 menit',
        'Biaya/tarif': 'Gratis',
      },
      {
        Unit: unit!.name,
        'Nama Layanan': 'Legalisir Ijazah',
        Persyaratan: 'Ijazah asli | asli | 1\nFotokopi ijazah | Fotokopi | 3',
        'Penanganan pengaduan, saran, dan masukan': 'WhatsApp: 0812-1111-2222\nemail: pengaduan@disdik.go.id',
        'Biaya/tarif': 'Legalisir: Rp 2.000 | Perbup 12/2020',
        'Publikasikan 14 Komponen': 'ya',
      },
    ]);
    const res = await upload(await t.as('gov_coordinator'), t.governmentId, file);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ rows: 2, created: 1, updated: 1, unchanged: 0 });
    const [updated] = await standardsOf(t.productId);
    expect(updated).toMatchObject({ id: open!.id, version: 1, status: 'draft', rowVersion: 2 });
    expect(updated!.content).toEqual({
      sarana: 'Ruang tunggu',
      jangka_waktu: { value: 30, unit: 'menit' },
      biaya: { free: true, items: [], legalBasis: '' },
    });
    const [created] = await standardsOf(newProduct);
    expect(created).toMatchObject({
      version: 1,
      status: 'draft',
      publishManufacturing: true,
      basedOnVersion: null,
    });
    expect(created!.content).toEqual({
      persyaratan: [
        { document: 'Ijazah asli', form: 'asli', count: 1, note: null },
        { document: 'Fotokopi ijazah', form: 'fotokopi', count: 3, note: null },
      ],
      pengaduan: [
        { kind: 'whatsapp', detail: '0812-1111-2222' },
        { kind: 'surel', detail: 'pengaduan@disdik.go.id' },
      ],
      biaya: { free: false, items: [{ name: 'Legalisir', amount: 2000 }], legalBasis: 'Perbup 12/2020' },
    });
    const edits = await ctx.database.db
      .select()
      .from(serviceStandardEdits)
      .where(eq(serviceStandardEdits.standardId, open!.id));
    expect(edits.map((e) => e.components.sort())).toEqual([['biaya', 'jangka_waktu']]);
  });

  it('a file with bad rows writes nothing and names each row and column in Indonesian', async () => {
    const t = await makeTenant(ctx);
    const [mainUnit] = await ctx.database.db.select().from(units).where(eq(units.id, t.unitId));
    const [product] = await ctx.database.db
      .select()
      .from(serviceProducts)
      .where(eq(serviceProducts.id, t.productId));
    const file = await fileWith([
      { Unit: mainUnit!.name, 'Nama Layanan': product!.name, 'Jangka waktu penyelesaian': '30 menit' },
      { Unit: mainUnit!.name, 'Nama Layanan': 'Layanan Yang Tidak Ada' },
      {
        Unit: mainUnit!.name,
        'Nama Layanan': product!.name,
        Persyaratan: 'Kartu Keluarga | salinan digital | 1',
        'Jangka waktu penyelesaian': 'secepatnya',
        'Biaya/tarif': 'Legalisir: lima ribu',
      },
      { 'Nama Layanan': 'Tanpa Unit' },
    ]);
    const res = await upload(await t.as('gov_coordinator'), t.governmentId, file);
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      error: { code: string; message: string; fields: Record<string, string> };
      errors: { row: number; column: string; message: string }[];
      errorCount: number;
    }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toMatch(/kesalahan; tidak ada yang disimpan/);
    const where = body.errors.map((e) => `${e.row}:${e.column}`);
    expect(where).toEqual([
      '3:Nama Layanan',
      '4:Persyaratan',
      '4:Jangka waktu penyelesaian',
      '4:Biaya/tarif',
      '5:Unit',
    ]);
    expect(body.errors[0]!.message).toContain('"Layanan Yang Tidak Ada"');
    expect(body.errors[1]!.message).toMatch(/^Persyaratan ke-1: bentuk "salinan digital" tidak dikenal/);
    expect(body.errors[2]!.message).toMatch(/hari kerja/);
    expect(body.errors[3]!.message).toContain('"lima ribu"');
    expect(body.errors[4]!.message).toBe('Wajib diisi.');
    expect(body.errorCount).toBe(5);
    expect(body.error.fields['4.Persyaratan']).toBe(body.errors[1]!.message);
    // The valid row 2 was not written either.
    expect(await standardsOf(t.productId)).toEqual([]);

    // The same service twice is a row error too.
    const twice = await fileWith([
      { Unit: mainUnit!.name, 'Nama Layanan': product!.name },
      { Unit: mainUnit!.name, 'Nama Layanan': product!.name, 'Sarana, prasarana, dan/atau fasilitas': 'x' },
    ]);
    const res2 = await upload(await t.as('gov_coordinator'), t.governmentId, twice);
    expect(res2.statusCode).toBe(400);
    expect(res2.json<{ errors: { row: number; message: string }[] }>().errors).toEqual([
      expect.objectContaining({
        row: 3,
        message: 'Layanan ini sudah ditulis pada baris 2. Satu layanan hanya boleh satu baris.',
      }),
    ]);
  });

  it('refuses a file that is not an Excel workbook, one without the Standar sheet, and zip bombs', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const pdf = await upload(
      coord,
      t.governmentId,
      Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF'),
      'sk.pdf',
    );
    expect(pdf.statusCode).toBe(415);
    expect(pdf.json<{ error: { message: string } }>().error.message).toMatch(/bukan buku kerja Excel/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lembar1').addRow(['Unit', 'Nama Layanan']);
    const wrong = await upload(coord, t.governmentId, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ errors: { message: string }[] }>().errors[0]!.message).toContain(
      'Sheet "Standar" tidak ditemukan',
    );
    // Zip bombs: one that declares 100 MB is refused on the request; one that lies (20 MB of zeros
    // declared as 1 KB) is stopped while inflating in the worker. Nothing is written either way.
    const declared = await upload(
      coord,
      t.governmentId,
      oneEntryZip('xl/worksheets/sheet1.xml', Buffer.from('<row/>'), 100 * 1024 * 1024),
    );
    expect(declared.statusCode).toBe(400);
    expect(declared.json<{ error: { fields: Record<string, string> } }>().error.fields.file).toMatch(
      /terlalu besar/,
    );
    const liar = await upload(
      coord,
      t.governmentId,
      oneEntryZip('xl/worksheets/sheet1.xml', Buffer.alloc(20 * 1024 * 1024), 1024),
    );
    expect(liar.statusCode).toBe(400);
    expect(liar.json<{ errors: { message: string }[] }>().errors[0]!.message).toMatch(/terlalu besar/);
    expect(await standardsOf(t.productId)).toEqual([]);
    const none = await coord.request(
      'POST',
      `/api/governments/${t.governmentId}/standards/import`,
      Buffer.from('x'),
      {
        'content-type': 'text/plain',
      },
    );
    expect(none.statusCode, none.body).toBe(400);
    expect(none.json<{ error: { fields: Record<string, string> } }>().error.fields.file).toMatch(
      /Pilih berkas Excel/,
    );
  });

  it('a PIC imports only into their own units; a submitted draft is left to the coordinator', async () => {
    const t = await makeTenant(ctx);
    const [mainUnit] = await ctx.database.db.select().from(units).where(eq(units.id, t.unitId));
    const [other] = await ctx.database.db.select().from(units).where(eq(units.id, t.otherUnitId));
    const [product] = await ctx.database.db
      .select()
      .from(serviceProducts)
      .where(eq(serviceProducts.id, t.productId));
    await addProduct(t, t.otherUnitId, 'Legalisir Ijazah');
    const pic = await t.as('unit_pic');
    const outside = await upload(
      pic,
      t.governmentId,
      await fileWith([
        {
          Unit: other!.name,
          'Nama Layanan': 'Legalisir Ijazah',
          'Sarana, prasarana, dan/atau fasilitas': 'x',
        },
      ]),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ errors: { message: string }[] }>().errors[0]!.message).toMatch(/tidak ditemukan/);
    await ctx.database.db.insert(serviceStandards).values({
      productId: t.productId,
      unitId: t.unitId,
      governmentId: t.governmentId,
      version: 1,
      status: 'diajukan',
      content: {},
    });
    const mine = await fileWith([
      {
        Unit: mainUnit!.name,
        'Nama Layanan': product!.name,
        'Sarana, prasarana, dan/atau fasilitas': 'Loket',
      },
    ]);
    const submitted = await upload(pic, t.governmentId, mine);
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json<{ errors: { message: string }[] }>().errors[0]!.message).toMatch(/sedang diajukan/);
    const coord = await upload(await t.as('gov_coordinator'), t.governmentId, mine);
    expect(coord.json()).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    const [s] = await standardsOf(t.productId);
    expect(s).toMatchObject({ status: 'diajukan', content: { sarana: 'Loket' } });
  });
});
