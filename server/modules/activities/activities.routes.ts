import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ActivityArchiveSchema,
  ActivityIdParams,
  ActivityInputSchema,
  ActivityListQuerySchema,
  ActivityListSchema,
  ActivityPhotoParams,
  ActivityPhotoSchema,
  ActivitySchema,
  ActivityUpdateSchema,
} from '../../../shared/contracts/activities';
import { BinaryFileSchema, IdParamsSchema, NoContentSchema } from '../../../shared/contracts/common';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { sendStoredFile } from '../assessments/attachments/file-download';
import * as svc from './activities.service';
import * as photos from './activity-photos.service';

const tags = ['activities'];
const GovernmentListQuery = ActivityListQuerySchema.omit({ governmentId: true, officeId: true });

/**
 * Activities with governments (bimtek, pendampingan, coordination visits …): office staff write
 * (activity.write), they and the government's coordinator read (activity.read). None of these
 * answers is in the read cache, so the writes empty nothing (`cacheWrites: 'none'`).
 */
export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/activities',
    {
      config: { access: 'activity.read' },
      schema: {
        tags,
        summary: 'Activities in reach, newest first (filters: government, office, kind, year)',
        querystring: ActivityListQuerySchema,
        response: { 200: ActivityListSchema },
      },
    },
    async (req) => svc.listActivities(db(), requireActor(req), req.query),
  );
  app.get(
    '/governments/:id/activities',
    {
      config: { access: 'activity.read' },
      schema: {
        tags,
        summary: 'One government’s activities, newest first',
        params: IdParamsSchema,
        querystring: GovernmentListQuery,
        response: { 200: ActivityListSchema },
      },
    },
    async (req) => svc.listGovernmentActivities(db(), requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/governments/:id/activities',
    {
      config: { access: 'activity.write', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Record an activity with a government',
        params: IdParamsSchema,
        body: ActivityInputSchema,
        response: { 201: ActivitySchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createActivity(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/activities/:id',
    {
      config: { access: 'activity.read' },
      schema: { tags, summary: 'One activity', params: ActivityIdParams, response: { 200: ActivitySchema } },
    },
    async (req) => svc.getActivity(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/activities/:id',
    {
      config: { access: 'activity.write', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Edit an activity with its units and actions (a stale rowVersion answers 409)',
        params: ActivityIdParams,
        body: ActivityUpdateSchema,
        response: { 200: ActivitySchema },
      },
    },
    async (req) => svc.updateActivity(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/activities/:id/archive',
    {
      config: { access: 'activity.write', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Archive an activity',
        params: ActivityIdParams,
        body: ActivityArchiveSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await svc.archiveActivity(db(), requireActor(req), req.params.id, req.body.rowVersion);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/activities/:id/photos',
    {
      config: { access: 'activity.write', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Add a photo (multipart: field "caption" first, then "file": JPEG or PNG; metadata removed)',
        consumes: ['multipart/form-data'],
        params: ActivityIdParams,
        response: { 201: ActivityPhotoSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply.status(201).send(await photos.addPhoto(db(), actor, req.params.id, part, limits));
    },
  );
  app.get(
    '/activities/:id/photos/:photoId',
    {
      config: { access: 'activity.read' },
      schema: {
        tags,
        summary: 'Download one photo of an activity',
        params: ActivityPhotoParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await photos.openPhoto(
          db(),
          app.deps.config.dataDir,
          requireActor(req),
          req.params.id,
          req.params.photoId,
        ),
      ),
  );
  app.delete(
    '/activities/:id/photos/:photoId',
    {
      config: { access: 'activity.write', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Remove a photo from an activity',
        params: ActivityPhotoParams,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await photos.removePhoto(db(), requireActor(req), req.params.id, req.params.photoId);
      return reply.status(204).send(null);
    },
  );
};
