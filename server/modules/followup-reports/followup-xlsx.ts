/**
 * The backlog as a workbook (run in the heavy-work pool: server/workers/heavy-tasks.ts
 * `followup-xlsx`): one row per item, Indonesian headers, dates as date cells in the format
 * layer's Excel format (calendar dates as they are, moments as WIB wall-clock time). Pure.
 */
import ExcelJS from 'exceljs';
import { FOLLOWUP_KIND_LABELS, FOLLOWUP_STATUS_LABELS } from '../../../shared/contracts/followups';
import type { FollowupKind, FollowupSource } from '../../../shared/followups/kinds';
import type { FollowupStatus } from '../../../shared/followups/machine';
import { formatDateTime, wallClock, XLSX_FORMAT } from '../../../shared/format/format';

export const SOURCE_LABEL: Record<FollowupSource, string> = {
  complaint: 'Laporan masyarakat (LHP)',
  cycle: 'Penilaian kepatuhan',
  internal_cycle: 'Penilaian mandiri',
  survey_period: 'Survei kepuasan masyarakat',
  activity: 'Kegiatan',
  manual: 'Dicatat manual',
};

export interface ExportLine {
  kind: FollowupKind;
  sourceType: FollowupSource;
  /** The assessment's name, or (office staff only) the complaint's number. */
  reference: string | null;
  governmentName: string | null;
  unitName: string | null;
  indicatorCode: string | null;
  addressee: string;
  action: string;
  evidenceExpected: string | null;
  dueOn: string | null;
  status: FollowupStatus;
  overdue: boolean;
  ownerName: string | null;
  answeredAt: string | null;
  sentAt: string | null;
  verifiedAt: string | null;
}

export interface FollowupExportInput {
  /** ISO moment the export was made (shown in WIB). */
  generatedAt: string;
  rows: ExportLine[];
  /** More items matched than the export holds. */
  truncated: boolean;
  limit: number;
}

export const EXPORT_HEADERS = [
  'No',
  'Jenis',
  'Sumber',
  'Rujukan',
  'Pemerintah',
  'Unit',
  'Kode indikator',
  'Ditujukan kepada',
  'Tindak lanjut',
  'Bukti yang diharapkan',
  'Tenggat',
  'Status',
  'Terlambat',
  'Penanggung jawab',
  'Dijawab',
  'Dikirim',
  'Diverifikasi',
] as const;

const WIDTHS = [6, 24, 24, 28, 30, 30, 14, 28, 60, 36, 14, 20, 11, 24, 18, 18, 18];

/** A calendar date ("2026-03-01") as the date cell Excel shows as that day. */
function dayCell(day: string | null): Date | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A moment as its WIB wall-clock time (Excel cells carry no time zone). */
const momentCell = (iso: string | null): Date | null => (iso ? wallClock(iso, 'WIB') : null);

export async function renderFollowupXlsx(input: FollowupExportInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tindak lanjut', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const head = ws.addRow([...EXPORT_HEADERS]);
  head.font = { bold: true };
  input.rows.forEach((r, i) => {
    const row = ws.addRow([
      i + 1,
      FOLLOWUP_KIND_LABELS[r.kind].id,
      SOURCE_LABEL[r.sourceType],
      r.reference ?? '',
      r.governmentName ?? '',
      r.unitName ?? '',
      r.indicatorCode ?? '',
      r.addressee,
      r.action,
      r.evidenceExpected ?? '',
      dayCell(r.dueOn),
      FOLLOWUP_STATUS_LABELS[r.status].id,
      r.overdue ? 'Ya' : 'Tidak',
      r.ownerName ?? '',
      momentCell(r.answeredAt),
      momentCell(r.sentAt),
      momentCell(r.verifiedAt),
    ]);
    row.getCell(11).numFmt = XLSX_FORMAT.date;
    for (const c of [15, 16, 17]) row.getCell(c).numFmt = XLSX_FORMAT.dateTime;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_HEADERS.length } };
  const about = wb.addWorksheet('Keterangan');
  about.columns = [{ width: 28 }, { width: 80 }];
  about.addRow(['Dibuat', formatDateTime(input.generatedAt, 'id')]);
  about.addRow(['Jumlah butir', input.rows.length]);
  about.addRow(['Terlambat', 'Tenggat sudah lewat (tanggal WIB) dan butir belum diverifikasi selesai.']);
  if (input.truncated)
    about.addRow([
      'Catatan',
      `Hanya ${input.limit} butir pertama yang dimuat; persempit saringan untuk mengunduh sisanya.`,
    ]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
