/**
 * Copies a Patuh database from PostgreSQL into a PGlite data directory, so a synthetic dataset
 * can be measured on PGlite without synthesising it through PGlite (`npx patuh synth --scale
 * medium` takes ~2 min on PostgreSQL and far longer through PGlite on 2 busy cores).
 *
 *   SOURCE_DATABASE_URL=postgres://postgres@127.0.0.1:55440/patuh_medium \
 *   PATUH_DATA_DIR=/tmp/patuh-pglite-medium npx tsx scripts/pglite-from-postgres.ts
 *
 * The target (PATUH_DATA_DIR/pglite) must not exist yet. It is created and migrated with the app's
 * migrations (openConfiguredDatabase), which must be exactly the ones applied to the source (same
 * names and sha256 in `_migrations`), then every table is emptied and filled from the source:
 * `COPY (select …) TO STDOUT` on PostgreSQL (pg-copy-streams), in chunks of ~16 MB of whole lines,
 * each `COPY … FROM '/dev/blob'` on PGlite, with foreign-key triggers off for the session
 * (session_replication_role = replica: the source already satisfied them). Generated columns are
 * left to PGlite. Then every sequence is set to the source's value and the target is vacuumed and
 * analysed. The whole pipeline (a throwaway PostgreSQL, synth, this copy) is scripts/synth-pglite.sh
 * and docs/PERFORMANCE.md, "Round 10".
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';

/** A chunk handed to one PGlite COPY (whole lines only). */
const CHUNK_BYTES = 16 << 20;

const log = (line: string) => process.stderr.write(`[pglite-from-postgres] ${line}\n`);
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function main(): Promise<number> {
  const sourceUrl = process.env.SOURCE_DATABASE_URL;
  if (!sourceUrl || process.env.DATABASE_URL) {
    log('set SOURCE_DATABASE_URL (the PostgreSQL database to copy) and leave DATABASE_URL unset');
    return 2;
  }
  const config = loadConfig();
  const targetDir = path.join(config.dataDir, 'pglite');
  if (fs.existsSync(targetDir)) {
    log(`${targetDir} exists already: give PATUH_DATA_DIR a new directory`);
    return 2;
  }
  const started = performance.now();
  const source = new pg.Client({ connectionString: sourceUrl });
  await source.connect();
  const target = await openConfiguredDatabase(config);
  const pglite = target.pglite!;
  try {
    const applied = async (q: (sql: string) => Promise<Array<{ name: string; sha256: string }>>) =>
      (await q('select name, sha256 from _migrations order by name')).map((r) => `${r.name} ${r.sha256}`);
    const here = await applied(async (sql) => target.query(sql));
    const there = await applied(async (sql) => (await source.query(sql)).rows);
    if (here.join('\n') !== there.join('\n')) {
      log(`the source's migrations differ from this checkout's (${there.length} there, ${here.length} here)`);
      return 1;
    }
    const tables = (
      await target.query<{ name: string }>(
        `select tablename as name from pg_tables where schemaname = 'public' and tablename <> '_migrations' order by 1`,
      )
    ).map((r) => r.name);
    await pglite.exec(`set session_replication_role = replica`);
    await pglite.exec(`truncate ${tables.map(quote).join(', ')}`);
    let total = 0;
    for (const table of tables) {
      const t0 = performance.now();
      const columns = (
        await target.query<{ name: string }>(
          `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0
             and not attisdropped and attgenerated = '' order by attnum`,
          [quote(table)],
        )
      ).map((r) => quote(r.name));
      const list = columns.join(', ');
      const stream = source.query(copyTo(`copy (select ${list} from ${quote(table)}) to stdout`));
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let bytes = 0;
      const load = async (chunk: Buffer) => {
        if (chunk.length === 0) return;
        await pglite.query(`copy ${quote(table)} (${list}) from '/dev/blob'`, [], {
          // A view on the chunk's memory (pg hands out Buffers over plain ArrayBuffers), not a copy.
          blob: new Blob([new Uint8Array(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.length)]),
        });
        bytes += chunk.length;
      };
      for await (const data of stream as AsyncIterable<Buffer>) {
        pending.push(data);
        pendingBytes += data.length;
        if (pendingBytes < CHUNK_BYTES) continue;
        const all = Buffer.concat(pending);
        const cut = all.lastIndexOf(0x0a) + 1;
        await load(all.subarray(0, cut));
        pending = [all.subarray(cut)];
        pendingBytes = all.length - cut;
      }
      await load(Buffer.concat(pending));
      const [{ n }] = (await target.query<{ n: number }>(
        `select count(*)::int as n from ${quote(table)}`,
      )) as [{ n: number }];
      const [{ m }] = (await source.query<{ m: number }>(`select count(*)::int as m from ${quote(table)}`))
        .rows as [{ m: number }];
      if (m !== n) throw new Error(`${table}: ${m} rows in the source, ${n} copied`);
      total += n;
      if (n > 0)
        log(
          `${table}: ${n.toLocaleString('en')} rows, ${(bytes / 2 ** 20).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
    }
    await pglite.exec(`set session_replication_role = origin`);
    const sequences = (
      await source.query<{ name: string; value: string | null }>(
        `select quote_ident(schemaname) || '.' || quote_ident(sequencename) as name, last_value::text as value
           from pg_sequences where schemaname = 'public'`,
      )
    ).rows;
    for (const s of sequences)
      if (s.value !== null)
        await target.query('select setval($1::regclass, $2::bigint, true)', [s.name, s.value]);
    log(
      `${total.toLocaleString('en')} rows in ${tables.length} tables, ${sequences.length} sequences; vacuum analyze …`,
    );
    await pglite.exec('vacuum analyze');
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s: ${targetDir}`);
    return 0;
  } finally {
    await source.end();
    await target.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
