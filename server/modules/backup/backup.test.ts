/**
 * Backup and restore on the engine under test (PGlite by default, PostgreSQL with
 * DB_ENGINE=postgres): a tenant with an assessment cycle and uploaded evidence, backed up with the
 * CLI command and restored into an empty folder / an empty database, must come back whole: every
 * table's rows (a fingerprint of their contents, not just counts), every upload and key file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig, type Config } from '../../config';
import { openDatabase, type Database } from '../../db/client';
import { makeTenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { backupCommand, restoreCommand } from '../../cli/commands/backup.command';
import { makeAssessmentFixture } from '../assessments/common/assessment-fixtures';
import { readTarGz, TarGzWriter } from './tar';

const engine = inject('dbEngine');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-backup-test-'));
const dropLater: string[] = [];

function io() {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  return {
    out,
    io: { stdout: (t: string) => out.stdout.push(t), stderr: (t: string) => out.stderr.push(t) },
  };
}

/** A data folder and, on PostgreSQL, a database: from the migrated template, or empty. */
async function target(name: string, fromTemplate: boolean): Promise<Config> {
  const dataDir = path.join(root, name);
  fs.mkdirSync(dataDir);
  let databaseUrl = '';
  if (engine === 'postgres') {
    const db = `patuh_bk_${name}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: inject('pgAdminUrl'), poolMax: 1 });
    await admin.exec(`create database ${db}${fromTemplate ? ` template ${inject('pgTemplate')}` : ''}`);
    await admin.close();
    dropLater.push(db);
    databaseUrl = inject('pgAdminUrl').replace(/\/[^/]*$/, `/${db}`);
  }
  return loadConfig({
    PATUH_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
  } as NodeJS.ProcessEnv);
}

const open = (config: Config): Promise<Database> =>
  config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl, poolMax: 2 })
    : openDatabase({ pgliteDir: path.join(config.dataDir, 'pglite') });

/** Per table: row count and an md5 of all its rows as text, in order (independent of the backup code). */
async function fingerprint(config: Config): Promise<Record<string, string>> {
  const db = await open(config);
  try {
    const tables = await db.query<{ s: string; t: string }>(
      `select n.nspname as s, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg\\_%' order by 1, 2`,
    );
    const out: Record<string, string> = {};
    for (const { s, t } of tables) {
      const [r] = await db.query<{ n: string | number; h: string | null }>(
        `select count(*) as n, md5(string_agg(x::text, '|' order by x::text)) as h from "${s}"."${t}" x`,
      );
      out[`${s}.${t}`] = `${Number(r!.n)}:${r!.h ?? ''}`;
    }
    return out;
  } finally {
    await db.close();
  }
}

