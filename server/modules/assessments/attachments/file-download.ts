/** Sends a stored file as a download: the same headers for evidence, visit photos and appeal files. */
import type { ReadStream } from 'node:fs';
import type { FastifyReply } from 'fastify';
import { storedFileDisposition } from '../../files/files.service';
import type { FileRow } from '../../files/files.repository';

/**
 * The content type is the one sniffed at upload (never the client's claim), the file is an
 * attachment under its original base name with the extension of that type (never the client's
 * extension), and nosniff keeps a browser from guessing otherwise.
 * An <img> may still show an image sent this way, which the thumbnails rely on.
 */
export function sendStoredFile(reply: FastifyReply, download: { file: FileRow; stream: ReadStream }) {
  const { file, stream } = download;
  return reply
    .type(file.mimeType)
    .header('content-length', file.size)
    .header('content-disposition', storedFileDisposition(file))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(stream as unknown as string);
}
