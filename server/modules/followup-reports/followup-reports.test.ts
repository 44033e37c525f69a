/**
 * The backlog's outputs through the API: the Excel export read back (headers, rows in the reader's
 * reach only, the list's filters, dates as date cells, overdue), the per-government report and the
 * batch letter read back with pdftotext (number, addressee, the items; kept as saved), and its rules:
 * items of the government issued by the actor's office only, the number unique per office (409 on
 * the field), who may write and read.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { identityKeysOf } from '../../lib/identity-crypto';
import { createReport } from '../complaints/complaints.create';
import { addItem } from './followup-reports.fixture';
import { EXPORT_HEADERS } from './followup-xlsx';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let complaintId: string;
let trackingNumber: string;
const ids: Record<string, string> = {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-fu-report-'));

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  ids.alfa = await addItem(ctx, t, {
    action: 'Perbaiki maklumat pelayanan ALFA',
    indicatorCode: 'P.1.2',
    dueOn: '2024-02-01',
  });
  const c = await createReport(ctx.database.db, identityKeysOf(ctx.app.deps.config), {
    identity: { fullName: 'Pelapor Ekspor' },
    body: { kind: 'pemda', name: 'Dinas Ekspor', governmentId: t.governmentId },
    subject: 'Laporan ekspor',
    description: 'Uraian laporan.',
    confidential: true,
    consent: true,
    channel: 'web',
  });
  complaintId = c.id;
  [{ tracking_number: trackingNumber }] = (await ctx.database.query<{ tracking_number: string }>(
    'select tracking_number from complaints where id = $1',
    [c.id],
  )) as [{ tracking_number: string }];
  ids.bravo = await addItem(ctx, t, {
    kind: 'tindakan_korektif',
    sourceType: 'complaint',
    complaintId,
    unitId: t.otherUnitId,
    action: 'Koreksi prosedur BRAVO',
    status: 'selesai',
    dueOn: '2024-01-15',
    verifiedAt: new Date('2024-01-10T03:00:00Z'),
  });
  ids.charlie = await addItem(ctx, t, {
    kind: 'perbaikan_internal',
    issuer: 'government',
    unitId: t.otherUnitId,
    action: 'Perbaikan internal CHARLIE',
  });
  ids.delta = await addItem(ctx, other, { action: 'Butir pemerintah lain DELTA' });
}, 120_000);
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function sheet(res: { rawPayload: Buffer }) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Tindak lanjut')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { header: rows[0]!, rows: rows.slice(1) };
}
const actions = (rows: unknown[][]) => rows.map((r) => r[8]).sort();

function pdfText(bytes: Buffer, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('GET /api/followups/export.xlsx', () => {
  it('office staff: their office’s items only, Indonesian headers, dates as dates, overdue', async () => {
    const res = await (await t.as('oversight_head')).get('/api/followups/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const { header, rows } = await sheet(res);
    expect(header).toEqual([...EXPORT_HEADERS]);
    expect(actions(rows)).toEqual(['Koreksi prosedur BRAVO', 'Perbaiki maklumat pelayanan ALFA']);
    const alfa = rows.find((r) => r[8] === 'Perbaiki maklumat pelayanan ALFA')!;
    expect(alfa[1]).toBe('Saran perbaikan');
    expect(alfa[6]).toBe('P.1.2');
    expect(alfa[10]).toEqual(new Date(Date.UTC(2024, 1, 1)));
    expect(alfa[11]).toBe('Terbuka');
    expect(alfa[12]).toBe('Ya');
    const bravo = rows.find((r) => r[8] === 'Koreksi prosedur BRAVO')!;
    expect(bravo[2]).toBe('Laporan masyarakat (LHP)');
    expect(bravo[3]).toBe(trackingNumber);
    expect(bravo[11]).toBe('Selesai');
    expect(bravo[12]).toBe('Tidak');
    // 03.00 UTC is 10.00 WIB: the cell carries the WIB wall clock.
    expect(bravo[16]).toEqual(new Date(Date.UTC(2024, 0, 10, 10, 0)));
  });

  it('the government’s side: the coordinator every item, a PIC their unit’s', async () => {
    const coordRes = await (await t.as('gov_coordinator')).get('/api/followups/export.xlsx');
    const coord = await sheet(coordRes);
    // The case's number stays with the office.
    expect(coord.rows.find((r) => r[8] === 'Koreksi prosedur BRAVO')![3]).toBe('');
    expect(JSON.stringify(coord.rows)).not.toContain(trackingNumber);
    const byCase = await (
      await t.as('gov_coordinator')
    ).get(`/api/followups/export.xlsx?complaintId=${complaintId}`);
    expect((await sheet(byCase)).rows).toEqual([]);
    expect(actions(coord.rows)).toEqual([
      'Koreksi prosedur BRAVO',
      'Perbaikan internal CHARLIE',
      'Perbaiki maklumat pelayanan ALFA',
    ]);
    const pic = await sheet(await (await t.as('unit_pic')).get('/api/followups/export.xlsx'));
    expect(actions(pic.rows)).toEqual(['Perbaiki maklumat pelayanan ALFA']);
    const stranger = await sheet(await (await other.as('gov_coordinator')).get('/api/followups/export.xlsx'));
    expect(actions(stranger.rows)).toEqual(['Butir pemerintah lain DELTA']);
  });

  it('applies the list’s filters; a bad filter is a field error', async () => {
    const head = await t.as('oversight_head');
    const byKind = await sheet(await head.get('/api/followups/export.xlsx?kind=tindakan_korektif'));
    expect(actions(byKind.rows)).toEqual(['Koreksi prosedur BRAVO']);
    const overdue = await sheet(await head.get('/api/followups/export.xlsx?overdue=true'));
    expect(actions(overdue.rows)).toEqual(['Perbaiki maklumat pelayanan ALFA']);
    const q = await sheet(await head.get('/api/followups/export.xlsx?q=prosedur'));
    expect(actions(q.rows)).toEqual(['Koreksi prosedur BRAVO']);
    const byCase = await sheet(await head.get(`/api/followups/export.xlsx?complaintId=${complaintId}`));
    expect(actions(byCase.rows)).toEqual(['Koreksi prosedur BRAVO']);
    const bad = await head.get('/api/followups/export.xlsx?kind=semua&dueFrom=kemarin');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['dueFrom', 'kind']);
  });
});

describe('GET /api/governments/:id/followups/report.pdf', () => {
  it('reads back the government, the summary and the overdue item', async ({ skip }) => {
    const res = await (
      await t.as('gov_coordinator')
    ).get(`/api/governments/${t.governmentId}/followups/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    requireTools(skip, 'pdftotext');
    const text = pdfText(res.rawPayload, 'report.pdf');
    expect(text).toContain('LAPORAN TINDAK LANJUT');
    expect(text).toMatch(/LEMBAGA UJI/);
    expect(text).toMatch(/Terlambat \(1\)/);
    expect(text).toMatch(/Selesai \(1\)/);
    expect(text).toContain('Perbaiki maklumat pelayanan ALFA');
    expect(text).toContain('Perbaikan internal CHARLIE');
    expect(text).toContain('1 Feb 2024');
  });

  it('another government’s reader gets 404 like a missing one', async () => {
    const res = await (
      await other.as('gov_coordinator')
    ).get(`/api/governments/${t.governmentId}/followups/report.pdf`);
    expect(res.statusCode).toBe(404);
    const missing = await (
      await t.as('admin')
    ).get('/api/governments/00000000-0000-4000-8000-000000000000/followups/report.pdf');
    expect(missing.statusCode).toBe(404);
  });
});

describe('batch letters', () => {
  const letter = (over: Record<string, unknown> = {}) => ({
    governmentId: t.governmentId,
    itemIds: [ids.alfa, ids.bravo],
    number: 'B/0101/TL.01/III/2026',
    letterDate: '2026-03-02',
    subject: 'Penyampaian daftar tindak lanjut',
    signatoryName: 'Dr. Siti Kepala',
    signatoryPosition: 'Kepala Perwakilan',
    ...over,
  });
  let letterId: string;

  it('the head writes one; its PDF reads back the number, the addressee and the items', async ({ skip }) => {
    const head = await t.as('oversight_head');
    const res = await head.post('/api/followup-letters', letter());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ number: 'B/0101/TL.01/III/2026', itemCount: 2, ready: true });
    letterId = body.id;
    // The letter is kept as it was sent: a later change of an item's text does not rewrite it.
    await ctx.database.query('update followup_items set action = $2 where id = $1', [ids.alfa, 'Diubah']);
    const pdf = await head.get(`/api/followup-letters/${letterId}/pdf`);
    await ctx.database.query('update followup_items set action = $2 where id = $1', [
      ids.alfa,
      'Perbaiki maklumat pelayanan ALFA',
    ]);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    requireTools(skip, 'pdftotext');
    const text = pdfText(pdf.rawPayload, 'letter.pdf');
    expect(text).toContain('B/0101/TL.01/III/2026');
    expect(text).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(text).toMatch(/Pimpinan Lembaga Uji/);
    expect(text).toContain('Perbaiki maklumat pelayanan ALFA');
    expect(text).toContain('Koreksi prosedur BRAVO');
    expect(text).toContain('Dr. Siti Kepala');
    expect(text).toContain('2 Mar 2026');
    expect(text).not.toContain('Diubah');
  });

  it('a number the office used already answers 409 on the field', async () => {
    const res = await (await t.as('admin')).post('/api/followup-letters', letter({ itemIds: [ids.alfa] }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields.number).toMatch(/sudah dipakai/);
  });

  it('items must be the government’s items of the office: else 400 on itemIds', async () => {
    const head = await t.as('oversight_head');
    for (const itemIds of [[ids.alfa, ids.charlie], [ids.delta], ['00000000-0000-4000-8000-000000000000']]) {
      const res = await head.post('/api/followup-letters', letter({ itemIds, number: 'B/0102/TL/2026' }));
      expect(res.statusCode, JSON.stringify(itemIds)).toBe(400);
      expect(res.json().error.fields.itemIds).toBeTruthy();
    }
    const empty = await head.post(
      '/api/followup-letters',
      letter({ itemIds: [], number: '', letterDate: 'x' }),
    );
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields).sort()).toEqual(['itemIds', 'letterDate', 'number']);
  });

  it('who writes: not an assessor (403), not another office (404)', async () => {
    const assessor = await (await t.as('assessor')).post('/api/followup-letters', letter({ number: 'X/1' }));
    expect(assessor.statusCode).toBe(403);
    const stranger = await (
      await other.as('oversight_head')
    ).post('/api/followup-letters', letter({ number: 'X/2' }));
    expect(stranger.statusCode).toBe(404);
  });

  it('who reads: the office and the government’s coordinator; not a PIC, not another tenant', async () => {
    const coord = await t.as('gov_coordinator');
    const list = await coord.get(`/api/followup-letters?governmentId=${t.governmentId}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((l: { id: string }) => l.id)).toEqual([letterId]);
    expect((await coord.get(`/api/followup-letters/${letterId}/pdf`)).statusCode).toBe(200);
    const pic = await t.as('unit_pic');
    expect((await pic.get(`/api/followup-letters/${letterId}/pdf`)).statusCode).toBe(404);
    expect((await pic.get('/api/followup-letters')).json().items).toEqual([]);
    const stranger = await other.as('oversight_head');
    expect((await stranger.get(`/api/followup-letters/${letterId}/pdf`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/followup-letters?governmentId=${t.governmentId}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/followup-letters')).json().items).toEqual([]);
  });
});
