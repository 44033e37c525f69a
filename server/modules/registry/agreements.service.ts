import type { MultipartFile } from '@fastify/multipart';
import type { AgreementDto } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/contracts/enums';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as files from '../files/files.service';
import * as repo from './agreements.repository';
import {
  changeableGovernmentIds,
  readableGovernmentIds,
  requireChangeableGovernment,
  requireReadableGovernment,
} from './registry.access';
import { findUnitsOfGovernment } from './units.repository';

export interface AgreementInput {
  kind: AgreementKind;
  number: string;
  title: string;
  parties: string;
  signedOn: string;
  validFrom?: string | null;
  validUntil?: string | null;
  scope: string | null;
  unitIds: string[];
}

type Listed = Awaited<ReturnType<typeof repo.listAgreements>>[number];

async function toDtos(db: Executor, rows: Listed[]): Promise<AgreementDto[]> {
  const links = await repo.unitsOfAgreements(
    db,
    rows.map((r) => r.agreement.id),
  );
  return rows.map(({ agreement: a, ...d }) => ({
    id: a.id,
    governmentId: a.governmentId,
    officeId: a.officeId,
    kind: a.kind,
    number: a.number,
    title: a.title,
    parties: a.parties,
    signedOn: a.signedOn,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    scope: a.scope,
    units: links.filter((l) => l.agreementId === a.id).map((l) => ({ id: l.id, name: l.name })),
    document: d.documentId
      ? { id: d.documentId, originalName: d.documentName!, size: d.documentSize!, mimeType: d.documentMime! }
      : null,
    archivedAt: a.archivedAt ? a.archivedAt.toISOString() : null,
  }));
}

/** An agreement whose government the actor reads (or, with `change`, may change), or 404. */
async function findReachableAgreement(db: Executor, actor: Actor, id: string, change = false) {
  const row = await repo.findAgreement(db, id);
  const allowed = change ? changeableGovernmentIds : readableGovernmentIds;
  if (!row || !allowed(actor, [row.governmentId]).has(row.governmentId)) throw new NotFoundError();
  return row;
}

/** Validity must not end before it starts (or, without a start, before the signature). */
function checkDates(d: { signedOn: string; validFrom: string | null; validUntil: string | null }) {
  // ISO dates (YYYY-MM-DD) compare correctly as strings.
  if (d.validUntil && d.validUntil < (d.validFrom ?? d.signedOn))
    throw new ValidationError({ validUntil: { message: 'field.dateOrder' } });
}

/** The covered units must all belong to the agreement's government. */
async function checkUnits(tx: Executor, governmentId: string, unitIds: string[]): Promise<string[]> {
  const ids = [...new Set(unitIds)];
  const found = await findUnitsOfGovernment(tx, governmentId, ids);
  if (found.length !== ids.length)
    throw new ValidationError({ unitIds: { message: 'field.unitNotInGovernment' } });
  return ids.sort();
}

/** Cooperation agreements (MoU, PKS) of a government in reach. */
export async function listAgreementsForActor(
  db: Executor,
  actor: Actor,
  governmentId: string,
  includeArchived: boolean,
) {
  await requireReadableGovernment(db, actor, governmentId);
  return toDtos(db, await repo.listAgreements(db, governmentId, includeArchived));
}

export async function getAgreementForActor(db: Executor, actor: Actor, id: string): Promise<AgreementDto> {
  await findReachableAgreement(db, actor, id);
  const row = await repo.getAgreementDetail(db, id);
  if (!row) throw new NotFoundError();
  return (await toDtos(db, [row]))[0]!;
}

