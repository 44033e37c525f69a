/**
 * A government's service standards out to and in from Patuh's Excel template. Export: every service
 * in reach with its set version, else its open draft, else empty cells (the template to fill).
 * Import: the file is checked on the request (a zip within the size limits, else 415/400), read
 * and parsed in a worker, matched to the government's services in reach, and — only when no row
 * has a problem — written in one transaction into each service's OPEN DRAFT (updated, or created
 * as the next version). A set version is never touched: setting stays a decree in Patuh.
 */
import type { StandardsImportResult } from '../../../shared/contracts/standards-import';
import { STANDARD_STATUS_LABELS, type StandardContent } from '../../../shared/contracts/standards';
import { STANDARD_COMPONENT_KEYS } from '../../../shared/standards/components';
import type { Database, Executor } from '../../db/client';
import { AppError, ConflictError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { recordAudit } from '../audit/audit.repository';
import { findGovernmentInReach, findImportableGovernment } from '../imports/imports.access';
import { inspectXlsxZip } from '../imports/xlsx-guard';
import * as repo from './standards-import.repository';
import {
  standardRowCells,
  standardsIssue,
  type ParsedStandardRow,
  type StandardsIssue,
} from './standards-sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface StandardsFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** The workbook of a government's standards (reach-checked; a PIC gets their units' services). */
export async function exportStandards(
  db: Executor,
  actor: Actor,
  governmentId: string,
): Promise<StandardsFile> {
  const gov = await findGovernmentInReach(db, actor, governmentId);
  const [services, live] = await Promise.all([
    repo.servicesOf(db, governmentId, actor.reach),
    repo.liveStandardsOf(db, governmentId),
  ]);
  const set = new Map<string, repo.StandardRow>();
  const open = new Map<string, repo.StandardRow>();
  for (const s of live) (s.status === 'ditetapkan' ? set : open).set(s.productId, s);
  const rows = services.map((p) => {
    const s = set.get(p.productId) ?? open.get(p.productId);
    return standardRowCells({
      unitCode: p.unitCode,
      unitName: p.unitName,
      productName: p.productName,
      status: s ? `${STANDARD_STATUS_LABELS[s.status].id} (versi ${s.version})` : 'Belum ada',
      content: s?.content ?? {},
      publishManufacturing: s?.publishManufacturing ?? false,
    });
  });
  const date = new Date().toISOString().slice(0, 10);
  const bytes = await runHeavy('standards-xlsx', {
    title: `Standar pelayanan — ${gov.name} — ${date}`,
    rows,
  });
  return {
    fileName: `standar-pelayanan-${slug(gov.name)}-${date}.xlsx`,
    contentType: XLSX_TYPE,
    body: asBuffer(bytes),
  };
}

/** Bad rows: nothing was written. */
export class StandardsImportInvalid extends AppError {
  constructor(readonly issues: StandardsIssue[]) {
    super('VALIDATION_FAILED', 400, 'standardsImport.invalid', undefined, { count: issues.length });
  }
}

/** Stable JSON (jsonb reorders object keys) to tell whether a component changed. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}
const changedComponents = (before: StandardContent, after: StandardContent) =>
  STANDARD_COMPONENT_KEYS.filter((k) => canonical(before[k]) !== canonical(after[k]));

interface Matched {
  row: ParsedStandardRow;
  productId: string;
  unitId: string;
}

/** Each parsed row → one service of the government in reach, or a row issue. */
function matchRows(
  rows: ParsedStandardRow[],
  services: repo.ServiceRow[],
  issues: StandardsIssue[],
): Matched[] {
  const byKey = new Map<string, repo.ServiceRow[]>();
  const add = (k: string, s: repo.ServiceRow) => byKey.set(k, [...(byKey.get(k) ?? []), s]);
  for (const s of services) {
    if (s.unitCode) add(`c:${s.unitCode.trim()}\u0000${squash(s.productName)}`, s);
    add(`n:${squash(s.unitName)}\u0000${squash(s.productName)}`, s);
  }
  const firstRow = new Map<string, number>();
  const out: Matched[] = [];
  for (const r of rows) {
    const key = r.unitCode
      ? `c:${r.unitCode.trim()}\u0000${squash(r.productName)}`
      : `n:${squash(r.unitName)}\u0000${squash(r.productName)}`;
    const found = byKey.get(key) ?? [];
    const where = { service: r.productName, unit: r.unitCode ?? r.unitName };
    if (found.length === 0) {
      issues.push(standardsIssue(r.row, 'Nama Layanan', 'standardsImport.productNotFound', where));
      continue;
    }
    if (found.length > 1) {
      issues.push(standardsIssue(r.row, 'Unit', 'standardsImport.productAmbiguous', where));
      continue;
    }
    const s = found[0]!;
    const seen = firstRow.get(s.productId);
    if (seen !== undefined) {
      issues.push(standardsIssue(r.row, 'Nama Layanan', 'standardsImport.productDuplicate', { row: seen }));
      continue;
    }
    firstRow.set(s.productId, r.row);
    out.push({ row: r, productId: s.productId, unitId: s.unitId });
  }
  return out;
}

/**
 * Imports a filled workbook into the government's drafts: 415 for a file that is not an Excel
 * workbook, StandardsImportInvalid (400, row-level issues) when any row is bad — nothing written —
 * else every row's open draft in one transaction with one audit entry.
 */
export async function importStandards(
  database: Database,
  actor: Actor,
  governmentId: string,
  file: { fileName: string; buffer: Buffer },
): Promise<StandardsImportResult> {
  const gov = await findImportableGovernment(database.db, actor, governmentId);
  inspectXlsxZip(file.buffer);
  const bytes = new Uint8Array(file.buffer);
  const parsed = await runHeavy('standards-parse', { bytes }, { transfer: [bytes.buffer as ArrayBuffer] });
  if (parsed.issues.some((i) => i.row <= 1)) throw new StandardsImportInvalid(parsed.issues);
  const issues = [...parsed.issues];
  const services = await repo.servicesOf(database.db, governmentId, actor.reach);
  const matched = matchRows(parsed.rows, services, issues);
  if (issues.length) throw new StandardsImportInvalid(sortIssues(issues));

  return inTransaction(database.db, async (tx) => {
    const live = await repo.liveStandardsOf(tx, governmentId);
    const set = new Map<string, repo.StandardRow>();
    const open = new Map<string, repo.StandardRow>();
    for (const s of live) (s.status === 'ditetapkan' ? set : open).set(s.productId, s);
    const late: StandardsIssue[] = [];
    for (const m of matched)
      if (actor.role === 'unit_pic' && open.get(m.productId)?.status === 'diajukan')
        late.push(standardsIssue(m.row.row, 'Nama Layanan', 'standardsImport.submitted'));
    if (late.length) throw new StandardsImportInvalid(late);

    const fresh = matched.filter((m) => !open.has(m.productId));
    const versions = await repo.latestVersions(
      tx,
      fresh.map((m) => m.productId),
    );
    const now = new Date();
    const created = await repo.insertDrafts(
      tx,
      fresh.map((m) => ({
        productId: m.productId,
        unitId: m.unitId,
        governmentId,
        version: (versions.get(m.productId) ?? 0) + 1,
        status: 'draft' as const,
        content: m.row.content,
        publishManufacturing: m.row.publishManufacturing,
        basedOnVersion: set.get(m.productId)?.version ?? null,
        createdBy: actor.id,
        createdAt: now,
        updatedBy: actor.id,
        updatedAt: now,
      })),
    );
    const edits = created.map((c, i) => ({
      standardId: c.id,
      userId: actor.id,
      components: changedComponents(set.get(fresh[i]!.productId)?.content ?? {}, fresh[i]!.row.content),
    }));
    let updated = 0;
    for (const m of matched) {
      const d = open.get(m.productId);
      if (!d) continue;
      const changed = changedComponents(d.content, m.row.content);
      if (changed.length === 0 && d.publishManufacturing === m.row.publishManufacturing) continue;
      const ok = await repo.updateDraft(tx, {
        id: d.id,
        rowVersion: d.rowVersion,
        content: m.row.content,
        publishManufacturing: m.row.publishManufacturing,
        userId: actor.id,
      });
      if (!ok) throw new ConflictError('standardsImport.conflict');
      updated += 1;
      edits.push({ standardId: d.id, userId: actor.id, components: changed });
    }
    await repo.insertEdits(
      tx,
      edits.filter((e) => e.components.length > 0),
    );
    const counts = {
      rows: matched.length,
      created: created.length,
      updated,
      unchanged: matched.length - created.length - updated,
    };
    await recordAudit(tx, actor, {
      action: 'import',
      // An Excel import like the registry's (its entity is the government: no import row is kept).
      entityType: 'import',
      entityId: governmentId,
      governmentId,
      officeId: gov.officeId ?? null,
      after: {
        title: `Impor standar pelayanan: ${file.fileName}`,
        kind: 'standar_pelayanan',
        fileName: file.fileName,
        ...counts,
      },
    });
    return counts;
  });
}

const sortIssues = (issues: StandardsIssue[]) => [...issues].sort((a, b) => a.row - b.row);
