/**
 * The migrator: it refuses to run when an applied migration file has changed (its recorded
 * sha256), takes and releases its advisory lock on one connection (several migrators at once all
 * finish and leave no lock behind), and migration 0007 turns a flooded, duplicated score history
 * into one version per event with unique numbers.
 */
import crypto from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { openDatabase, type Database } from './client';
import { migrate, MigrationChecksumError } from './migrate';

const engine = inject('dbEngine');
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A database with no tables yet (PGlite in memory, or a new PostgreSQL database). */
async function openEmptyDatabase(): Promise<Database> {
  if (engine !== 'postgres') {
    const database = await openDatabase({ pgliteDir: 'memory://' });
    cleanups.push(() => database.close());
    return database;
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `patuh_m_${crypto.randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
  await admin.exec(`create database ${name}`);
  await admin.close();
  const database = await openDatabase({ databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${name}`), poolMax: 5 });
  cleanups.push(async () => {
    await database.close();
    const a = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
    await a.exec(`drop database if exists ${name} with (force)`);
    await a.close();
  });
  return database;
}

describe('checksums', () => {
  it('applies nothing on an up-to-date database, and refuses one whose applied file changed, naming it', async () => {
    const { database, drop } = await openTestDatabase();
    cleanups.push(drop);
    expect(await migrate(database)).toEqual([]);
    await database.query(`update _migrations set sha256 = repeat('0', 64) where name = '0003_answer_counts'`);
    const err = await migrate(database).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationChecksumError);
    expect((err as Error).message).toContain('0003_answer_counts.sql');
  });
});

describe.skipIf(engine !== 'postgres')('the advisory lock (PostgreSQL; PGlite has one connection)', () => {
  it('four migrators at once on pools of several connections all finish and leave no lock held', async () => {
    const first = await openEmptyDatabase();
    const url = (first.db as unknown as { $client: { options: { connectionString: string } } }).$client
      .options.connectionString;
    const others = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, poolMax: 5 })));
    cleanups.push(async () => {
      for (const o of others) await o.close();
    });
    const applied = await Promise.all([first, ...others].map((d) => migrate(d)));
    // Exactly one of them applied the migrations; the others found them applied.
    expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
    const [locks] = await first.query<{ n: number }>(
      `select count(*)::int as n from pg_locks where locktype = 'advisory' and database =
         (select oid from pg_database where datname = current_database())`,
    );
    expect(locks!.n).toBe(0);
  });
});

describe('migration 0007: score versions at events, unique', () => {
  it(
    'drops per-edit versions, numbers duplicates apart and points the results row at the last',
    { timeout: 120_000 },
    async () => {
      const database = await openEmptyDatabase();
      await migrate(database, { until: '0006_product_results_gov_idx' });
      const [ids] = await database.query<{ office: string; gov: string; cycle: string }>(`
      with o as (insert into offices (name, code) values ('Kantor', 'K') returning id),
      g as (insert into governments (type, name, office_id) select 'lembaga', 'Lembaga', id from o returning id),
      f as (insert into frameworks (id, version, name, definition, source)
            values ('fw', '1', 'Kerangka', '{}'::jsonb, 'uji') returning id),
      c as (insert into cycles (office_id, year, name, framework_id)
            select o.id, 2024, 'Siklus', f.id from o, f returning id)
      select o.id as office, g.id as gov, c.id as cycle from o, g, c`);
      const { gov, cycle } = ids!;
      // As the old code wrote them: a verification flood, then two rows numbered 5 by concurrent
      // writes, an appeal, more verification edits and an approval.
      const history: Array<[number, string]> = [
        [1, 'verifikasi'],
        [2, 'verifikasi'],
        [3, 'verifikasi'],
        [4, 'verifikasi'],
        [5, 'verifikasi'],
        [5, 'verifikasi'],
        [6, 'banding'],
        [7, 'verifikasi'],
        [8, 'verifikasi'],
        [9, 'persetujuan'],
      ];
      for (const [n, [version, reason]] of history.entries())
        await database.query(
          `insert into score_versions (cycle_id, government_id, version, reason, score, rounded, dimensions)
         values ($1, $2, $3, $4, $5, $5, '{}'::jsonb)`,
          [cycle, gov, version, reason, 50 + n],
        );
      await database.query(
        `insert into government_results (cycle_id, government_id, score, rounded, version) values ($1, $2, 59, 59, 9)`,
        [cycle, gov],
      );
      expect(await migrate(database)).toContain('0007_score_version_events');
      const rows = await database.query<{ version: number; reason: string; score: number }>(
        'select version, reason, score from score_versions order by version',
      );
      // Each run of verification edits keeps its last row (the score when verification stopped).
      expect(rows).toEqual([
        { version: 1, reason: 'verifikasi', score: 55 },
        { version: 2, reason: 'banding', score: 56 },
        { version: 3, reason: 'verifikasi', score: 58 },
        { version: 4, reason: 'persetujuan', score: 59 },
      ]);
      const [result] = await database.query<{ version: number }>('select version from government_results');
      expect(result!.version).toBe(4);
      const dup = database.query(
        `insert into score_versions (cycle_id, government_id, version, reason, dimensions)
       values ($1, $2, 4, 'hitung-ulang', '{}'::jsonb)`,
        [cycle, gov],
      );
      await expect(dup).rejects.toThrow(/score_versions_version_key/);
    },
  );
});
