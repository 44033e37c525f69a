/**
 * The regent's report on an internal cycle (laporan untuk Bupati/Wali Kota), rendered in the
 * worker pool: the Excel workbook holds the unit ranking, the pemetaan kekurangan and the
 * comparison (with the note that totals are not comparable), the PDF renders with the same
 * sections and the "Penilaian mandiri" label; a PIC's report holds only their units.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOTALS_NOT_COMPARABLE } from '../../../shared/contracts/assessments-internal-results';
import { cycleUnitTeam } from '../../db/schema-assessments';
import { heavyWork } from '../../lib/worker-pool';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { publishedCycle } from '../assessments/common/assessment-fixtures';
import {
  makeInternalCycle,
  type InternalCycleFixture,
} from '../assessments/results/internal-results.fixture';
import { INTERNAL_REPORT_SHEETS } from './internal-report-xlsx';

let ctx: TestContext;
let t: Tenant;
let ic: InternalCycleFixture;
let dir: string;
let names: Record<string, string>;

beforeAll(async () => {
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-internal-report-'));
  t = await makeTenant(ctx);
  await publishedCycle(t, 'ombudsman-2022-2024', 2023, t.unitId, (i) => (i === 'PROSES.1' ? 1 : 3));
  // PROSES.1 fails in the OPD (0) and the UPT (2); the other OPD is at the maximum everywhere.
  ic = await makeInternalCycle(ctx, t, {
    status: 'published',
    scheduled: ['2024-05-02', '2024-05-01', null],
    pick: ({ unitId, indicator }) =>
      indicator === 'PROSES.1' ? (unitId === t.unitId ? 0 : unitId === t.childUnitId ? 2 : 3) : 3,
  });
  // The OPD's Inspektorat team: the tenant's internal verifier.
  await ctx.database.db
    .insert(cycleUnitTeam)
    .values({ cycleId: ic.cycleId, unitId: t.unitId, userId: t.userIds.internal_verifier });
  const rows = await ctx.database.db.query.units.findMany({
    where: (u, { inArray }) => inArray(u.id, ic.unitIds),
  });
  names = Object.fromEntries(rows.map((u) => [u.id, u.name]));
});
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const url = (ext: 'pdf' | 'xlsx') => `/api/cycles/${ic.cycleId}/internal/report.${ext}`;

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1));

describe('GET /api/cycles/:id/internal/report.xlsx', () => {
  it('holds the unit ranking, the gaps, the work plan and the comparison, labelled penilaian mandiri', async () => {
    const res = await (await t.as('gov_coordinator')).get(url('xlsx'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="laporan-penilaian-mandiri-lembaga-uji-[0-9a-f]{8}-2024\.xlsx"/,
    );
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...INTERNAL_REPORT_SHEETS]);
    const summary = values(wb.getWorksheet('Ringkasan')!);
    expect(String(summary[0]![0])).toMatch(/^PENILAIAN MANDIRI/);
    // The spot-check set is Patuh's own compilation, and says so (issue 12 point 9).
    expect(summary.find((r) => r[0] === 'Kerangka penilaian')![1]).toContain('(disusun Patuh)');

    // Ranking: the other OPD (all at the maximum) first, then the UPT (PROSES.1 at 2), then the OPD (0).
    const ranking = values(wb.getWorksheet('Peringkat Unit')!);
    expect(ranking[0]).toEqual(['Peringkat', 'Unit', 'Nilai', 'Opini', 'Zona', 'Indikator gagal']);
    expect(ranking.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual([
      [1, names[t.otherUnitId], 0],
      [2, names[t.childUnitId], 1],
      [3, names[t.unitId], 1],
    ]);
    expect(ranking[1]![2]).toBe(100);

    const gaps = values(wb.getWorksheet('Pemetaan Kekurangan')!);
    expect(gaps[1]!.slice(0, 5)).toEqual(['PROSES.1', expect.any(String), 2, 1, 1]);

    const plan = values(wb.getWorksheet('Rencana Kerja')!);
    // The work-plan service's statuses: every cell verified on 2 May (the fixture's time).
    expect(plan[0]!.slice(0, 4)).toEqual(['Unit', 'Jadwal', 'Keadaan', 'Tim Inspektorat']);
    expect(plan.slice(1).map((r) => [r[0], r[2], r[3] ?? ''])).toEqual(
      expect.arrayContaining([
        [names[t.unitId], 'Selesai tepat waktu', 'Verifikator Internal Uji'],
        // Scheduled for 1 May, done on the 2nd.
        [names[t.childUnitId], 'Selesai terlambat', ''],
        [names[t.otherUnitId], 'Selesai tepat waktu', ''],
      ]),
    );

    const comparison = values(wb.getWorksheet('Perbandingan')!);
    const proses1 = comparison.find((r) => r[0] === 'PROSES.1')!;
    // Internal (0 + 66.67 + 100) / 3 = 55.56 vs the 2023 official 33.33 (REFERENCE §10 rule 1).
    expect(proses1.slice(2, 5)).toEqual([55.56, 33.33, 22.22]);
    expect(comparison.flat()).toContain(TOTALS_NOT_COMPARABLE.id);
  });

  it("gives a unit PIC only their units' rows", async () => {
    const res = await (await t.as('unit_pic')).get(url('xlsx'));
    expect(res.statusCode).toBe(200);
    const units = values((await workbook(res.rawPayload)).getWorksheet('Peringkat Unit')!)
      .slice(1)
      .map((r) => r[1]);
    expect(units.sort()).toEqual([names[t.unitId], names[t.childUnitId]].sort());
  });
});

describe('GET /api/cycles/:id/internal/report.pdf', () => {
  it('renders the report with the ranking and the comparison', async ({ skip }) => {
    const res = await (await t.as('gov_coordinator')).get(url('pdf'));
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    requireTools(skip, 'pdftotext');
    const file = path.join(dir, 'laporan.pdf');
    fs.writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of [
      'PENILAIAN MANDIRI',
      'Peringkat Unit',
      'Pemetaan Kekurangan',
      'Kemajuan Rencana Kerja',
      'Perbandingan dengan Hasil Ombudsman RI',
      'Nilai total tidak dapat dibandingkan',
      names[t.otherUnitId]!,
      '55,56%',
      '33,33%',
    ])
      expect(text).toContain(expected);
  });

  it('answers 404 to another government', async () => {
    const other = await makeTenant(ctx);
    expect((await (await other.as('gov_coordinator')).get(url('pdf'))).statusCode).toBe(404);
  });
});
