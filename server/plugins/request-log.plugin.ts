import os from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import pino, { type DestinationStream, type Logger } from 'pino';

/** Lines gathered before they are handed to the file stream as one string. */
const BATCH_CHARS = 32 * 1024;

/** Destinations with lines not yet handed on, flushed synchronously when the process exits. */
const pending = new Set<BatchedDestination>();
let exitHook = false;

/**
 * Gathers log lines (the request log's and pino's, in the order written) into one string of
 * ~32 KB and hands that to a SonicBoom (pino.destination) that writes it at once, asynchronously.
 * SonicBoom's own buffering measures the byte length of its whole pending buffer on every write
 * (`Buffer.byteLength` of up to its minLength), which made a line cost more the fuller the buffer
 * was; here a line costs an array push (docs/PERFORMANCE.md, round 17).
 */
class BatchedDestination implements DestinationStream {
  private parts: string[] = [];
  private chars = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly out: SonicBoom) {
    // A lone line still shows within about a second when traffic is low.
    this.timer = setInterval(() => this.flush(), 1000);
    this.timer.unref();
    pending.add(this);
    if (!exitHook) {
      exitHook = true;
      // Before pino's own exit handler (which flushes and ends the SonicBoom).
      process.prependListener('exit', () => {
        for (const d of pending) d.flushSync();
      });
    }
  }

  write(line: string): boolean {
    this.parts.push(line);
    this.chars += line.length;
    if (this.chars >= BATCH_CHARS) this.flush();
    return true;
  }

  /**
   * Hands the gathered lines to the file stream (which writes them asynchronously); `done`, as
   * pino's `logger.flush(cb)` passes it, is called once they have been handed on.
   */
  flush(done?: (err?: Error) => void): void {
    if (this.parts.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      this.parts = [];
      this.chars = 0;
      try {
        this.out.write(text);
      } catch {
        // The stream was destroyed (the process is ending after a write error): nothing to write to.
      }
    }
    if (done) this.out.flush(done);
  }

  /** Writes everything gathered, blocking (at exit). */
  flushSync(): void {
    this.flush();
    try {
      this.out.flushSync();
    } catch {
      // Not open yet or already closed: SonicBoom writes what it holds once open, or nothing.
    }
  }

  end(): void {
    this.flush();
    clearInterval(this.timer);
    pending.delete(this);
    this.out.end();
  }
}

type SonicBoom = ReturnType<typeof pino.destination>;

/**
 * Where `npm start` writes its log: stdout, lines gathered into ~32 KB strings (BatchedDestination)
 * written asynchronously by pino's SonicBoom, at the latest a second after they were logged and
 * when the process exits, instead of one blocking write per line. Measured on the bare route at 50
 * connections (bench/probe-log.ts; docs/PERFORMANCE.md, rounds 8 and 17).
 */
export function logDestination(dest: number | string = 1): DestinationStream & {
  flush: (done?: (err?: Error) => void) => void;
  end: () => void;
} {
  return new BatchedDestination(pino.destination({ dest, sync: false, minLength: 0, maxWrite: 64 * 1024 }));
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
