/**
 * The rapor as an Excel workbook: one sheet per table so each can be filtered and sorted
 * (Ringkasan, Dimensi, Unit, Kekurangan, Rincian Kekurangan, Saran Perbaikan, Riwayat). Scores are
 * numbers with two decimals, never text, so a reader can compute with them. Kekurangan has one row
 * per unit and indicator (the rapor's grouped form); Rincian Kekurangan, when the caller passes the
 * shortfall rows, one row per answer below its maximum, for filtering. Pure: data in, bytes out.
 */
import ExcelJS from 'exceljs';
import { isUnanswered, UNANSWERED_LABEL } from '../../../shared/contracts/rapor';
import type { FullRapor, Rapor, RaporShortfall } from '../../../shared/contracts/rapor';
import {
  cycleStatusLabel,
  delta,
  exampleLabel,
  governmentTypeLabel,
  isZone,
  previousUnitLine,
  INTERNAL_LABEL,
  RAPOR_TITLE,
  XLSX_FORMAT,
  ZONE_COLOR,
  zoneLabel,
  zonedDate,
} from './rapor-format';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';

export const RAPOR_SHEETS = [
  'Ringkasan',
  'Dimensi',
  'Unit',
  'Kekurangan',
  'Rincian Kekurangan',
  'Saran Perbaikan',
  'Riwayat',
] as const;

const SCORE_FMT = XLSX_FORMAT.score;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F5' } };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function zoneFill(cell: ExcelJS.Cell, zone: string | null | undefined): void {
  if (!isZone(zone)) return;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(ZONE_COLOR[zone]) } };
  cell.font = { bold: true, color: { argb: zone === 'kuning' ? 'FF212529' : 'FFFFFFFF' } };
}

/** A sheet with a bold, filled, frozen header row and an auto-filter over its columns. */
export function tableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Partial<ExcelJS.Column>[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function summarySheet(wb: ExcelJS.Workbook, r: Rapor): void {
  const ws = wb.addWorksheet('Ringkasan');
  ws.columns = [{ width: 30 }, { width: 70 }];
  ws.addRow([RAPOR_TITLE]).font = { bold: true, size: 13 };
  ws.addRow([]);
  const rows: [string, string | number | Date | null, string?][] = [
    ['Pemerintah', r.government.name],
    ['Jenis', governmentTypeLabel(r.government.type)],
    ['Kantor perwakilan', r.government.officeName],
    ['Siklus', r.cycle.kind === 'internal' ? `${r.cycle.name} (${INTERNAL_LABEL})` : r.cycle.name],
    ['Tahun', r.cycle.year],
    ['Status', cycleStatusLabel(r.cycle.status)],
    ['Kerangka penilaian', frameworkDisplayName(r.framework.name.id, r.framework.compiledBy, 'id')],
    ['Versi kerangka', r.framework.version],
    ['Nilai total', r.score, SCORE_FMT],
    ['Nilai maksimal', r.framework.scoreMax],
    ['Opini', r.band?.code ?? null],
    ['Keterangan opini', r.band?.label.id ?? null],
    ['Zona', r.band ? zoneLabel(r.band.zone) : null],
    ['Peringkat', r.rank],
    ['Jumlah pemerintah sejenis', r.peers],
  ];
  if (r.previous) {
    rows.push(
      [`Nilai total ${r.previous.year}`, r.previous.score, SCORE_FMT],
      [`Opini ${r.previous.year}`, r.previous.band],
      [`Zona ${r.previous.year}`, r.previous.zone ? zoneLabel(r.previous.zone) : null],
      [`Perubahan sejak ${r.previous.year}`, delta(r.score, r.previous.score), '+0.00;-0.00;0.00'],
    );
  }
  for (const view of r.views) for (const g of view.groups) rows.push([g.label.id, g.score, SCORE_FMT]);
  const tz = r.government.timeZone;
  if (r.cycle.publishedAt)
    rows.push(['Dipublikasikan', zonedDate(r.cycle.publishedAt, tz), XLSX_FORMAT.date]);
  rows.push([`Dibuat pada (${tz})`, zonedDate(r.generatedAt, tz), XLSX_FORMAT.dateTime]);
  for (const [label, value, numFmt] of rows) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    const cell = row.getCell(2);
    cell.alignment = { horizontal: 'left' };
    if (numFmt) cell.numFmt = numFmt;
    if (label === 'Zona') zoneFill(cell, r.band?.zone);
  }
}

