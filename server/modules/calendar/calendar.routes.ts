import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NoContentSchema } from '../../../shared/contracts/common';
import {
  CalendarDayInputSchema,
  CalendarDayPatchSchema,
  CalendarDaySchema,
  CalendarListSchema,
  CalendarQuerySchema,
  DeadlineSchema,
  DueQuerySchema,
  parsePauses,
} from '../../../shared/contracts/calendar';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './calendar.service';

const tags = ['calendar'];
const IdParams = z.object({ id: z.uuid() });

/** The working-day calendar: read by every signed-in user, edited by admins; the deadline calculator. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/calendar',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags,
        summary:
          'One year of days off: national holidays, cuti bersama and regional holidays (or one province’s)',
        querystring: CalendarQuerySchema,
        response: { 200: CalendarListSchema },
      },
    },
    async (req) => svc.listCalendar(db(), req.query),
  );
  app.get(
    '/calendar/due',
    {
      config: { access: 'calendar.read' },
      schema: {
        tags,
        summary:
          'The due date of a deadline of N working or calendar days on the stored calendar; pauses stop the clock',
        querystring: DueQuerySchema,
        response: { 200: DeadlineSchema },
      },
    },
    async (req) =>
      svc.workingDaysService.addDays(db(), {
        from: req.query.from,
        add: req.query.add,
        unit: req.query.unit,
        provinceCode: req.query.province,
        pauses: parsePauses(req.query.pauses) ?? [],
      }),
  );
  app.post(
    '/calendar/days',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Add a day off (admins)',
        body: CalendarDayInputSchema,
        response: { 201: CalendarDaySchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createCalendarDay(db(), requireActor(req), req.body)),
  );
  app.patch(
    '/calendar/days/:id',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Change a day off (admins)',
        params: IdParams,
        body: CalendarDayPatchSchema,
        response: { 200: CalendarDaySchema },
      },
    },
    async (req) => svc.updateCalendarDay(db(), requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/calendar/days/:id',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: 'Remove a day off (admins)',
        params: IdParams,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await svc.deleteCalendarDay(db(), requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
