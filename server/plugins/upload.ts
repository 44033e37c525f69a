import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ValidationError } from '../lib/errors';

/** Where and how large an upload may be stored (from the app's config). */
export interface UploadLimits {
  dataDir: string;
  maxBytes: number;
}

/**
 * The single file of a multipart request (field `file`), or a 400 on the `file` field. The size
 * limit is checked while storing (the part's `truncated` flag), so the answer is a clear 413.
 */
export async function readUpload(
  req: FastifyRequest,
): Promise<{ part: MultipartFile; limits: UploadLimits }> {
  if (!req.isMultipart()) throw new ValidationError({ file: { message: 'field.fileRequired' } });
  const part = await req.file({ throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file')
    throw new ValidationError({ file: { message: 'field.fileRequired' } });
  const { config } = req.server.deps;
  return { part, limits: { dataDir: config.dataDir, maxBytes: config.uploadMaxBytes } };
}
