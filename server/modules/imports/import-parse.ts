/**
 * Pure import logic, no I/O: the raw rows of the three sheets (read by import-read.ts) validated row by row with the same zod schemas as the registry API, plus the cross-row rules
 * (unique codes, parents that exist, no cycles, Layanan/PIC pointing at a known unit).
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { t, zodIssueMessage } from '../../lib/messages';
import {
  ContactCreateSchema,
  ProductCreateSchema,
  UnitCreateSchema,
} from '../../../shared/contracts/registry';
import {
  CONTACT_SHEET,
  LOCAL_REF_PREFIX,
  PRODUCT_SHEET,
  SHEETS,
  UNIT_SHEET,
  type RowValues,
  type SheetDef,
  type SheetKey,
} from './import-template';

/** One problem, already phrased in both languages (the reader picks by request locale). */
export interface ImportIssue {
  sheet: string;
  /** Row number as Excel shows it; 1 is the header row, 0 means the whole sheet or file. */
  row: number;
  column: string;
  message: { id: string; en: string };
}

export interface RawRow {
  row: number;
  values: RowValues;
}

export type RawSheets = Record<SheetKey, RawRow[]>;

export interface UnitDraft {
  row: number;
  /** kode_unit as written (including `#` local references); null when empty. */
  ref: string | null;
  /** Code to store: null for empty or local references. */
  code: string | null;
  name: string;
  type: z.infer<typeof UnitCreateSchema>['type'];
  sector: z.infer<typeof UnitCreateSchema>['sector'];
  address: string | null;
  parentRef: string | null;
}
export interface ProductDraft {
  row: number;
  unitRef: string;
  name: string;
  type: z.infer<typeof ProductCreateSchema>['type'];
  description: string | null;
}
export interface ContactDraft {
  row: number;
  unitRef: string;
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}
export interface ImportDrafts {
  units: UnitDraft[];
  products: ProductDraft[];
  contacts: ContactDraft[];
}

export function issue(
  sheet: string,
  row: number,
  column: string,
  key: string,
  params?: Record<string, string | number>,
): ImportIssue {
  return { sheet, row, column, message: { id: t(key, 'id', params), en: t(key, 'en', params) } };
}

function zodIssue(sheet: string, row: number, column: string, i: $ZodIssue): ImportIssue {
  return { sheet, row, column, message: { id: zodIssueMessage(i, 'id'), en: zodIssueMessage(i, 'en') } };
}

/** Text of a cell whatever Excel stored: rich text, hyperlinks (e-mails), formula results, numbers, dates. */
export function cellText(v: ExcelJS.CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  let s: string;
  if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else if (v instanceof Date) s = v.toISOString().slice(0, 10);
  else if ('richText' in v) s = v.richText.map((p) => p.text).join('');
  else if ('hyperlink' in v) return cellText((v as { text: ExcelJS.CellValue }).text);
  else if ('formula' in v || 'sharedFormula' in v)
    return cellText((v as { result?: ExcelJS.CellValue }).result);
  else if ('error' in v) s = String(v.error);
  else s = '';
  s = s.trim();
  return s === '' ? null : s;
}

interface RowCheck<T> {
  sheet: SheetDef;
  schema: z.ZodType<T>;
  /** zod field → column key. */
  columns: Record<string, string>;
}

/** Required cells, allowed values (case-insensitive) and the API's zod schema; returns parsed data or null. */
function checkRow<T>(r: RawRow, check: RowCheck<T>, issues: ImportIssue[]): T | null {
  const { sheet } = check;
  const reported = new Set<string>();
  const values = { ...r.values };
  for (const c of sheet.columns) {
    const v = values[c.key];
    if (v === null || v === undefined) {
      if (c.required) {
        issues.push(issue(sheet.name, r.row, c.key, 'field.required'));
        reported.add(c.key);
      }
      continue;
    }
    if (c.values) {
      const lower = v.toLowerCase();
      if (c.values.includes(lower)) values[c.key] = lower;
      else {
        issues.push(
          issue(sheet.name, r.row, c.key, 'import.choice', { value: v, values: c.values.join(', ') }),
        );
        reported.add(c.key);
      }
    }
  }
  const input: Record<string, string | undefined> = {};
  for (const [field, col] of Object.entries(check.columns)) input[field] = values[col] ?? undefined;
  const parsed = check.schema.safeParse(input);
  if (parsed.success) return reported.size ? null : parsed.data;
  for (const i of parsed.error.issues) {
    const col = check.columns[String(i.path[0])] ?? '';
    if (reported.has(col)) continue;
    reported.add(col);
    issues.push(zodIssue(sheet.name, r.row, col, i as $ZodIssue));
  }
  return null;
}

const unitCheck: RowCheck<z.infer<typeof UnitCreateSchema>> = {
  sheet: UNIT_SHEET,
  schema: UnitCreateSchema,
  columns: { code: 'kode_unit', name: 'nama_unit', type: 'jenis', sector: 'sektor', address: 'alamat' },
};
const productCheck: RowCheck<z.infer<typeof ProductCreateSchema>> = {
  sheet: PRODUCT_SHEET,
  schema: ProductCreateSchema,
  columns: { name: 'nama_layanan', type: 'jenis_layanan', description: 'deskripsi' },
};
const contactCheck: RowCheck<z.infer<typeof ContactCreateSchema>> = {
  sheet: CONTACT_SHEET,
  schema: ContactCreateSchema,
  columns: { name: 'nama', position: 'jabatan', phone: 'telepon', email: 'email' },
};

const isLocal = (code: string) => code.startsWith(LOCAL_REF_PREFIX);

/** Codes of the government's active units → unit id. */
export type ExistingUnits = Map<string, string>;

