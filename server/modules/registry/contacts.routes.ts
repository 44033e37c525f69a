import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, ListQuerySchema } from '../../../shared/contracts/common';
import {
  ContactAccountBodySchema,
  ContactAccountSchema,
  ContactCreateSchema,
  ContactListItemSchema,
  ContactPageSchema,
  ContactUpdateSchema,
} from '../../../shared/contracts/registry';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './contacts.service';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/units/:id/contacts',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Contact persons of a unit',
        params: IdParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: ContactPageSchema },
      },
    },
    async (req) => svc.listUnitContacts(db(), requireActor(req), req.params.id, req.query),
  );
  app.get(
    '/governments/:id/contacts',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Contact persons of every unit of a government in reach',
        params: IdParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: ContactPageSchema },
      },
    },
    async (req) => svc.listGovernmentContacts(db(), requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/units/:id/contacts',
    {
      config: { access: 'contact.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ContactCreateSchema,
        response: { 201: ContactListItemSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createContact(db(), requireActor(req), req.params.id, req.body)),
  );
  app.patch(
    '/contacts/:id',
    {
      config: { access: 'contact.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ContactUpdateSchema,
        response: { 200: ContactListItemSchema },
      },
    },
    async (req) => svc.updateContact(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/contacts/:id/archive',
    {
      config: { access: 'contact.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: ContactListItemSchema } },
    },
    async (req) => svc.setContactArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/contacts/:id/restore',
    {
      config: { access: 'contact.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: ContactListItemSchema } },
    },
    async (req) => svc.setContactArchived(db(), requireActor(req), req.params.id, false),
  );
  app.post(
    '/contacts/:id/account',
    {
      config: { access: 'contact.account' },
      schema: {
        tags,
        summary: "Create a unit PIC account from a contact (the contact's unit and e-mail)",
        params: IdParamsSchema,
        body: ContactAccountBodySchema,
        response: { 201: ContactAccountSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.createContactAccount(db(), requireActor(req), req.params.id, req.body)),
  );
  app.post(
    '/contacts/:id/account/password-reset',
    {
      config: { access: 'contact.account' },
      schema: {
        tags,
        summary: "Issue a new temporary password for the contact's unit PIC account (forgotten password)",
        params: IdParamsSchema,
        response: { 200: ContactAccountSchema },
      },
    },
    async (req) => svc.resetContactPassword(db(), requireActor(req), req.params.id),
  );
};
