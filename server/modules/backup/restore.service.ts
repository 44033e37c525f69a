/**
 * `patuh restore FILE`: checks the whole archive (manifest, every part's size and SHA-256, engine,
 * migrations) in a staging folder before it touches anything, refuses a target that already holds
 * data unless `force`, loads the database, compares every table's row count with the manifest, and
 * only then puts the uploads and key files in place.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../config';
import {
  assertPgliteIdle,
  loadPglite,
  loadPostgres,
  pgliteDir,
  pgliteExists,
  postgresRelations,
} from './backup-database';
import { BackupError } from './backup-error';
import { DATA_FOLDERS, dataFiles } from './backup.service';
import {
  DATABASE_PART,
  FILES_PREFIX,
  isSafeEntryName,
  knownMigrations,
  MANIFEST_NAME,
  ManifestSchema,
  type Manifest,
} from './manifest';
import { readTarGz } from './tar';

const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

/** What already lives in the target (empty list = safe to restore without --force). */
export async function targetContents(config: Config): Promise<string[]> {
  const found: string[] = [];
  if (config.databaseUrl) {
    const n = await postgresRelations(config.databaseUrl);
    if (n > 0) found.push(`basis data PostgreSQL berisi ${n} tabel/view/sequence`);
  } else if (pgliteExists(pgliteDir(config.dataDir))) {
    found.push(`basis data tertanam di ${pgliteDir(config.dataDir)}`);
  }
  const files = await dataFiles(config.dataDir);
  if (files.length > 0)
    found.push(`${files.length} berkas di ${config.dataDir} (${DATA_FOLDERS.join(', ')})`);
  return found;
}

/** Unpacks the archive into `staging` and checks it against its manifest; returns the manifest. */
export async function verifyArchive(file: string, staging: string): Promise<Manifest> {
  if (!fs.existsSync(file)) throw new BackupError(`Berkas cadangan ${file} tidak ada.`);
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestBytes: Buffer | undefined;
  let openFile: fs.promises.FileHandle | undefined;
  try {
    await readTarGz(file, async (entry) => {
      if (!isSafeEntryName(entry.name))
        throw new BackupError(`Arsip memuat jalur yang tidak diizinkan: ${entry.name}`);
      if (seen.has(entry.name) || (entry.name === MANIFEST_NAME && manifestBytes))
        throw new BackupError(`Arsip memuat ${entry.name} dua kali.`);
      if (entry.name === MANIFEST_NAME) {
        if (entry.size > MANIFEST_MAX_BYTES) throw new BackupError('manifest.json terlalu besar.');
        const chunks: Buffer[] = [];
        return {
          write: (c) => void chunks.push(Buffer.from(c)),
          end: () => void (manifestBytes = Buffer.concat(chunks)),
        };
      }
      const out = path.join(staging, entry.name);
      await fs.promises.mkdir(path.dirname(out), { recursive: true, mode: 0o750 });
      const fd = await fs.promises.open(out, 'wx', (entry.mode & 0o640) | 0o600);
      openFile = fd;
      const hash = crypto.createHash('sha256');
      let size = 0;
      return {
        write: async (c) => {
          hash.update(c);
          size += c.length;
          await fd.write(c);
        },
        end: async () => {
          await fd.close();
          openFile = undefined;
          seen.set(entry.name, { size, sha256: hash.digest('hex') });
        },
      };
    });
  } catch (err) {
    await openFile?.close();
    if (err instanceof BackupError) throw err;
    throw new BackupError(`Arsip cadangan rusak atau bukan arsip Patuh: ${(err as Error).message}`);
  }
  if (!manifestBytes) throw new BackupError('Arsip tidak memuat manifest.json: bukan cadangan Patuh.');
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(manifestBytes.toString('utf8')));
  } catch {
    throw new BackupError('manifest.json tidak sah: bukan cadangan Patuh versi ini.');
  }
  const listed = new Set(manifest.parts.map((p) => p.path));
  for (const p of manifest.parts) {
    const got = seen.get(p.path);
    if (!got) throw new BackupError(`Bagian ${p.path} tercantum di manifest tetapi tidak ada di arsip.`);
    if (got.size !== p.size || got.sha256 !== p.sha256)
      throw new BackupError(`Checksum ${p.path} tidak cocok: arsip rusak atau diubah.`);
  }
  for (const name of seen.keys())
    if (!listed.has(name)) throw new BackupError(`Bagian ${name} tidak tercantum di manifest.`);
  if (!listed.has(DATABASE_PART[manifest.engine]))
    throw new BackupError(`Arsip tidak memuat basis data (${DATABASE_PART[manifest.engine]}).`);
  const known = new Set(knownMigrations());
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0)
    throw new BackupError(
      `Cadangan dibuat oleh Patuh yang lebih baru (${manifest.appVersion}; migrasi ${unknown.join(', ')} tidak dikenal): perbarui Patuh dulu.`,
    );
  return manifest;
}

