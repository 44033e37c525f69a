/**
 * The heavy part of an import, run in a worker thread (server/workers/heavy-tasks.ts): check the
 * zip's entries by inflating them, stream the sheets (bounded), validate every row. The main thread
 * only reads the government's unit codes before and stores the outcome after.
 */
import { AppError } from '../../lib/errors';
import { issue, validateSheets, type ImportDrafts, type ImportIssue, type RawSheets } from './import-parse';
import { readWorkbookStream } from './import-read';
import { inspectXlsxZip, verifyInflation } from './xlsx-guard';

const PREVIEW_ROWS = 20;

export type Preview = Record<'units' | 'products' | 'contacts', Record<string, string | number | null>[]>;

export interface ImportParseInput {
  /** The uploaded file (moved into the worker, not copied). */
  bytes: Uint8Array;
  /** The government's active unit codes → unit id, as read just before. */
  existing: [string, string][];
}

export interface ImportParseResult {
  totalRows: number;
  preview: Preview;
  /** Layout problems: nothing was validated. */
  structural: ImportIssue[];
  drafts: ImportDrafts;
  issues: ImportIssue[];
}

export function previewOf(sheets: RawSheets): Preview {
  const take = (rows: RawSheets['units']) =>
    rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, ...r.values }));
  return { units: take(sheets.units), products: take(sheets.products), contacts: take(sheets.contacts) };
}

const EMPTY: RawSheets = { units: [], products: [], contacts: [] };

function refused(structural: ImportIssue[]): ImportParseResult {
  return {
    totalRows: 0,
    preview: previewOf(EMPTY),
    structural,
    drafts: { units: [], products: [], contacts: [] },
    issues: [],
  };
}

/** Reads and validates an uploaded workbook; a file it cannot read is a layout issue, not a throw. */
export async function parseImport(input: ImportParseInput): Promise<ImportParseResult> {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  let read: Awaited<ReturnType<typeof readWorkbookStream>>;
  try {
    const entries = inspectXlsxZip(buf);
    verifyInflation(buf, entries);
    read = await readWorkbookStream(buf, entries);
  } catch (err) {
    if (err instanceof AppError) {
      const key = err.fields?.file?.message ?? err.messageKey;
      return refused([issue('', 0, '', key, err.fields?.file?.params)]);
    }
    return refused([issue('', 0, '', 'import.notXlsx')]);
  }
  const { sheets } = read;
  const totalRows = sheets.units.length + sheets.products.length + sheets.contacts.length;
  const preview = previewOf(sheets);
  if (read.issues.length) return { ...refused(read.issues), totalRows, preview };
  const { drafts, issues } = await validateSheets(sheets, new Map(input.existing), async () => undefined);
  return { totalRows, preview, structural: [], drafts, issues };
}
