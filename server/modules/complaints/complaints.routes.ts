/**
 * The staff case API (issue 14, core): record a report, the list, the detail, transitions,
 * officers, classification, the audited reveal of the identity, messages to the reporter,
 * attachments and the recommendation's dates. Every route reaches the case through its office
 * (out of reach = 404 like missing). Complaint writes change no cached assessment read.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ComplaintListQuerySchema,
  ComplaintListSchema,
  ReceiptSchema,
  StaffReportInputSchema,
  TransitionBodySchema,
} from '../../../shared/contracts/complaints';
import {
  AttachmentKindSchema,
  ClassificationBodySchema,
  ComplaintAttachmentParams,
  ComplaintAttachmentSchema,
  ComplaintChangedSchema,
  ComplaintDetailSchema,
  ComplaintIdParams,
  ComplaintMessageSchema,
  MessageBodySchema,
  OfficersBodySchema,
  RecommendationBodySchema,
  RevealedIdentitySchema,
  CaseNoteBodySchema,
  ComplaintEventSchema,
} from '../../../shared/contracts/complaints-case';
import { BinaryFileSchema } from '../../../shared/contracts/common';
import { ValidationError } from '../../lib/errors';
import { identityKeysOf } from '../../lib/identity-crypto';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { sendStoredFile } from '../assessments/attachments/file-download';
import * as manage from './complaints-manage.service';
import * as svc from './complaints.service';
import { takeTransition } from './transitions.service';
import { addCaseNote } from './case-notes.service';

const tags = ['complaints'];

export const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const keys = () => identityKeysOf(app.deps.config);

  app.post(
    '/complaints',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Record a report received at the desk, by phone, letter, e-mail, WhatsApp or in the field',
        description: 'The PIN is in this answer only: tell it to the reporter.',
        body: StaffReportInputSchema,
        response: { 201: ReceiptSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.recordStaffReport(db(), keys(), requireActor(req), req.body)),
  );

  app.get(
    '/complaints',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'Cases of the offices in reach: filters, keyset pages, total',
        querystring: ComplaintListQuerySchema,
        response: { 200: ComplaintListSchema },
      },
    },
    async (req) => svc.listComplaints(db(), requireActor(req), req.query),
  );

  app.get(
    '/complaints/:id',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'One case (no identity), with its history, clocks, files and the actions available',
        params: ComplaintIdParams,
        response: { 200: ComplaintDetailSchema },
      },
    },
    async (req) => svc.getComplaint(db(), requireActor(req), req.params.id),
  );

  app.post(
    '/complaints/:id/transitions',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Move the case (state machine); 403 role, 409 stale/stage/guard, 400 missing field',
        params: ComplaintIdParams,
        body: TransitionBodySchema,
        response: { 200: ComplaintChangedSchema },
      },
    },
    async (req) => takeTransition(db(), requireActor(req), req.params.id, req.body),
  );

  app.put(
    '/complaints/:id/officers',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Assign the officers of the case (head of office or admin; one lead)',
        params: ComplaintIdParams,
        body: OfficersBodySchema,
        response: { 200: ComplaintChangedSchema },
      },
    },
    async (req) => manage.assignOfficers(db(), requireActor(req), req.params.id, req.body),
  );

  app.put(
    '/complaints/:id/classification',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Forms of maladministration, sector, substance, the body linked to the registry',
        params: ComplaintIdParams,
        body: ClassificationBodySchema,
        response: { 200: ComplaintChangedSchema },
      },
    },
    async (req) => manage.classify(db(), requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/complaints/:id/identity',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary:
          "Open the reporter's sealed identity (assigned officers, head of the office, admin; audited)",
        params: ComplaintIdParams,
        response: { 200: RevealedIdentitySchema },
      },
    },
    async (req, reply) => {
      const revealed = await manage.revealIdentity(db(), keys(), requireActor(req), req.params.id);
      return reply.header('cache-control', 'no-store').send(revealed);
    },
  );

  app.post(
    '/complaints/:id/messages',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'A message from the office to the reporter (status page)',
        params: ComplaintIdParams,
        body: MessageBodySchema,
        response: { 201: ComplaintMessageSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await manage.postMessage(db(), requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/complaints/:id/notes',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary:
          'A field visit, an examination note, a mediation or conciliation outcome, or headquarters’ decision on the recommendation',
        params: ComplaintIdParams,
        body: CaseNoteBodySchema,
        response: { 201: ComplaintEventSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addCaseNote(db(), requireActor(req), req.params.id, req.body)),
  );

  app.put(
    '/complaints/:id/recommendation',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: "The recommendation's number, issue date and the date the addressee received it",
        params: ComplaintIdParams,
        body: RecommendationBodySchema,
        response: { 200: ComplaintChangedSchema },
      },
    },
    async (req) => manage.recordRecommendation(db(), requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/complaints/:id/attachments',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Attach a file (multipart: field "kind" first, then "file"; or ?kind=)',
        consumes: ['multipart/form-data'],
        params: ComplaintIdParams,
        querystring: z.object({ kind: z.string().max(40).optional() }),
        response: { 201: ComplaintAttachmentSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      const field = part.fields.kind;
      const fromForm =
        field && !Array.isArray(field) && field.type === 'field' ? String(field.value) : undefined;
      const kind = AttachmentKindSchema.safeParse(fromForm ?? req.query.kind ?? 'lainnya');
      if (!kind.success) {
        part.file.resume();
        throw new ValidationError({
          kind: { message: 'field.choice', params: { values: AttachmentKindSchema.options.join(', ') } },
        });
      }
      return reply
        .status(201)
        .send(await manage.uploadAttachment(db(), actor, req.params.id, kind.data, part, limits));
    },
  );

  app.get(
    '/complaints/:id/attachments/:aid',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'Download a file of the case',
        params: ComplaintAttachmentParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await manage.openAttachment(
          db(),
          requireActor(req),
          req.params.id,
          req.params.aid,
          app.deps.config.dataDir,
        ),
      ),
  );
};