export interface RestoreResult {
  manifest: Manifest;
  rows: number;
  files: number;
}

function compareCounts(expected: Record<string, number>, actual: Record<string, number>): void {
  const wrong = Object.entries(expected)
    .filter(([t, n]) => actual[t] !== n)
    .map(([t, n]) => `${t}: ${actual[t] ?? 'tidak ada'} baris, seharusnya ${n}`);
  if (wrong.length > 0)
    throw new BackupError(`Jumlah baris setelah pemulihan tidak cocok:\n  ${wrong.join('\n  ')}`);
}

/** Moves `from` to `to`; a folder already at `to` is moved into `aside` first. */
async function replace(from: string, to: string, aside: string): Promise<void> {
  if (fs.existsSync(to)) await fs.promises.rename(to, aside);
  await fs.promises.mkdir(path.dirname(to), { recursive: true });
  await fs.promises.rename(from, to);
}

/**
 * Restores `file` into the configured engine and data folder. `checkOnly` verifies the archive and
 * changes nothing. Without `force` a target holding any data is refused before the archive is read.
 */
export async function restoreBackup(
  config: Config,
  file: string,
  opts: { force?: boolean; checkOnly?: boolean } = {},
): Promise<RestoreResult> {
  const engine = config.databaseUrl ? 'postgres' : 'pglite';
  if (!opts.checkOnly && engine === 'pglite') assertPgliteIdle(pgliteDir(config.dataDir));
  if (!opts.checkOnly && !opts.force) {
    const found = await targetContents(config);
    if (found.length > 0)
      throw new BackupError(
        `Tujuan pemulihan tidak kosong (${found.join('; ')}). Pakai --force untuk menimpanya.`,
      );
  }
  await fs.promises.mkdir(config.dataDir, { recursive: true });
  // Staging inside the data folder, so putting files in place is a rename, not a copy.
  const staging = await fs.promises.mkdtemp(
    opts.checkOnly ? path.join(os.tmpdir(), 'patuh-restore-') : path.join(config.dataDir, '.restore-'),
  );
  try {
    const manifest = await verifyArchive(path.resolve(file), staging);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    const files = manifest.parts.filter((p) => p.path.startsWith(FILES_PREFIX)).length;
    if (opts.checkOnly) return { manifest, rows, files };
    if (manifest.engine !== engine)
      throw new BackupError(
        `Cadangan ini dari mesin ${manifest.engine}, tujuan memakai ${engine}. Pulihkan ke mesin yang sama` +
          (engine === 'postgres'
            ? ' (kosongkan DATABASE_URL untuk PGlite).'
            : ' (setel DATABASE_URL ke PostgreSQL).'),
      );
    const dump = path.join(staging, DATABASE_PART[manifest.engine]);
    const aside = path.join(staging, 'replaced');
    await fs.promises.mkdir(aside);
    if (engine === 'postgres') {
      compareCounts(manifest.tables, await loadPostgres(config.databaseUrl!, dump, Boolean(opts.force)));
    } else {
      const fresh = path.join(staging, 'pglite');
      compareCounts(manifest.tables, await loadPglite(fresh, dump));
      await replace(fresh, pgliteDir(config.dataDir), path.join(aside, 'pglite'));
    }
    // The data folder's files: every folder of the backup replaces the one in place.
    const filesRoot = path.join(staging, 'files');
    const top = fs.existsSync(filesRoot) ? await fs.promises.readdir(filesRoot) : [];
    for (const name of new Set([...top, ...DATA_FOLDERS])) {
      const from = path.join(filesRoot, name);
      const to = path.join(config.dataDir, name);
      if (fs.existsSync(from)) await replace(from, to, path.join(aside, name));
      else if (fs.existsSync(to)) await fs.promises.rename(to, path.join(aside, name));
    }
    return { manifest, rows, files };
  } finally {
    await fs.promises.rm(staging, { recursive: true, force: true });
  }
}
