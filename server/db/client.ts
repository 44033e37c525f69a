import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as baseSchema from './schema';
import * as assessmentSchema from './schema-assessments';
import * as calendarSchema from './schema-calendar';
import * as publicSchema from './schema-public';
import * as complaintSchema from './schema-complaints';
import * as standardsSchema from './schema-standards';
import * as surveysSchema from './schema-surveys';
import * as followupsSchema from './schema-followups';

const schema = {
  ...baseSchema,
  ...assessmentSchema,
  ...calendarSchema,
  ...publicSchema,
  ...complaintSchema,
  ...standardsSchema,
  ...surveysSchema,
  ...followupsSchema,
};

export type Schema = typeof schema;
/** A database handle or an open transaction: repositories accept either. */
export type Executor = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Executor;
  engine: Engine;
  /** Raw SQL with $1 parameters, for migrations, COPY-free bulk work and tests. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (no parameters). */
  exec(text: string): Promise<void>;
  /**
   * Runs `fn` on one dedicated connection (PostgreSQL: a client checked out of the pool and
   * released after; PGlite: its only connection), for session state such as advisory locks.
   */
  withConnection<T>(fn: (conn: Connection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Counts statements sent, for the no-N+1 tests. */
  stats: { queries: number };
  /** The in-process engine, when this is PGlite (for data-dir dumps). */
  pglite?: PGlite;
}

/** Raw SQL on one connection (see Database.withConnection). */
export type Connection = Pick<Database, 'query' | 'exec'>;

export interface OpenOptions {
  databaseUrl?: string;
  /** Directory for PGlite; `memory://` for an in-memory database. */
  pgliteDir?: string;
  /** Load a PGlite data dump (tar) made by `dumpDataDir`, to clone a migrated golden image quickly. */
  loadDataDir?: Blob;
  poolMax?: number;
}

/** Opens PostgreSQL when a URL is given, else PGlite in the given directory. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const stats = { queries: 0 };
  if (opts.databaseUrl) {
    // JIT compiles any statement whose estimated cost is high: on the national data the list of
    // survey periods spent 2.3 s compiling a 1.8 s query. The statements here are short and planned
    // often, so every connection starts with it off (an `options` in DATABASE_URL replaces this).
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolMax ?? 10,
      options: '-c jit=off',
    });
    pool.on('error', () => undefined);
    prepareOnEveryConnection(pool);
    const origQuery = pool.query.bind(pool) as (...a: unknown[]) => unknown;
    (pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
      stats.queries += 1;
      return origQuery(...args);
    };
    const db = drizzlePg(pool, { schema }) as unknown as Executor;
    return {
      db,
      engine: 'postgres',
      stats,
      async query<T>(text: string, params?: unknown[]) {
        stats.queries += 1;
        const r = await pool.query(text, params as unknown[]);
        return r.rows as T[];
      },
      async exec(text: string) {
        stats.queries += 1;
        await pool.query(text);
      },
      async withConnection<T>(fn: (conn: Connection) => Promise<T>) {
        const client = await pool.connect();
        try {
          return await fn({
            async query<R>(text: string, params?: unknown[]) {
              stats.queries += 1;
              return (await client.query(text, params as unknown[])).rows as R[];
            },
            async exec(text: string) {
              stats.queries += 1;
              await client.query(text);
            },
          });
        } finally {
          client.release();
        }
      },
      async close() {
        await pool.end();
      },
    };
  }
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  // pg_trgm: the public catalogue's name search (migration 0024).
  const client = await PGlite.create(dir, {
    extensions: { pg_trgm },
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  yieldInBackgroundWork(client);
  const origQuery = client.query.bind(client);
  (client as unknown as { query: unknown }).query = (...args: Parameters<typeof origQuery>) => {
    stats.queries += 1;
    return origQuery(...args);
  };
  const db = drizzlePglite(client, { schema }) as unknown as Executor;
  const conn: Connection = {
    async query<T>(text: string, params?: unknown[]) {
      const r = await client.query<T>(text, params);
      return r.rows;
    },
    async exec(text: string) {
      stats.queries += 1;
      await client.exec(text);
    },
  };
  return {
    db,
    engine: 'pglite',
    stats,
    pglite: client,
    ...conn,
    withConnection: (fn) => fn(conn),
    async close() {
      await client.close();
    },
  };
}

/**
 * Put first in a statement whose best plan depends on its parameters (a results page over 591
 * governments or over one office's 30; one government's gap summary): it is sent unnamed and planned
 * for each call's values. Measured (bench/probe-routes.ts with pg_stat_statements): the generic plan
 * of the results page ran 7–9 ms against 1.3–1.7 ms planned per call, the gap summary 5.9 against 4.5.
 */
export const PLANNED_PER_CALL = sql.raw('/* planned per call */ ');

/** How many statement texts one process names; later texts go unnamed, so each backend's cache stays bounded. */
const MAX_PREPARED = 2000;

/**
 * PostgreSQL parses and plans an unnamed statement anew every time: over every pair of the bench's
 * pools (bench/probe-routes.ts, national synth), planning took 2.9 s beside 3.4 s of execution
 * (pg_stat_statements with track_planning) — the session lookup planned in 0.35 ms to run in 0.03,
 * the ranked results in 1–1.5 ms. So each pooled connection prepares a parameterised statement
 * (select, with, insert, update, delete, sent with values, i.e. by the extended protocol already;
 * not one that starts with PLANNED_PER_CALL) under a name the first time it meets its text, and
 * names it after: the server parses once per connection and may keep a generic plan
 * (plan_cache_mode auto keeps one only when it costs no more than the custom plans did). A query
 * object that streams (has its own submit) is left as it is. Texts with a variable id list (`in
 * ($1, $2, …)`) take one name per length, hence the bound. ADR 0015.
 */
function prepareOnEveryConnection(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (
      name === undefined &&
      names.size < MAX_PREPARED &&
      /^\s*(select|with|insert|update|delete)\b/i.test(text)
    ) {
      name = `patuh_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  pool.on('connect', (client) => {
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    const named = (first: unknown, ...rest: unknown[]): unknown => {
      const values = Array.isArray(rest[0]) ? (rest[0] as unknown[]) : undefined;
      if (typeof first === 'string' && values?.length) {
        const name = nameOf(first);
        if (name) return original({ text: first, name }, ...rest);
      } else if (first && typeof first === 'object' && !('submit' in first)) {
        const config = first as pg.QueryConfig;
        if (config.name === undefined && (values ?? config.values)?.length) {
          const name = nameOf(config.text);
          if (name) return original({ ...config, name }, ...rest);
        }
      }
      return original(first, ...rest);
    };
    // A connection runs one statement at a time. Code handed a transaction may still start two
    // (`Promise.all` over reads of one `tx`); pg queues them itself but calls that deprecated (gone in
    // pg 9). So the promise-form calls of one connection wait for each other here, in call order.
    let last: Promise<unknown> = Promise.resolve();
    (client as unknown as { query: unknown }).query = (first: unknown, ...rest: unknown[]) => {
      const streams = !!first && typeof first === 'object' && 'submit' in first;
      if (streams || typeof rest.at(-1) === 'function') return named(first, ...rest);
      const run = () => named(first, ...rest);
      const result = last.then(run, run);
      last = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    };
  });
}

/** First byte of the frontend messages that start a statement: Parse (extended) and Query (simple). */
const PARSE = 0x50;
const SIMPLE_QUERY = 0x51;

/**
 * Set (to true) around background work on the request loop: a rapor file's data (workers/heavy.ts
 * gatheredFile) and every job (jobs/job-runner.ts). On PGlite each statement started inside it
 * waits for one turn of the event loop first (yieldInBackgroundWork).
 */
export const backgroundWork = new AsyncLocalStorage<boolean>();

/** Whether this process opened a PGlite database (whose statements read backgroundWork). */
let pgliteOpened = false;

/**
 * Runs `work` as background work (backgroundWork set) — only once this process has opened a PGlite
 * database; otherwise it runs as is. On Node 20 the first AsyncLocalStorage.run turns on a promise
 * hook for the rest of the process, which made every promise ~3× dearer (a micro-benchmark of
 * awaited calls: 280 → 760–870 ms) and every route of the PostgreSQL mix slower; PostgreSQL never
 * reads the flag (its answers come through the socket, which yields anyway), so it never pays.
 */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return pgliteOpened ? backgroundWork.run(true, work) : work();
}

/**
 * PGlite runs each statement synchronously on this thread and resolves its promise as a microtask,
 * so code awaiting one query after another never returned to the event loop in between: a rapor
 * file's ~30 reads on the medium synth (each a few ms, the largest ~40 ms) made one 150–250 ms
 * task, and every other request (/api/health included) waited for all of it. Inside backgroundWork
 * each statement now starts after a setImmediate, so requests that arrived meanwhile run first.
 * Requests themselves run straight on: yielding before every statement of every request cost a
 * third of the medium synth's closed-loop throughput and ~130 MB of RSS (every request in flight
 * progressed a statement at a time), and doing so once a chain passed 10 ms was no better.
 * Hooked on execProtocolStream, which both top-level queries and a transaction's queries go through
 * (once per statement: at its Parse or simple Query).
 */
function yieldInBackgroundWork(client: PGlite): void {
  type Stream = PGlite['execProtocolStream'];
  const original: Stream = client.execProtocolStream.bind(client);
  const patched: Stream = async (message, options) => {
    if ((message[0] === PARSE || message[0] === SIMPLE_QUERY) && backgroundWork.getStore())
      await new Promise<void>((resolve) => setImmediate(resolve));
    return original(message, options);
  };
  client.execProtocolStream = patched;
  pgliteOpened = true;
}

/** Rows of a `db.execute(sql…)` result: both drivers return `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
