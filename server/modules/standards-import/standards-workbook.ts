/**
 * The standards workbook's bytes, both ways, run in the heavy-work pool (server/workers/heavy-tasks.ts):
 * `renderStandardsXlsx` writes the Standar and Petunjuk sheets from rows the main thread read;
 * `parseStandardsXlsx` checks the zip (sizes, inflation), streams the Standar sheet through the
 * registry import's reader (bounded: MAX_STANDARD_ROWS) and parses every cell. No database here.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors';
import { cellText } from '../imports/import-parse';
import { worksheets } from '../imports/import-read';
import { inspectXlsxZip, verifyInflation } from '../imports/xlsx-guard';
import {
  columnForHeader,
  MAX_STANDARD_ROWS,
  parseStandardRow,
  PETUNJUK,
  STANDARD_COLUMNS,
  STANDARDS_HELP_SHEET,
  STANDARDS_SHEET,
  standardsIssue,
  type ParsedStandardRow,
  type StandardsIssue,
} from './standards-sheet';

export interface StandardsWorkbookInput {
  title: string;
  /** Cells by column key, one object per service. */
  rows: Record<string, string>[];
}

export async function renderStandardsXlsx(input: StandardsWorkbookInput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Patuh';
  wb.created = new Date();
  const ws = wb.addWorksheet(STANDARDS_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  ws.columns = STANDARD_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  }));
  const header = ws.addRow(STANDARD_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  for (const r of input.rows) ws.addRow(STANDARD_COLUMNS.map((c) => r[c.key] || null));

  const help = wb.addWorksheet(STANDARDS_HELP_SHEET);
  help.columns = [{ width: 34 }, { width: 10 }, { width: 110 }];
  help.addRow([input.title]).font = { bold: true };
  for (const line of PETUNJUK) help.addRow([line]);
  help.addRow([]);
  help.addRow(['Kolom', 'Wajib', 'Cara mengisi']).font = { bold: true };
  for (const c of STANDARD_COLUMNS)
    help.addRow([c.header, c.required ? 'ya' : 'tidak', c.help]).alignment = { wrapText: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface StandardsParseResult {
  /** Rows that parsed; meaningful only when `issues` is empty. */
  rows: ParsedStandardRow[];
  issues: StandardsIssue[];
}

function fileIssue(key: string, params?: Record<string, string | number>): StandardsParseResult {
  return { rows: [], issues: [{ ...standardsIssue(0, '', key, params), sheet: '' }] };
}

/** Reads and parses an uploaded standards workbook; an unreadable file is an issue, not a throw. */
export async function parseStandardsXlsx(input: { bytes: Uint8Array }): Promise<StandardsParseResult> {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const issues: StandardsIssue[] = [];
  const rows: ParsedStandardRow[] = [];
  let found = false;
  let dataRows = 0;
  try {
    const entries = inspectXlsxZip(buf);
    verifyInflation(buf, entries);
    for await (const ws of worksheets(buf, entries)) {
      const name = String((ws as unknown as { name?: string }).name ?? '').trim();
      const mine = !found && name.toLowerCase() === STANDARDS_SHEET.toLowerCase();
      let positions: Map<string, number> | null = null;
      for await (const row of ws) {
        if (!mine) continue;
        if (positions === null) {
          positions = new Map();
          row.eachCell((cell, col) => {
            const c = columnForHeader(cellText(cell.value) ?? '');
            if (c && !positions!.has(c.key)) positions!.set(c.key, col);
          });
          continue;
        }
        const cells: Record<string, string | null> = {};
        let any = false;
        for (const [key, col] of positions) {
          const v = cellText(row.getCell(col).value);
          cells[key] = v;
          if (v !== null && !STANDARD_COLUMNS.find((c) => c.key === key)?.info) any = true;
        }
        if (!any) continue;
        dataRows += 1;
        if (dataRows > MAX_STANDARD_ROWS)
          return fileIssue('standardsImport.tooManyRows', { max: MAX_STANDARD_ROWS.toLocaleString('id-ID') });
        const parsed = parseStandardRow(row.number, cells, issues);
        if (parsed) rows.push(parsed);
      }
      if (mine) {
        found = true;
        const missing = STANDARD_COLUMNS.filter(
          (c) => (c.required || c.component) && !(positions ?? new Map()).has(c.key),
        );
        if (missing.length)
          return {
            rows: [],
            issues: missing.map((c) =>
              standardsIssue(1, c.header, 'import.columnMissing', {
                column: c.header,
                sheet: STANDARDS_SHEET,
              }),
            ),
          };
      }
    }
  } catch (err) {
    if (err instanceof AppError)
      return fileIssue(err.fields?.file?.message ?? err.messageKey, err.fields?.file?.params);
    return fileIssue('import.notXlsx');
  }
  if (!found) return fileIssue('import.sheetMissing', { sheet: STANDARDS_SHEET });
  if (dataRows === 0) return fileIssue('standardsImport.empty');
  return { rows, issues };
}
