import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client';
import { AppError, NotFoundError } from '../../lib/errors';
import type { Locale } from '../../lib/messages';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { findGovernment } from '../registry/governments.repository';
import {
  countRows,
  issue,
  readWorkbook,
  recheckDrafts,
  validateSheets,
  type ImportDrafts,
  type ImportIssue,
  type RawSheets,
} from './import-parse';
import * as repo from './imports.repository';
import type { ImportDto } from './imports.schemas';

/** Runs work after the response is sent; the routes plugin tracks it so shutdown waits. */
export type RunInBackground = (task: () => Promise<void>) => void;

const PROGRESS_EVERY = 200;
const MAX_STORED_ERRORS = 1000;
const PREVIEW_ROWS = 20;
/** A validating/committing import that has not moved for this long was cut off (restart, crash). */
const STALE_MS = 15 * 60 * 1000;

type Preview = Record<'units' | 'products' | 'contacts', Record<string, string | number | null>[]>;
interface Payload {
  drafts?: ImportDrafts;
  preview: Preview;
}
interface Summary {
  units: number;
  products: number;
  contacts: number;
  errorCount?: number;
}

class StaleImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super('import is stale');
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Content check, not the extension: a zip container that exceljs can load and that has sheets. */
async function loadXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const unsupported = () => new AppError('UNSUPPORTED_FILE', 415, 'import.notXlsx');
  if (buffer.length < 4 || !buffer.subarray(0, 4).equals(ZIP_MAGIC)) throw unsupported();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unsupported();
  }
  if (wb.worksheets.length === 0) throw unsupported();
  return wb;
}

function previewOf(sheets: RawSheets): Preview {
  const take = (rows: RawSheets['units']) =>
    rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, ...r.values }));
  return { units: take(sheets.units), products: take(sheets.products), contacts: take(sheets.contacts) };
}

/**
 * Accepts an uploaded workbook for a government in reach: checks it really is .xlsx (415 otherwise,
 * nothing stored), records the import as `validating` and validates it in the background.
 */
export async function startImport(
  database: Database,
  actor: Actor,
  governmentId: string,
  file: { fileName: string; buffer: Buffer },
  run: RunInBackground,
): Promise<{ id: string; status: repo.ImportStatus }> {
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  const gov = await findGovernment(database.db, governmentId);
  if (!gov || gov.archivedAt) throw new NotFoundError();
  const wb = await loadXlsx(file.buffer);
  const { sheets, issues } = readWorkbook(wb);
  const row = await repo.insertImport(database.db, {
    governmentId,
    createdBy: actor.id,
    fileName: file.fileName,
    status: 'validating',
    totalRows: countRows(sheets),
    processedRows: 0,
    summary: { units: 0, products: 0, contacts: 0 } satisfies Summary,
    errors: [],
  });
  run(async () => {
    try {
      await validateImport(database, row.id, governmentId, sheets, issues);
    } catch (err) {
      await repo.updateImport(database.db, row.id, {
        status: 'failed',
        errors: [issue('', 0, '', 'import.internal')],
      });
      throw err;
    }
  });
  return { id: row.id, status: row.status };
}

