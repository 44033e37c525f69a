/**
 * One guard for every route, before schema validation: strings and keys with NUL or lone
 * surrogates, JSON nested absurdly deep, and multipart requests without a usable boundary are
 * refused with a 400 naming the field — instead of reaching PostgreSQL or the multipart parser.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ValidationError, type FieldProblem } from '../lib/errors';
import { findUnsafeInput, MAX_INPUT_DEPTH, multipartBoundary } from '../lib/safe-text';

function guard(req: FastifyRequest): void {
  const type = req.headers['content-type'];
  if (typeof type === 'string' && /^\s*multipart\/form-data\b/i.test(type) && !multipartBoundary(type))
    throw new ValidationError({ file: { message: 'field.multipartBoundary' } });
  const fields: Record<string, FieldProblem> = {};
  for (const part of [req.params, req.query, req.body]) {
    for (const { path, problem } of findUnsafeInput(part)) {
      if (fields[path]) continue;
      fields[path] =
        problem === 'depth'
          ? { message: 'field.tooDeep', params: { max: MAX_INPUT_DEPTH } }
          : { message: 'field.badCharacters' };
    }
  }
  if (Object.keys(fields).length > 0) throw new ValidationError(fields);
}

export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (req) => guard(req));
});
