/**
 * The copies that go out with a letter: each chosen case attachment read from the uploads
 * directory, stripped of image metadata (server/lib/strip-metadata.ts) and written as a new file.
 * The original upload is never sent and never changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../../lib/errors';
import { extensionForMime, type SniffedType } from '../../lib/file-sniff';
import { MetadataError, stripMetadata, type StripOutcome } from '../../lib/strip-metadata';
import type { FileRow } from '../files/files.repository';
import { readStoredFile, uploadsDir, type StagedFile } from '../files/files.service';

export interface StrippedCopy {
  staged: StagedFile;
  outcome: StripOutcome;
  removed: string[];
}

/** Writes the stripped copy of `file`; a file that does not parse is refused on `attachmentIds`. */
export async function stripToNewFile(dataDir: string, file: FileRow): Promise<StrippedCopy> {
  const original = await readStoredFile(dataDir, file);
  if (!original)
    throw new ValidationError({
      attachmentIds: { message: 'complaint.letter.attachmentMissing', params: { name: file.originalName } },
    });
  const dir = uploadsDir(dataDir);
  let result;
  try {
    result = stripMetadata(original, file.mimeType);
  } catch (err) {
    if (err instanceof MetadataError)
      throw new ValidationError({
        attachmentIds: {
          message: 'complaint.letter.unreadableAttachment',
          params: { name: file.originalName },
        },
      });
    throw err;
  }
  const storageName = crypto.randomUUID();
  const fullPath = path.join(dir, storageName);
  await fs.promises.writeFile(fullPath, result.bytes, { flag: 'wx', mode: 0o640 });
  return {
    outcome: result.outcome,
    removed: result.removed,
    staged: {
      storageName,
      fullPath,
      originalName: file.originalName,
      size: result.bytes.length,
      sha256: crypto.createHash('sha256').update(result.bytes).digest('hex'),
      type: {
        mimeType: file.mimeType as SniffedType['mimeType'],
        extension: extensionForMime(file.mimeType) ?? 'pdf',
      },
    },
  };
}
