import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, NoContentSchema } from '../../../shared/contracts/common';
import {
  BulkAccountsBodySchema,
  BulkAccountsResultSchema,
  HandoverBodySchema,
  HandoverResultSchema,
  PeopleListSchema,
  SetupLinkSchema,
  SetupPasswordBodySchema,
  SetupTokenBodySchema,
  SetupTokenInfoSchema,
} from '../../../shared/contracts/people';
import { AppError } from '../../lib/errors';
import { requireActor } from '../../plugins/auth.plugin';
import { checkSetupToken, setPasswordWithToken } from './account-setup.service';
import { handOver } from './handover.service';
import * as svc from './people.service';

const tags = ['people'];

/**
 * The people side of a government (`people.manage`: its coordinator, admins) and the public
 * routes of the one-time sign-in link, rate-limited per client address like the sign-in.
 */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const publicUrl = app.deps.config.publicUrl;
  const rateLimit = {
    max: app.deps.config.loginRateLimit,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req: unknown, context: { ttl: number }) =>
      new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
        seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  };

  app.get(
    '/governments/:id/people',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: "The government's unit PIC and internal verifier accounts",
        params: IdParamsSchema,
        response: { 200: PeopleListSchema },
      },
    },
    async (req) => svc.listPeople(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/governments/:id/people/accounts',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: 'Accounts in bulk from contacts, each with a one-time sign-in link (shown once)',
        params: IdParamsSchema,
        body: BulkAccountsBodySchema,
        response: { 200: BulkAccountsResultSchema },
      },
    },
    async (req) => svc.createAccountsInBulk(db(), requireActor(req), req.params.id, req.body, publicUrl),
  );
  app.post(
    '/governments/:id/people/setup-links',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: 'A new one-time sign-in link for a PIC or internal verifier account (ends earlier ones)',
        params: IdParamsSchema,
        body: z.object({ userId: z.uuid() }),
        response: { 201: SetupLinkSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await svc.issueNewSetupLink(db(), requireActor(req), req.params.id, req.body.userId, publicUrl),
        ),
  );
  app.post(
    '/governments/:id/people/handover',
    {
      config: { access: 'people.manage' },
      schema: {
        tags,
        summary: "Handover (mutasi): a PIC's units or a verifier's assignments to another person",
        params: IdParamsSchema,
        body: HandoverBodySchema,
        response: { 200: HandoverResultSchema },
      },
    },
    async (req) => handOver(db(), requireActor(req), req.params.id, req.body, publicUrl),
  );
  app.post(
    '/auth/setup-password/check',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Whose one-time sign-in link this is, while it works',
        body: SetupTokenBodySchema,
        response: { 200: SetupTokenInfoSchema },
      },
    },
    async (req) => checkSetupToken(db(), req.body.token),
  );
  app.post(
    '/auth/setup-password',
    {
      config: { access: 'public', rateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Set the password with a one-time sign-in link (works once, before it expires)',
        body: SetupPasswordBodySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await setPasswordWithToken(db(), req.body.token, req.body.password);
      return reply.status(204).send(null);
    },
  );
};