function dimensionSheet(wb: ExcelJS.Workbook, r: Rapor): void {
  const prev = r.previous;
  const ws = tableSheet(wb, 'Dimensi', [
    { header: 'Kode', key: 'code', width: 14 },
    { header: 'Dimensi', key: 'name', width: 46 },
    { header: 'Bobot (%)', key: 'weight', width: 11, style: { numFmt: SCORE_FMT } },
    { header: `Nilai ${r.cycle.year}`, key: 'score', width: 12, style: { numFmt: SCORE_FMT } },
    ...(prev
      ? [
          { header: `Nilai ${prev.year}`, key: 'previous', width: 12, style: { numFmt: SCORE_FMT } },
          { header: 'Perubahan', key: 'delta', width: 12, style: { numFmt: '+0.00;-0.00;0.00' } },
        ]
      : []),
  ]);
  for (const d of r.dimensions) {
    const before = prev ? (prev.dimensions[d.code] ?? null) : null;
    ws.addRow({
      code: d.code,
      name: d.name.id,
      weight: d.weight,
      score: d.score,
      previous: before,
      delta: delta(d.score, before),
    });
  }
}

function unitSheet(wb: ExcelJS.Workbook, r: Rapor): void {
  const ws = tableSheet(wb, 'Unit', [
    { header: 'Unit', key: 'name', width: 48 },
    { header: 'Nilai', key: 'score', width: 10, style: { numFmt: SCORE_FMT } },
    { header: 'Opini', key: 'band', width: 8 },
    { header: 'Zona', key: 'zone', width: 14 },
    { header: 'Indikator belum maksimal', key: 'gaps', width: 14 },
    { header: 'Jawaban di bawah maksimal', key: 'answers', width: 14 },
    { header: 'Nilai siklus sebelumnya', key: 'previous', width: 40 },
  ]);
  for (const u of r.units) {
    const row = ws.addRow({
      name: u.name,
      score: u.score,
      band: u.band,
      zone: u.zone ? zoneLabel(u.zone) : null,
      gaps: u.gapCount,
      answers: u.shortfallCount,
      previous: previousUnitLine(r, u),
    });
    zoneFill(row.getCell('zone'), u.zone);
  }
}

const wrap: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };

/** One row per unit and indicator below its maximum: counts, lowest and mean value, examples. */
function gapSheet(wb: ExcelJS.Workbook, r: FullRapor): void {
  const ws = tableSheet(wb, 'Kekurangan', [
    { header: 'Unit', key: 'unit', width: 36 },
    { header: 'Kode indikator', key: 'indicator', width: 16 },
    { header: 'Indikator', key: 'name', width: 44 },
    { header: 'Tingkat', key: 'level', width: 10 },
    { header: 'Di bawah maksimal', key: 'count', width: 11 },
    { header: 'Dinilai', key: 'assessed', width: 9 },
    { header: 'Tidak dijawab (dihitung 0)', key: 'missing', width: 12 },
    { header: 'Nilai terendah', key: 'min', width: 9 },
    { header: 'Rerata', key: 'mean', width: 9, style: { numFmt: SCORE_FMT } },
    { header: 'Nilai maksimal', key: 'max', width: 9 },
    { header: 'Contoh (nilai, alasan asesor)', key: 'examples', width: 70, style: wrap },
    { header: 'Lainnya', key: 'more', width: 9 },
  ]);
  for (const u of r.units) {
    for (const g of u.gaps) {
      ws.addRow({
        unit: u.name,
        indicator: g.indicator,
        name: g.name.id,
        level: g.level === 'product' ? 'Produk' : 'Unit',
        count: g.count,
        assessed: g.assessed,
        missing: g.missing,
        min: g.min,
        mean: g.mean,
        max: g.scaleMax,
        examples: g.examples
          .map((e) => (e.reason ? `${exampleLabel(e)} — ${e.reason}` : exampleLabel(e)))
          .join('\n'),
        more: g.more,
      });
    }
  }
}

