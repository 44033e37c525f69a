/**
 * Reads the Unit, Layanan and PIC sheets of an uploaded workbook with exceljs' streaming reader,
 * row by row, and stops at the first sheet that goes past MAX_DATA_ROWS: the whole workbook is
 * never held as cells in memory (a 400,000-row file used to take 2.5 GB). Runs in the worker
 * (see import-task.ts) after the zip guard has checked the entries.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { cellText, issue, type ImportIssue, type RawRow, type RawSheets } from './import-parse';
import { SHEETS, type RowValues, type SheetDef } from './import-template';
import type { ZipEntry } from './xlsx-guard';

/** Data rows allowed per sheet; a larger registry is imported in several files. */
export const MAX_DATA_ROWS = 20_000;
/** Rows present in the file at all (empty or formatted ones included, every sheet). */
export const MAX_SCANNED_ROWS = 5 * MAX_DATA_ROWS;

const normalizeHeader = (h: string) => h.replace(/\*/g, '').trim().toLowerCase().replace(/\s+/g, '_');

interface SheetState {
  def: SheetDef;
  positions: Map<string, number> | null;
  broken: boolean;
  rows: RawRow[];
}

/** Missing header columns become issues (once); returns whether the sheet can be read. */
function checkHeader(state: SheetState, issues: ImportIssue[]): boolean {
  if (state.positions === null) state.positions = new Map();
  const missing = state.def.columns.filter((c) => !state.positions!.has(c.key));
  for (const c of missing)
    issues.push(
      issue(state.def.name, 1, c.key, 'import.columnMissing', { column: c.key, sheet: state.def.name }),
    );
  state.broken = missing.length > 0;
  return !state.broken;
}

export interface ReadResult {
  sheets: RawSheets;
  /** Layout problems (missing sheet or column, no data, too many rows): nothing else is checked. */
  issues: ImportIssue[];
}

/**
 * Streams the three sheets into raw rows (names and headers matched loosely: case, spaces, `*`).
 * A sheet with more than MAX_DATA_ROWS data rows ends the read with one clear issue.
 */
/**
 * The parts of exceljs' streaming WorkbookReader used here (exceljs 4.4, its last release). Its own
 * `parse` reads the zip through unzipper and, when the consumer is slower than the zip, loses the
 * entries still buffered as the zip ends (a file's last sheet, or a workbook.xml written last, as
 * Excel and exceljs do); sheets met before the shared strings it spills to temporary files. So the
 * entries are handed to its parsers here, inflated by zlib from the zip the guard checked, in the
 * order the parsers need: relationships, workbook, shared strings, styles, then each sheet.
 */
interface StreamParsers {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
}

function entryStream(buf: Buffer, e: ZipEntry): Readable {
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const raw = Readable.from([data]);
  return e.method === 0 ? raw : raw.pipe(zlib.createInflateRaw());
}

/** The worksheets of the zip, in their sheet-number order, as exceljs' WorksheetReaders. */
export async function* worksheets(
  buf: Buffer,
  entries: ZipEntry[],
): AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  }) as unknown as StreamParsers & { sharedStrings?: unknown[]; model?: unknown };
  const find = (name: string) => entries.find((e) => e.name === name);
  const rels = find('xl/_rels/workbook.xml.rels');
  const book = find('xl/workbook.xml');
  if (!rels || !book) throw new Error('not a workbook');
  await reader._parseRels(entryStream(buf, rels));
  await reader._parseWorkbook(entryStream(buf, book));
  const strings = find('xl/sharedStrings.xml');
  reader.sharedStrings = [];
  if (strings) for await (const _ of reader._parseSharedStrings(entryStream(buf, strings)));
  const styles = find('xl/styles.xml');
  if (styles) await reader._parseStyles(entryStream(buf, styles));
  const sheets = entries
    .map((e) => ({ e, no: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(e.name)?.[1] }))
    .filter((s): s is { e: ZipEntry; no: string } => s.no !== undefined)
    .sort((x, y) => Number(x.no) - Number(y.no));
  for (const { e, no } of sheets)
    for (const event of reader._parseWorksheet(entryStream(buf, e), no)) yield event.value;
}

/**
 * Streams the three sheets into raw rows (names and headers matched loosely: case, spaces, `*`).
 * A sheet with more than MAX_DATA_ROWS data rows ends the read with one clear issue. `entries`
 * come from the zip guard, which checked their sizes.
 */
export async function readWorkbookStream(buf: Buffer, entries: ZipEntry[]): Promise<ReadResult> {
  const issues: ImportIssue[] = [];
  const sheets: RawSheets = { units: [], products: [], contacts: [] };
  const states = new Map<string, SheetState>();
  const reader = worksheets(buf, entries);
  let scanned = 0;
  for await (const ws of reader) {
    const name = String((ws as unknown as { name?: string }).name ?? '')
      .trim()
      .toLowerCase();
    const def = SHEETS.find((d) => d.name.toLowerCase() === name);
    const state: SheetState | undefined =
      def && !states.has(def.key) ? { def, positions: null, broken: false, rows: [] } : undefined;
    if (state) states.set(state.def.key, state);
    for await (const row of ws) {
      scanned += 1;
      if (scanned > MAX_SCANNED_ROWS) return tooMany(def?.name ?? name, MAX_SCANNED_ROWS);
      if (!state || state.broken) continue;
      if (row.number === 1) {
        state.positions = new Map();
        row.eachCell((cell, col) => {
          const h = cellText(cell.value);
          if (h && !state.positions!.has(normalizeHeader(h))) state.positions!.set(normalizeHeader(h), col);
        });
        checkHeader(state, issues);
        continue;
      }
      if (state.positions === null && !checkHeader(state, issues)) continue;
      const values: RowValues = {};
      let any = false;
      for (const c of state.def.columns) {
        const v = cellText(row.getCell(state.positions!.get(c.key)!).value);
        values[c.key] = v;
        if (v !== null) any = true;
      }
      if (!any) continue;
      state.rows.push({ row: row.number, values });
      if (state.rows.length > MAX_DATA_ROWS) return tooMany(state.def.name, MAX_DATA_ROWS);
    }
    if (state && state.positions === null) checkHeader(state, issues);
  }
  for (const def of SHEETS) {
    const state = states.get(def.key);
    if (!state) issues.push(issue(def.name, 0, '', 'import.sheetMissing', { sheet: def.name }));
    else if (!state.broken) sheets[def.key] = state.rows;
  }
  if (!issues.length && SHEETS.every((d) => sheets[d.key].length === 0))
    issues.push(issue('', 0, '', 'import.empty'));
  return { sheets, issues };
}

function tooMany(sheet: string, max: number): ReadResult {
  return {
    sheets: { units: [], products: [], contacts: [] },
    issues: [issue(sheet, 0, '', 'import.tooManyRows', { sheet, max: max.toLocaleString('id-ID') })],
  };
}
