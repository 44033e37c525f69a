/**
 * Bulk writers for the synthetic load, one per engine: COPY FROM STDIN through pg-copy-streams on
 * PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite, and batched multi-row INSERTs when only a
 * pooled connection is at hand (the PostgreSQL test run). Rows are arrays in column order.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../db/client';

export type Cell = string | number | boolean | null | string[];
export type Row = Cell[];

export interface TableWriter {
  /** Queues one row; returns a promise only when the caller must wait (flush or backpressure). */
  push(row: Row): Promise<void> | void;
  /** Flushes and finishes; returns the number of rows written. */
  close(): Promise<number>;
}

export interface Sink {
  kind: 'copy-stdin' | 'copy-blob' | 'insert';
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  open(table: string, columns: string[]): Promise<TableWriter>;
  end(): Promise<void>;
}

/** Writes every row of `rows` to `table` through the sink; returns how many. */
export async function copyRows(
  sink: Sink,
  table: string,
  columns: string[],
  rows: Iterable<Row>,
): Promise<number> {
  const w = await sink.open(table, columns);
  for (const row of rows) {
    const wait = w.push(row);
    if (wait) await wait;
  }
  return w.close();
}

const SPECIAL = /[\\\t\n\r]/;

function textCell(v: Cell): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v))
    return `{${v.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`.replace(/\\/g, '\\\\');
  return SPECIAL.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v;
}

/** One row in PostgreSQL's COPY text format. */
export function textLine(row: Row): string {
  let line = textCell(row[0]!);
  for (let i = 1; i < row.length; i++) line += '\t' + textCell(row[i]!);
  return line + '\n';
}

const copySql = (table: string, columns: string[], source: string) =>
  `copy ${table} (${columns.join(', ')}) from ${source}`;

/** PostgreSQL: one dedicated connection, COPY FROM STDIN with backpressure, in one transaction. */
export async function copyStdinSink(databaseUrl: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    kind: 'copy-stdin',
    begin: async () => void (await client.query('begin')),
    commit: async () => void (await client.query('commit')),
    rollback: async () => void (await client.query('rollback')),
    end: () => client.end(),
    async open(table, columns) {
      const stream = client.query(copyFrom(copySql(table, columns, 'stdin')));
      let failed: Error | undefined;
      stream.on('error', (err: Error) => (failed = err));
      let parts: string[] = [];
      let size = 0;
      let rows = 0;
      const flush = (): Promise<void> | void => {
        if (failed) throw failed;
        if (parts.length === 0) return;
        const ok = stream.write(parts.join(''));
        parts = [];
        size = 0;
        if (!ok) return once(stream, 'drain').then(() => undefined);
      };
      return {
        push(row) {
          const line = textLine(row);
          parts.push(line);
          size += line.length;
          rows++;
          if (size >= 1 << 20) return flush();
        },
        async close() {
          await flush();
          stream.end();
          await finished(stream);
          if (failed) throw failed;
          return rows;
        },
      };
    },
  };
}

/** PGlite: rows gathered into text blobs of ~16 MB, each loaded with COPY FROM '/dev/blob'. */
export function copyBlobSink(pglite: PGlite): Sink {
  return {
    kind: 'copy-blob',
    begin: async () => void (await pglite.exec('begin')),
    commit: async () => void (await pglite.exec('commit')),
    rollback: async () => void (await pglite.exec('rollback')),
    end: async () => undefined,
    async open(table, columns) {
      let parts: string[] = [];
      let size = 0;
      let rows = 0;
      const flush = async () => {
        if (parts.length === 0) return;
        const blob = new Blob(parts);
        parts = [];
        size = 0;
        await pglite.query(copySql(table, columns, `'/dev/blob'`), [], { blob });
      };
      return {
        push(row) {
          const line = textLine(row);
          parts.push(line);
          size += line.length;
          rows++;
          if (size >= 16 << 20) return flush();
        },
        async close() {
          await flush();
          return rows;
        },
      };
    },
  };
}

/**
 * Fallback: multi-row INSERT through the pooled handle (no transaction across statements, so a
 * failed load leaves rows behind; used by the PostgreSQL test run, where no URL is exposed).
 */
export function insertSink(database: Database): Sink {
  return {
    kind: 'insert',
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    end: async () => undefined,
    async open(table, columns) {
      const perBatch = Math.max(1, Math.floor(30000 / columns.length));
      let batch: Row[] = [];
      let rows = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const params: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((v) => `$${params.push(v)}`).join(',')})`);
        batch = [];
        await database.query(
          `insert into ${table} (${columns.join(', ')}) values ${tuples.join(',')}`,
          params,
        );
      };
      return {
        push(row) {
          batch.push(row);
          rows++;
          if (batch.length >= perBatch) return flush();
        },
        async close() {
          await flush();
          return rows;
        },
      };
    },
  };
}
