import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  UserCreateSchema,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
  UserUpdateSchema,
} from '../../../shared/contracts/users';
import { requireActor } from '../../plugins/auth.plugin';
import { IdParamsSchema } from '../../../shared/contracts/common';

import * as svc from './users.service';

const tags = ['users'];

/**
 * Account management; every route needs `user.manage` (platform admins). Which accounts the actor
 * may read or change is users.access.ts's answer, checked by the service.
 */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Accounts (search, filter, keyset pages)',
        querystring: UserListQuerySchema,
        response: { 200: UserPageSchema },
      },
    },
    async (req) => svc.listUserAccounts(db(), requireActor(req), req.query),
  );
  app.post(
    '/users',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: 'Create an account', body: UserCreateSchema, response: { 201: UserSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createUserAccount(db(), requireActor(req), req.body)),
  );
  app.patch(
    '/users/:id',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Edit an account (name, e-mail, locale, role and links, units, password reset)',
        params: IdParamsSchema,
        body: UserUpdateSchema,
        response: { 200: UserSchema },
      },
    },
    async (req) => svc.updateUserAccount(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/users/:id/archive',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Archive an account (ends its sessions)',
        params: IdParamsSchema,
        response: { 200: UserSchema },
      },
    },
    async (req) => svc.setUserArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/users/:id/restore',
    {
      config: { access: 'user.manage' },
      schema: { tags, params: IdParamsSchema, response: { 200: UserSchema } },
    },
    async (req) => svc.setUserArchived(db(), requireActor(req), req.params.id, false),
  );
};
