import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../lib/paths';
import type { Connection, Database } from './client';

const MIGRATIONS_DIR = pathToFileURL(path.join(projectRoot(), 'server', 'db', 'migrations') + path.sep);

/** The session-level advisory lock that keeps two processes from migrating at once (PostgreSQL). */
const MIGRATION_LOCK = 7310001;

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A migration file whose text no longer matches the checksum recorded when it was applied. */
export class MigrationChecksumError extends Error {
  constructor(readonly file: string) {
    super(
      `Migrasi ${file} sudah diterapkan tetapi isinya berubah sejak itu (sha256 tidak cocok dengan _migrations). ` +
        `Kembalikan berkas itu seperti semula dan tulis perubahan sebagai migrasi baru. / ` +
        `Migration ${file} was applied but has changed since (sha256 differs from _migrations): ` +
        `restore the file and write the change as a new migration.`,
    );
    this.name = 'MigrationChecksumError';
  }
}

export interface MigrateOptions {
  /** Stop after this journal tag (tests of a data migration start from the schema before it). */
  until?: string;
}

/**
 * Applies the drizzle-kit generated SQL files in journal order, each in its own transaction,
 * recording them with their sha256 in `_migrations`. Same code path for PGlite and PostgreSQL.
 * Everything runs on one dedicated connection, so the advisory lock is taken and released by the
 * same session; a file already applied must still have its recorded checksum, else nothing is
 * applied and MigrationChecksumError names the file.
 */
export async function migrate(database: Database, opts: MigrateOptions = {}): Promise<string[]> {
  return database.withConnection(async (conn) => {
    const postgres = database.engine === 'postgres';
    if (postgres) await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return await applyPending(conn, opts);
    } finally {
      if (postgres) await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

async function applyPending(conn: Connection, opts: MigrateOptions): Promise<string[]> {
  await conn.exec(`create table if not exists _migrations (
    name text primary key, sha256 text not null, applied_at timestamptz not null default now())`);
  const journal = JSON.parse(
    fs.readFileSync(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8'),
  ) as Journal;
  const entries = [...journal.entries].sort((a, b) => a.idx - b.idx);
  const stop = opts.until === undefined ? entries.length : entries.findIndex((e) => e.tag === opts.until) + 1;
  if (stop === 0) throw new Error(`unknown migration ${opts.until}`);
  const recorded = new Map(
    (await conn.query<{ name: string; sha256: string }>('select name, sha256 from _migrations')).map((r) => [
      r.name,
      r.sha256,
    ]),
  );
  const files = entries.slice(0, stop).map((entry) => {
    const text = fs.readFileSync(new URL(`${entry.tag}.sql`, MIGRATIONS_DIR), 'utf8');
    return { tag: entry.tag, text, sha: crypto.createHash('sha256').update(text).digest('hex') };
  });
  // Every applied file is checked before anything new is applied.
  for (const f of files) {
    const sha = recorded.get(f.tag);
    if (sha !== undefined && sha !== f.sha) throw new MigrationChecksumError(`${f.tag}.sql`);
  }
  const applied: string[] = [];
  for (const f of files) {
    if (recorded.has(f.tag)) continue;
    const statements = f.text
      .split('--> statement-breakpoint')
      .map((s) => s.trim().replace(/;$/, ''))
      .filter(Boolean);
    try {
      await conn.exec(
        `begin;\n${statements.join(';\n')};\ninsert into _migrations(name, sha256) values ('${f.tag}', '${f.sha}');\ncommit;`,
      );
    } catch (err) {
      // The failed transaction block stays open on this connection until it is rolled back.
      await conn.exec('rollback').catch(() => undefined);
      throw err;
    }
    applied.push(f.tag);
  }
  return applied;
}