/** Every answer below its maximum, one row each (the full list behind the Kekurangan sheet). */
function shortfallSheet(wb: ExcelJS.Workbook, r: FullRapor, rows: RaporShortfall[]): void {
  const ws = tableSheet(wb, 'Rincian Kekurangan', [
    { header: 'Unit', key: 'unit', width: 36 },
    { header: 'Kode indikator', key: 'indicator', width: 16 },
    { header: 'Indikator', key: 'name', width: 44 },
    { header: 'Produk layanan', key: 'product', width: 32 },
    { header: 'Nilai', key: 'value', width: 8 },
    { header: 'Nilai maksimal', key: 'max', width: 9 },
    { header: 'Nilai mandiri', key: 'self', width: 9 },
    { header: 'Alasan asesor', key: 'reason', width: 60, style: wrap },
  ]);
  const units = new Map(r.units.map((u) => [u.unitId, u.name]));
  // Names and maxima come from the grouped form: every shortfall row belongs to one of its groups.
  const indicators = new Map(r.units.flatMap((u) => u.gaps.map((g) => [g.indicator, g] as const)));
  for (const m of rows) {
    const g = indicators.get(m.indicator);
    ws.addRow({
      unit: units.get(m.unitId) ?? null,
      indicator: m.indicator,
      name: g?.name.id ?? null,
      product: m.product ?? 'Tingkat unit',
      value: isUnanswered(m) ? UNANSWERED_LABEL.id : m.value,
      max: g?.scaleMax ?? null,
      self: m.selfValue,
      reason: m.reason,
    });
  }
}

function improvementSheet(wb: ExcelJS.Workbook, r: Rapor): void {
  const ws = tableSheet(wb, 'Saran Perbaikan', [
    { header: 'Lingkup', key: 'scope', width: 36 },
    { header: 'No', key: 'no', width: 5 },
    {
      header: 'Saran perbaikan',
      key: 'text',
      width: 100,
      style: { alignment: { wrapText: true, vertical: 'top' } },
    },
  ]);
  r.improvementPoints.forEach((text, i) => ws.addRow({ scope: r.government.name, no: i + 1, text }));
  for (const u of r.units)
    u.improvementPoints.forEach((text, i) => ws.addRow({ scope: u.name, no: i + 1, text }));
}

function historySheet(wb: ExcelJS.Workbook, r: Rapor): void {
  const ws = tableSheet(wb, 'Riwayat', [
    { header: 'Versi', key: 'version', width: 8 },
    {
      header: `Waktu (${r.government.timeZone})`,
      key: 'at',
      width: 18,
      style: { numFmt: XLSX_FORMAT.dateTime },
    },
    { header: 'Alasan perubahan', key: 'reason', width: 60 },
    { header: 'Nilai', key: 'score', width: 10, style: { numFmt: SCORE_FMT } },
  ]);
  for (const h of r.history)
    ws.addRow({
      version: h.version,
      at: zonedDate(h.at, r.government.timeZone),
      reason: h.reason,
      score: h.score,
    });
}

/**
 * Renders the full rapor (every unit's gaps, see `buildFullRapor`) of one government as an .xlsx
 * workbook; with `shortfalls` (see `buildFullRaporWithShortfalls`) it adds the Rincian Kekurangan sheet with every answer below its
 * maximum.
 */
export async function renderRaporXlsx(rapor: FullRapor, shortfalls?: RaporShortfall[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Patuh';
  wb.title = `${RAPOR_TITLE} — ${rapor.government.name} ${rapor.cycle.year}`;
  wb.created = new Date(rapor.generatedAt);
  summarySheet(wb, rapor);
  dimensionSheet(wb, rapor);
  unitSheet(wb, rapor);
  gapSheet(wb, rapor);
  if (shortfalls) shortfallSheet(wb, rapor, shortfalls);
  improvementSheet(wb, rapor);
  historySheet(wb, rapor);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
