import crypto from 'node:crypto';
import type { ImportAccepted, ImportDto } from '../../../shared/contracts/imports';
import type { Database } from '../../db/client';
import { AppError, ConflictError } from '../../lib/errors';
import type { Locale } from '../../lib/messages';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { runHeavy } from '../../workers/heavy';
import { recordAudit } from '../audit/audit.repository';
import { issue, recheckDrafts, type ImportDrafts, type ImportIssue } from './import-parse';
import type { ImportParseResult, Preview } from './import-task';
import { findImportableGovernment, findReadableImport } from './imports.access';
import * as repo from './imports.repository';
import { inspectXlsxZip } from './xlsx-guard';

/** Runs work after the response is sent; the routes plugin tracks it so shutdown waits. */
export type RunInBackground = (task: () => Promise<void>) => void;

const MAX_STORED_ERRORS = 1000;
/** A validating/committing import that has not moved for this long was cut off (restart, crash). */
const STALE_MS = 15 * 60 * 1000;

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

const running = () => new ConflictError('conflict.importRunning');

/**
 * Records a new `validating` import, the government's one running import: a second one while
 * another is validating or committing is refused (409) by the partial unique index
 * imports_running_government_idx, so two uploads at the same moment cannot both pass. An import
 * a dead process left running longer than STALE_MS is marked failed first.
 */
async function claimImportSlot(
  database: Database,
  values: Parameters<typeof repo.insertImport>[1],
): Promise<repo.ImportRow> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await repo.insertImport(database.db, values);
    } catch (err) {
      if (!repo.isRunningImportConflict(err)) throw err;
      if (attempt > 0 || !(await repo.failStaleRunning(database.db, values.governmentId, STALE_MS)))
        throw running();
    }
  }
}

/**
 * Accepts an uploaded workbook for a government in reach: checks on the request that it is a zip
 * whose entries declare at most MAX_UNCOMPRESSED_BYTES (415/400 otherwise, nothing stored), claims
 * the government's one import slot (409 while another runs), and reads and validates the file in a
 * worker thread (streamed, at most MAX_DATA_ROWS per sheet), so the server keeps answering.
 */
export async function startImport(
  database: Database,
  actor: Actor,
  governmentId: string,
  file: { fileName: string; buffer: Buffer },
  run: RunInBackground,
): Promise<ImportAccepted> {
  await findImportableGovernment(database.db, actor, governmentId);
  inspectXlsxZip(file.buffer);
  const row = await claimImportSlot(database, {
    governmentId,
    createdBy: actor.id,
    fileName: file.fileName,
    status: 'validating',
    totalRows: 0,
    processedRows: 0,
    summary: { units: 0, products: 0, contacts: 0 } satisfies Summary,
    errors: [],
  });
  // Moved into the worker, not copied: the upload's buffer may share a pooled allocation.
  const bytes = new Uint8Array(file.buffer);
  run(async () => {
    try {
      await validateImport(database, row.id, governmentId, bytes);
    } catch (err) {
      await repo.updateImport(database.db, row.id, {
        status: 'failed',
        errors: [issue('', 0, '', 'import.internal')],
      });
      if (!(err instanceof AppError)) throw err;
    }
  });
  return { id: row.id, status: row.status };
}

/** Has a worker read and validate the file against the government's current units; stores the outcome. */
async function validateImport(database: Database, id: string, governmentId: string, bytes: Uint8Array) {
  const db = database.db;
  const existing = await repo.activeUnitCodes(db, governmentId);
  const result: ImportParseResult = await runHeavy(
    'import-parse',
    { bytes, existing: [...existing] },
    { transfer: [bytes.buffer as ArrayBuffer] },
  );
  const { preview, totalRows, drafts, structural } = result;
  if (structural.length) {
    await repo.updateImport(db, id, {
      status: 'invalid',
      totalRows,
      processedRows: totalRows,
      errors: structural,
      summary: { units: 0, products: 0, contacts: 0, errorCount: structural.length } satisfies Summary,
      payload: { preview } satisfies Payload,
    });
    return;
  }
  const summary: Summary = {
    units: drafts.units.length,
    products: drafts.products.length,
    contacts: drafts.contacts.length,
  };
  if (result.issues.length) {
    await repo.updateImport(db, id, {
      status: 'invalid',
      totalRows,
      processedRows: totalRows,
      errors: result.issues.slice(0, MAX_STORED_ERRORS),
      summary: { ...summary, errorCount: result.issues.length },
      payload: { preview } satisfies Payload,
    });
    return;
  }
  await repo.updateImport(db, id, {
    status: 'ready',
    totalRows,
    processedRows: totalRows,
    errors: [],
    summary,
    payload: { drafts, preview } satisfies Payload,
  });
}

/** The import with progress, summary, errors in the reader's language and a preview. */
export async function getImportForActor(
  database: Database,
  actor: Actor,
  id: string,
  locale: Locale,
): Promise<ImportDto> {
  let row = await findReadableImport(database.db, actor, id);
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
): Promise<ImportAccepted> {
  const found = await findReadableImport(database.db, actor, id);
  const claimed = await repo.claimForCommit(database.db, id).catch((err: unknown) => {
    // Another import of the government is validating or committing (the one-running index).
    if (repo.isRunningImportConflict(err)) throw running();
    throw err;
  });
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
