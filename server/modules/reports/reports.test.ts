import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaporSchema, RaporUnitGapsSchema } from '../../../shared/contracts/rapor';
import { answers } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { heavyWork } from '../../lib/worker-pool';
import { createTestContext, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/common/assessment-fixtures';
import { recomputeThroughApi } from '../../test/recompute-job';

let ctx: TestContext;
let t: Tenant;
let a: AssessmentFixture;
let dir: string;
const REASON = 'Maklumat pelayanan tidak dipajang di ruang tunggu.';

beforeAll(async () => {
  // The first rendering/import would otherwise pay for starting a worker thread (seconds on a busy CI).
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-rapor-route-'));
  t = await makeTenant(ctx);
  a = await makeAssessmentFixture(ctx, t);
  // The assessor set 1 of 3 on one product cell, with a reason: an unmet indicator on the rapor.
  await ctx.database.db
    .update(answers)
    .set({
      selfValue: 3,
      verifyStatus: 'adjusted',
      verifiedValue: 1,
      verifyReason: REASON,
      verifiedBy: t.userIds.assessor,
      verifiedAt: new Date(),
    })
    .where(eq(answers.id, a.answerId));
  const head = await t.as('oversight_head');
  await recomputeThroughApi(ctx, head, a.cycleId);
});
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const url = (ext: 'pdf' | 'xlsx', governmentId = t.governmentId) =>
  `/api/cycles/${a.cycleId}/governments/${governmentId}/rapor.${ext}`;

describe('GET …/rapor.pdf', () => {
  it('downloads the rapor as an attachment named after the government and year', async ({ skip }) => {
    const res = await (await t.as('oversight_head')).get(url('pdf'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const slug = (await ctx.database.db.query.governments.findFirst({
      where: (g, { eq: e }) => e(g.id, t.governmentId),
    }))!.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    expect(res.headers['content-disposition']).toContain(`attachment; filename="rapor-${slug}-2024.pdf"`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    requireTools(skip, 'pdftotext');
    const file = path.join(dir, 'route.pdf');
    fs.writeFileSync(file, body);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('RAPOR PENILAIAN KEPATUHAN');
    expect(text).toMatch(/Lembaga Uji [0-9a-f]{8}/);
    expect(text).toContain('Pemetaan Kekurangan per Unit');
    expect(text).toContain(REASON);
  });

  it('answers 404 to another tenant and for a government outside the cycle', async () => {
    const other = await makeTenant(ctx);
    expect((await (await other.as('oversight_head')).get(url('pdf'))).statusCode).toBe(404);
    expect((await (await other.as('gov_coordinator')).get(url('pdf'))).statusCode).toBe(404);
    expect((await (await t.as('oversight_head')).get(url('pdf', other.governmentId))).statusCode).toBe(404);
  });

  it('is withheld from the government until the results are published', async () => {
    const res = await (await t.as('gov_coordinator')).get(url('pdf'));
    expect(res.statusCode).toBe(409);
  });
});

describe('GET …/rapor.xlsx', () => {
  it('downloads a workbook whose Kekurangan sheets list the adjusted indicator with its reason', async () => {
    const res = await (await t.as('assessor')).get(url('xlsx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="rapor-lembaga-uji-[0-9a-f]{8}-2024\.xlsx"/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'Dimensi',
      'Unit',
      'Kekurangan',
      'Rincian Kekurangan',
      'Saran Perbaikan',
      'Riwayat',
    ]);
    const sheetRows = (name: string) => {
      const out: unknown[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    // grouped: the adjusted product answer is an example of its indicator, with value and reason
    const group = sheetRows('Kekurangan').find((r) => String(r[10]).includes(REASON));
    expect(group).toBeDefined();
    expect(group![3]).toBe('Produk');
    expect(group![7]).toBe(1); // lowest value
    expect(String(group![10])).toContain(`: 1 — ${REASON}`);
    const rows = sheetRows('Rincian Kekurangan');
    const adjusted = rows.find((r) => r[7] === REASON);
    expect(adjusted).toBeDefined();
    expect(adjusted![4]).toBe(1); // verified value
    expect(adjusted![5]).toBe(3); // scale maximum
    expect(adjusted![6]).toBe(3); // self value
    const summary = new Map<unknown, unknown>();
    wb.getWorksheet('Ringkasan')!.eachRow((row) => summary.set(row.getCell(1).value, row.getCell(2).value));
    expect(String(summary.get('Pemerintah'))).toMatch(/^Lembaga Uji [0-9a-f]{8}$/);
    expect(summary.get('Tahun')).toBe(2024);
    const saran = wb.getWorksheet('Saran Perbaikan')!;
    expect(saran.getRow(2).getCell(3).value).toBe('Lengkapi maklumat pelayanan');
  });

  it('lists every unit’s gaps: the ones the rapor page loads unit by unit', async () => {
    const assessor = await t.as('assessor');
    const base = `/api/cycles/${a.cycleId}/governments/${t.governmentId}/rapor`;
    const rapor = RaporSchema.parse((await assessor.get(base)).json());
    expect(rapor.units.length).toBeGreaterThan(1);
    const expected: unknown[][] = [];
    for (const u of rapor.units) {
      const res = await assessor.get(`${base}/units/${u.unitId}`);
      expect(res.statusCode, res.body).toBe(200);
      const { gaps } = RaporUnitGapsSchema.parse(res.json());
      expect(gaps).toHaveLength(u.gapCount);
      for (const g of gaps) expected.push([u.name, g.indicator, g.count, g.min]);
    }
    expect(expected.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await assessor.get(url('xlsx'))).rawPayload as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Kekurangan')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[7] ?? null])).toEqual(expected);
  });
});
