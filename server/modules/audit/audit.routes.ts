import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import { listAuditForActor } from './audit.service';

const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  governmentId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log (admins: all; coordinators: their government)',
        querystring: z.object({
          governmentId: z.uuid().optional(),
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(64).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.number().nullable() }) },
      },
    },
    async (req) => listAuditForActor(app.deps.database.db, requireActor(req), req.query),
  );
};
