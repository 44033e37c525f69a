import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog } from '../../db/schema';
import { NotFoundError } from '../../lib/errors';
import { governmentScope, reachesGovernment, type Actor } from '../../lib/reach';
import { listAudit } from './audit.repository';

/** The audit trail the actor may read: everything for admins, their own government for coordinators. */
export async function listAuditForActor(
  db: Executor,
  actor: Actor,
  q: { governmentId?: string; entityType?: string; entityId?: string; limit: number; cursor?: number },
) {
  if (q.governmentId && !reachesGovernment(actor.reach, q.governmentId)) throw new NotFoundError();
  const scope = q.governmentId
    ? eq(auditLog.governmentId, q.governmentId)
    : governmentScope(actor.reach, auditLog.governmentId);
  const rows = await listAudit(db, scope, { ...q, beforeId: q.cursor });
  const page = rows.slice(0, q.limit);
  return {
    items: page.map((r) => ({ ...r, at: r.at.toISOString() })),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