/**
 * Validates every row; `onProgress` is awaited every `every` rows so the caller can persist
 * progress and yield the event loop. Nothing is written: the result is drafts plus issues.
 */
export async function validateSheets(
  sheets: RawSheets,
  existing: ExistingUnits,
  onProgress: (processed: number) => Promise<void>,
  every = 200,
): Promise<{ drafts: ImportDrafts; issues: ImportIssue[] }> {
  const issues: ImportIssue[] = [];
  const drafts: ImportDrafts = { units: [], products: [], contacts: [] };
  let processed = 0;
  const tick = async () => {
    processed += 1;
    if (processed % every === 0) await onProgress(processed);
  };

  /** kode_unit → first row that declares it. */
  const fileRefs = new Map<string, UnitDraft>();
  for (const r of sheets.units) {
    const data = checkRow(r, unitCheck, issues);
    const ref = r.values.kode_unit ?? null;
    if (ref !== null) {
      const first = fileRefs.get(ref);
      if (first)
        issues.push(
          issue(UNIT_SHEET.name, r.row, 'kode_unit', 'import.codeDuplicate', { code: ref, row: first.row }),
        );
      else if (!isLocal(ref) && existing.has(ref))
        issues.push(issue(UNIT_SHEET.name, r.row, 'kode_unit', 'import.codeExists', { code: ref }));
    }
    const draft: UnitDraft = {
      row: r.row,
      ref,
      code: ref !== null && !isLocal(ref) ? ref : null,
      name: data?.name ?? '',
      type: data?.type ?? 'lainnya',
      sector: data?.sector ?? 'lainnya',
      address: data?.address ?? null,
      parentRef: r.values.kode_induk ?? null,
    };
    if (ref !== null && !fileRefs.has(ref)) fileRefs.set(ref, draft);
    if (data) drafts.units.push(draft);
    await tick();
  }

  // Parents: in the file or an existing unit; the chain of file parents must end (no cycle).
  const knownUnit = (ref: string) => fileRefs.has(ref) || (!isLocal(ref) && existing.has(ref));
  for (const r of sheets.units) {
    const parent = r.values.kode_induk;
    if (!parent) continue;
    if (parent === r.values.kode_unit)
      issues.push(issue(UNIT_SHEET.name, r.row, 'kode_induk', 'field.parentCycle'));
    else if (!knownUnit(parent))
      issues.push(issue(UNIT_SHEET.name, r.row, 'kode_induk', 'import.parentNotFound', { code: parent }));
  }
  for (const u of fileRefs.values()) {
    const seen = new Set<string>([u.ref!]);
    let next = u.parentRef;
    while (next && next !== u.ref && fileRefs.has(next) && !seen.has(next)) {
      seen.add(next);
      next = fileRefs.get(next)!.parentRef;
    }
    if (next && next === u.ref && u.parentRef !== u.ref)
      issues.push(issue(UNIT_SHEET.name, u.row, 'kode_induk', 'field.parentCycle'));
  }

  const unitRefIssue = (sheet: SheetDef, r: RawRow) => {
    const ref = r.values.kode_unit;
    if (ref && !knownUnit(ref)) {
      issues.push(issue(sheet.name, r.row, 'kode_unit', 'import.unitNotFound', { code: ref }));
      return true;
    }
    return false;
  };
  for (const r of sheets.products) {
    const data = checkRow(r, productCheck, issues);
    const bad = unitRefIssue(PRODUCT_SHEET, r);
    if (data && !bad && r.values.kode_unit)
      drafts.products.push({
        row: r.row,
        unitRef: r.values.kode_unit,
        name: data.name,
        type: data.type,
        description: data.description ?? null,
      });
    await tick();
  }
  for (const r of sheets.contacts) {
    const data = checkRow(r, contactCheck, issues);
    const bad = unitRefIssue(CONTACT_SHEET, r);
    if (data && !bad && r.values.kode_unit)
      drafts.contacts.push({
        row: r.row,
        unitRef: r.values.kode_unit,
        name: data.name,
        position: data.position ?? null,
        phone: data.phone ?? null,
        email: data.email ?? null,
      });
    await tick();
  }
  await onProgress(processed);
  issues.sort(
    (a, b) =>
      SHEETS.findIndex((s) => s.name === a.sheet) - SHEETS.findIndex((s) => s.name === b.sheet) ||
      a.row - b.row,
  );
  return { drafts, issues };
}

/**
 * Re-checks validated drafts against the government as it is at commit time (a unit code may have
 * been taken, or a referenced unit archived, since validation).
 */
export function recheckDrafts(drafts: ImportDrafts, existing: ExistingUnits): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const fileRefs = new Set(drafts.units.flatMap((u) => (u.ref ? [u.ref] : [])));
  const known = (ref: string) => fileRefs.has(ref) || (!isLocal(ref) && existing.has(ref));
  for (const u of drafts.units) {
    if (u.code && existing.has(u.code))
      issues.push(issue(UNIT_SHEET.name, u.row, 'kode_unit', 'import.codeExists', { code: u.code }));
    if (u.parentRef && !known(u.parentRef))
      issues.push(
        issue(UNIT_SHEET.name, u.row, 'kode_induk', 'import.parentNotFound', { code: u.parentRef }),
      );
  }
  for (const [sheet, rows] of [
    [PRODUCT_SHEET, drafts.products],
    [CONTACT_SHEET, drafts.contacts],
  ] as const)
    for (const r of rows)
      if (!known(r.unitRef))
        issues.push(issue(sheet.name, r.row, 'kode_unit', 'import.unitNotFound', { code: r.unitRef }));
  return issues;
}
