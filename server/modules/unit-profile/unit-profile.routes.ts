import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import {
  MaklumatBodySchema,
  MaklumatSchema,
  ServiceProfileBodySchema,
  ServiceProfileSchema,
  UnitIdParams,
} from '../../../shared/contracts/unit-profile';
import * as svc from './unit-profile.service';

const tags = ['unit-profile'];

/** A unit's service profile and maklumat pelayanan (issue 15). */
export const unitProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/units/:id/profile',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary:
          'Service profile: opening hours, visi-misi-moto, pelayanan khusus, integrated services, facilities',
        params: UnitIdParams,
        response: { 200: ServiceProfileSchema },
      },
    },
    async (req) => svc.getProfile(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/units/:id/profile',
    {
      config: { access: 'unit.profile.write', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Save the service profile (rowVersion as loaded; 0 for the first save; 409 when stale)',
        params: UnitIdParams,
        body: ServiceProfileBodySchema,
        response: { 200: ServiceProfileSchema },
      },
    },
    async (req) => svc.saveProfile(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/units/:id/maklumat',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'Maklumat pelayanan (the default template while none is saved)',
        params: UnitIdParams,
        response: { 200: MaklumatSchema },
      },
    },
    async (req) => svc.getMaklumat(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/units/:id/maklumat',
    {
      config: { access: 'unit.profile.write', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Save the maklumat pelayanan (rowVersion as loaded; 409 when stale)',
        params: UnitIdParams,
        body: MaklumatBodySchema,
        response: { 200: MaklumatSchema },
      },
    },
    async (req) => svc.saveMaklumat(db(), requireActor(req), req.params.id, req.body),
  );
};
