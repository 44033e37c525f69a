import { BinaryFileSchema } from '../../../shared/contracts/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AuditActorsQuerySchema,
  AuditActorsSchema,
  AuditExportQuerySchema,
  AuditPageSchema,
  AuditQuerySchema,
} from '../../../shared/contracts/audit';
import { requireActor } from '../../plugins/auth.plugin';
import { exportAuditCsv, listAuditActorsForActor, listAuditForActor } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log (admins: all; coordinators: their government), filtered, changes in words',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (req) => listAuditForActor(app.deps.database.db, requireActor(req), req.query),
  );

  app.get(
    '/audit/actors',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The people who appear in the audit log the caller may read',
        querystring: AuditActorsQuerySchema,
        response: { 200: AuditActorsSchema },
      },
    },
    async (req) => listAuditActorsForActor(app.deps.database.db, requireActor(req), req.query.governmentId),
  );

  app.get(
    '/audit/export',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary:
          'The filtered audit log as CSV (one row per changed field, newest first, at most 10,000 entries)',
        querystring: AuditExportQuerySchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const csv = await exportAuditCsv(app.deps.database.db, requireActor(req), req.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="log-audit-${day}.csv"`)
        .send(csv);
    },
  );
};
