/**
 * Paper survey forms typed into Patuh's Excel template (sheet "Responden": Unit, Layanan, one column
 * per question code, the profile codes, Saran), written and read in the heavy-work pool. Reading
 * reuses the imports module's zip guard and streaming reader; every problem is a row-level issue
 * (row, field, message key) so the caller can refuse the whole file. Pure: data in, data out.
 */
import ExcelJS from 'exceljs';
import { cellText } from '../imports/import-parse';
import { worksheets } from '../imports/import-read';
import { inspectXlsxZip, verifyInflation } from '../imports/xlsx-guard';
import { AppError } from '../../lib/errors';

export const RESPONSES_SHEET = 'Responden';
export const MAX_IMPORT_ROWS = 5_000;
const PROFILE_FIELDS = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'] as const;

export interface ImportSpec {
  questions: string[];
  profile: Array<{ code: string; options: string[] }>;
  units: Array<{ id: string; name: string; products: Array<{ id: string; name: string }> }>;
}

export interface ImportIssueRow {
  row: number;
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ParsedResponseRow {
  row: number;
  unitId: string;
  productId: string | null;
  answers: Record<string, number | null>;
  profile: Record<string, string>;
  suggestion: string | null;
}

const headers = (spec: ImportSpec) => [
  'unit',
  'layanan',
  ...spec.questions,
  ...PROFILE_FIELDS.filter((f) => spec.profile.some((p) => p.code === f)),
  'saran',
];

/** The template: the Responden sheet with its header, and Petunjuk listing units, products and codes. */
export async function renderSurveyImportTemplate(spec: ImportSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(RESPONSES_SHEET);
  const cols = headers(spec);
  ws.columns = cols.map((h) => ({ header: h, key: h, width: h === 'saran' || h === 'unit' ? 36 : 12 }));
  ws.getRow(1).font = { bold: true };
  const help = wb.addWorksheet('Petunjuk');
  help.columns = [{ width: 40 }, { width: 60 }];
  help.addRow(['Satu baris per responden. Jawaban 1–4; kosongkan bila tidak dijawab.']);
  help.addRow(['One row per respondent. Answers 1–4; leave blank when not answered.']);
  help.addRow([]);
  help.addRow(['unit', 'layanan']).font = { bold: true };
  for (const u of spec.units) {
    help.addRow([u.name, '']);
    for (const p of u.products) help.addRow(['', p.name]);
  }
  help.addRow([]);
  for (const p of spec.profile) help.addRow([p.code, p.options.join(', ')]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function parseRow(
  n: number,
  cells: Map<string, string | null>,
  spec: ImportSpec,
  issues: ImportIssueRow[],
): ParsedResponseRow | null {
  const before = issues.length;
  const unitText = cells.get('unit') ?? '';
  const unit = spec.units.find((u) => norm(u.name) === norm(unitText));
  if (!unit) issues.push({ row: n, field: 'unit', message: 'surveyImport.unitUnknown' });
  let productId: string | null = null;
  const productText = cells.get('layanan');
  if (productText && unit) {
    const p = unit.products.find((x) => norm(x.name) === norm(productText));
    if (!p) issues.push({ row: n, field: 'layanan', message: 'surveyImport.productUnknown' });
    else productId = p.id;
  }
  const answers: Record<string, number | null> = {};
  for (const q of spec.questions) {
    const v = cells.get(q.toLowerCase());
    if (v === null || v === undefined) {
      answers[q] = null;
      continue;
    }
    const num = Number(v.replace(',', '.'));
    if (!Number.isInteger(num) || num < 1 || num > 4)
      issues.push({ row: n, field: q, message: 'surveyImport.answer' });
    else answers[q] = num;
  }
  if (
    spec.questions.every((q) => answers[q] === null || answers[q] === undefined) &&
    issues.length === before
  )
    issues.push({ row: n, field: spec.questions[0] ?? 'unit', message: 'surveyImport.noAnswer' });
  const profile: Record<string, string> = {};
  for (const p of spec.profile) {
    const v = cells.get(p.code);
    if (!v) continue;
    const code = p.options.find((o) => norm(o) === norm(v));
    if (!code)
      issues.push({
        row: n,
        field: p.code,
        message: 'surveyImport.profile',
        params: { values: p.options.join(', ') },
      });
    else profile[p.code] = code;
  }
  const suggestion = cells.get('saran') ?? null;
  if (suggestion && suggestion.length > 2000)
    issues.push({ row: n, field: 'saran', message: 'surveyImport.suggestionLong' });
  if (issues.length > before || !unit) return null;
  return { row: n, unitId: unit.id, productId, answers, profile, suggestion };
}

const fileIssue = (message: string, params?: Record<string, string | number>) => ({
  rows: [] as ParsedResponseRow[],
  issues: [{ row: 0, field: 'file', message, ...(params ? { params } : {}) }],
});

/** Reads an uploaded workbook; an unreadable file is an issue, not a throw. */
export async function parseSurveyImport(input: {
  bytes: Uint8Array;
  spec: ImportSpec;
}): Promise<{ rows: ParsedResponseRow[]; issues: ImportIssueRow[] }> {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const issues: ImportIssueRow[] = [];
  const rows: ParsedResponseRow[] = [];
  const want = headers(input.spec).map((h) => h.toLowerCase());
  let found = false;
  let count = 0;
  try {
    const entries = inspectXlsxZip(buf);
    verifyInflation(buf, entries);
    for await (const ws of worksheets(buf, entries)) {
      const name = String((ws as unknown as { name?: string }).name ?? '').trim();
      const mine = !found && name.toLowerCase() === RESPONSES_SHEET.toLowerCase();
      let positions: Map<string, number> | null = null;
      for await (const row of ws) {
        if (!mine) continue;
        if (positions === null) {
          positions = new Map();
          row.eachCell((cell, col) => {
            const h = (cellText(cell.value) ?? '').toLowerCase();
            if (want.includes(h) && !positions!.has(h)) positions!.set(h, col);
          });
          const missing = want.filter((h) => !positions!.has(h) && h !== 'layanan' && h !== 'saran');
          if (missing.length)
            return fileIssue('import.columnMissing', { column: missing.join(', '), sheet: RESPONSES_SHEET });
          continue;
        }
        const cells = new Map<string, string | null>();
        let any = false;
        for (const [h, col] of positions) {
          const v = cellText(row.getCell(col).value);
          cells.set(h, v);
          if (v !== null) any = true;
        }
        if (!any) continue;
        if (++count > MAX_IMPORT_ROWS)
          return fileIssue('surveyImport.tooManyRows', { max: MAX_IMPORT_ROWS.toLocaleString('id-ID') });
        const parsed = parseRow(row.number, cells, input.spec, issues);
        if (parsed) rows.push(parsed);
      }
      if (mine) found = true;
    }
  } catch (err) {
    if (err instanceof AppError)
      return fileIssue(err.fields?.file?.message ?? err.messageKey, err.fields?.file?.params);
    return fileIssue('import.notXlsx');
  }
  if (!found) return fileIssue('import.sheetMissing', { sheet: RESPONSES_SHEET });
  if (count === 0) return fileIssue('surveyImport.empty');
  return { rows, issues };
}
