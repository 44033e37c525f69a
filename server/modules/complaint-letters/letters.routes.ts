import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BinaryFileSchema } from '../../../shared/contracts/common';
import {
  BodyLetterListSchema,
  BodyLetterSchema,
  ConfirmIdentitySchema,
  LetterDraftInputSchema,
  LetterFileParams,
  LetterIdParams,
  LetterListSchema,
  LetterPatchSchema,
  LetterReplyResultSchema,
  LetterSchema,
  SendLetterSchema,
} from '../../../shared/contracts/complaints-letters';
import { identityKeysOf } from '../../lib/identity-crypto';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { sendStoredFile } from '../assessments/attachments/file-download';
import { contentDisposition } from '../files/files.service';
import * as body from './body-letters.service';
import * as svc from './letters.service';

const tags = ['complaint-letters'];
const CaseParams = z.object({ id: z.uuid() });

function sendPdf(reply: FastifyReply, file: { fileName: string; body: Buffer }) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** The office's letters of a case, and the addressed body's inbox (issue 14 §6, §9). */
export const complaintLetterRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const keys = () => identityKeysOf(app.deps.config);
  app.get(
    '/complaints/:id/letters',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'Letters of a case, and the attachments that may go out with one',
        params: CaseParams,
        response: { 200: LetterListSchema },
      },
    },
    async (req) => svc.listLetters(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/complaints/:id/letters',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'A new draft letter, numbered per office and year (due date from the case’s rules)',
        params: CaseParams,
        body: LetterDraftInputSchema,
        response: { 201: LetterSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createDraft(db(), requireActor(req), req.params.id, req.body)),
  );
  app.patch(
    '/complaint-letters/:lid',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Change a draft (clears the identity confirmation)',
        params: LetterIdParams,
        body: LetterPatchSchema,
        response: { 200: LetterSchema },
      },
    },
    async (req) => svc.updateDraft(db(), requireActor(req), req.params.lid, req.body),
  );
  app.post(
    '/complaint-letters/:lid/confirm-identity',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary:
          'Confirm that no identity of the reporter remains in the text (refused when the name, NIK, phone or e-mail is found)',
        params: LetterIdParams,
        body: ConfirmIdentitySchema,
        response: { 200: LetterSchema },
      },
    },
    async (req) => svc.confirmIdentity(db(), keys(), requireActor(req), req.params.lid),
  );
  app.post(
    '/complaint-letters/:lid/send',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary:
          'Send a confirmed letter with stripped copies of the chosen attachments; starts the reply clock',
        params: LetterIdParams,
        body: SendLetterSchema,
        response: { 200: LetterSchema },
      },
    },
    async (req) =>
      svc.sendLetter(db(), keys(), app.deps.config.dataDir, requireActor(req), req.params.lid, req.body),
  );
  app.get(
    '/complaint-letters/:lid/pdf',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'The letter as PDF',
        params: LetterIdParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => sendPdf(reply, await svc.letterPdf(db(), requireActor(req), req.params.lid)),
  );

  app.get(
    '/complaint-letters/:lid/files/:fid',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'A copy sent with the letter (as it went out: image metadata stripped)',
        params: LetterFileParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await svc.letterFile(
          db(),
          app.deps.config.dataDir,
          requireActor(req),
          req.params.lid,
          req.params.fid,
        ),
      ),
  );

  // The reported body's side: only sent letters addressed to its government.
  app.get(
    '/body/letters',
    {
      config: { access: 'complaint.body' },
      schema: { tags, summary: 'Letters sent to my government', response: { 200: BodyLetterListSchema } },
    },
    async (req) => body.listBodyLetters(db(), requireActor(req)),
  );
  app.get(
    '/body/letters/:lid',
    {
      config: { access: 'complaint.body' },
      schema: {
        tags,
        summary: 'One letter sent to my government and the attachments sent with it',
        params: LetterIdParams,
        response: { 200: BodyLetterSchema },
      },
    },
    async (req) => body.bodyLetter(db(), requireActor(req), req.params.lid),
  );
  app.get(
    '/body/letters/:lid/pdf',
    {
      config: { access: 'complaint.body' },
      schema: {
        tags,
        summary: 'The letter as PDF',
        params: LetterIdParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => sendPdf(reply, await body.bodyLetterPdf(db(), requireActor(req), req.params.lid)),
  );
  app.get(
    '/body/letters/:lid/files/:fid',
    {
      config: { access: 'complaint.body' },
      schema: {
        tags,
        summary: 'An attachment sent with the letter (image metadata stripped)',
        params: LetterFileParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await body.bodyLetterFile(
          db(),
          app.deps.config.dataDir,
          requireActor(req),
          req.params.lid,
          req.params.fid,
        ),
      ),
  );
  app.post(
    '/body/letters/:lid/reply',
    {
      config: { access: 'complaint.body', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Upload the signed reply (multipart: field "note" first, then "file": PDF or image)',
        consumes: ['multipart/form-data'],
        params: LetterIdParams,
        response: { 201: LetterReplyResultSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply.status(201).send(await body.replyToLetter(db(), actor, req.params.lid, part, limits));
    },
  );
};
