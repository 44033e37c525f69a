/** A stored version as the API answers it (StandardVersion), with people and the SK file named. */
import {
  StandardContentSchema,
  type StandardContent,
  type StandardVersion,
} from '../../../shared/contracts/standards';
import type { Executor } from '../../db/client';
import * as repo from './standards.repository';

/**
 * The stored content read through the contract (written only through it, so this holds; a row
 * written otherwise reads as empty rather than failing the answer).
 */
export function contentOf(row: { content: unknown }): StandardContent {
  const parsed = StandardContentSchema.safeParse(row.content ?? {});
  return parsed.success ? parsed.data : {};
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function toVersions(db: Executor, rows: repo.StandardRow[]): Promise<StandardVersion[]> {
  const names = await repo.userNames(
    db,
    rows.flatMap((r) => [r.createdBy, r.updatedBy, r.submittedBy, r.setBy]),
  );
  const fileNames = await repo.fileNames(
    db,
    rows.map((r) => r.skFileId),
  );
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  return rows.map((r) => ({
    id: r.id,
    productId: r.productId,
    unitId: r.unitId,
    governmentId: r.governmentId,
    version: r.version,
    status: r.status,
    rowVersion: r.rowVersion,
    content: contentOf(r),
    publishManufacturing: r.publishManufacturing,
    basedOnVersion: r.basedOnVersion,
    returnNote: r.returnNote,
    skNumber: r.skNumber,
    skDate: r.skDate,
    skSignatory: r.skSignatory,
    skFile: r.skFileId ? { id: r.skFileId, name: fileNames.get(r.skFileId) ?? 'sk.pdf' } : null,
    consultationDate: r.consultationDate,
    consultationParticipants: r.consultationParticipants,
    consultationMinutes: r.consultationMinutes,
    reviewDate: r.reviewDate,
    publishedAt: iso(r.publishedAt),
    createdAt: r.createdAt.toISOString(),
    createdBy: person(r.createdBy),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy),
    submittedAt: iso(r.submittedAt),
    submittedBy: person(r.submittedBy),
    setAt: iso(r.setAt),
    setBy: person(r.setBy),
  }));
}

export async function toVersion(db: Executor, row: repo.StandardRow): Promise<StandardVersion> {
  return (await toVersions(db, [row]))[0]!;
}
