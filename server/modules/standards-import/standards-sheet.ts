/**
 * Patuh's Excel layout for a government's service standards (issue 15 part 6): one row per service
 * (product), one column per component, close to how SIPPN lists a service. Pure: the columns, how
 * a standard's content is written into cells, and how a row is read back (with row-level issues;
 * the cells of structured components by standards-cells.ts).
 * The cell conventions are documented on the workbook's Petunjuk sheet (PETUNJUK below) and are
 * lossless: an exported row reads back to the same content.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { StandardContentSchema, type StandardContent } from '../../../shared/contracts/standards';
import {
  CHANNEL_KINDS,
  DURATION_UNIT_LABELS,
  STANDARD_COMPONENTS,
  type StandardComponentKey,
} from '../../../shared/standards/components';
import { t, zodIssueMessage } from '../../lib/messages';
import { formWord, parseComponent } from './standards-cells';

export const STANDARDS_SHEET = 'Standar';
export const STANDARDS_HELP_SHEET = 'Petunjuk';
/** Services per file: a government lists hundreds, the largest a few thousand. */
export const MAX_STANDARD_ROWS = 5000;

export interface StandardColumn {
  key: string;
  header: string;
  width: number;
  required?: boolean;
  /** Written by the export for the reader; ignored on import. */
  info?: boolean;
  component?: StandardComponentKey;
  help: string;
}

const componentHelp: Partial<Record<StandardComponentKey, string>> = {
  persyaratan:
    'Satu persyaratan per baris: "nama dokumen | bentuk | jumlah | catatan", misalnya "Kartu Keluarga | fotokopi | 1". Bentuk: asli, fotokopi, asli dan fotokopi, digital. Jumlah dan catatan boleh dikosongkan.',
  prosedur:
    'Satu langkah per baris, berurutan; pelaksana boleh ditulis setelah "|", misalnya "1. Pemohon mengambil nomor antrean | Pemohon". Nomor di depan langkah boleh ada atau tidak.',
  jangka_waktu: 'Angka dan satuannya: menit, jam, atau hari kerja. Misalnya "30 menit" atau "1 hari kerja".',
  biaya:
    '"Gratis | dasar hukum", atau item "nama: jumlah" dipisah titik koma lalu "| dasar hukum", misalnya "Legalisir: 5000; Cetak ulang: 10000 | Perda No. 3 Tahun 2021". Jumlah dalam rupiah bulat.',
  produk: 'Satu produk per baris, misalnya "Kartu Tanda Penduduk elektronik".',
  pengaduan: `Satu saluran per baris: "saluran: keterangan", misalnya "whatsapp: 0812-3456-7890". Saluran: ${CHANNEL_KINDS.join(', ')}.`,
};

export const STANDARD_COLUMNS: StandardColumn[] = [
  {
    key: 'kode_unit',
    header: 'Kode Unit',
    width: 14,
    help: 'Kode unit di Patuh. Jika diisi, unit dicari dengan kode ini; jika kosong, dengan nama unit.',
  },
  {
    key: 'unit',
    header: 'Unit',
    width: 32,
    required: true,
    help: 'Nama unit penyelenggara, sama dengan di Patuh.',
  },
  {
    key: 'nama_layanan',
    header: 'Nama Layanan',
    width: 36,
    required: true,
    help: 'Nama produk layanan, sama dengan daftar layanan unit di Patuh. Layanan baru didaftarkan dulu lewat impor registri.',
  },
  {
    key: 'status',
    header: 'Status Standar',
    width: 18,
    info: true,
    help: 'Diisi oleh ekspor (versi yang diekspor). Diabaikan saat impor.',
  },
  ...STANDARD_COMPONENTS.map((c) => ({
    key: c.key,
    header: c.label.id,
    width: c.kind === 'text' ? 40 : 48,
    component: c.key,
    help: componentHelp[c.key] ?? `Teks bebas; boleh beberapa baris. ${c.help.id}`,
  })),
  {
    key: 'publikasi_semua',
    header: 'Publikasikan 14 Komponen',
    width: 14,
    help: '"ya" jika kedelapan komponen pengelolaan juga ditampilkan di katalog publik; "tidak" atau kosong jika hanya enam komponen penyampaian layanan.',
  },
];

export const PETUNJUK = [
  'Satu baris untuk satu layanan. Jangan mengubah nama sheet "Standar" maupun baris judul (baris ke-1).',
  'Unit dan Nama Layanan wajib diisi dan harus sudah terdaftar di Patuh. Kode Unit, bila diisi, dipakai untuk mencari unit.',
  'Sel kosong berarti komponen belum diisi. Di dalam satu sel, tekan Alt+Enter untuk baris baru.',
  'Impor mengisi DRAF standar setiap layanan: draf yang sedang terbuka diperbarui, atau draf baru dibuat. Versi yang sudah ditetapkan tidak pernah diubah; penetapan tetap dilakukan di Patuh dengan SK.',
  'Berkas diperiksa seluruhnya lebih dulu; tidak ada yang disimpan jika ada satu saja kesalahan.',
];

export interface StandardsIssue {
  sheet: string;
  row: number;
  /** The column's header as the file shows it (Indonesian), '' for the whole row or file. */
  column: string;
  message: { id: string; en: string };
}

