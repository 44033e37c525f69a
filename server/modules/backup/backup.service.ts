/**
 * `patuh backup FILE`: the database, the uploads and the key files of the data folder in one
 * .tar.gz, with a manifest (engine, app version, migrations, row counts, SHA-256 of every part).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../config';
import { dumpPglite, dumpPostgres } from './backup-database';
import { BackupError } from './backup-error';
import { appVersion, DATABASE_PART, FILES_PREFIX, MANIFEST_NAME, type Manifest, type Part } from './manifest';
import { TarGzWriter } from './tar';

/** Folders of the data directory that travel with the database: uploads, result exports, keys. */
export const DATA_FOLDERS = ['uploads', 'exports', 'keys'] as const;
/** Loose key files at the top of the data directory travel too. */
const KEY_FILE = /\.(key|pem)$/;

/** Regular files of the data folder that belong in a backup, relative, with `/` separators. */
export async function dataFiles(dataDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    const entries = await fs.promises.readdir(path.join(dataDir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(child);
    }
  };
  for (const folder of DATA_FOLDERS) if (fs.existsSync(path.join(dataDir, folder))) await walk(folder);
  if (fs.existsSync(dataDir))
    for (const e of await fs.promises.readdir(dataDir, { withFileTypes: true }))
      if (e.isFile() && KEY_FILE.test(e.name)) out.push(e.name);
  return out;
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
}

/**
 * Writes the backup to `file` (refusing to overwrite one unless `force`). It is written beside the
 * target as `.partial` and renamed only when complete, so a file with the final name is whole.
 */
export async function createBackup(
  config: Config,
  file: string,
  opts: { force?: boolean } = {},
): Promise<BackupResult> {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !opts.force)
    throw new BackupError(`${target} sudah ada; pakai --force untuk menimpanya.`);
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'patuh-backup-'));
  const partial = `${target}.partial`;
  await fs.promises.rm(partial, { force: true });
  let writer: TarGzWriter | undefined;
  try {
    const dumpFile = path.join(work, 'database');
    const dump = config.databaseUrl
      ? await dumpPostgres(config.databaseUrl, dumpFile)
      : await dumpPglite(config.dataDir, dumpFile);
    writer = new TarGzWriter(partial);
    const parts: Part[] = [];
    const dbPart = DATABASE_PART[engine];
    parts.push({ path: dbPart, ...(await writer.addFile(dbPart, dumpFile)) });
    await fs.promises.rm(dumpFile);
    for (const rel of await dataFiles(config.dataDir)) {
      const name = `${FILES_PREFIX}${rel}`;
      try {
        parts.push({ path: name, ...(await writer.addFile(name, path.join(config.dataDir, rel))) });
      } catch (err) {
        // Removed since it was listed (a failed upload or export cleaning up): nothing refers to it.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    const manifest: Manifest = {
      format: 'patuh-backup',
      formatVersion: 1,
      engine,
      createdAt: new Date().toISOString(),
      appVersion: appVersion(),
      migrations: dump.migrations,
      schemas: dump.schemas,
      tables: dump.tables,
      parts,
    };
    await writer.addBuffer(MANIFEST_NAME, Buffer.from(JSON.stringify(manifest, null, 2)));
    await writer.finish();
    writer = undefined;
    await fs.promises.rename(partial, target);
    return { file: target, bytes: (await fs.promises.stat(target)).size, manifest };
  } catch (err) {
    await writer?.abort();
    await fs.promises.rm(partial, { force: true });
    throw err;
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true });
  }
}
