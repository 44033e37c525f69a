/**
 * Uploaded files: streamed to disk under a random name outside the web root while hashing, then
 * recognised by content. The client's file name is kept only as metadata for the download.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { Executor } from '../../db/client';
import { AppError, NotFoundError } from '../../lib/errors';
import {
  ACCEPTED_FILE_TYPES,
  extensionForMime,
  SNIFF_BYTES,
  sniffFileType,
  type SniffedType,
} from '../../lib/file-sniff';
import type { Actor } from '../../lib/reach';
import * as repo from './files.repository';

/** A file written to the uploads directory but not yet recorded in the database. */
export interface StagedFile {
  storageName: string;
  fullPath: string;
  originalName: string;
  size: number;
  sha256: string;
  type: SniffedType;
}

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/**
 * The client's file name reduced to a printable base name (no controls, no path or shell-special
 * characters, no extension, no leading or trailing dots), or '' when nothing is left.
 */
function baseName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .replace(/^.*[/\\]/, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.[^.]*$/, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
}

/**
 * The name a stored file is offered under: the client's base name with the extension of the type
 * recognised from its bytes, never the client's own extension (`evil.html` that is really a PDF is
 * `evil.pdf`). Never used as a path.
 */
export function downloadName(originalName: string, mimeType: string): string {
  return `${baseName(originalName) || 'dokumen'}.${extensionForMime(mimeType) ?? 'bin'}`;
}

/** `content-disposition` for a stored upload: an attachment named by `downloadName`. */
export function storedFileDisposition(file: { originalName: string; mimeType: string }): string {
  return contentDisposition(downloadName(file.originalName, file.mimeType));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * Streams one multipart file to `<dataDir>/uploads/<uuid>`, hashing it on the way. Throws 413 when
 * the size limit cut it short and 415 when its first bytes are not an accepted format; in both
 * cases nothing is left on disk.
 */
export async function stageUpload(
  part: MultipartFile,
  dataDir: string,
  maxBytes: number,
): Promise<StagedFile> {
  const dir = uploadsDir(dataDir);
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o750 });
  const storageName = crypto.randomUUID();
  const fullPath = path.join(dir, storageName);
  const hash = crypto.createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < SNIFF_BYTES)
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, tap, fs.createWriteStream(fullPath, { flags: 'wx', mode: 0o640 }));
    if (part.file.truncated)
      throw new AppError('PAYLOAD_TOO_LARGE', 413, 'error.payloadTooLarge', undefined, {
        max: formatBytes(maxBytes),
      });
    const type = sniffFileType(head);
    if (!type)
      throw new AppError('UNSUPPORTED_FILE', 415, 'error.unsupportedFile', undefined, {
        allowed: ACCEPTED_FILE_TYPES,
      });
    return {
      storageName,
      fullPath,
      originalName: downloadName(part.filename, type.mimeType),
      size,
      sha256: hash.digest('hex'),
      type,
    };
  } catch (err) {
    await fs.promises.rm(fullPath, { force: true });
    throw err;
  }
}

/** Removes a staged file whose database write failed. */
export async function discardStaged(staged: StagedFile): Promise<void> {
  await fs.promises.rm(staged.fullPath, { force: true });
}

/** Records a staged file (call inside the transaction of the change that uses it). */
export async function recordFile(
  tx: Executor,
  actor: Actor,
  staged: StagedFile,
  owner: { governmentId: string | null; officeId: string | null },
): Promise<repo.FileRow> {
  return repo.insertFile(tx, {
    governmentId: owner.governmentId,
    officeId: owner.officeId,
    originalName: staged.originalName,
    mimeType: staged.type.mimeType,
    size: staged.size,
    sha256: staged.sha256,
    storageName: staged.storageName,
    createdBy: actor.id,
  });
}

export const findFile = repo.findFile;

/**
 * Where a stored file's bytes are. The storage name is generated, never taken from a request; a
 * row whose name is not one (the synthetic dataset's `synth/…` placeholders, which have no bytes)
 * is answered as missing content, never read.
 */
export function storedFilePath(dataDir: string, file: Pick<repo.FileRow, 'storageName'>): string {
  if (!/^[0-9a-f-]{36}$/.test(file.storageName)) throw new NotFoundError('error.fileContentMissing');
  return path.join(uploadsDir(dataDir), file.storageName);
}

/** A read stream of a stored file; 404 `error.fileContentMissing` when its bytes are not on disk. */
export async function openStoredFile(dataDir: string, file: repo.FileRow): Promise<fs.ReadStream> {
  const handle = await fs.promises
    .open(storedFilePath(dataDir, file), 'r')
    .catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw new NotFoundError('error.fileContentMissing');
      throw err;
    });
  return handle.createReadStream();
}

/** A stored file's bytes, or null when they are not on disk (a synth placeholder, a file gone). */
export async function readStoredFile(
  dataDir: string,
  file: Pick<repo.FileRow, 'storageName'>,
): Promise<Buffer | null> {
  try {
    return await fs.promises.readFile(storedFilePath(dataDir, file));
  } catch (err) {
    if (err instanceof NotFoundError || (err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
