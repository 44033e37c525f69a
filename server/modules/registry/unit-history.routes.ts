import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MergeUnitBodySchema,
  RenameUnitBodySchema,
  SplitUnitBodySchema,
  UnitChangeSchema,
  UnitLineageSchema,
  UnitResultsHistorySchema,
} from '../../../shared/contracts/unit-history';
import { IdParamsSchema } from '../../../shared/contracts/common';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './unit-history.service';
import { getUnitLineage, getUnitResultsHistory } from './unit-lineage.service';

const tags = ['units'];
const GovUnitParams = z.object({ id: z.uuid(), unitId: z.uuid() });

/** Renames, merges and splits of units (issue 11 part 6) and the lineage reads. */
export const unitHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.post(
    '/governments/:id/units/:unitId/rename',
    {
      config: { access: 'unit.reorganise' },
      schema: {
        tags,
        summary: 'Rename a unit from an effective date (the old name stays in its history)',
        params: GovUnitParams,
        body: RenameUnitBodySchema,
        response: { 201: UnitChangeSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.renameUnit(db(), requireActor(req), req.params.id, req.params.unitId, req.body)),
  );
  app.post(
    '/governments/:id/units/:unitId/merge',
    {
      config: { access: 'unit.reorganise' },
      schema: {
        tags,
        summary: 'Merge the unit (and `with`) into an existing or a new unit; predecessors are archived',
        params: GovUnitParams,
        body: MergeUnitBodySchema,
        response: { 201: UnitChangeSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.mergeUnits(db(), requireActor(req), req.params.id, req.params.unitId, req.body)),
  );
  app.post(
    '/governments/:id/units/:unitId/split',
    {
      config: { access: 'unit.reorganise' },
      schema: {
        tags,
        summary: 'Split the unit into two or more existing or new units; the unit is archived',
        params: GovUnitParams,
        body: SplitUnitBodySchema,
        response: { 201: UnitChangeSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.splitUnit(db(), requireActor(req), req.params.id, req.params.unitId, req.body)),
  );
  app.get(
    '/units/:id/lineage',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Names, predecessors and successors (transitive) and the changes of a unit',
        params: IdParamsSchema,
        response: { 200: UnitLineageSchema },
      },
    },
    async (req) => getUnitLineage(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/units/:id/results-history',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary:
          "Past results and improvement points of the unit and its predecessors ('sebagai <old name>')",
        params: IdParamsSchema,
        response: { 200: UnitResultsHistorySchema },
      },
    },
    async (req) => getUnitResultsHistory(db(), requireActor(req), req.params.id),
  );
};
