/**
 * `npm run bench`: measures the synthetic dataset loaded by `npx patuh synth` in the configured
 * database (DATABASE_URL → PostgreSQL, else PGlite in PATUH_DATA_DIR). Prints one table and
 * writes bench/results.json. Every figure is a median of several runs beside a floor measured in
 * the same run. Knobs: BENCH_RUNS (default 3), BENCH_SECONDS (autocannon run, default 10),
 * BENCH_EDITS (default 200), BENCH_RECOMPUTE_RUNS (default BENCH_RUNS), BENCH_ONLY (comma list of recompute,edits,exports,http).
 */
import fs from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { resolveSession, login } from '../server/modules/auth/auth.service';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { loadedBatches, tableCounts } from '../server/modules/synth/synth.repository';
import { benchEdits } from './edits';
import { benchExports } from './exports';
import { benchHttp } from './http';
import { log, ms, withLoopStall } from './lib';
import { benchRecompute } from './recompute';
import { renderTable, type ResultRow } from './report';

const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 3);
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const EDITS = Number(env.BENCH_EDITS ?? 200);
const RECOMPUTE_RUNS = Number(env.BENCH_RECOMPUTE_RUNS ?? RUNS);
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',')) : null;
const want = (part: string) => !ONLY || ONLY.has(part);

