import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../lib/paths';
import type { Database } from './client';

const MIGRATIONS_DIR = pathToFileURL(path.join(projectRoot(), 'server', 'db', 'migrations') + path.sep);

interface Journal {
  entries: { idx: number; tag: string }[];
}

/**
 * Applies the drizzle-kit generated SQL files in journal order, each in its own transaction,
 * recording them in `_migrations`. Same code path for PGlite and PostgreSQL.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(`create table if not exists _migrations (
    name text primary key, sha256 text not null, applied_at timestamptz not null default now())`);
  if (database.engine === 'postgres') await database.query('select pg_advisory_lock(7310001)');
  try {
    const journal = JSON.parse(
      fs.readFileSync(new URL('meta/_journal.json', MIGRATIONS_DIR), 'utf8'),
    ) as Journal;
    const done = new Set(
      (await database.query<{ name: string }>('select name from _migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const entry of [...journal.entries].sort((a, b) => a.idx - b.idx)) {
      if (done.has(entry.tag)) continue;
      const text = fs.readFileSync(new URL(`${entry.tag}.sql`, MIGRATIONS_DIR), 'utf8');
      const statements = text
        .split('--> statement-breakpoint')
        .map((s) => s.trim().replace(/;$/, ''))
        .filter(Boolean);
      const sha = crypto.createHash('sha256').update(text).digest('hex');
      await database.exec(
        `begin;\n${statements.join(';\n')};\ninsert into _migrations(name, sha256) values ('${entry.tag}', '${sha}');\ncommit;`,
      );
      applied.push(entry.tag);
    }
    return applied;
  } finally {
    if (database.engine === 'postgres') await database.query('select pg_advisory_unlock(7310001)');
  }
}
