import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MalFormCodeParamsSchema,
  MalFormInputSchema,
  MalFormListSchema,
  MalFormPatchSchema,
  MalFormSchema,
  RuleSetInputSchema,
  RuleSetListSchema,
} from '../../../shared/contracts/complaints-deadlines';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './complaint-rules.service';

const tags = ['complaints'];

/** The deadline rules (versioned) and the maladministration forms: read by complaint staff, edited by admins. */
export const complaintRuleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/complaint-rules',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'The current deadline rules and every version (with the number of cases under each)',
        response: { 200: RuleSetListSchema },
      },
    },
    async () => svc.listRuleSets(db()),
  );
  app.put(
    '/complaint-rules',
    {
      config: { access: 'complaint.rules', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Publish a new version of the deadline rules (existing cases keep theirs)',
        body: RuleSetInputSchema,
        response: { 200: RuleSetListSchema },
      },
    },
    async (req) => svc.saveRuleSet(db(), requireActor(req), req.body),
  );
  app.get(
    '/maladministration-forms',
    {
      config: { access: 'complaint.read' },
      schema: {
        tags,
        summary: 'The forms of maladministration (retired ones marked)',
        response: { 200: MalFormListSchema },
      },
    },
    async () => svc.listForms(db()),
  );
  app.post(
    '/maladministration-forms',
    {
      config: { access: 'complaint.rules', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Add a form of maladministration (admins)',
        body: MalFormInputSchema,
        response: { 201: MalFormSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createForm(db(), requireActor(req), req.body)),
  );
  app.patch(
    '/maladministration-forms/:code',
    {
      config: { access: 'complaint.rules', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'Rename, retire or bring back a form of maladministration (admins)',
        params: MalFormCodeParamsSchema,
        body: MalFormPatchSchema,
        response: { 200: MalFormSchema },
      },
    },
    async (req) => svc.updateForm(db(), requireActor(req), req.params.code, req.body),
  );
};