export function standardsIssue(
  row: number,
  column: string,
  key: string,
  params?: Record<string, string | number>,
): StandardsIssue {
  return {
    sheet: STANDARDS_SHEET,
    row,
    column,
    message: { id: t(key, 'id', params), en: t(key, 'en', params) },
  };
}

// ---------------------------------------------------------------- writing

const decimal = (n: number) => String(n).replace('.', ',');

/** The cell text of one component ('' when absent). */
export function componentCell(key: StandardComponentKey, content: StandardContent): string {
  switch (key) {
    case 'persyaratan':
      return (content.persyaratan ?? [])
        .map((r) => {
          const parts = [r.document, formWord(r.form)];
          if (r.count !== null || r.note) parts.push(r.count === null ? '' : String(r.count));
          if (r.note) parts.push(r.note);
          return parts.join(' | ');
        })
        .join('\n');
    case 'prosedur':
      return (content.prosedur ?? [])
        .map((s, i) => `${i + 1}. ${s.title}${s.actor ? ` | ${s.actor}` : ''}`)
        .join('\n');
    case 'jangka_waktu': {
      const d = content.jangka_waktu;
      return d ? `${decimal(d.value)} ${DURATION_UNIT_LABELS[d.unit].id}` : '';
    }
    case 'biaya': {
      const f = content.biaya;
      if (!f) return '';
      const left = f.free ? 'Gratis' : f.items.map((i) => `${i.name}: ${i.amount}`).join('; ');
      return f.legalBasis ? `${left} | ${f.legalBasis}` : left;
    }
    case 'produk':
      return (content.produk ?? []).join('\n');
    case 'pengaduan':
      return (content.pengaduan ?? []).map((c) => (c.detail ? `${c.kind}: ${c.detail}` : c.kind)).join('\n');
    default:
      return content[key] ?? '';
  }
}

/** The cells of one service's row, by column key. */
export function standardRowCells(row: {
  unitCode: string | null;
  unitName: string;
  productName: string;
  status: string;
  content: StandardContent;
  publishManufacturing: boolean;
}): Record<string, string> {
  const cells: Record<string, string> = {
    kode_unit: row.unitCode ?? '',
    unit: row.unitName,
    nama_layanan: row.productName,
    status: row.status,
    publikasi_semua: row.publishManufacturing ? 'ya' : 'tidak',
  };
  for (const c of STANDARD_COMPONENTS) cells[c.key] = componentCell(c.key, row.content);
  return cells;
}

// ---------------------------------------------------------------- reading

const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export interface ParsedStandardRow {
  row: number;
  unitCode: string | null;
  unitName: string;
  productName: string;
  content: StandardContent;
  publishManufacturing: boolean;
}

const headerOf = (key: string) => STANDARD_COLUMNS.find((c) => c.key === key)!.header;

/**
 * One row's cells (by column key; null = empty) → the parsed service row, or null with its issues
 * pushed. Every cell is checked, so a row reports all its problems at once.
 */
export function parseStandardRow(
  row: number,
  cells: Record<string, string | null>,
  issues: StandardsIssue[],
): ParsedStandardRow | null {
  const before = issues.length;
  for (const c of STANDARD_COLUMNS)
    if (c.required && !cells[c.key]) issues.push(standardsIssue(row, c.header, 'field.required'));
  const content: Record<string, unknown> = {};
  const failed = new Set<string>();
  for (const c of STANDARD_COLUMNS) {
    const text = cells[c.key];
    if (!c.component || !text) continue;
    const parsed = parseComponent(c.component, text);
    if ('problem' in parsed) {
      issues.push(standardsIssue(row, c.header, parsed.problem.key, parsed.problem.params));
      failed.add(c.component);
    } else content[c.component] = parsed.value;
  }
  const flag = cells.publikasi_semua ? squash(cells.publikasi_semua) : 'tidak';
  if (!['ya', 'tidak', 'y', 't', 'yes', 'no'].includes(flag))
    issues.push(standardsIssue(row, headerOf('publikasi_semua'), 'standardsImport.yesNo'));
  const checked = StandardContentSchema.safeParse(content);
  if (!checked.success) {
    for (const i of checked.error.issues) {
      const key = String(i.path[0]) as StandardComponentKey;
      if (failed.has(key)) continue;
      failed.add(key);
      const where = i.path.length > 2 ? ` (${Number(i.path[1]) + 1})` : '';
      const header = headerOf(key);
      const msg = (l: 'id' | 'en') => `${zodIssueMessage(i as $ZodIssue, l)}${where}`;
      issues.push({ sheet: STANDARDS_SHEET, row, column: header, message: { id: msg('id'), en: msg('en') } });
    }
  }
  if (issues.length > before || !checked.success) return null;
  return {
    row,
    unitCode: cells.kode_unit ?? null,
    unitName: cells.unit!,
    productName: cells.nama_layanan!,
    content: checked.data,
    publishManufacturing: flag === 'ya' || flag === 'y' || flag === 'yes',
  };
}

/** Header text → column key (case, spaces, punctuation and `*` ignored; the key itself also matches). */
export function columnForHeader(header: string): StandardColumn | undefined {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const h = norm(header);
  return STANDARD_COLUMNS.find((c) => norm(c.header) === h || norm(c.key) === h);
}