/** Every file under the folder, relative path → sha256. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, rel);
    if (fs.statSync(full).isFile())
      out[rel] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

let source: Config;
let before: Record<string, string>;
let archive: string;

beforeAll(async () => {
  source = await target('source', true);
  const database =
    engine === 'postgres'
      ? await open(source)
      : await openDatabase({
          pgliteDir: path.join(source.dataDir, 'pglite'),
          loadDataDir: new Blob([fs.readFileSync(inject('pgliteImage'))]),
        });
  const app = await buildApp({ config: source, database });
  await app.ready();
  const ctx: TestContext = { app, database, dataDir: source.dataDir, close: async () => undefined };
  const t = await makeTenant(ctx);
  await makeAssessmentFixture(ctx, t); // a cycle with answers, an evidence PDF and a visit photo
  await app.close();
  await database.close();
  fs.mkdirSync(path.join(source.dataDir, 'keys'));
  fs.writeFileSync(path.join(source.dataDir, 'keys', 'session.key'), crypto.randomBytes(64));
  fs.mkdirSync(path.join(source.dataDir, 'exports'));
  fs.writeFileSync(path.join(source.dataDir, 'exports', 'hasil.xlsx'), crypto.randomBytes(70_000));
  before = await fingerprint(source);
  archive = path.join(root, 'patuh.tar.gz');
  const run = io();
  expect(await backupCommand([archive], run.io, source), run.out.stderr.join('\n')).toBe(0);
  expect(run.out.stdout.join('\n')).toContain('Cadangan ditulis');
}, 240_000);

afterAll(async () => {
  if (engine === 'postgres' && dropLater.length > 0) {
    const admin = await openDatabase({ databaseUrl: inject('pgAdminUrl'), poolMax: 1 });
    for (const db of dropLater) await admin.exec(`drop database if exists ${db} with (force)`);
    await admin.close();
  }
  fs.rmSync(root, { recursive: true, force: true });
});

describe(`backup and restore (${engine})`, () => {
  it('the source holds what a restore has to bring back', () => {
    expect(Object.keys(before).length).toBeGreaterThan(30);
    const rows = (table: string) => Number(before[`public.${table}`]!.split(':')[0]);
    expect(rows('answers')).toBeGreaterThan(0);
    expect(rows('users')).toBeGreaterThanOrEqual(5);
    expect(rows('files')).toBeGreaterThanOrEqual(2);
    expect(Object.keys(tree(path.join(source.dataDir, 'uploads')))).toHaveLength(rows('files'));
  });

  it('restores into an empty target: every row of every table, every upload and key file', async () => {
    const dest = await target('restored', false);
    const run = io();
    expect(await restoreCommand([archive], run.io, dest), run.out.stderr.join('\n')).toBe(0);
    expect(run.out.stdout.join('\n')).toContain('Pemulihan selesai');
    expect(await fingerprint(dest)).toEqual(before);
    expect(tree(path.join(dest.dataDir, 'uploads'))).toEqual(tree(path.join(source.dataDir, 'uploads')));
    for (const folder of ['keys', 'exports'])
      expect(tree(path.join(dest.dataDir, folder))).toEqual(tree(path.join(source.dataDir, folder)));
    expect(Object.keys(tree(path.join(dest.dataDir, 'exports')))).toEqual(['hasil.xlsx']);
    // The staging folder is gone; nothing but the restored parts is left behind.
    expect(fs.readdirSync(dest.dataDir).sort()).toEqual(
      engine === 'pglite' ? ['exports', 'keys', 'pglite', 'uploads'] : ['exports', 'keys', 'uploads'],
    );
  }, 180_000);

  it('refuses a target that holds data unless --force, which replaces it with the backup', async () => {
    const dest = await target('busy', true); // a migrated database (PostgreSQL) …
    if (engine === 'pglite') await (await open(dest)).close(); // … or an existing PGlite folder
    fs.mkdirSync(path.join(dest.dataDir, 'uploads'));
    fs.writeFileSync(path.join(dest.dataDir, 'uploads', 'stranger'), 'not in the backup');
    const refused = io();
    expect(await restoreCommand([archive], refused.io, dest)).toBe(1);
    expect(refused.out.stderr.join('\n')).toMatch(/tidak kosong.*--force/s);
    expect(fs.readFileSync(path.join(dest.dataDir, 'uploads', 'stranger'), 'utf8')).toBe('not in the backup');

    const forced = io();
    expect(await restoreCommand([archive, '--force'], forced.io, dest), forced.out.stderr.join('\n')).toBe(0);
    expect(await fingerprint(dest)).toEqual(before);
    expect(tree(path.join(dest.dataDir, 'uploads'))).toEqual(tree(path.join(source.dataDir, 'uploads')));
  }, 180_000);

  it('refuses a tampered archive by its checksums and leaves the empty target empty', async () => {
    // Same entries and manifest, one byte of one upload changed (the gzip and tar stay valid).
    const tampered = path.join(root, 'tampered.tar.gz');
    const entries: Array<{ name: string; data: Buffer }> = [];
    await readTarGz(archive, async (e) => {
      const chunks: Buffer[] = [];
      return {
        write: (c) => void chunks.push(Buffer.from(c)),
        end: () => void entries.push({ name: e.name, data: Buffer.concat(chunks) }),
      };
    });
    const victim = entries.find((e) => e.name.startsWith('files/uploads/'))!;
    const last = victim.data.length - 1;
    victim.data[last] = victim.data[last]! ^ 0xff;
    const w = new TarGzWriter(tampered);
    for (const e of entries) await w.addBuffer(e.name, e.data);
    await w.finish();

    const dest = await target('tampered', false);
    const run = io();
    expect(await restoreCommand([tampered], run.io, dest)).toBe(1);
    expect(run.out.stderr.join('\n')).toContain(`Checksum ${victim.name} tidak cocok`);
    expect(fs.readdirSync(dest.dataDir)).toEqual([]);
    if (engine === 'postgres') expect(await fingerprint(dest)).toEqual({}); // no table was created
  }, 180_000);

  it('refuses a truncated archive, and --check reads the good one without changing anything', async () => {
    const cut = path.join(root, 'cut.tar.gz');
    const bytes = fs.readFileSync(archive);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const dest = await target('cut', false);
    const bad = io();
    expect(await restoreCommand([cut], bad.io, dest)).toBe(1);
    expect(bad.out.stderr.join('\n')).toContain('rusak');
    expect(fs.readdirSync(dest.dataDir)).toEqual([]);

    const check = io();
    expect(await restoreCommand([archive, '--check'], check.io, dest)).toBe(0);
    expect(check.out.stdout.join('\n')).toContain('semua checksum cocok');
    expect(fs.readdirSync(dest.dataDir)).toEqual([]);
  }, 120_000);

  it('refuses an archive with a path that climbs out of the data folder, writing nothing', async () => {
    const evil = path.join(root, 'evil.tar.gz');
    const w = new TarGzWriter(evil);
    await w.addBuffer('files/../../escaped', Buffer.from('x'));
    await w.finish();
    const dest = await target('evil', false);
    const run = io();
    expect(await restoreCommand([evil], run.io, dest)).toBe(1);
    expect(run.out.stderr.join('\n')).toContain('jalur yang tidak diizinkan: files/../../escaped');
    expect(fs.existsSync(path.join(root, 'escaped'))).toBe(false);
    expect(fs.readdirSync(dest.dataDir)).toEqual([]);
  });

  it('does not overwrite an existing backup file without --force', async () => {
    const run = io();
    expect(await backupCommand([archive], run.io, source)).toBe(1);
    expect(run.out.stderr.join('\n')).toContain('sudah ada');
    expect(await backupCommand([], run.io, source)).toBe(2);
  });
});
