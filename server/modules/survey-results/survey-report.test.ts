/**
 * The survey report and the paper-form import through the API: the PDF read back with pdftotext
 * gives the same IKM as the results (Indonesian decimal comma), its grade and performance label,
 * and the exclusions with their reasons; the workbook holds the same numbers as numeric cells;
 * the import template lists the period's units; an upload with bad rows answers every row error
 * (row, field, message) and imports nothing; a good upload imports every row as staff-entered.
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
import { multipart } from '../complaint-letters/letters.fixture';
import { addResponses, makeSkmPeriod, respondentsWithSums } from './survey-results.fixtures';

let ctx: TestContext;
let t: Tenant;
let periodId: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-skm-report-'));

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  periodId = await makeSkmPeriod(ctx.database, {
    governmentId: t.governmentId,
    units: [{ unitId: t.unitId, productIds: [t.productId] }, { unitId: t.otherUnitId }],
    title: 'SKM Semester I 2024',
  });
  const at = { periodId, unitId: t.unitId, governmentId: t.governmentId };
  // 5 accepted respondents, every element summing to 13 → NRR 2.6 → IKM 65.00 (C, Kurang Baik)
  await addResponses(
    ctx.database,
    at,
    respondentsWithSums(5, Array(9).fill(13)).map((answers, i) => ({
      answers,
      profile: { jenis_kelamin: i % 2 ? 'L' : 'P' },
      suggestion: i === 0 ? 'Ruang tunggu diperluas' : null,
    })),
  );
  await addResponses(ctx.database, at, [
    { answers: Array(9).fill(4), flags: ['too_fast'] },
    { answers: Array(9).fill(4), flags: ['device_reuse'] },
  ]);
}, 120_000);
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('report', () => {
  it('the PDF reads back the same IKM, grade and the exclusions with their reasons', async ({ skip }) => {
    const coord = await t.as('gov_coordinator');
    const results = (await coord.get(`/api/survey-periods/${periodId}/results`)).json<{
      ikmRounded: number;
    }>();
    expect(results.ikmRounded).toBe(65);
    const res = await coord.get(`/api/survey-periods/${periodId}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    requireTools(skip, 'pdftotext');
    const file = path.join(dir, 'r.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT');
    expect(text).toMatch(/IKM unit pelayanan \(× 25\)\s+65,00/);
    expect(text).toMatch(/Mutu pelayanan\s+C/);
    expect(text).toMatch(/Kinerja unit pelayanan\s+Kurang Baik/);
    expect(text).toMatch(/Persyaratan\s+2,600\s+0,289/);
    expect(text).toMatch(/Dijawab terlalu cepat\s+1/);
    expect(text).toMatch(/Perangkat yang sama sudah menjawab\s+1/);
    expect(text).toContain('Ruang tunggu diperluas');
  });

  it('the workbook holds the same figures as numbers', async () => {
    const res = await (await t.as('gov_coordinator')).get(`/api/survey-periods/${periodId}/report.xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Ringkasan')!;
    const values: Array<[unknown, unknown]> = [];
    ws.eachRow((row) => values.push([row.getCell(2).value, row.getCell(3).value]));
    expect(values).toContainEqual(['IKM unit pelayanan (× 25)', 65]);
    expect(values).toContainEqual(['Mutu pelayanan', 'C']);
  });

  it('out of reach is 404 like a missing period', async () => {
    const other = await makeTenant(ctx);
    const res = await (await other.as('gov_coordinator')).get(`/api/survey-periods/${periodId}/report.pdf`);
    expect(res.statusCode).toBe(404);
  });
});

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const coord = await t.as('gov_coordinator');
  const tpl = await coord.get(`/api/survey-periods/${periodId}/import-template.xlsx`);
  expect(tpl.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Responden')!;
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(bytes: Buffer) {
  const m = multipart({}, { name: 'skm.xlsx', type: 'application/octet-stream', bytes });
  return (await t.as('gov_coordinator')).request(
    'POST',
    `/api/survey-periods/${periodId}/import`,
    m.body,
    m.headers,
  );
}

describe('import of paper forms', () => {
  it('the template lists the answer columns and the period’s units', async () => {
    const coord = await t.as('gov_coordinator');
    const tpl = await coord.get(`/api/survey-periods/${periodId}/import-template.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const header = wb.getWorksheet('Responden')!.getRow(1).values as unknown[];
    expect(header.filter(Boolean)).toEqual([
      'unit',
      'layanan',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U6',
      'U7',
      'U8',
      'U9',
      'jenis_kelamin',
      'usia',
      'pendidikan',
      'pekerjaan',
      'saran',
    ]);
    const help: string[] = [];
    wb.getWorksheet('Petunjuk')!.eachRow((r) => help.push(String(r.getCell(1).value ?? '')));
    expect(help).toContain(await unitName(t.unitId));
  });

  it('bad rows: every error with its row and field, and nothing imported', async () => {
    const unit = await unitName(t.unitId);
    const before = await count();
    const bytes = await workbook([
      [unit, '', 4, 4, 4, 4, 4, 4, 4, 4, 4, 'L', '', '', '', 'baik'],
      ['Unit Tak Dikenal', '', 4, 4, 4, 4, 4, 4, 4, 4, 4],
      [unit, 'Layanan Lain', 5, 4, 4, 4, 4, 4, 4, 4, 0, 'X'],
      [unit, '', '', '', '', '', '', '', '', '', '', 'P'],
    ]);
    const res = await upload(bytes);
    expect(res.statusCode).toBe(400);
    const body = res.json<{
      errors: Array<{ row: number; field: string; message: string }>;
      errorCount: number;
    }>();
    expect(body.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'unit'],
      [4, 'layanan'],
      [4, 'U1'],
      [4, 'U9'],
      [4, 'jenis_kelamin'],
      [5, 'U1'],
    ]);
    expect(body.errors[2]!.message).toBe('Jawaban harus 1, 2, 3 atau 4 (kosongkan bila tidak dijawab).');
    expect(body.errors[4]!.message).toContain('L, P');
    expect(await count()).toBe(before);
  });

  it('good rows: all imported as staff-entered, counted apart in the results', async () => {
    const unit = await unitName(t.unitId);
    const product = (
      await ctx.database.query<{ name: string }>('select name from service_products where id = $1', [
        t.productId,
      ])
    )[0]!.name;
    const before = await count();
    const res = await upload(
      await workbook([
        [unit, product, 4, 4, 4, 4, 4, 4, 4, 4, 4, 'L', '30-39', 's1', 'pns', 'Pelayanan cepat'],
        [unit, '', 3, 3, 3, '', 3, 3, 3, 3, 3],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2, errors: [] });
    expect(await count()).toBe(before + 2);
    const r = (await (await t.as('gov_coordinator')).get(`/api/survey-periods/${periodId}/results`)).json<{
      staffEntered: number;
      respondents: number;
    }>();
    expect(r.staffEntered).toBe(2);
    expect(r.respondents).toBe(7);
  });

  it('an assessor may not type in the government’s SKM; an upload without a file part is 400', async () => {
    const res = await (await t.as('assessor')).get(`/api/survey-periods/${periodId}/import-template.xlsx`);
    expect(res.statusCode).toBe(403);
    const notFile = await (await t.as('gov_coordinator')).post(`/api/survey-periods/${periodId}/import`, {});
    expect(notFile.statusCode).toBe(400);
  });
});

async function unitName(id: string): Promise<string> {
  return (await ctx.database.query<{ name: string }>('select name from units where id = $1', [id]))[0]!.name;
}
async function count(): Promise<number> {
  const [r] = await ctx.database.query<{ n: number }>(
    'select count(*)::int as n from survey_responses where period_id = $1',
    [periodId],
  );
  return r!.n;
}
