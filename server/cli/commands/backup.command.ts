/**
 * `patuh backup FILE [--force]` and `patuh restore FILE [--force] [--check]`: one archive with the
 * database, the uploads and the key files; restore verifies it whole before it changes anything.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../../config';
import { BackupError } from '../../modules/backup/backup-error';
import { createBackup } from '../../modules/backup/backup.service';
import { restoreBackup } from '../../modules/backup/restore.service';
import type { CliIO } from '../io';

const BACKUP_USAGE = 'Penggunaan: patuh backup <berkas.tar.gz> [--force]';
const RESTORE_USAGE = 'Penggunaan: patuh restore <berkas.tar.gz> [--force] [--check]';

function parse(argv: string[], check: boolean): { file?: string; force: boolean; check: boolean } | null {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { force: { type: 'boolean' }, ...(check ? { check: { type: 'boolean' } } : {}) },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) return null;
    const v = values as { force?: boolean; check?: boolean };
    return { file: positionals[0], force: Boolean(v.force), check: Boolean(v.check) };
  } catch {
    return null;
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function reportErrors(io: CliIO, fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    io.stderr(err.message);
    return 1;
  }
}

/** `patuh backup FILE`: exit 0 when the archive is complete. */
export async function backupCommand(
  argv: string[],
  io: CliIO,
  config: Config = loadConfig(),
): Promise<number> {
  const args = parse(argv, false);
  if (!args?.file) {
    io.stderr(BACKUP_USAGE);
    return 2;
  }
  return reportErrors(io, async () => {
    const r = await createBackup(config, args.file!, { force: args.force });
    const rows = Object.values(r.manifest.tables).reduce((a, b) => a + b, 0);
    const files = r.manifest.parts.length - 1;
    io.stdout(
      `Cadangan ditulis: ${r.file} (${mb(r.bytes)}; ${r.manifest.engine}, ${Object.keys(r.manifest.tables).length} tabel, ${rows} baris, ${files} berkas).`,
    );
    return 0;
  });
}

/** `patuh restore FILE`: exit 0 when every table's row count and every file matches the manifest. */
export async function restoreCommand(
  argv: string[],
  io: CliIO,
  config: Config = loadConfig(),
): Promise<number> {
  const args = parse(argv, true);
  if (!args?.file) {
    io.stderr(RESTORE_USAGE);
    return 2;
  }
  return reportErrors(io, async () => {
    const r = await restoreBackup(config, args.file!, { force: args.force, checkOnly: args.check });
    const m = r.manifest;
    const what = `${m.engine}, dibuat ${m.createdAt} oleh Patuh ${m.appVersion}, ${Object.keys(m.tables).length} tabel, ${r.rows} baris, ${r.files} berkas`;
    io.stdout(
      args.check
        ? `Arsip utuh: manifest dan semua checksum cocok (${what}).`
        : `Pemulihan selesai (${what}); jumlah baris tiap tabel cocok dengan manifest. Migrasi yang lebih baru diterapkan saat Patuh dijalankan.`,
    );
    return 0;
  });
}
