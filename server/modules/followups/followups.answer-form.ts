/**
 * Reads the multipart answer of an item to its end: fields `version` and `note`, repeatable `link`
 * and `documentId`, and `file` parts (each streamed to the uploads directory and recognised by its
 * bytes). Field problems answer 400 on the field (FOLLOWUP_ANSWER_LIMITS); a refused file answers
 * its own 413/415 after every staged file is removed again.
 */
import type { FastifyRequest } from 'fastify';
import { FOLLOWUP_ANSWER_LIMITS } from '../../../shared/contracts/followups';
import { AppError, ValidationError, type FieldProblem } from '../../lib/errors';
import { isSafeText } from '../../lib/safe-text';
import { discardStaged, stageUpload, type StagedFile } from '../files/files.service';

export interface AnswerForm {
  version: number;
  note: string;
  links: string[];
  documentIds: string[];
  staged: StagedFile[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function drain(stream: NodeJS.ReadableStream): Promise<void> {
  for await (const chunk of stream) void chunk;
}

export async function discardAnswerFiles(form: { staged: StagedFile[] }): Promise<void> {
  await Promise.all(form.staged.map((s) => discardStaged(s)));
}

/** Parses and checks the form; throws (after discarding what was staged) on any problem. */
export async function readAnswerForm(req: FastifyRequest): Promise<AnswerForm> {
  if (!req.isMultipart()) throw new ValidationError({ version: { message: 'field.required' } });
  const { dataDir, uploadMaxBytes } = req.server.deps.config;
  const fields: Record<string, string[]> = {};
  const staged: StagedFile[] = [];
  let fileError: unknown = null;
  let files = 0;
  const options = {
    throwFileSizeLimit: false,
    limits: { files: 20, fields: 60, fileSize: uploadMaxBytes, fieldSize: 16 * 1024, parts: 80 },
  };
  try {
    for await (const part of req.parts(options as Parameters<typeof req.parts>[0])) {
      if (part.type === 'field') {
        (fields[part.fieldname] ??= []).push(typeof part.value === 'string' ? part.value : '');
        continue;
      }
      files += 1;
      if (fileError || !part.filename || part.fieldname !== 'file' || files > FOLLOWUP_ANSWER_LIMITS.files) {
        await drain(part.file);
        continue;
      }
      try {
        staged.push(await stageUpload(part, dataDir, uploadMaxBytes));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        fileError = err;
        await drain(part.file);
      }
    }
  } catch (err) {
    await discardAnswerFiles({ staged });
    if (err instanceof AppError) throw err;
    throw new ValidationError({ file: { message: 'field.invalid' } });
  }
  const problems: Record<string, FieldProblem> = {};
  const versionText = fields.version?.at(-1) ?? '';
  if (!/^\d{1,9}$/.test(versionText)) problems.version = { message: 'field.number' };
  const note = (fields.note?.at(-1) ?? '').trim();
  const links = (fields.link ?? []).map((l) => l.trim()).filter(Boolean);
  const documentIds = [...new Set((fields.documentId ?? []).map((d) => d.trim()).filter(Boolean))];
  const L = FOLLOWUP_ANSWER_LIMITS;
  if (!isSafeText(note)) problems.note = { message: 'field.invalid' };
  else if (note.length > L.note) problems.note = { message: 'field.tooLong', params: { max: L.note } };
  if (files > L.files) problems.file = { message: 'field.tooMany', params: { max: L.files } };
  if (links.length > L.links) problems.link = { message: 'field.tooMany', params: { max: L.links } };
  links.forEach((l, i) => {
    if (!/^https?:\/\/[^\s]+$/i.test(l) || !isSafeText(l) || l.length > 2_000 || !URL.canParse(l))
      problems[`link.${i}`] = { message: 'field.url' };
  });
  if (documentIds.length > L.documents)
    problems.documentId = { message: 'field.tooMany', params: { max: L.documents } };
  documentIds.forEach((d, i) => {
    if (!UUID.test(d)) problems[`documentId.${i}`] = { message: 'field.uuid' };
  });
  const evidence = staged.length + links.length + documentIds.length;
  if (!fileError && evidence === 0 && note.length < 20 && !problems.note)
    problems.note = { message: 'followup.answerEmpty' };
  if (fileError || Object.keys(problems).length) {
    await discardAnswerFiles({ staged });
    if (Object.keys(problems).length) throw new ValidationError(problems);
    throw fileError;
  }
  return { version: Number(versionText), note, links, documentIds, staged };
}
