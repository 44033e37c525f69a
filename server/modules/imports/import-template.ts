/**
 * The Excel layout shared by the import template, the import parser and the export, so that an
 * export can be filled in and uploaded again. Sheets: Unit, Layanan, PIC, and Petunjuk (help).
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PRODUCT_TYPES, SECTORS, UNIT_TYPES } from '../../../shared/contracts/enums';

export type SheetKey = 'units' | 'products' | 'contacts';

export interface ColumnDef {
  /** Header text without the required marker; also the key of preview rows. */
  key: string;
  required: boolean;
  width: number;
  /** Allowed values (a dropdown in the template). */
  values?: readonly string[];
  /** Stored as text so Excel keeps leading zeros (codes, phone numbers). */
  text?: boolean;
  help: string;
}

export interface SheetDef {
  key: SheetKey;
  name: string;
  columns: ColumnDef[];
}

/**
 * Codes starting with this prefix only link rows inside the file; the unit is stored without a code.
 * The export writes them for units that have no code, so Layanan/PIC rows can still point at them.
 */
export const LOCAL_REF_PREFIX = '#';

export const UNIT_SHEET: SheetDef = {
  key: 'units',
  name: 'Unit',
  columns: [
    {
      key: 'kode_unit',
      required: false,
      width: 16,
      text: true,
      help: 'Kode unit, unik dalam satu pemerintah (maks. 50 karakter). Dipakai oleh kolom kode_induk serta sheet Layanan dan PIC. Kode berawalan # hanya berlaku di dalam berkas ini; unitnya disimpan tanpa kode.',
    },
    {
      key: 'nama_unit',
      required: true,
      width: 40,
      help: 'Nama unit layanan, misalnya "Dinas Kesehatan" atau "Puskesmas Martapura" (maks. 200 karakter).',
    },
    { key: 'jenis', required: true, width: 14, values: UNIT_TYPES, help: 'Jenis unit.' },
    { key: 'sektor', required: true, width: 18, values: SECTORS, help: 'Sektor pelayanan.' },
    {
      key: 'kode_induk',
      required: false,
      width: 16,
      text: true,
      help: 'Kode unit induk: unit lain di berkas ini atau unit yang sudah terdaftar di pemerintah ini. Kosongkan untuk unit tingkat teratas.',
    },
    { key: 'alamat', required: false, width: 40, help: 'Alamat unit (maks. 500 karakter).' },
  ],
};

export const PRODUCT_SHEET: SheetDef = {
  key: 'products',
  name: 'Layanan',
  columns: [
    {
      key: 'kode_unit',
      required: true,
      width: 16,
      text: true,
      help: 'Kode unit penyelenggara: unit di sheet Unit atau unit yang sudah terdaftar.',
    },
    {
      key: 'nama_layanan',
      required: true,
      width: 40,
      help: 'Nama produk layanan, misalnya "Penerbitan Izin Usaha" (maks. 300 karakter).',
    },
    {
      key: 'jenis_layanan',
      required: true,
      width: 16,
      values: PRODUCT_TYPES,
      help: 'Jenis produk layanan (UU 25/2009 Pasal 5).',
    },
    { key: 'deskripsi', required: false, width: 50, help: 'Uraian singkat layanan (maks. 2000 karakter).' },
  ],
};

export const CONTACT_SHEET: SheetDef = {
  key: 'contacts',
  name: 'PIC',
  columns: [
    {
      key: 'kode_unit',
      required: true,
      width: 16,
      text: true,
      help: 'Kode unit tempat PIC bertugas: unit di sheet Unit atau unit yang sudah terdaftar.',
    },
    { key: 'nama', required: true, width: 30, help: 'Nama lengkap PIC (maks. 200 karakter).' },
    { key: 'jabatan', required: false, width: 24, help: 'Jabatan (maks. 200 karakter).' },
    {
      key: 'telepon',
      required: false,
      width: 18,
      text: true,
      help: 'Nomor telepon/HP diawali 0, 62 atau +62, misalnya 0812-3456-7890.',
    },
    { key: 'email', required: false, width: 28, help: 'Alamat email, misalnya nama@dinkes.go.id.' },
  ],
};

export const SHEETS: SheetDef[] = [UNIT_SHEET, PRODUCT_SHEET, CONTACT_SHEET];
export const HELP_SHEET_NAME = 'Petunjuk';

/** Header text as written: required columns carry an asterisk. */
export const headerText = (c: ColumnDef) => (c.required ? `${c.key}*` : c.key);

/** Rows that carry a dropdown in the template (Excel applies validation per cell range). */
const DROPDOWN_ROWS = 5000;

export type RowValues = Record<string, string | null>;

/** Row sources for each sheet; omitted sheets are written with headers only (the template). */
export type SheetRows = Partial<Record<SheetKey, AsyncIterable<RowValues[]>>>;

/**
 * Streams the workbook (template or export) into `out`: one sheet per list in the template layout,
 * dropdowns on the enumerated columns, and the Petunjuk sheet.
 */
export async function writeRegistryWorkbook(out: Writable, rows: SheetRows, title: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Patuh';
  wb.created = new Date();
  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      key: c.key,
      width: c.width,
      style: c.text ? { numFmt: '@' } : {},
    }));
    const header = ws.addRow(sheet.columns.map(headerText));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    header.commit();
    // The streaming writer has `dataValidations` at runtime; exceljs's typings omit it.
    const validations = (
      ws as unknown as { dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void } }
    ).dataValidations;
    sheet.columns.forEach((c, i) => {
      if (!c.values) return;
      const col = String.fromCharCode(65 + i);
      validations.add(`${col}2:${col}${DROPDOWN_ROWS + 1}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.values.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Nilai tidak dikenal',
        error: `Pilih salah satu: ${c.values.join(', ')}`,
      });
    });
    const source = rows[sheet.key];
    if (source) {
      for await (const batch of source) {
        for (const r of batch) ws.addRow(sheet.columns.map((c) => r[c.key] ?? null)).commit();
      }
    }
    ws.commit();
  }
  writeHelpSheet(wb, title);
  await wb.commit();
}

function writeHelpSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, title: string) {
  const ws = wb.addWorksheet(HELP_SHEET_NAME);
  ws.columns = [{ width: 12 }, { width: 18 }, { width: 8 }, { width: 70 }, { width: 60 }];
  const bold = (r: ExcelJS.Row) => {
    r.font = { bold: true };
    return r;
  };
  bold(ws.addRow([title])).commit();
  for (const line of [
    'Isi sheet Unit, Layanan dan PIC mulai baris ke-2. Jangan mengubah nama sheet maupun baris judul (baris ke-1).',
    'Kolom bertanda * wajib diisi. Baris yang seluruhnya kosong dilewati.',
    'Unit dirujuk dengan kode_unit. Layanan dan PIC boleh merujuk unit di berkas ini atau unit yang sudah terdaftar.',
    'Berkas diperiksa seluruhnya lebih dulu; data baru disimpan hanya jika tidak ada satu pun kesalahan.',
    'Berkas ekspor memakai susunan yang sama sehingga dapat diisi dan diunggah kembali ke pemerintah lain.',
  ])
    ws.addRow([line]).commit();
  ws.addRow([]).commit();
  bold(ws.addRow(['Sheet', 'Kolom', 'Wajib', 'Keterangan', 'Nilai yang diizinkan'])).commit();
  for (const sheet of SHEETS)
    for (const c of sheet.columns)
      ws.addRow([
        sheet.name,
        c.key,
        c.required ? 'ya' : 'tidak',
        c.help,
        c.values ? c.values.join(', ') : '',
      ]).commit();
  ws.commit();
}
