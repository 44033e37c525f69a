/**
 * An activity's photos: JPEG or PNG recognised from their bytes (server/lib/file-sniff.ts), stored
 * without their metadata (a phone photo's EXIF carries where it was taken, the device and its
 * owner: server/lib/strip-metadata.ts), with a caption; downloaded by the activity's readers,
 * removed by its writers. Out of reach answers 404 like a missing activity or photo.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { MultipartFile } from '@fastify/multipart';
import { ACTIVITY_LIMITS, type ActivityPhoto } from '../../../shared/contracts/activities';
import type { Executor } from '../../db/client';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { MetadataError, stripMetadata } from '../../lib/strip-metadata';
import { inTransaction } from '../../lib/transaction';
import type { UploadLimits } from '../../plugins/upload';
import { recordAudit } from '../audit/audit.repository';
import {
  discardStaged,
  openStoredFile,
  recordFile,
  stageUpload,
  type StagedFile,
} from '../files/files.service';
import * as repo from './activities.repository';
import { activityInReach } from './activities.access';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png']);
const CAPTION_MAX = 300;

function fieldValue(part: MultipartFile, name: string): string | undefined {
  const f = part.fields[name];
  if (!f || Array.isArray(f) || f.type !== 'field') return undefined;
  return String(f.value);
}

/** Rewrites the staged file without its metadata; a photo that does not parse is refused. */
async function stripStaged(staged: StagedFile): Promise<StagedFile> {
  const original = await fs.promises.readFile(staged.fullPath);
  let bytes: Buffer;
  try {
    bytes = stripMetadata(original, staged.type.mimeType).bytes;
  } catch (err) {
    if (err instanceof MetadataError)
      throw new ValidationError({ file: { message: 'activity.photoUnreadable' } });
    throw err;
  }
  await fs.promises.writeFile(staged.fullPath, bytes);
  return {
    ...staged,
    size: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Adds a photo (multipart: field "caption" first, then "file") to an activity in reach. */
export async function addPhoto(
  db: Executor,
  actor: Actor,
  activityId: string,
  part: MultipartFile,
  limits: UploadLimits,
): Promise<ActivityPhoto> {
  const activity = await activityInReach(db, actor, activityId);
  const caption = (fieldValue(part, 'caption') ?? '').trim();
  if (caption.length > CAPTION_MAX) {
    part.file.resume();
    throw new ValidationError({ caption: { message: 'field.tooLong', params: { max: CAPTION_MAX } } });
  }
  if ((await repo.countPhotos(db, activityId)) >= ACTIVITY_LIMITS.photos) {
    part.file.resume();
    throw new ValidationError({
      file: { message: 'activity.tooManyPhotos', params: { max: ACTIVITY_LIMITS.photos } },
    });
  }
  let staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    if (!PHOTO_TYPES.has(staged.type.mimeType))
      throw new AppError('UNSUPPORTED_FILE', 415, 'error.unsupportedFile', undefined, {
        allowed: 'JPEG, PNG',
      });
    staged = await stripStaged(staged);
    const done = staged;
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, done, {
        governmentId: activity.governmentId,
        officeId: activity.officeId,
      });
      const photo = await repo.insertPhoto(tx, {
        activityId,
        fileId: file.id,
        caption: caption || null,
        createdBy: actor.id,
      });
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'activity_photo',
        entityId: photo.id,
        governmentId: activity.governmentId,
        officeId: activity.officeId,
        after: { activityId, fileId: file.id, caption: photo.caption },
      });
      return {
        id: photo.id,
        caption: photo.caption,
        originalName: file.originalName,
        mimeType: file.mimeType,
        size: file.size,
        createdAt: photo.createdAt.toISOString(),
      };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/** A photo's file for download (also what the thumbnails show). */
export async function openPhoto(
  db: Executor,
  dataDir: string,
  actor: Actor,
  activityId: string,
  photoId: string,
) {
  await activityInReach(db, actor, activityId);
  const found = await repo.findPhoto(db, activityId, photoId);
  if (!found || found.photo.archivedAt) throw new NotFoundError();
  return { file: found.file, stream: await openStoredFile(dataDir, found.file) };
}

/** Removes a photo from the activity (its file stays, as every stored upload does); idempotent. */
export async function removePhoto(db: Executor, actor: Actor, activityId: string, photoId: string) {
  await inTransaction(db, async (tx) => {
    const activity = await activityInReach(tx, actor, activityId);
    const found = await repo.findPhoto(tx, activityId, photoId);
    if (!found) throw new NotFoundError();
    if (found.photo.archivedAt) return;
    await repo.removePhoto(tx, photoId);
    await recordAudit(tx, actor, {
      action: 'delete',
      entityType: 'activity_photo',
      entityId: photoId,
      governmentId: activity.governmentId,
      officeId: activity.officeId,
      before: { activityId, fileId: found.photo.fileId, caption: found.photo.caption },
    });
  });
}
