/**
 * The backup archive's manifest (`manifest.json`, its last entry): what was backed up, from which
 * engine and app version, and the size and SHA-256 of every other entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../lib/paths';

export const MANIFEST_NAME = 'manifest.json';
/** Entry names: the database part, files of the data folder, the manifest. */
export const DATABASE_PART = {
  pglite: 'database/pglite.tar.gz',
  postgres: 'database/postgres.pgdump',
} as const;
export const FILES_PREFIX = 'files/';

export const PartSchema = z.object({
  path: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const ManifestSchema = z.object({
  format: z.literal('patuh-backup'),
  formatVersion: z.literal(1),
  engine: z.enum(['pglite', 'postgres']),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  migrations: z.array(z.string()),
  /** Schemas holding the application's objects (PostgreSQL: dropped by `restore --force`). */
  schemas: z.array(z.string()),
  /** Rows per table (`schema.table`) when the backup was taken, checked again after a restore. */
  tables: z.record(z.string(), z.number().int().min(0)),
  parts: z.array(PartSchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;
export type Part = z.infer<typeof PartSchema>;

export function appVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The migrations this code knows (drizzle-kit's journal). */
export function knownMigrations(): string[] {
  const file = path.join(projectRoot(), 'server', 'db', 'migrations', 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.map((e) => e.tag);
}

/**
 * An entry name the restore may write: relative, normalised, no `..`, under `database/` or
 * `files/` or the manifest itself. Anything else (an absolute path, `../etc`) is refused.
 */
export function isSafeEntryName(name: string): boolean {
  if (name === MANIFEST_NAME) return true;
  if (!name.startsWith('database/') && !name.startsWith(FILES_PREFIX)) return false;
  if (name.includes('\\') || name.includes('\0')) return false;
  const parts = name.split('/');
  return parts.every((p) => p !== '' && p !== '.' && p !== '..') && path.posix.normalize(name) === name;
}