/** Records an MoU or PKS between the government and its overseeing Ombudsman office. */
export async function createAgreement(
  db: Executor,
  actor: Actor,
  governmentId: string,
  input: AgreementInput,
): Promise<AgreementDto> {
  const id = await inTransaction(db, async (tx) => {
    const gov = await requireChangeableGovernment(tx, actor, governmentId);
    if (gov.archivedAt) throw new ConflictError('conflict.archivedParent');
    const validFrom = input.validFrom ?? null;
    const validUntil = input.validUntil ?? null;
    checkDates({ signedOn: input.signedOn, validFrom, validUntil });
    const unitIds = await checkUnits(tx, governmentId, input.unitIds);
    const row = await repo.insertAgreement(tx, {
      governmentId,
      officeId: gov.officeId,
      kind: input.kind,
      number: input.number,
      title: input.title,
      parties: input.parties,
      signedOn: input.signedOn,
      validFrom,
      validUntil,
      scope: input.scope,
    });
    await repo.setAgreementUnits(tx, row.id, unitIds);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'agreement',
      entityId: row.id,
      governmentId,
      officeId: gov.officeId,
      after: { ...row, unitIds },
    });
    return row.id;
  });
  return getAgreementForActor(db, actor, id);
}

export async function updateAgreement(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<AgreementInput>,
): Promise<AgreementDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableAgreement(tx, actor, id, true);
    const beforeUnits = await repo.unitIdsOfAgreement(tx, id);
    const { unitIds: newUnits, ...fields } = input;
    checkDates({
      signedOn: fields.signedOn ?? before.signedOn,
      validFrom: fields.validFrom !== undefined ? fields.validFrom : before.validFrom,
      validUntil: fields.validUntil !== undefined ? fields.validUntil : before.validUntil,
    });
    let unitIds = beforeUnits;
    if (newUnits) {
      unitIds = await checkUnits(tx, before.governmentId, newUnits);
      await repo.setAgreementUnits(tx, id, unitIds);
    }
    const after = await repo.updateAgreement(tx, id, fields);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'agreement',
      entityId: id,
      governmentId: before.governmentId,
      officeId: before.officeId,
      before: { ...before, unitIds: beforeUnits },
      after: { ...after, unitIds },
    });
  });
  return getAgreementForActor(db, actor, id);
}

/** Archives or restores an agreement; nothing is hard-deleted. */
export async function setAgreementArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<AgreementDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableAgreement(tx, actor, id, true);
    const after = await repo.updateAgreement(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'agreement',
      entityId: id,
      governmentId: before.governmentId,
      officeId: before.officeId,
      before,
      after,
    });
  });
  return getAgreementForActor(db, actor, id);
}

/**
 * Attaches the signed document (PDF or scan) to an agreement. The agreement is checked before the
 * upload is read; the file is recognised by content; the row, the link and the audit entry are
 * written in one transaction, and the stored file is removed again if that fails.
 */
export async function uploadAgreementDocument(
  db: Executor,
  actor: Actor,
  id: string,
  part: MultipartFile,
  storage: { dataDir: string; maxBytes: number },
): Promise<files.StagedFile & { id: string }> {
  await findReachableAgreement(db, actor, id, true);
  const staged = await files.stageUpload(part, storage.dataDir, storage.maxBytes);
  try {
    const fileId = await inTransaction(db, async (tx) => {
      const before = await findReachableAgreement(tx, actor, id, true);
      const file = await files.recordFile(tx, actor, staged, {
        governmentId: before.governmentId,
        officeId: before.officeId,
      });
      const after = await repo.updateAgreement(tx, id, { documentFileId: file.id });
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'agreement',
        entityId: id,
        governmentId: before.governmentId,
        officeId: before.officeId,
        before: { documentFileId: before.documentFileId },
        after: {
          documentFileId: after.documentFileId,
          file: {
            id: file.id,
            originalName: file.originalName,
            size: file.size,
            mimeType: file.mimeType,
            sha256: file.sha256,
          },
        },
      });
      return file.id;
    });
    return { ...staged, id: fileId };
  } catch (err) {
    await files.discardStaged(staged);
    throw err;
  }
}

/** The agreement's document (metadata and a read stream), or 404. */
export async function openAgreementDocument(db: Executor, actor: Actor, id: string, dataDir: string) {
  const agreement = await findReachableAgreement(db, actor, id);
  if (!agreement.documentFileId) throw new NotFoundError();
  const file = await files.findFile(db, agreement.documentFileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await files.openStoredFile(dataDir, file) };
}
