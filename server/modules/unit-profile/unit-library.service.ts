/**
 * A unit's evidence library: documents kept once (the SK, photos of the displayed standard and
 * maklumat, SKM reports, PEKPPP forms) and attached as evidence of an answer in any cycle. Read by
 * everyone who reaches the unit; kept by its PIC and its government's coordinator.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesUnit, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type {
  UnitDocument,
  UnitDocumentKind,
  UnitDocumentUploadQuery,
} from '../../../shared/contracts/unit-library';
import { recordAudit } from '../audit/audit.repository';
import { discardStaged, findFile, openStoredFile, recordFile } from '../files/files.service';
import { stageLibraryUpload } from './library-upload';
import * as repo from './unit-library.repository';
import { unitInReach } from './unit-profile.service';

export function documentDto(d: repo.DocumentRow): UnitDocument {
  return {
    id: d.id,
    unitId: d.unitId,
    kind: d.kind as UnitDocumentKind,
    title: d.title,
    productId: d.productId,
    productName: d.productName,
    madeOn: d.madeOn,
    note: d.note,
    originalName: d.originalName,
    mimeType: d.mimeType,
    size: d.size,
    createdAt: d.createdAt.toISOString(),
    archivedAt: d.archivedAt?.toISOString() ?? null,
  };
}

/** A library document of a unit the actor reaches, else 404. */
export async function documentInReach(db: Executor, actor: Actor, documentId: string) {
  const doc = await repo.findDocument(db, documentId);
  if (!doc || !reachesUnit(actor.reach, doc.unitId, doc.governmentId)) throw new NotFoundError();
  return doc;
}

/** The library of a unit (archived documents only with `archived: true`). */
export async function listLibrary(
  db: Executor,
  actor: Actor,
  unitId: string,
  filter: { kind?: UnitDocumentKind | undefined; archived: boolean },
) {
  await unitInReach(db, actor, unitId);
  return { items: (await repo.listDocuments(db, unitId, filter)).map(documentDto) };
}

/** Adds a document to the library (PDF, JPEG or PNG; images kept without their metadata). */
export async function uploadDocument(
  db: Executor,
  actor: Actor,
  unitId: string,
  part: MultipartFile,
  meta: UnitDocumentUploadQuery,
  limits: { dataDir: string; maxBytes: number },
): Promise<UnitDocument> {
  const unit = await unitInReach(db, actor, unitId);
  if (unit.archivedAt) throw new ConflictError('conflict.archived');
  if (meta.productId && !(await repo.productOfUnit(db, meta.productId, unitId)))
    throw new ValidationError({ productId: { message: 'library.productOtherUnit' } });
  const staged = await stageLibraryUpload(part, limits);
  try {
    const id = await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, { governmentId: unit.governmentId, officeId: null });
      const doc = await repo.insertDocument(tx, {
        unitId,
        governmentId: unit.governmentId,
        kind: meta.kind,
        title: meta.title,
        fileId: file.id,
        productId: meta.productId ?? null,
        madeOn: meta.madeOn ?? null,
        note: meta.note || null,
        createdBy: actor.id,
      });
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'unit_document',
        entityId: doc.id,
        governmentId: unit.governmentId,
        after: { unitId, kind: doc.kind, title: doc.title, fileId: file.id },
      });
      return doc.id;
    });
    return documentDto((await repo.findDocument(db, id))!);
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/** Archives a library document (files are never deleted; evidence already made from it stays). */
export async function archiveDocument(db: Executor, actor: Actor, documentId: string) {
  const doc = await documentInReach(db, actor, documentId);
  if (doc.archivedAt) return { archived: true };
  await inTransaction(db, async (tx) => {
    const after = await repo.archiveDocument(tx, documentId);
    await recordAudit(tx, actor, {
      action: 'archive',
      entityType: 'unit_document',
      entityId: documentId,
      governmentId: doc.governmentId,
      before: doc,
      after,
    });
  });
  return { archived: true };
}

/** Streams a library document to anyone who reaches its unit. */
export async function openDocumentFile(db: Executor, actor: Actor, documentId: string, dataDir: string) {
  const doc = await documentInReach(db, actor, documentId);
  const file = await findFile(db, doc.fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}
