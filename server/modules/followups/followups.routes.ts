import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema } from '../../../shared/contracts/common';
import {
  FollowupAssignSchema,
  FollowupBulkResultSchema,
  FollowupCreateSchema,
  FollowupDetailSchema,
  FollowupFileParams,
  FollowupIdParams,
  FollowupListQuerySchema,
  FollowupListSchema,
  FollowupOverdueSchema,
  FollowupPublicationSchema,
  FollowupPublishSchema,
  FollowupSendSchema,
  FollowupVerifySchema,
} from '../../../shared/contracts/followups';
import { requireActor } from '../../plugins/auth.plugin';
import { sendStoredFile } from '../assessments/attachments/file-download';
import { readAnswerForm } from './followups.answer-form';
import * as office from './followups.office';
import * as svc from './followups.service';
import * as flow from './followups.workflow';

const tags = ['followups'];
const OfficeParams = z.object({ id: z.uuid() });
const OverdueQuery = z.object({ officeId: z.uuid().optional() });

/**
 * The follow-up backlog (issue 17). Every route checks the reader's reach in the service (out of
 * reach answers 404 like a missing id). Writes that change an item's state declare no narrower
 * cache scope: Taat and "done since last year" in every rapor read them. Assigning and the public
 * choices change only what the backlog and the public portal show ('global').
 */
export const followupRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/followups',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'The backlog in my reach: filters, keyset pages, counts over the whole filter',
        querystring: FollowupListQuerySchema,
        response: { 200: FollowupListSchema },
      },
    },
    async (req) => svc.listFollowups(db(), requireActor(req), req.query),
  );
  app.get(
    '/followups/overdue',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Governments in my reach with overdue items',
        querystring: OverdueQuery,
        response: { 200: FollowupOverdueSchema },
      },
    },
    async (req) => office.overdueSummary(db(), requireActor(req), req.query.officeId),
  );
  app.get(
    '/followups/:id',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'One item with its history and evidence',
        params: FollowupIdParams,
        response: { 200: FollowupDetailSchema },
      },
    },
    async (req) => svc.getFollowup(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/followups',
    {
      config: { access: 'followup.issue' },
      schema: {
        tags,
        summary: 'Raise an item by hand (office: saran, rekomendasi; Inspektorat: its own)',
        body: FollowupCreateSchema,
        response: { 201: FollowupDetailSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.createFollowup(db(), requireActor(req), req.body)),
  );
  app.post(
    '/followups/assign',
    {
      config: { access: 'followup.assign', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Assign items to an owner (bulk, all or none)',
        body: FollowupAssignSchema,
        response: { 200: FollowupBulkResultSchema },
      },
    },
    async (req) => flow.assignFollowups(db(), requireActor(req), req.body),
  );
  app.post(
    '/followups/send',
    {
      config: { access: 'followup.assign' },
      schema: {
        tags,
        summary: 'Send answered items on to their issuer (bulk, all or none)',
        body: FollowupSendSchema,
        response: { 200: FollowupBulkResultSchema },
      },
    },
    async (req) => flow.sendFollowups(db(), requireActor(req), req.body),
  );
  app.post(
    '/followups/:id/answer',
    {
      config: { access: 'followup.answer' },
      schema: {
        tags,
        summary: 'Answer an item (multipart: version, note, link*, documentId*, file*)',
        consumes: ['multipart/form-data'],
        params: FollowupIdParams,
        response: { 200: FollowupDetailSchema },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      // Out of reach answers 404 before the body is read (as for a missing item).
      await svc.itemInReach(db(), actor, req.params.id);
      const form = await readAnswerForm(req);
      return flow.answerFollowup(db(), actor, req.params.id, form);
    },
  );
  app.post(
    '/followups/:id/verify',
    {
      config: { access: 'followup.verify' },
      schema: {
        tags,
        summary: 'Verify an item as done, or reopen it with a reason (the issuer, not the answerer)',
        params: FollowupIdParams,
        body: FollowupVerifySchema,
        response: { 200: FollowupDetailSchema },
      },
    },
    async (req) => flow.verifyFollowup(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/followups/:id/publish',
    {
      config: { access: 'followup.publish', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Publish a rekomendasi on the public page, or withdraw it (headquarters)',
        params: FollowupIdParams,
        body: FollowupPublishSchema,
        response: { 200: FollowupDetailSchema },
      },
    },
    async (req) => flow.publishFollowup(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/followups/:id/files/:fid',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'A file of an item’s evidence (an answer’s file or a library document)',
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
  app.get(
    '/offices/:id/followup-publication',
    {
      config: { access: 'office.read' },
      schema: {
        tags,
        summary: 'What the office publishes of its governments’ backlogs',
        params: OfficeParams,
        response: { 200: FollowupPublicationSchema },
      },
    },
    async (req) => office.getPublication(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/offices/:id/followup-publication',
    {
      config: { access: 'followup.office.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Choose what the office publishes (never corrective actions; rekomendasi per item)',
        params: OfficeParams,
        body: FollowupPublicationSchema,
        response: { 200: FollowupPublicationSchema },
      },
    },
    async (req) => office.putPublication(db(), requireActor(req), req.params.id, req.body),
  );
};
