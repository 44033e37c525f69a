import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
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

export async function listAudit(
  db: Executor,
  where: SQL | undefined,
  filter: { entityType?: string; entityId?: string; beforeId?: number; limit: number },
) {
  const conds = [where];
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  if (filter.beforeId) conds.push(lt(auditLog.id, filter.beforeId));
  return db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit + 1);
}
