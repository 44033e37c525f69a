/**
 * Setting a standard by decree (issue 15 §2): the SK fields and file, the community's involvement
 * and the review date, in one transaction — the version becomes `ditetapkan` (frozen from then on),
 * the previous set version `diganti`. Publishing toggles a set version's public visibility; the SK
 * is downloadable by everyone who reads the standard.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { $ZodIssue } from 'zod/v4/core';
import { SetStandardFieldsSchema, type StandardVersion } from '../../../shared/contracts/standards';
import { formatDateTime } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { zodIssueMessage, type Locale } from '../../lib/messages';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type { UploadLimits } from '../../plugins/upload';
import { discardStaged, findFile, openStoredFile, recordFile, stageUpload } from '../files/files.service';
import { staleConflict } from './drafts.service';
import { requireReadableStandard, requireSettableStandard } from './standards.access';
import { toVersion } from './standards.dto';
import { auditStandard } from './standards.audit';
import { tellPics } from './standards.notify';
import * as repo from './standards.repository';

/** What an SK may be: a scan or the signed PDF (WebP is accepted elsewhere, not for a decree). */
const SK_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** The text fields that came before the file, checked by the contract; 400 per field otherwise. */
function parseFields(part: MultipartFile, locale: Locale) {
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    const f = Array.isArray(value) ? value[0] : value;
    if (f && f.type === 'field' && typeof f.value === 'string') raw[name] = f.value;
  }
  const parsed = SetStandardFieldsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, { message: string }> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    const absent = issue.code === 'invalid_type' && !(key in raw);
    fields[key] ??= absent
      ? { message: 'field.required' }
      : { message: zodIssueMessage(issue as $ZodIssue, locale) };
  }
  throw new ValidationError(fields);
}

/** Who set it and when, for the second coordinator who arrives a moment late. */
async function alreadySet(db: Executor, actor: Actor, row: repo.StandardRow): Promise<AppError> {
  const names = await repo.userNames(db, [row.setBy]);
  return new AppError('CONFLICT', 409, 'standard.alreadySet', undefined, {
    name: (row.setBy && names.get(row.setBy)) || '-',
    at: row.setAt ? formatDateTime(row.setAt, actor.locale) : '-',
  });
}

/**
 * Sets an open version (draft or diajukan) by decree. Two coordinators at once: the row lock makes
 * the second wait, then find the version already set and get a clear 409. The SK file is recognised
 * by its bytes (PDF, JPEG, PNG) and stored before the transaction; removed again if nothing changed.
 */
export async function setStandard(
  db: Executor,
  actor: Actor,
  id: string,
  part: MultipartFile | undefined,
  limits: UploadLimits,
  locale: Locale,
): Promise<StandardVersion> {
  const first = await requireSettableStandard(db, actor, id);
  if (!part || part.fieldname !== 'sk') {
    if (part) await drain(part);
    throw new ValidationError({ sk: { message: 'field.skFile' } });
  }
  const fields = parseFields(part, locale);
  if (first.status === 'ditetapkan' || first.status === 'diganti') {
    await drain(part);
    throw await alreadySet(db, actor, first);
  }
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  if (!SK_TYPES.has(staged.type.mimeType)) {
    await discardStaged(staged);
    throw new AppError('UNSUPPORTED_FILE', 415, 'error.unsupportedFile', undefined, {
      allowed: 'PDF, JPEG, PNG',
    });
  }
  try {
    const row = await inTransaction(db, async (tx) => {
      const before = await requireSettableStandard(tx, actor, id);
      if (before.status === 'ditetapkan' || before.status === 'diganti')
        throw await alreadySet(tx, actor, before);
      if (before.rowVersion !== fields.rowVersion) throw await staleConflict(tx, actor, before);
      const file = await recordFile(tx, actor, staged, { governmentId: before.governmentId, officeId: null });
      await repo.supersedeCurrent(tx, before.productId, before.id);
      const now = new Date();
      const after = await repo.updateStandard(tx, id, {
        status: 'ditetapkan',
        skNumber: fields.skNumber,
        skDate: fields.skDate,
        skSignatory: fields.skSignatory,
        skFileId: file.id,
        consultationDate: fields.consultationDate,
        consultationParticipants: fields.consultationParticipants,
        consultationMinutes: fields.consultationMinutes,
        reviewDate: fields.reviewDate,
        publishedAt: fields.publish ? now : null,
        returnNote: null,
        setBy: actor.id,
        setAt: now,
        updatedBy: actor.id,
      });
      await tellPics(tx, actor, after, 'standard.set', { sk: fields.skNumber });
      await auditStandard(tx, actor, 'update', before, after);
      return after;
    });
    return await toVersion(db, row);
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

async function drain(part: MultipartFile): Promise<void> {
  for await (const chunk of part.file) void chunk;
}

/** Publishes or withdraws a set version; its content stays as set. */
export async function publishStandard(
  db: Executor,
  actor: Actor,
  id: string,
  published: boolean,
): Promise<StandardVersion> {
  const row = await inTransaction(db, async (tx) => {
    const before = await requireSettableStandard(tx, actor, id);
    if (before.status !== 'ditetapkan') throw new ConflictError('standard.notSet');
    const after = await repo.setPublished(tx, id, published);
    await auditStandard(tx, actor, 'update', before, after);
    return after;
  });
  return toVersion(db, row);
}

/** The SK file of a set version in reach. */
export async function skFile(db: Executor, dataDir: string, actor: Actor, id: string) {
  const row = await requireReadableStandard(db, actor, id);
  if (!row.skFileId) throw new NotFoundError();
  const file = await findFile(db, row.skFileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}