/** Validates all rows against the government's current units; stores drafts, issues and a preview. */
async function validateImport(
  database: Database,
  id: string,
  governmentId: string,
  sheets: RawSheets,
  structural: ImportIssue[],
) {
  const db = database.db;
  const preview = previewOf(sheets);
  if (structural.length) {
    await repo.updateImport(db, id, {
      status: 'invalid',
      errors: structural,
      summary: { units: 0, products: 0, contacts: 0, errorCount: structural.length } satisfies Summary,
      payload: { preview } satisfies Payload,
    });
    return;
  }
  const existing = await repo.activeUnitCodes(db, governmentId);
  const { drafts, issues } = await validateSheets(
    sheets,
    existing,
    async (processed) => {
      await repo.updateImport(db, id, { processedRows: processed });
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    PROGRESS_EVERY,
  );
  const summary: Summary = {
    units: drafts.units.length,
    products: drafts.products.length,
    contacts: drafts.contacts.length,
  };
  if (issues.length) {
    await repo.updateImport(db, id, {
      status: 'invalid',
      errors: issues.slice(0, MAX_STORED_ERRORS),
      summary: { ...summary, errorCount: issues.length },
      payload: { preview } satisfies Payload,
    });
    return;
  }
  await repo.updateImport(db, id, {
    status: 'ready',
    errors: [],
    summary,
    payload: { drafts, preview } satisfies Payload,
  });
}

async function findInReach(database: Database, actor: Actor, id: string) {
  const row = await repo.findImport(database.db, id);
  if (!row || !reachesGovernment(actor.reach, row.governmentId)) throw new NotFoundError();
  return row;
}

/** The import with progress, summary, errors in the reader's language and a preview. */
export async function getImportForActor(
  database: Database,
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<ImportDto> {
  let row = await findInReach(database, actor, id);
  if (
    (row.status === 'validating' || row.status === 'committing') &&
    Date.now() - row.updatedAt.getTime() > STALE_MS
  ) {
    await repo.updateImport(database.db, id, {
      status: 'failed',
      errors: [issue('', 0, '', 'import.internal')],
    });
    row = (await repo.findImport(database.db, id))!;
  }
  const summary = (row.summary ?? {}) as Partial<Summary>;
  const errors = (row.errors ?? []) as ImportIssue[];
  const preview = ((row.payload as Payload | null)?.preview ?? {
    units: [],
    products: [],
    contacts: [],
  }) as ImportDto['preview'];
  return {
    id: row.id,
    governmentId: row.governmentId,
    fileName: row.fileName,
    status: row.status,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    summary: { units: summary.units ?? 0, products: summary.products ?? 0, contacts: summary.contacts ?? 0 },
    errors: errors.map((e) => ({ sheet: e.sheet, row: e.row, column: e.column, message: e.message[locale] })),
    errorCount: summary.errorCount ?? errors.length,
    preview,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Writes a `ready` import (409 otherwise) in the background: every unit, product and contact in one
 * transaction with one audit entry, or nothing (status `failed` with the reasons).
 */
export async function commitImportForActor(
  database: Database,
  actor: Actor,
  id: string,
  run: RunInBackground,
): Promise<{ id: string; status: repo.ImportStatus }> {
  const found = await findInReach(database, actor, id);
  const claimed = await repo.claimForCommit(database.db, id);
  if (!claimed)
    throw new AppError('CONFLICT', 409, 'conflict.importState', undefined, { status: found.status });
  run(() => writeImport(database, actor, claimed));
  return { id, status: claimed.status };
}

async function writeImport(database: Database, actor: Actor, row: repo.ImportRow) {
  const db = database.db;
  const drafts = (row.payload as Payload).drafts!;
  const preview = (row.payload as Payload).preview;
  let written = 0;
  // Progress is written outside the transaction; PGlite has one connection, so it only reports at the end.
  const progress = async (n: number) => {
    written += n;
    if (database.engine === 'postgres') await repo.updateImport(db, row.id, { processedRows: written });
  };
  try {
    await inTransaction(db, async (tx) => {
      const gov = await repo.lockGovernment(tx, row.governmentId);
      const existing = await repo.activeUnitCodes(tx, row.governmentId);
      const stale = recheckDrafts(drafts, existing);
      if (stale.length) throw new StaleImportError(stale);

      const idOf = new Map<string, string>();
      const newUnits = drafts.units.map((u) => {
        const unitId = crypto.randomUUID();
        if (u.ref) idOf.set(u.ref, unitId);
        return { u, unitId };
      });
      const resolve = (ref: string) => idOf.get(ref) ?? existing.get(ref)!;
      await repo.insertUnits(
        tx,
        newUnits.map(({ u, unitId }) => ({
          id: unitId,
          governmentId: row.governmentId,
          parentId: u.parentRef ? resolve(u.parentRef) : null,
          code: u.code,
          name: u.name,
          type: u.type,
          sector: u.sector,
          address: u.address,
        })),
        progress,
      );
      await repo.insertProducts(
        tx,
        drafts.products.map((p) => ({
          unitId: resolve(p.unitRef),
          governmentId: row.governmentId,
          name: p.name,
          type: p.type,
          description: p.description,
        })),
        progress,
      );
      await repo.insertContacts(
        tx,
        drafts.contacts.map((c) => ({
          unitId: resolve(c.unitRef),
          governmentId: row.governmentId,
          name: c.name,
          position: c.position,
          phone: c.phone,
          email: c.email,
        })),
        progress,
      );
      const summary = row.summary as Summary;
      await recordAudit(tx, actor, {
        action: 'import',
        entityType: 'import',
        entityId: row.id,
        governmentId: row.governmentId,
        officeId: gov?.officeId ?? null,
        after: { fileName: row.fileName, summary },
      });
      // Done in the same transaction as the rows: `done` is never seen without the data.
      await repo.updateImport(tx, row.id, {
        status: 'done',
        processedRows: written,
        payload: { preview } satisfies Payload,
      });
    });
  } catch (err) {
    const errors =
      err instanceof StaleImportError
        ? err.issues.slice(0, MAX_STORED_ERRORS)
        : [issue('', 0, '', 'import.internal')];
    await repo.updateImport(db, row.id, { status: 'failed', errors });
    if (!(err instanceof StaleImportError)) throw err;
  }
}
