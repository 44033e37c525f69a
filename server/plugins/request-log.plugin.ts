import os from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Where `npm start` writes its log: stdout through an asynchronous buffer (pino's SonicBoom) that
 * writes once 4 KB have gathered, and at the latest when the process exits (pino flushes it on
 * exit), instead of one blocking write per line. Measured on the bare route at 50 connections
 * (bench/probe-log.ts), the blocking write per request was most of the request log's cost.
 */
export function logDestination(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096 });
}

const HOST = JSON.stringify(os.hostname());

/**
 * One compact line per answered request, replacing Fastify's two verbose ones (`incoming request`
 * and `request completed`, each with the raw URL, host, address and port): the method, the route
 * pattern (`/api/cycles/:id/results`, never the URL with its ids and query string), the status and
 * the time in ms. No query string, header, cookie or body is ever written, so no personal data
 * reaches the log. Fastify's own request logging must be off (a `LogController` with `disableRequestLogging: true`).
 *
 * Written at info, so PATUH_LOG_LEVEL=warn silences it. Given the logger's `stream` (buildApp
 * does), the line is put together by hand, as pino would write it (level, time, pid, hostname,
 * reqId, the four fields, msg), and written to that stream: its fields are fixed and hold nothing
 * to redact or serialise, and pino's generic path (redaction, serializers, the child's bindings)
 * was most of the line's CPU. Without a stream it goes through `req.log`. Measured by
 * bench/probe-log.ts (docs/PERFORMANCE.md, "Logging").
 */
export const requestLogPlugin = fp(
  async (app: FastifyInstance, opts: { stream?: DestinationStream | undefined }) => {
    const stream = opts.stream;
    app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
      // A request that matched no route (404, or refused before routing) has no pattern.
      const route = req.routeOptions.url ?? '(none)';
      const ms = Math.round(reply.elapsedTime * 10) / 10;
      if (!stream) {
        req.log.info({ method: req.method, route, status: reply.statusCode, ms }, 'req');
        return;
      }
      if (!(app.log as unknown as Pick<Logger, 'isLevelEnabled'>).isLevelEnabled('info')) return;
      stream.write(
        `{"level":30,"time":${Date.now()},"pid":${process.pid},"hostname":${HOST},"reqId":${JSON.stringify(req.id)},` +
          `"method":${JSON.stringify(req.method)},"route":${JSON.stringify(route)},"status":${reply.statusCode},` +
          `"ms":${ms},"msg":"req"}\n`,
      );
    });
  },
  { name: 'patuh-request-log' },
);
