import { and, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';
import type { Actor } from '../../lib/reach';

export interface AuditEntry {
  action: 'create' | 'update' | 'archive' | 'restore' | 'import' | 'upload' | 'login' | 'account';
  entityType: string;
  entityId: string;
  governmentId?: string | null;
  officeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(tx: Executor, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? 'sistem',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    governmentId: entry.governmentId ?? null,
    officeId: entry.officeId ?? null,
    before: entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown),
    after: entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown),
  });
}

export interface AuditFilter {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** Inclusive lower bound on `at`. */
  fromAt?: Date;
  /** Exclusive upper bound on `at`. */
  toAt?: Date;
  beforeId?: number;
  limit: number;
}

/** Newest first, `limit + 1` rows so the caller knows whether a next page exists. */
export async function listAudit(db: Executor, where: SQL | undefined, filter: AuditFilter) {
  const conds = [where];
  if (filter.actorId) conds.push(eq(auditLog.actorId, filter.actorId));
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) conds.push(eq(auditLog.action, filter.action));
  if (filter.fromAt) conds.push(gte(auditLog.at, filter.fromAt));
  if (filter.toAt) conds.push(lt(auditLog.at, filter.toAt));
  if (filter.beforeId) conds.push(lt(auditLog.id, filter.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
}

/** The people who appear in the log within the scope (for the "by person" filter), by name. */
export async function listAuditActors(db: Executor, where: SQL | undefined) {
  return db
    .selectDistinct({ id: auditLog.actorId, name: auditLog.actorName })
    .from(auditLog)
    .where(and(where, isNotNull(auditLog.actorId)))
    .orderBy(auditLog.actorName)
    .limit(500);
}
