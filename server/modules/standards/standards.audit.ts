/**
 * The audit log's record of a standard's life (opened, submitted, returned, set, published,
 * discarded): the version's status and decree, never its content (service_standard_edits keeps who
 * changed which component; the versions themselves keep the content).
 */
import type { Tx } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { recordAudit, type AuditEntry } from '../audit/audit.repository';
import type { StandardRow } from './standards.repository';

function summary(row: StandardRow | null) {
  if (!row) return undefined;
  return {
    // The log names the record by its title, and the product (productId) by the product's name.
    title: `Versi ${row.version}`,
    productId: row.productId,
    version: row.version,
    status: row.status,
    skNumber: row.skNumber,
    reviewDate: row.reviewDate,
    published: row.publishedAt !== null,
  };
}

export async function auditStandard(
  tx: Tx,
  actor: Actor,
  action: Extract<AuditEntry['action'], 'create' | 'update' | 'delete'>,
  before: StandardRow | null,
  after: StandardRow | null,
): Promise<void> {
  const row = (after ?? before)!;
  await recordAudit(tx, actor, {
    action,
    entityType: 'service_standard',
    entityId: row.id,
    governmentId: row.governmentId,
    before: summary(before),
    after: summary(after),
  });
}
