import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, serviceProducts, units } from '../../db/schema';
import { makeTenant } from '../../test/factories';
import { heavyWork } from '../../lib/worker-pool';
import { createTestContext, type TestContext } from '../../test/harness';
import { commit, fillTemplate, uploadAndValidate } from './import-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  // The first rendering/import would otherwise pay for starting a worker thread (seconds on a busy CI).
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
});
afterAll(async () => ctx.close());

/** The registry of a government as a person compares it: names, codes, parents by name. */
async function snapshot(governmentId: string) {
  const db = ctx.database.db;
  const us = await db.select().from(units).where(eq(units.governmentId, governmentId));
  const nameOf = new Map(us.map((u) => [u.id, u.name]));
  return {
    units: us
      .map((u) => ({
        name: u.name,
        code: u.code,
        type: u.type,
        sector: u.sector,
        address: u.address,
        parent: u.parentId ? nameOf.get(u.parentId) : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    products: (await db.select().from(serviceProducts).where(eq(serviceProducts.governmentId, governmentId)))
      .map((p) => ({ unit: nameOf.get(p.unitId), name: p.name, type: p.type, description: p.description }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    contacts: (await db.select().from(contacts).where(eq(contacts.governmentId, governmentId)))
      .map((c) => ({
        unit: nameOf.get(c.unitId),
        name: c.name,
        position: c.position,
        phone: c.phone,
        email: c.email,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

describe('export', () => {
  it('an xlsx export has the template layout and re-imports into another government unchanged', async () => {
    const a = await makeTenant(ctx);
    const coordA = await a.as('gov_coordinator');
    const seeded = await uploadAndValidate(
      coordA,
      a.governmentId,
      await fillTemplate(coordA, a.governmentId, {
        Unit: [
          ['RSUD', 'RSUD Ratu Zalecha', 'rsud', 'kesehatan', null, 'Jl. Menteri Empat'],
          ['RSUD-IGD', 'Instalasi Gawat Darurat', 'upt', 'kesehatan', 'RSUD', null],
        ],
        Layanan: [['RSUD-IGD', 'Layanan Gawat Darurat 24 Jam', 'jasa', 'Tanpa rujukan']],
        PIC: [['RSUD', 'dr. Ahmad', 'Direktur', '+62 511 4772', 'ahmad@rsud.go.id']],
      }),
    );
    expect((await commit(coordA, seeded.id)).status).toBe('done');

    const res = await coordA.get(`/api/governments/${a.governmentId}/export?format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="patuh-lembaga-uji-[a-f0-9]+-registri-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Unit', 'Layanan', 'PIC', 'Petunjuk']);
    expect(wb.getWorksheet('Unit')!.getRow(1).values).toEqual([
      undefined,
      'kode_unit',
      'nama_unit*',
      'jenis*',
      'sektor*',
      'kode_induk',
      'alamat',
    ]);
    expect(wb.getWorksheet('Unit')!.actualRowCount).toBe(1 + 5);

    const b = await makeTenant(ctx);
    const coordB = await b.as('gov_coordinator');
    const before = await snapshot(b.governmentId);
    const again = await uploadAndValidate(coordB, b.governmentId, res.rawPayload);
    expect(again.errors).toEqual([]);
    expect(again.summary).toEqual({ units: 5, products: 2, contacts: 2 });
    expect((await commit(coordB, again.id)).status).toBe('done');

    const source = await snapshot(a.governmentId);
    const after = await snapshot(b.governmentId);
    const added = <T>(all: T[], old: T[]) =>
      all.filter((x) => !old.some((o) => JSON.stringify(o) === JSON.stringify(x)));
    // Units that had no code travel with a file-local `#…` reference and arrive without a code.
    expect(added(after.units, before.units)).toEqual(source.units);
    expect(added(after.products, before.products)).toEqual(source.products);
    expect(added(after.contacts, before.contacts)).toEqual(source.contacts);
  });

  it('csv: one list with a UTF-8 BOM and the template header; a unit PIC gets only their units', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.get(`/api/governments/${t.governmentId}/export?format=csv&list=units`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename=".+-units-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.rawPayload.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('kode_unit,nama_unit*,jenis*,sektor*,kode_induk,alamat');
    expect(lines).toHaveLength(4);

    const pic = await t.as('unit_pic');
    const mine = (await pic.get(`/api/governments/${t.governmentId}/export?format=csv&list=units`)).body;
    expect(mine).toContain('Dinas Uji');
    expect(mine).toContain('Puskesmas Uji');
    expect(mine).not.toContain('Dinas Lain');
    const picContacts = await pic.get(`/api/governments/${t.governmentId}/export?format=csv&list=contacts`);
    expect(picContacts.body).toContain('PIC Uji');

    // A cell Excel would evaluate is defused with an apostrophe; a phone number keeps its +.
    await ctx.database.db.insert(contacts).values({
      unitId: t.unitId,
      governmentId: t.governmentId,
      name: '=HYPERLINK("http://contoh.test","klik")',
      phone: '+62 511 4772',
    });
    const csvContacts = (
      await coord.get(`/api/governments/${t.governmentId}/export?format=csv&list=contacts`)
    ).body;
    expect(csvContacts).toContain(`"'=HYPERLINK(""http://contoh.test"",""klik"")"`);
    expect(csvContacts).toContain(',+62 511 4772,');

    const missingList = await coord.get(`/api/governments/${t.governmentId}/export?format=csv`);
    expect(missingList.statusCode).toBe(400);
    expect(missingList.json().error.fields.list).toBe('Wajib diisi.');
  });

  it('the template carries dropdowns for the enumerated columns and the Petunjuk sheet', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const res = await head.get(`/api/governments/${t.governmentId}/import-template`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const unit = wb.getWorksheet('Unit')!;
    expect(unit.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"opd,upt,puskesmas,rsud,kecamatan,kelurahan,sekolah,lainnya"'],
    });
    expect(unit.getCell('D500').dataValidation.formulae?.[0]).toContain('kesehatan');
    expect(wb.getWorksheet('Layanan')!.getCell('C2').dataValidation.formulae?.[0]).toBe(
      '"administratif,barang,jasa"',
    );
    const help = wb.getWorksheet('Petunjuk')!;
    const text = help.getSheetValues().flat().join(' ');
    expect(text).toContain('wajib diisi');
    expect(text).toContain('kode_induk');
    expect(unit.actualRowCount).toBe(1);
  });
});
