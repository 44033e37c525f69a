import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import { CycleUnitParams } from '../../../shared/contracts/assessments';
import {
  AssessmentContextQuerySchema,
  AssessmentContextSchema,
} from '../../../shared/contracts/unit-profile';
import { getAssessmentContext } from './assessment-context.service';

/** The standards context beside checklist and verification items ("Konteks"). */
export const assessmentContextRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cycles/:id/units/:unitId/standards-context',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags: ['unit-profile'],
        summary:
          'Context per mapped indicator: the set standard (never a draft), the maklumat or profile field, photos of the display (?productId=)',
        params: CycleUnitParams,
        querystring: AssessmentContextQuerySchema,
        response: { 200: AssessmentContextSchema },
      },
    },
    async (req) =>
      getAssessmentContext(
        app.deps.database.db,
        requireActor(req),
        req.params.id,
        req.params.unitId,
        req.query.productId,
      ),
  );
};
