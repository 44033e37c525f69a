import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  GovernmentTaatSchema,
  TaatGovernmentParams,
  TaatQuerySchema,
  TaatRollupQuerySchema,
  TaatRollupSchema,
} from '../../../../shared/contracts/taat';
import { requireActor } from '../../../plugins/auth.plugin';
import * as svc from './taat.service';
import { taatRule } from './taat-rule';

const tags = ['taat'];

/** Taat (Patuh's reading of the Ombudsman products followed up on time): per government, roll-up. */
export const taatRoutes: FastifyPluginAsyncZod = async (app) => {
  taatRule(); // validate rules/taat.json when the app starts: a broken file stops the server
  const db = () => app.deps.database.db;
  app.get(
    '/governments/:id/taat',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: "A government's Taat as of a date (WIB), with the rule and the items behind it",
        params: TaatGovernmentParams,
        querystring: TaatQuerySchema,
        response: { 200: GovernmentTaatSchema },
      },
    },
    async (req) => svc.getGovernmentTaat(db(), requireActor(req), req.params.id, req.query.asOf),
  );
  app.get(
    '/taat',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Taat per government of an office (or of the nation, for an admin) as of a year’s end',
        querystring: TaatRollupQuerySchema,
        response: { 200: TaatRollupSchema },
      },
    },
    async (req) => svc.getTaatRollup(db(), requireActor(req), req.query),
  );
};
