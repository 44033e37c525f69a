import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema, NoContentSchema } from '../../../shared/contracts/common';
import {
  InboxQuerySchema,
  InboxSchema,
  MailOutboxParamsSchema,
  MailOutboxSchema,
  NotificationIdParamsSchema,
  NotificationSettingsSchema,
  ReadAllResultSchema,
} from '../../../shared/contracts/notifications';
import { NotFoundError } from '../../lib/errors';
import { requireActor } from '../../plugins/auth.plugin';
import { listOutbox, outboxFile } from './mailer';
import * as svc from './notifications.service';

const tags = ['notifications'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: "The signed-in person's notifications, newest first, with the unread count",
        querystring: InboxQuerySchema,
        response: { 200: InboxSchema },
      },
    },
    async (req) => svc.inboxOf(db(), requireActor(req), req.query, req.locale === 'en' ? 'en' : 'id'),
  );
  app.post(
    '/notifications/:id/read',
    {
      config: { access: 'authenticated', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: NotificationIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await svc.readNotification(db(), requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/notifications/read-all',
    {
      config: { access: 'authenticated', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: ReadAllResultSchema },
      },
    },
    async (req) => svc.readAllNotifications(db(), requireActor(req)),
  );
  app.get(
    '/notifications/settings',
    {
      config: { access: 'authenticated', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'What I receive, per kind: in the inbox and by e-mail',
        response: { 200: NotificationSettingsSchema },
      },
    },
    async (req) => svc.settingsFor(db(), requireActor(req)),
  );
  app.put(
    '/notifications/settings',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Choose what I receive',
        body: NotificationSettingsSchema,
        response: { 200: NotificationSettingsSchema },
      },
    },
    async (req) => svc.saveSettings(db(), requireActor(req), req.body),
  );
  app.get(
    '/mail-outbox',
    {
      config: { access: 'jobs.manage' },
      schema: {
        tags,
        summary: 'E-mails written as .eml files (when no SMTP_URL is set), newest first',
        response: { 200: MailOutboxSchema },
      },
    },
    async () => ({ items: listOutbox(app.deps.config) }),
  );
  app.get(
    '/mail-outbox/:name',
    {
      config: { access: 'jobs.manage' },
      schema: {
        tags,
        summary: 'One written e-mail (.eml)',
        params: MailOutboxParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const file = outboxFile(app.deps.config, req.params.name);
      if (!file) throw new NotFoundError();
      return reply
        .header('content-type', 'message/rfc822')
        .header('content-disposition', `attachment; filename="${req.params.name}"`)
        .header('x-content-type-options', 'nosniff')
        .send(fs.createReadStream(file) as unknown as string);
    },
  );
};
