/**
 * Labels of the regent's report on an internal cycle (laporan untuk Bupati/Wali Kota), in Bahasa
 * Indonesia, shared by its PDF and Excel renderers. Numbers and dates go through the one format
 * layer (shared/format); the rapor's labels (rapor-format.ts) are reused where they are the same.
 */
import type { GapStatus, InternalReport } from '../../../shared/contracts/assessments-internal-results';
import {
  INTERNAL_LABEL,
  TOTALS_NOT_COMPARABLE,
} from '../../../shared/contracts/assessments-internal-results';
import type { WorkPlanStatus } from '../../../shared/contracts/assessments-internal';
import * as fmt from '../../../shared/format/format';

const LANG = 'id';

export const REPORT_TITLE = 'Laporan Hasil Penilaian Mandiri Kepatuhan Pelayanan Publik';
export const REPORT_LABEL = INTERNAL_LABEL.id;
export const TOTALS_NOTE = TOTALS_NOT_COMPARABLE.id;

/** Whom the report is for: the regent, the mayor or the governor of the government's type. */
export function addressee(type: string): string {
  if (type === 'pemkot') return 'Wali Kota';
  if (type === 'pemprov') return 'Gubernur';
  if (type === 'pemkab') return 'Bupati';
  return 'Pimpinan';
}

export const GAP_STATUS_LABEL: Record<GapStatus, string> = {
  not_fulfilled: 'Tidak terpenuhi',
  partly: 'Terpenuhi sebagian',
  unassessed: 'Belum dinilai',
};

export const WORK_PLAN_LABEL: Record<WorkPlanStatus, string> = {
  unscheduled: 'Belum dijadwalkan',
  not_started: 'Belum dimulai',
  in_progress: 'Berjalan',
  done_on_time: 'Selesai tepat waktu',
  done_late: 'Selesai terlambat',
  late: 'Terlambat',
};

/** A fulfilment 0–100 as "66,67%"; "—" when missing. */
export function fulfilment(value: number | null | undefined): string {
  return fmt.formatPercent(value, LANG);
}

/** A difference in percentage points, "+12,50" / "−3,00"; "—" when either side is missing. */
export function points(value: number | null | undefined): string {
  return value === null || value === undefined ? fmt.EMPTY : fmt.formatDelta(value, 0, LANG);
}

export function score(value: number | null | undefined): string {
  return fmt.formatScore(value, LANG);
}

export function count(value: number): string {
  return fmt.formatNumber(value, LANG, 0);
}

/** A calendar date ("2024-05-02") as "2 Mei 2024"; "—" when missing. */
export function day(value: string | null): string {
  return value === null ? fmt.EMPTY : fmt.formatDate(`${value}T12:00:00Z`, LANG, 'WIB');
}

export function dateTime(r: InternalReport, iso: string): string {
  return fmt.formatDateTime(iso, LANG, r.cycle.government.timeZone);
}

/** The failing units of an indicator, "Dinas A (tidak terpenuhi), Dinas B (sebagian)". */
export function failingUnits(g: InternalReport['gaps'][number]): string {
  const list = g.units.filter((u) => u.status !== 'unassessed');
  return list.length === 0
    ? fmt.EMPTY
    : list.map((u) => `${u.name} (${GAP_STATUS_LABEL[u.status].toLowerCase()})`).join(', ');
}

/** `laporan-penilaian-mandiri-pemerintah-kabupaten-x-2024.pdf`: ASCII, lower case, dashes. */
export function reportFileName(r: InternalReport, ext: 'pdf' | 'xlsx'): string {
  const slug = r.cycle.government.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `laporan-penilaian-mandiri-${slug || 'pemerintah'}-${r.cycle.year}.${ext}`;
}
