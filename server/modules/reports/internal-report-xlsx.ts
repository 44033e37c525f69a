/**
 * The regent's report on an internal cycle as an Excel workbook, one sheet per table so each can be
 * filtered and sorted: Ringkasan, Peringkat Unit, Pemetaan Kekurangan, Rencana Kerja, Saran
 * Perbaikan, Perbandingan. Scores and fulfilment are numbers, never text. Every sheet is labelled
 * "Penilaian mandiri" (issue 12 point 5). Pure: data in, bytes out.
 */
import ExcelJS from 'exceljs';
import type { InternalReport } from '../../../shared/contracts/assessments-internal-results';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import {
  addressee,
  fulfilment as pct,
  GAP_STATUS_LABEL,
  REPORT_LABEL,
  REPORT_TITLE,
  TOTALS_NOTE,
  WORK_PLAN_LABEL,
} from './internal-report-format';
import { cycleStatusLabel, XLSX_FORMAT, zoneLabel, zonedDate } from './rapor-format';
import { tableSheet, zoneFill } from './rapor-xlsx';

export const INTERNAL_REPORT_SHEETS = [
  'Ringkasan',
  'Peringkat Unit',
  'Pemetaan Kekurangan',
  'Rencana Kerja',
  'Saran Perbaikan',
  'Perbandingan',
] as const;

const SCORE_FMT = XLSX_FORMAT.score;
const wrap: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };

function summarySheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const ws = wb.addWorksheet('Ringkasan');
  ws.columns = [{ width: 34 }, { width: 80 }];
  ws.addRow([`${REPORT_LABEL.toUpperCase()} — ${REPORT_TITLE}`]).font = { bold: true, size: 13 };
  ws.addRow([`Laporan untuk ${addressee(r.cycle.government.type)} ${r.cycle.government.name}`]);
  ws.addRow([]);
  const tz = r.cycle.government.timeZone;
  const rows: [string, string | number | Date | null, string?][] = [
    ['Jenis penilaian', `${REPORT_LABEL} (bukan hasil resmi Ombudsman RI)`],
    ['Pemerintah', r.cycle.government.name],
    ['Siklus', r.cycle.name],
    ['Tahun', r.cycle.year],
    ['Status', cycleStatusLabel(r.cycle.status)],
    [
      'Kerangka penilaian',
      `${frameworkDisplayName(r.cycle.framework.name.id, r.cycle.framework.compiledBy, 'id')} (versi ${r.cycle.framework.version})`,
    ],
    ['Penyusun kerangka', r.cycle.framework.issuer],
    ['Unit dinilai', r.ranking.length],
    ['Indikator gagal di ≥ 1 unit', r.gaps.filter((g) => g.failing > 0).length],
    [`Dibuat pada (${tz})`, zonedDate(r.generatedAt, tz), XLSX_FORMAT.dateTime],
  ];
  for (const [label, value, numFmt] of rows) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { horizontal: 'left', wrapText: true };
    if (numFmt) row.getCell(2).numFmt = numFmt;
  }
}

function rankingSheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const ws = tableSheet(wb, 'Peringkat Unit', [
    { header: 'Peringkat', key: 'rank', width: 10 },
    { header: 'Unit', key: 'name', width: 48 },
    { header: 'Nilai', key: 'score', width: 10, style: { numFmt: SCORE_FMT } },
    { header: 'Opini', key: 'band', width: 8 },
    { header: 'Zona', key: 'zone', width: 14 },
    { header: 'Indikator gagal', key: 'failing', width: 14 },
  ]);
  for (const u of r.ranking) {
    const row = ws.addRow({
      rank: u.rank,
      name: u.name,
      score: u.score,
      band: u.band,
      zone: u.zone ? zoneLabel(u.zone) : null,
      failing: u.failing,
    });
    zoneFill(row.getCell('zone'), u.zone);
  }
}

function gapSheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const ws = tableSheet(wb, 'Pemetaan Kekurangan', [
    { header: 'Kode indikator', key: 'indicator', width: 16 },
    { header: 'Indikator', key: 'name', width: 44, style: wrap },
    { header: 'Unit gagal', key: 'failing', width: 10 },
    { header: 'Tidak terpenuhi', key: 'notFulfilled', width: 12 },
    { header: 'Terpenuhi sebagian', key: 'partly', width: 12 },
    { header: 'Belum dinilai', key: 'unassessed', width: 11 },
    { header: 'Unit dinilai', key: 'assessed', width: 10 },
    { header: 'Unit (keadaan, keterpenuhan)', key: 'units', width: 80, style: wrap },
  ]);
  for (const g of r.gaps)
    ws.addRow({
      indicator: g.indicator,
      name: g.name.id,
      failing: g.failing,
      notFulfilled: g.notFulfilled,
      partly: g.partly,
      unassessed: g.unassessed,
      assessed: g.assessedUnits,
      units: g.units
        .map(
          (u) =>
            `${u.name} — ${GAP_STATUS_LABEL[u.status]}${u.fulfilment === null ? '' : ` (${pct(u.fulfilment)})`}`,
        )
        .join('\n'),
    });
}

function workPlanSheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const ws = tableSheet(wb, 'Rencana Kerja', [
    { header: 'Unit', key: 'name', width: 48 },
    { header: 'Jadwal', key: 'date', width: 14, style: { numFmt: XLSX_FORMAT.date } },
    { header: 'Keadaan', key: 'status', width: 22 },
    { header: 'Tim Inspektorat', key: 'team', width: 40, style: wrap },
    { header: 'Butir terverifikasi', key: 'verified', width: 12 },
    { header: 'Jumlah butir', key: 'total', width: 12 },
  ]);
  for (const i of r.workPlan.items)
    ws.addRow({
      name: i.name,
      date: i.scheduledDate === null ? null : new Date(`${i.scheduledDate}T00:00:00Z`),
      status: WORK_PLAN_LABEL[i.status],
      team: i.team.map((m) => m.name).join(', '),
      verified: i.verified,
      total: i.total,
    });
}

function improvementSheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const ws = tableSheet(wb, 'Saran Perbaikan', [
    { header: 'Lingkup', key: 'scope', width: 40 },
    { header: 'No', key: 'no', width: 5 },
    { header: 'Saran perbaikan', key: 'text', width: 100, style: wrap },
  ]);
  for (const u of r.improvements)
    u.points.forEach((text, i) => ws.addRow({ scope: u.name ?? r.cycle.government.name, no: i + 1, text }));
}

function comparisonSheet(wb: ExcelJS.Workbook, r: InternalReport): void {
  const c = r.comparison;
  const ws = tableSheet(wb, 'Perbandingan', [
    { header: 'Kode indikator', key: 'indicator', width: 16 },
    { header: 'Indikator', key: 'name', width: 44, style: wrap },
    {
      header: `${REPORT_LABEL} ${r.cycle.year} (%)`,
      key: 'internal',
      width: 16,
      style: { numFmt: SCORE_FMT },
    },
    {
      header: c.official ? `Ombudsman ${c.official.year} (%)` : 'Ombudsman (%)',
      key: 'official',
      width: 16,
      style: { numFmt: SCORE_FMT },
    },
    { header: 'Selisih (poin)', key: 'difference', width: 12, style: { numFmt: '+0.00;-0.00;0.00' } },
    { header: 'Unit yang dinilai keduanya (mandiri / Ombudsman)', key: 'units', width: 70, style: wrap },
  ]);
  for (const row of c.indicators)
    ws.addRow({
      indicator: row.indicator,
      name: row.name.id,
      internal: row.internal.fulfilment,
      official: row.official.fulfilment,
      difference: row.difference,
      units: row.commonUnits.map((u) => `${u.name}: ${pct(u.internal)} / ${pct(u.official)}`).join('\n'),
    });
  ws.addRow([]);
  ws.addRow([TOTALS_NOTE]).font = { italic: true };
  if (!c.official)
    ws.addRow(['Belum ada hasil resmi Ombudsman RI yang dipublikasikan untuk pemerintah ini.']).font = {
      italic: true,
    };
  else ws.addRow([`Hasil resmi: ${c.official.name} (${c.official.framework.name.id})`]);
}

/** Renders the regent's report on an internal cycle as an .xlsx workbook. */
export async function renderInternalReportXlsx(report: InternalReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Patuh';
  wb.title = `${REPORT_LABEL}: ${REPORT_TITLE} — ${report.cycle.government.name} ${report.cycle.year}`;
  wb.created = new Date(report.generatedAt);
  summarySheet(wb, report);
  rankingSheet(wb, report);
  gapSheet(wb, report);
  workPlanSheet(wb, report);
  improvementSheet(wb, report);
  comparisonSheet(wb, report);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
