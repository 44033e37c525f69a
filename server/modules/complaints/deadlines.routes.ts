import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../shared/contracts/common';
import {
  CaseClocksSchema,
  EndPauseInputSchema,
  PauseInputSchema,
  PauseParamsSchema,
  WhatsappMessageSchema,
} from '../../../shared/contracts/complaints-deadlines';
import { identityKeysOf } from '../../lib/identity-crypto';
import { requireActor } from '../../plugins/auth.plugin';
import { endPause, pauseCase } from './deadlines.service';
import { whatsappMessage } from './reporter-updates';

const tags = ['complaints'];

/** A case's pauses (its clocks stop while it waits) and the reporter's WhatsApp status message. */
export const complaintDeadlineRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.post(
    '/complaints/:id/pauses',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary:
          'Pause the case’s clocks while it waits on the reporter or the reported body (one running pause at a time)',
        params: IdParamsSchema,
        body: PauseInputSchema,
        response: { 201: CaseClocksSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await pauseCase(db(), requireActor(req), req.params.id, req.body)),
  );
  app.post(
    '/complaints/:id/pauses/:pauseId/end',
    {
      config: { access: 'complaint.handle', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'End a pause on its last paused day; the running clocks’ due dates move by the paused days',
        params: PauseParamsSchema,
        body: EndPauseInputSchema,
        response: { 200: CaseClocksSchema },
      },
    },
    async (req) => endPause(db(), requireActor(req), req.params.id, req.params.pauseId, req.body ?? {}),
  );
  app.get(
    '/complaints/:id/whatsapp',
    {
      config: { access: 'complaint.handle' },
      schema: {
        tags,
        summary:
          'A wa.me link with a prepared status message to the reporter (holds the phone: officers who may reveal the identity only; audited like a reveal)',
        params: IdParamsSchema,
        response: { 200: WhatsappMessageSchema },
      },
    },
    async (req) =>
      whatsappMessage(
        db(),
        requireActor(req),
        req.params.id,
        identityKeysOf(app.deps.config),
        app.deps.config.publicUrl,
      ),
  );
};
