import os from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Where `npm start` writes its log: stdout through an asynchronous buffer (pino's SonicBoom) that
 * writes once 32 KB have gathered or a second has passed, and at the latest when the process exits
 * (pino flushes it on exit), instead of one blocking write per line. Measured on the bare route at
 * 50 connections (bench/probe-log.ts), the blocking write per request was most of the request
 * log's cost; 32 KB instead of 4 KB is ~200 lines per write instead of ~25 (docs/PERFORMANCE.md,
 * round 8), and the periodic flush bounds how late a line shows when traffic is low.
 */
export function logDestination(dest: number | string = 1): DestinationStream {
  return pino.destination({
    dest,
    sync: false,
    minLength: 32 * 1024,
    maxWrite: 64 * 1024,
    periodicFlush: 1000,
  });
}

/** JSON of each route pattern and method seen, made once (a handful of strings per route). */
const quoted = new Map<string, string>();
function json(s: string): string {
  let q = quoted.get(s);
  if (q === undefined) {
    q = JSON.stringify(s);
    if (quoted.size < 10_000) quoted.set(s, q);
  }
  return q;
}

const PREFIX = '{"level":30,"time":';
const PID_HOST = `,"pid":${process.pid},"hostname":${JSON.stringify(os.hostname())},"reqId":`;

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
    const logger = app.log as unknown as Pick<Logger, 'isLevelEnabled'>;
    // A callback hook, not an async one: no promise per request.
    app.addHook('onResponse', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
      // A request that matched no route (404, or refused before routing) has no pattern.
      const route = req.routeOptions.url ?? '(none)';
      const ms = Math.round(reply.elapsedTime * 10) / 10;
      if (!stream) {
        req.log.info({ method: req.method, route, status: reply.statusCode, ms }, 'req');
      } else if (logger.isLevelEnabled('info')) {
        stream.write(
          `${PREFIX}${Date.now()}${PID_HOST}${JSON.stringify(req.id)},"method":${json(req.method)},"route":${json(route)},` +
            `"status":${reply.statusCode},"ms":${ms},"msg":"req"}\n`,
        );
      }
      done();
    });
  },
  { name: 'patuh-request-log' },
);
