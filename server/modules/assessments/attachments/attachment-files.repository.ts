/**
 * The files attached to field visits (photos) and to appeals, in one shape (`Attachment` in
 * shared/contracts/assessments.ts): linking a stored file to its owner, listing an owner's files,
 * and checking that a file belongs to an owner before a download.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { attachmentUrl, type Attachment } from '../../../../shared/contracts/assessments';
import type { Executor } from '../../../db/client';
import { files } from '../../../db/schema';
import { appealFiles, fieldVisitPhotos } from '../../../db/schema-assessments';

/** What a file is attached to: a field visit (its photos) or an appeal (its supporting files). */
export type AttachmentOwner = 'visit' | 'appeal';

const link = {
  visit: { table: fieldVisitPhotos, owner: fieldVisitPhotos.visitId, file: fieldVisitPhotos.fileId },
  appeal: { table: appealFiles, owner: appealFiles.appealId, file: appealFiles.fileId },
} as const;

const urlOf = (kind: AttachmentOwner, ownerId: string, fileId: string) =>
  kind === 'visit' ? attachmentUrl.visitPhoto(ownerId, fileId) : attachmentUrl.appealFile(ownerId, fileId);

/** Attaches a stored file to a visit or an appeal (inside the upload's transaction). */
export async function addAttachment(db: Executor, kind: AttachmentOwner, ownerId: string, fileId: string) {
  if (kind === 'visit') await db.insert(fieldVisitPhotos).values({ visitId: ownerId, fileId });
  else await db.insert(appealFiles).values({ appealId: ownerId, fileId });
}

/** The files of many owners at once (one query), by owner id, each list in upload order. */
export async function attachmentsOf(
  db: Executor,
  kind: AttachmentOwner,
  ownerIds: string[],
): Promise<Map<string, Attachment[]>> {
  const byOwner = new Map<string, Attachment[]>(ownerIds.map((id) => [id, []]));
  if (!ownerIds.length) return byOwner;
  const l = link[kind];
  const rows = await db
    .select({
      ownerId: l.owner,
      fileId: files.id,
      originalName: files.originalName,
      mimeType: files.mimeType,
      size: files.size,
      uploadedAt: files.createdAt,
    })
    .from(l.table)
    .innerJoin(files, eq(files.id, l.file))
    .where(inArray(l.owner, ownerIds))
    .orderBy(asc(files.createdAt), asc(files.id));
  for (const { ownerId, uploadedAt, ...f } of rows)
    byOwner.get(ownerId)?.push({
      ...f,
      uploadedAt: uploadedAt.toISOString(),
      url: urlOf(kind, ownerId, f.fileId),
    });
  return byOwner;
}

/** The files of one visit or appeal, in upload order. */
export async function attachmentList(db: Executor, kind: AttachmentOwner, ownerId: string) {
  return (await attachmentsOf(db, kind, [ownerId])).get(ownerId) ?? [];
}

/** Whether the file is attached to that owner (a download names both, and both must match). */
export async function isAttachment(db: Executor, kind: AttachmentOwner, ownerId: string, fileId: string) {
  const l = link[kind];
  const rows = await db
    .select({ fileId: l.file })
    .from(l.table)
    .where(and(eq(l.owner, ownerId), eq(l.file, fileId)))
    .limit(1);
  return rows.length > 0;
}
