/**
 * The national results export (issue 4): the ranked results of a cycle, restricted to the actor's
 * reach, written as .xlsx or PDF by a background job in the app process (ADR 0001). Rows come from
 * the database in keyset batches; progress is written after every batch. The file itself is written
 * by a worker thread of the heavy-work pool (results-file.ts): exceljs' streaming writer for the
 * .xlsx, pdfmake for the PDF (results-pdf.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ResultsExportDto, ResultsExportFormat } from '../../../shared/contracts/reports';
import { zoneOfOffice } from '../../../shared/format/time-zones';
import type { Database } from '../../db/client';
import { ConflictError, NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { frameworkOf, assertResultsVisible, cycleForActor } from '../assessments/assessments.access';
import { rankedPage, type RankedRow } from '../assessments/results/results.repository';
import type { RunInBackground } from '../imports/imports.service';
import { runHeavy } from '../../workers/heavy';
import * as repo from './results-export.repository';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';

/** Rows read per query (keyset page). */
export const EXPORT_BATCH = 1000;
/** A queued/running export that has not moved for this long was cut off (restart, crash). */
const STALE_MS = 15 * 60 * 1000;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';
const CONTENT_TYPE: Record<ResultsExportFormat, string> = { xlsx: XLSX_TYPE, pdf: PDF_TYPE };

export function exportsDir(dataDir: string): string {
  return path.join(dataDir, 'exports');
}

function dto(row: repo.ResultsExportRow): ResultsExportDto {
  const stale =
    (row.status === 'queued' || row.status === 'running') && Date.now() - row.updatedAt.getTime() > STALE_MS;
  return {
    id: row.id,
    cycleId: row.cycleId,
    status: stale ? 'failed' : row.status,
    format: row.format,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    fileName: row.fileName,
    size: row.size,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Government ids the actor's export holds: admin every government of the cycle, others their reach. */
const scopeOf = (actor: Actor): string[] | undefined =>
  actor.reach.all ? undefined : actor.reach.governmentIds;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);

/** The slug with the year at the end, once ("penilaian-2024", not "penilaian-2024-2024"). */
export const yearOnce = (name: string, year: number) =>
  new RegExp(`(^|-)${year}(-|$)`).test(name) ? name : `${name}-${year}`;

/**
 * Starts an export of the cycle's results for the actor (cycle in reach, else 404; government roles
 * 409 until publication) as .xlsx or PDF: records it as `queued` and writes the file in the
 * background.
 */
export async function startResultsExport(
  database: Database,
  actor: Actor,
  cycleId: string,
  dataDir: string,
  run: RunInBackground,
  format: ResultsExportFormat = 'xlsx',
): Promise<{ id: string; status: repo.ResultsExportStatus }> {
  const cycle = await cycleForActor(database.db, actor, cycleId);
  assertResultsVisible(actor, cycle);
  const governmentIds = scopeOf(actor);
  const row = await repo.insertExport(database.db, {
    cycleId,
    requestedBy: actor.id,
    status: 'queued',
    format,
    totalRows: await repo.countCycleGovernments(database.db, cycleId, governmentIds),
    fileName: `hasil-${yearOnce(slug(cycle.name) || 'siklus', cycle.year)}.${format}`,
    storageName: `${crypto.randomUUID()}.${format}`,
  });
  run(async () => {
    try {
      await writeResultsExport(database, row, cycle, governmentIds, dataDir);
    } catch (err) {
      await repo.updateExport(database.db, row.id, { status: 'failed', error: 'export.failed' });
      await fs.promises.rm(path.join(exportsDir(dataDir), row.storageName), { force: true });
      throw err;
    }
  });
  return { id: row.id, status: row.status };
}

/** Reads the ranked rows in keyset batches, writing progress per batch, then has a worker write the file. */
async function writeResultsExport(
  database: Database,
  row: repo.ResultsExportRow,
  cycle: { name: string; year: number; frameworkId: string },
  governmentIds: string[] | undefined,
  dataDir: string,
): Promise<void> {
  const db = database.db;
  await repo.updateExport(db, row.id, { status: 'running' });
  const framework = await frameworkOf(db, cycle);
  const dims = framework.nodes.map((n) => ({ code: n.code, name: n.name.id }));
  const dir = exportsDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, row.storageName);

  // The rows are read here (the national set is one cycle's governments, ~600); the file is
  // written in a worker thread, so laying out the PDF or zipping the .xlsx stalls no request.
  const rows: RankedRow[] = [];
  let after: [number, string] | null = null;
  for (;;) {
    const batch: RankedRow[] = await rankedPage(db, row.cycleId, {
      governmentIds,
      sort: 'score',
      dir: 'desc',
      after,
      limit: EXPORT_BATCH - 1, // rankedPage reads limit + 1 rows (its "has more" probe): one batch = 1,000 rows
    });
    rows.push(...batch);
    await repo.updateExport(db, row.id, { processedRows: rows.length });
    if (batch.length < EXPORT_BATCH) break;
    const last = batch.at(-1)!;
    after = [last.sort_score, last.government_id];
  }
  await runHeavy('results-file', {
    format: row.format,
    file,
    meta: {
      cycleName: cycle.name,
      year: cycle.year,
      framework: {
        name: frameworkDisplayName(framework.name.id, framework.compiledBy, 'id'),
        version: framework.version,
      },
      dimensions: dims,
      generatedAt: new Date().toISOString(),
      timeZone: zoneOfOffice(await repo.cycleOfficeProvinces(db, row.cycleId)),
    },
    rows,
  });
  const processed = rows.length;
  const { size } = await fs.promises.stat(file);
  await repo.updateExport(db, row.id, {
    status: 'done',
    processedRows: processed,
    totalRows: processed,
    size,
  });
}

/** An export the actor may read: their own (admins: any). Others read as 404. */
async function exportForActor(database: Database, actor: Actor, id: string) {
  const row = await repo.findExport(database.db, id);
  if (!row || (row.requestedBy !== actor.id && !actor.reach.all)) throw new NotFoundError();
  await cycleForActor(database.db, actor, row.cycleId);
  return row;
}

/** Status and progress of an export. */
export async function getResultsExport(
  database: Database,
  actor: Actor,
  id: string,
): Promise<ResultsExportDto> {
  return dto(await exportForActor(database, actor, id));
}

/** The finished file (409 while it is still being written or when it failed). */
export async function openResultsExportFile(database: Database, actor: Actor, id: string, dataDir: string) {
  const row = await exportForActor(database, actor, id);
  if (row.status !== 'done') throw new ConflictError('conflict.exportNotReady');
  const stream = await fs.promises
    .open(path.join(exportsDir(dataDir), row.storageName), 'r')
    .then((h) => h.createReadStream())
    .catch(() => {
      throw new NotFoundError();
    });
  return { fileName: row.fileName, size: row.size, contentType: CONTENT_TYPE[row.format], stream };
}
