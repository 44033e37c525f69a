import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema } from '../../../shared/contracts/common';
import {
  FollowupFileParams,
  FollowupIdParams,
  FollowupItemSchema,
  FollowupListQuerySchema,
  FollowupListSchema,
  FollowupVerifySchema,
} from '../../../shared/contracts/followups';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { sendStoredFile } from '../assessments/attachments/file-download';
import * as svc from './followups.service';

const tags = ['followups'];

/** Follow-up items: office staff and the addressed body's users (each side its own reach). */
export const followupRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/followups',
    {
      // Office staff (complaint.read) or the body's users (complaint.body): checked in the service.
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Follow-up items: my office’s, or my government’s (action text only)',
        querystring: FollowupListQuerySchema,
        response: { 200: FollowupListSchema },
      },
    },
    async (req) => svc.listFollowups(db(), requireActor(req), req.query.complaintId),
  );
  app.post(
    '/followups/:id/answer',
    {
      config: { access: 'complaint.body', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Answer an item (multipart: fields "version" and "note" first, then "file": the evidence)',
        consumes: ['multipart/form-data'],
        params: FollowupIdParams,
        response: { 200: FollowupItemSchema },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return svc.answerFollowup(db(), actor, req.params.id, part, limits);
    },
  );
  app.post(
    '/followups/:id/verify',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Verify an item as done, or reopen it with a reason',
        params: FollowupIdParams,
        body: FollowupVerifySchema,
        response: { 200: FollowupItemSchema },
      },
    },
    async (req) => svc.verifyFollowup(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/followups/:id/files/:fid',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'An evidence file of an item',
        params: FollowupFileParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await svc.followupFile(
          db(),
          app.deps.config.dataDir,
          requireActor(req),
          req.params.id,
          req.params.fid,
        ),
      ),
  );
};
