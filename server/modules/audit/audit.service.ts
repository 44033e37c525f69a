import { stringify } from 'csv-stringify/sync';
import type {
  AuditActors,
  AuditEntryDto,
  AuditExportQuery,
  AuditPage,
  AuditQuery,
} from '../../../shared/contracts/audit';
import { roleCan } from '../../../shared/permissions';
import type { Executor } from '../../db/client';
import { defuseCsvCell } from '../../lib/csv-cell';
import type { Actor } from '../../lib/reach';
import { auditChanges, entityLabel, referencedIds, type NameLookup } from './audit-describe';
import { auditReadScope } from './audit.access';
import { listAudit, listAuditActors, namesByIds, type AuditFilter } from './audit.repository';

/** How many rows one export carries at most (newest first). */
export const AUDIT_EXPORT_MAX = 10_000;

function filterOf(q: AuditExportQuery & { cursor?: number }, limit: number): AuditFilter {
  const day = (d: string, plus: number) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000);
  return {
    actorId: q.actorId,
    entityType: q.entityType,
    entityId: q.entityId,
    action: q.action,
    fromAt: q.from ? day(q.from, 0) : undefined,
    toAt: q.to ? day(q.to, 1) : undefined,
    beforeId: q.cursor,
    limit,
  };
}

type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

/** Names of every record the rows refer to (one query per kind of record). */
function lookupNames(db: Executor, rows: AuditRow[]): Promise<Map<string, string>> {
  return namesByIds(db, referencedIds(rows.flatMap((r) => [r.before, r.after])));
}

function describe(row: AuditRow, mayReadPersonal: boolean, names: NameLookup): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: entityLabel(row.before, row.after),
    governmentId: row.governmentId,
    changes: auditChanges(row.before, row.after, mayReadPersonal, names),
  };
}

/**
 * The audit trail the actor may read (everything for admins, their own government for
 * coordinators), filtered by person, kind of record, action and days, with the changed fields in
 * words; personal fields masked for roles without `personal.read`.
 */
export async function listAuditForActor(db: Executor, actor: Actor, q: AuditQuery): Promise<AuditPage> {
  const rows = await listAudit(db, auditReadScope(actor, q.governmentId), filterOf(q, q.limit));
  const page = rows.slice(0, q.limit);
  const mayReadPersonal = roleCan(actor.role, 'personal.read');
  const names = await lookupNames(db, page);
  return {
    items: page.map((r) => describe(r, mayReadPersonal, names)),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The people who appear in the actor's part of the log. */
export async function listAuditActorsForActor(
  db: Executor,
  actor: Actor,
  governmentId: string | undefined,
): Promise<AuditActors> {
  const rows = await listAuditActors(db, auditReadScope(actor, governmentId));
  return { items: rows.map((r) => ({ id: r.id ?? '', name: r.name ?? '' })) };
}

/**
 * The filtered log as CSV (one row per changed field, at most `AUDIT_EXPORT_MAX` entries), with the
 * same masking as the page. Times in ISO 8601 UTC so a spreadsheet can convert them.
 */
export async function exportAuditCsv(db: Executor, actor: Actor, q: AuditExportQuery) {
  const rows = await listAudit(db, auditReadScope(actor, q.governmentId), filterOf(q, AUDIT_EXPORT_MAX - 1));
  const mayReadPersonal = roleCan(actor.role, 'personal.read');
  const names = await lookupNames(db, rows);
  const lines: string[][] = [
    [
      'id',
      'waktu_utc',
      'oleh',
      'tindakan',
      'jenis_data',
      'id_data',
      'nama_data',
      'kolom',
      'sebelum',
      'sesudah',
    ],
  ];
  for (const row of rows.slice(0, AUDIT_EXPORT_MAX)) {
    const e = describe(row, mayReadPersonal, names);
    const head = [
      String(e.id),
      e.at,
      e.actorName ?? '',
      e.action,
      e.entityType,
      e.entityId,
      e.entityLabel ?? '',
    ];
    if (e.changes.length === 0) lines.push([...head, '', '', '']);
    for (const c of e.changes) lines.push([...head, c.field, c.before ?? '', c.after ?? '']);
  }
  return '\uFEFF' + stringify(lines.map((l) => l.map(defuseCsvCell)));
}
