import type { AuditEntryDto } from '../../shared/contracts/audit';

/** One field's change in an audit entry of `GET /api/audit` (fails the test when the field is absent). */
export function auditChange(
  entry: AuditEntryDto,
  field: string,
): { before: string | null; after: string | null } {
  const c = entry.changes.find((x) => x.field === field);
  if (!c)
    throw new Error(`audit entry ${entry.id} has no change of ${field}: ${JSON.stringify(entry.changes)}`);
  return c;
}