async function main(): Promise<number> {
  const config = { ...loadConfig(), logLevel: 'silent' as const };
  const database = await openConfiguredDatabase(config);
  const rows: ResultRow[] = [];
  let closed = false;
  try {
    const batch = (await loadedBatches(database)).at(-1);
    if (!batch) {
      process.stderr.write(
        'No synthetic dataset in this database: run `npx patuh synth --scale national` first.\n',
      );
      return 1;
    }
    const cycleId = batch.cycleId;
    const [{ version }] = (await database.query<{ version: string }>('select version()')) as [
      { version: string },
    ];
    const counts = await tableCounts(database);
    const engine =
      database.engine === 'postgres'
        ? `PostgreSQL (DATABASE_URL): ${version}`
        : `PGlite in ${config.dataDir}/pglite: ${version}`;
    log(`engine ${engine}`);
    log(
      `dataset: scale ${batch.scale}, seed ${batch.seed}; ${counts.governments} governments, ${counts.units} units, ${counts.service_products} products, ${counts.answers} answers`,
    );

    const domain = batch.batch === 1 ? 'synth.patuh.test' : `synth${batch.batch}.patuh.test`;
    const email = `admin@${domain}`;
    const session = await login(database.db, {
      email,
      password: SYNTH_PASSWORD,
      ip: '127.0.0.1',
      userAgent: 'bench',
    });
    const actor = (await resolveSession(database.db, session.token))!.actor;

    // A typical government (a regency with the median unit count) and one of its units.
    const [pick] = (await database.query<{ government_id: string; unit_id: string; units: number }>(
      `with g as (select cu.government_id, count(*) as units from cycle_units cu join governments gv on gv.id = cu.government_id
                   where cu.cycle_id = $1 and gv.type = 'pemkab' group by cu.government_id),
            m as (select government_id, units from g order by units, government_id offset (select count(*) / 2 from g) limit 1)
       select m.government_id, m.units::int, (select cu.unit_id from cycle_units cu join units u on u.id = cu.unit_id
         where cu.cycle_id = $1 and cu.government_id = m.government_id and u.code = 'DINKES') as unit_id from m`,
      [cycleId],
    )) as [{ government_id: string; unit_id: string; units: number }];

    if (want('recompute')) {
      log('(1) full recompute …');
      const { value: r, maxStallMs } = await withLoopStall(() =>
        benchRecompute(database, cycleId, RECOMPUTE_RUNS),
      );
      rows.push({
        part: '1',
        measure: `full recompute of every roll-up (${r.governments} governments)`,
        figure: `${ms(r.fullMs)} ms`,
        floor: `${ms(r.floorMs)} ms (plain GROUP BY over the answers)`,
        ratio: r.fullMs / r.floorMs,
        target: '≤ 1.5× floor and < 10 s',
        met: r.fullMs <= 1.5 * r.floorMs && r.fullMs < 10_000,
        raw: { ...r, maxLoopStallMs: maxStallMs },
      });
    }
    if (want('edits')) {
      log(`(2) ${EDITS} verified-answer edits …`);
      const e = await benchEdits(database, actor, cycleId, EDITS);
      rows.push({
        part: '2',
        measure: `one verified answer changed → roll-ups updated and read (${e.edits} edits)`,
        figure: `p50 ${ms(e.p50)} ms, p99 ${ms(e.p99)} ms`,
        floor: `p50 ${ms(e.floorP50)} ms, p99 ${ms(e.floorP99)} ms (UPDATE + SELECT)`,
        ratio: e.p99 / e.floorP99,
        target: '≤ 50 ms p99',
        met: e.p99 <= 50,
        raw: e,
      });
    }
    // The server and export workers open the database themselves (PGlite allows one process).
    await database.close();
    closed = true;
    if (want('http')) {
      log(`(3) HTTP: autocannon 50 connections × ${SECONDS} s × ${RUNS} runs per route …`);
      const routes = [
        {
          route: 'results table, first page by score',
          path: `/api/cycles/${cycleId}/results?sort=score&limit=50`,
        },
        {
          route: `rapor data of one regency (${pick.units} units)`,
          path: `/api/cycles/${cycleId}/governments/${pick.government_id}/rapor`,
        },
        {
          route: 'checklist of one unit (Dinas Kesehatan)',
          path: `/api/cycles/${cycleId}/units/${pick.unit_id}/checklist`,
        },
        { route: 'dashboard summary', path: `/api/cycles/${cycleId}/summary` },
      ];
      const h = await benchHttp({ email, password: SYNTH_PASSWORD }, routes, {
        runs: RUNS,
        seconds: SECONDS,
      });
      const floor = h.routes[0]!;
      for (const r of h.routes) {
        const isFloor = r === floor;
        rows.push({
          part: '3',
          measure: `HTTP ${r.route}`,
          figure:
            r.rps < 1
              ? `no request completed within the ${SECONDS} s runs (${r.errors} timeouts at 10 s); one request alone (cold) ${ms(r.sequentialMs)} ms`
              : `${Math.round(r.rps)} req/s, p99 ${r.p99} ms${r.errors ? `, ${r.errors} errors` : ''}; alone, cold cache ${ms(r.sequentialMs)} ms, loop stall ≤ ${ms(r.stallMs)} ms`,
          floor: isFloor ? '(this is the floor)' : `${Math.round(floor.rps)} req/s, p99 ${floor.p99} ms`,
          ratio: isFloor ? 1 : r.rps / floor.rps,
          target: isFloor ? '–' : 'p99 ≤ 100 ms, ≥ 30 % of floor req/s',
          met: isFloor ? null : r.p99 <= 100 && r.rps >= 0.3 * floor.rps,
          raw: r,
        });
      }
      rows.push({
        part: '5',
        measure: 'server RSS after the load',
        figure: `${h.rssAfterMb.toFixed(0)} MB (peak ${h.peakRssMb.toFixed(0)} MB)`,
        floor: `${h.rssBeforeMb.toFixed(0)} MB after sign-in, before the load`,
        ratio: h.rssAfterMb / h.rssBeforeMb,
        target: '≤ 300 MB',
        met: h.rssAfterMb <= 300,
        raw: h,
      });
    }
    if (want('exports')) {
      log('(4) exports …');
      for (const x of await benchExports(cycleId, pick.government_id, RUNS, email)) {
        // The national results exports carry the issue's target; the rapor exports are reported.
        const national = x.export.startsWith('national results');
        rows.push({
          part: '4',
          measure: `export: ${x.export}`,
          figure: x.note
            ? x.note
            : `${ms(x.ms)} ms, ${(x.bytes / 1024).toFixed(0)} KB; worker RSS ${x.baseRssMb.toFixed(0)} → peak ${x.peakRssMb.toFixed(0)} MB`,
          floor: x.note
            ? '–'
            : national
              ? `${ms(x.floorMs)} ms (the ranked rows in one query)`
              : `${ms(x.floorMs)} ms (the full rapor data alone)`,
          ratio: x.ms / x.floorMs,
          target: national ? '≤ 60 s, RSS ≤ 300 MB' : '–',
          met: x.note ? false : national ? x.ms <= 60_000 && x.peakRssMb <= 300 : null,
          raw: x,
        });
      }
    }
    const meta = {
      date: new Date().toISOString(),
      engine,
      machine: {
        nproc: os.cpus().length,
        ramGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadavg: os.loadavg(),
      },
      dataset: { scale: batch.scale, seed: batch.seed, counts },
      runs: RUNS,
      seconds: SECONDS,
    };
    process.stdout.write(renderTable(meta, rows));
    fs.writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ ...meta, rows }, null, 2));
    log('wrote bench/results.json');
    return 0;
  } finally {
    if (!closed) await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
