/**
 * The database half of a backup, per engine. PGlite: a `dumpDataDir` tarball of `<data>/pglite`,
 * loaded back with `loadDataDir`. PostgreSQL: `pg_dump --format=custom` inside a repeatable-read
 * snapshot (the row counts come from the same snapshot), loaded back with `pg_restore`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { BackupError } from './backup-error';
import * as repo from './backup.repository';

export interface DatabaseDump {
  migrations: string[];
  schemas: string[];
  tables: Record<string, number>;
}

const pgliteQueryable = (db: PGlite): repo.Queryable => ({
  query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
});

const clientQueryable = (client: pg.Client): repo.Queryable => ({
  query: async <T>(text: string, params?: unknown[]) =>
    (await client.query(text, params as unknown[])).rows as T[],
});

export const pgliteDir = (dataDir: string) => path.join(dataDir, 'pglite');
export const pgliteExists = (dir: string) => fs.existsSync(path.join(dir, 'PG_VERSION'));

/**
 * Other processes with a file of `dir` open (Linux /proc; empty where it cannot be read). A running
 * Patuh on PGlite keeps its relation files open, and PGlite itself takes no lock on the folder.
 */
export function processesUsing(dir: string): number[] {
  const prefix = `${path.resolve(dir)}${path.sep}`;
  const pids: number[] = [];
  let procs: string[];
  try {
    procs = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return pids;
  }
  for (const pid of procs) {
    let fds: string[];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      let target = '';
      try {
        target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target.startsWith(prefix)) {
        pids.push(Number(pid));
        break;
      }
    }
  }
  return pids;
}

/** Refuses to open an embedded database another process (a running Patuh) has open. */
export function assertPgliteIdle(dir: string): void {
  const pids = processesUsing(dir);
  if (pids.length > 0)
    throw new BackupError(
      `Basis data tertanam ${dir} sedang dipakai proses ${pids.join(', ')} (Patuh masih berjalan?). ` +
        'Hentikan Patuh dulu: PGlite hanya boleh dibuka satu proses.',
    );
}

/** Dumps the embedded database to `file` (gzip tar). Patuh must be stopped: PGlite has one owner. */
export async function dumpPglite(dataDir: string, file: string): Promise<DatabaseDump> {
  const dir = pgliteDir(dataDir);
  if (!pgliteExists(dir)) throw new BackupError(`Tidak ada basis data tertanam di ${dir}.`);
  assertPgliteIdle(dir);
  const db = await PGlite.create(dir, { extensions: { pg_trgm } });
  try {
    const q = pgliteQueryable(db);
    const dump: DatabaseDump = {
      migrations: await repo.appliedMigrations(q),
      schemas: await repo.userSchemas(q),
      tables: await repo.countRows(q),
    };
    const blob = await db.dumpDataDir('gzip');
    await fs.promises.writeFile(file, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
    return dump;
  } finally {
    await db.close();
  }
}

/** Creates a PGlite database in `dir` (which must not hold one) from a dump; returns its row counts. */
export async function loadPglite(dir: string, file: string): Promise<Record<string, number>> {
  const db = await PGlite.create(dir, {
    extensions: { pg_trgm },
    loadDataDir: new Blob([await fs.promises.readFile(file)]),
  });
  try {
    return await repo.countRows(pgliteQueryable(db));
  } finally {
    await db.close();
  }
}

/** A PostgreSQL client program (pg_dump, pg_restore): PG_BIN, then the newest /usr/lib/postgresql/N/bin, then PATH. */
export function findPgTool(tool: 'pg_dump' | 'pg_restore'): string {
  const dirs = [process.env.PG_BIN];
  try {
    const versions = fs
      .readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  } catch {
    // no Debian PostgreSQL packages: PATH below
  }
  for (const d of dirs) if (d && fs.existsSync(path.join(d, tool))) return path.join(d, tool);
  if (spawnSync(tool, ['--version']).error === undefined) return tool;
  throw new BackupError(
    `${tool} tidak ditemukan: pasang klien PostgreSQL yang sama atau lebih baru dari servernya ` +
      `(apt-get install postgresql-client-15) atau setel PG_BIN ke foldernya.`,
  );
}

/** The URL without its password (which goes in PGPASSWORD, not on a command line others can read). */
function connectionArgs(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(tool)} gagal (kode ${code}): ${stderr.trim()}`));
    });
  });
}

async function withClient<T>(databaseUrl: string, fn: (q: repo.Queryable) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(clientQueryable(client));
  } finally {
    await client.end();
  }
}

/** pg_dump (custom format) of the whole database, taken in the snapshot the row counts are read from. */
export async function dumpPostgres(databaseUrl: string, file: string): Promise<DatabaseDump> {
  const pgDump = findPgTool('pg_dump');
  return withClient(databaseUrl, async (q) => {
    await q.query('begin isolation level repeatable read read only');
    try {
      const [snap] = await q.query<{ id: string }>('select pg_export_snapshot() as id');
      const dump: DatabaseDump = {
        migrations: await repo.appliedMigrations(q),
        schemas: await repo.userSchemas(q),
        tables: await repo.countRows(q),
      };
      const { dbname, env } = connectionArgs(databaseUrl);
      await run(
        pgDump,
        ['--format=custom', `--snapshot=${snap!.id}`, `--file=${file}`, `--dbname=${dbname}`],
        env,
      );
      return dump;
    } finally {
      await q.query('commit');
    }
  });
}

/** Tables, views and sequences in the target database (0 = empty). */
export const postgresRelations = (databaseUrl: string) => withClient(databaseUrl, repo.countRelations);

/**
 * Restores a custom-format dump into the database (in one transaction; `force` first drops every
 * schema the database has, so the result is the backup and nothing else); returns its row counts.
 */
export async function loadPostgres(
  databaseUrl: string,
  file: string,
  force: boolean,
): Promise<Record<string, number>> {
  const pgRestore = findPgTool('pg_restore');
  if (force) await withClient(databaseUrl, async (q) => repo.dropSchemas(q, await repo.userSchemas(q)));
  const { dbname, env } = connectionArgs(databaseUrl);
  await run(
    pgRestore,
    ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file],
    env,
  );
  return withClient(databaseUrl, repo.countRows);
}
