/**
 * Stages a library upload: recognised by content (PDF, JPEG or PNG only), and images stripped of
 * their metadata before they are kept (server/lib/strip-metadata.ts): a phone photo of the
 * counter carries the place and the device, which the documents are often shared without.
 */
import type { MultipartFile } from '@fastify/multipart';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { AppError, ValidationError } from '../../lib/errors';
import { MetadataError, stripMetadata } from '../../lib/strip-metadata';
import { discardStaged, stageUpload, type StagedFile } from '../files/files.service';

const LIBRARY_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** The staged file, or 415 (other types) / 400 on `file` (an image that does not parse); nothing stays on disk then. */
export async function stageLibraryUpload(
  part: MultipartFile,
  limits: { dataDir: string; maxBytes: number },
): Promise<StagedFile> {
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    if (!LIBRARY_TYPES.has(staged.type.mimeType))
      throw new AppError('UNSUPPORTED_FILE', 415, 'error.unsupportedFile', undefined, {
        allowed: 'PDF, JPEG, PNG',
      });
    if (staged.type.mimeType === 'application/pdf') return staged;
    let bytes: Buffer;
    try {
      bytes = stripMetadata(await fs.promises.readFile(staged.fullPath), staged.type.mimeType).bytes;
    } catch (err) {
      if (err instanceof MetadataError)
        throw new ValidationError({ file: { message: 'library.fileUnreadable' } });
      throw err;
    }
    await fs.promises.writeFile(staged.fullPath, bytes, { mode: 0o640 });
    return {
      ...staged,
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    };
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}
