/**
 * Reads a public form's multipart body to the end, whatever happens on the way: every text field
 * is kept (so a refused file never costs the citizen what they typed), files are streamed to the
 * uploads directory and recognised by their bytes (file-sniff via files.service stageUpload), and
 * each refused file is reported by name with the reason in the page's language.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors';
import { t, type Locale } from '../../lib/messages';
import { findUnsafeInput } from '../../lib/safe-text';
import { discardStaged, stageUpload, type StagedFile } from '../files/files.service';

/** At most this many files per sending (the form's 1–5, the status page's 1–5). */
export const MAX_FILES = 5;

export interface ReadForm {
  /** Text fields by name (the last value of a repeated name wins; booleans are 'on'). */
  fields: Record<string, string>;
  staged: { field: string; file: StagedFile }[];
  /** Files refused (type, size, count): message per file, in the request's language. */
  fileErrors: string[];
  /** The body could not be read to its end (malformed): what was read is kept. */
  broken: boolean;
}

async function drain(stream: NodeJS.ReadableStream): Promise<void> {
  for await (const chunk of stream) void chunk;
}

export async function readForm(
  req: FastifyRequest,
  opts: { dataDir: string; maxBytes: number; locale: Locale },
): Promise<ReadForm> {
  const out: ReadForm = { fields: {}, staged: [], fileErrors: [], broken: false };
  if (!req.isMultipart()) {
    out.broken = true;
    return out;
  }
  try {
    // throwFileSizeLimit (read at run time by parts() too, missing from its type): an oversized
    // file ends `truncated` and is refused by stageUpload instead of aborting the whole body.
    const options = {
      throwFileSizeLimit: false,
      limits: { files: 20, fields: 80, fileSize: opts.maxBytes, fieldSize: 64 * 1024, parts: 120 },
    };
    const parts = req.parts(options as Parameters<typeof req.parts>[0]);
    for await (const part of parts) {
      if (part.type === 'field') {
        // NUL and lone surrogates can reach no database: dropped, the rest of the text kept.
        const value = typeof part.value === 'string' ? part.value : '';
        out.fields[part.fieldname] = findUnsafeInput(value).length
          ? value
              .split('\u0000')
              .join('')
              .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
          : value;
        continue;
      }
      if (!part.filename) {
        await drain(part.file);
        continue;
      }
      if (out.staged.length >= MAX_FILES) {
        await drain(part.file);
        out.fileErrors.push(t('complaint.public.files', opts.locale));
        continue;
      }
      try {
        const file = await stageUpload(part, opts.dataDir, opts.maxBytes);
        out.staged.push({ field: part.fieldname, file });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        await drain(part.file);
        out.fileErrors.push(
          t('complaint.public.fileRefused', opts.locale, {
            name: part.filename.slice(0, 120),
            reason: t(err.messageKey, opts.locale, err.params),
          }),
        );
      }
    }
  } catch (err) {
    req.log.info({ err: (err as Error).message }, 'public form body ended early');
    out.broken = true;
  }
  return out;
}

/** Removes the files of a sending that made no change. */
export async function discardAll(staged: ReadForm['staged']): Promise<void> {
  await Promise.all(staged.map((s) => discardStaged(s.file)));
}
