import { and, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog, files, serviceProducts, units, users } from '../../db/schema';
import type { Actor } from '../../lib/reach';
import type { AuditScope } from './audit.access';

export interface AuditEntry {
  action:
    | 'create'
    | 'update'
    | 'delete'
    | 'archive'
    | 'restore'
    | 'import'
    | 'upload'
    | 'login'
    | 'account'
    | 'reveal';
  entityType: string;
  entityId: string;
  governmentId?: string | null;
  officeId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(tx: Executor, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, actor, [entry]);
}

/** Records many changes of one use case in one statement (e.g. a cycle's governments released at once). */
export async function recordAudits(tx: Executor, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? 'sistem',
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      governmentId: entry.governmentId ?? null,
      officeId: entry.officeId ?? null,
      before: entry.before === undefined ? null : (JSON.parse(JSON.stringify(entry.before)) as unknown),
      after: entry.after === undefined ? null : (JSON.parse(JSON.stringify(entry.after)) as unknown),
    })),
  );
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

/** SQL for a read scope of audit.access.ts (undefined: every row). */
function scopeCondition(scope: AuditScope): SQL | undefined {
  if (scope.all) return undefined;
  if (scope.governmentIds.length === 0) return sql`false`;
  return inArray(auditLog.governmentId, scope.governmentIds);
}

/** Newest first, `limit + 1` rows so the caller knows whether a next page exists. */
export async function listAudit(db: Executor, scope: AuditScope, filter: AuditFilter) {
  const conds = [scopeCondition(scope)];
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
export async function listAuditActors(db: Executor, scope: AuditScope) {
  return db
    .selectDistinct({ id: auditLog.actorId, name: auditLog.actorName })
    .from(auditLog)
    .where(and(scopeCondition(scope), isNotNull(auditLog.actorId)))
    .orderBy(auditLog.actorName)
    .limit(500);
}

/** Names of units, users, products and files by id (the records an audit entry refers to). */
export async function namesByIds(
  db: Executor,
  ids: { unit: Set<string>; user: Set<string>; product: Set<string>; file: Set<string> },
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const add = (rows: Array<{ id: string; name: string }>) => rows.forEach((r) => out.set(r.id, r.name));
  if (ids.unit.size)
    add(
      await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(inArray(units.id, [...ids.unit])),
    );
  if (ids.user.size)
    add(
      await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, [...ids.user])),
    );
  if (ids.product.size)
    add(
      await db
        .select({ id: serviceProducts.id, name: serviceProducts.name })
        .from(serviceProducts)
        .where(inArray(serviceProducts.id, [...ids.product])),
    );
  if (ids.file.size)
    add(
      await db
        .select({ id: files.id, name: files.originalName })
        .from(files)
        .where(inArray(files.id, [...ids.file])),
    );
  return out;
}
