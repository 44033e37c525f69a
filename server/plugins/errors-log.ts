/**
 * What the server writes to its log, and what it never writes: query parameters (an argon2 hash,
 * a PIC's phone or e-mail), a constraint's `detail` ("Key (email)=(…) already exists"), cookies,
 * the CSRF token, passwords. Every `{ err }` logged anywhere goes through `safeErrorSerializer`;
 * `redact` covers the request fields in case a serializer ever logs headers or bodies.
 */
import type { DestinationStream, LoggerOptions } from 'pino';

/** How the app logs: true = to stdout at the configured level; a stream = there (tests capture it). */
export type AppLogger = boolean | { stream: DestinationStream; level?: LoggerOptions['level'] };

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'headers["x-csrf-token"]',
  'body.password',
  'req.body.password',
  '*.password',
  '*.passwordHash',
  '*.params',
  '*.parameters',
];

const SQLSTATE = /^[0-9A-Z]{5}$/;

interface SafeError {
  type: string;
  message: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  stack?: string;
  cause?: SafeError;
}

/** A database error from node-postgres or PGlite: it carries an SQLSTATE code. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return typeof e.code === 'string' && SQLSTATE.test(e.code) && ('severity' in e || 'routine' in e);
}

/**
 * The message of a database error without the values it may quote: class 22 (data exception)
 * messages quote the offending input ("invalid input syntax for type uuid: \"…\"").
 */
function databaseMessage(e: Record<string, unknown>): string {
  const message = typeof e.message === 'string' ? e.message : '';
  return String(e.code).startsWith('22') ? message.replace(/:\s.*$/s, ': [redacted]') : message;
}

/** The stack frames only: the first line repeats the message, which may hold the parameters. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const at = stack.indexOf('\n    at ');
  return at === -1 ? undefined : stack.slice(at + 1);
}

/**
 * Serializes an error for the log with an allow-list of fields: type, message, SQLSTATE code,
 * constraint, table, column and the stack frames. Query text and parameters (Drizzle's
 * `DrizzleQueryError` puts them in its message; PGlite adds `query` and `params`) and the
 * database's `detail` are left out.
 */
export function safeErrorSerializer(err: unknown, depth = 0): SafeError {
  if (!(err instanceof Error) && (typeof err !== 'object' || err === null))
    return { type: typeof err, message: String(err) };
  const e = err as unknown as Record<string, unknown>;
  const type = (typeof e.name === 'string' && e.name) || (err as object).constructor?.name || 'Error';
  const out: SafeError = { type, message: '' };
  if (isDatabaseError(e)) {
    out.message = databaseMessage(e);
    out.code = e.code as string;
    for (const key of ['constraint', 'table', 'column', 'routine'] as const)
      if (typeof e[key] === 'string') out[key] = e[key];
  } else if ('params' in e || 'parameters' in e || 'query' in e) {
    // A query wrapper (Drizzle): its message is "Failed query: … params: …". The cause says why.
    out.message = 'Failed query';
  } else {
    out.message = typeof e.message === 'string' ? e.message : '';
    if (typeof e.code === 'string') out.code = e.code;
  }
  const frames = framesOf(e.stack);
  if (frames) out.stack = `${type}: ${out.message}\n${frames}`;
  if (e.cause !== undefined && depth < 5) out.cause = safeErrorSerializer(e.cause, depth + 1);
  return out;
}

/** The request as logged: method, path without the query string (it may hold search terms), client. */
function safeRequestSerializer(req: {
  method?: string;
  url?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? req.url.split('?')[0] : undefined,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Fastify's logger options: off, stdout, or a given stream; always with the safe serializers. */
export function loggerOptions(
  logger: AppLogger | undefined,
  level: NonNullable<LoggerOptions['level']>,
): false | (LoggerOptions & { stream?: DestinationStream }) {
  if (!logger) return false;
  const base: LoggerOptions = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: safeErrorSerializer, error: safeErrorSerializer, req: safeRequestSerializer },
  };
  if (logger === true) return base;
  return { ...base, level: logger.level ?? level, stream: logger.stream };
}
