/**
 * `npm run bench`: measures the synthetic dataset loaded by `npx patuh synth` in the configured
 * database (DATABASE_URL → PostgreSQL, else PGlite in PATUH_DATA_DIR). Prints one table and
 * writes bench/results.json. The HTTP parts run the server exactly as `npm start` does (request
 * log included, written to a file) and load it with what users do (bench/pools.ts): a realistic
 * mix of sessions × URLs in closed loop and in open loop (Poisson), read cache on and off, edits
 * through the API during the read load, heavy operations with /api/health probed
 * (docs/PERFORMANCE.md, "Round 3"). Knobs: BENCH_RUNS (default 3), BENCH_SECONDS (per load run,
 * default 10), BENCH_RATES (open-loop rates, default 50,100,200), BENCH_EDIT_RATE (read load
 * during the edits, default 100), BENCH_EDITS (default 200), BENCH_RECOMPUTE_RUNS (default
 * BENCH_RUNS), BENCH_ONLY (comma list of recompute,http,heavy,edits,exports,internal,public,complaints,standards,surveys,followups; each also alone), BENCH_POOL_*
 * (pools.ts). Part I (internal): one regency's internal cycle (penilaian mandiri, issue 12) and
 * every government's, recomputed in process and through the API, and its rapor PDF (bench/internal.ts).
 * Part P (public): the portal's home and 200 government pages, cold and warm (bench/public.ts).
 * Part C (complaints): the case list (users × filters × cursors) and the statistics, closed and
 * open loop (bench/complaints.ts).
 * Part D (standards): the public catalogue search and service pages and the completeness roll-up
 * (nation and per government), cold and warm, beside the bare route (bench/standards.ts).
 * Part S (surveys): SKM responses accepted per second at 50 connections, and the nation's IKM
 * uncached beside its SQL floor (bench/surveys.ts).
 * Part F (follow-ups): the backlog list (users × filters × cursors) closed and open loop beside the
 * bare route, and the national Taat roll-up beside its floor (bench/followups.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { openConfiguredDatabase } from '../server/db/open';
import { inTransaction } from '../server/lib/transaction';
import { recomputeGovernment } from '../server/modules/assessments/results/scoring.service';
import { loadedBatches, tableCounts } from '../server/modules/synth/synth.repository';
import { benchExports, benchOneExport } from './exports';
import { floorRun, loggingCost } from './floors';
import { cannon, memoryOf, startServer, type BenchServer } from './http';
import type { LoadFigures } from './load';
import { log, median, ms, withLoopStall } from './lib';
import { findInternal, internalApiRows, internalInProcess, internalThroughApi } from './internal';
import { buildPools, countKinds, signIn, signOutAll, type BenchSession, type Pair } from './pools';
import { benchPublic, releasedKeys } from './public';
import { benchComplaints, complaintSessions } from './complaints';
import { benchStandards, standardsTargets } from './standards';
import { benchSurveys, surveyTargets } from './surveys';
import { benchFollowups, followupTargets } from './followups';
import { benchRecompute } from './recompute';
import { renderTable, type ResultRow } from './report';
import { cacheHitRow, editRow, heavyRows, loggingRow, mixRows, type ConfigFigures } from './rows';
import { editsDuringLoad, heavyOps, mixRuns, precheck, type EditTarget } from './workload';

const env = process.env;
const RUNS = Number(env.BENCH_RUNS ?? 3);
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const RATES = (env.BENCH_RATES ?? '50,100,200').split(',').map(Number);
const EDIT_RATE = Number(env.BENCH_EDIT_RATE ?? 100);
const EDITS = Number(env.BENCH_EDITS ?? 200);
const RECOMPUTE_RUNS = Number(env.BENCH_RECOMPUTE_RUNS ?? RUNS);
const ONLY = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',')) : null;
const want = (part: string) => !ONLY || ONLY.has(part);

interface VerifyState {
  verify_status: string;
  verified_value: number | null;
  verified_na: boolean;
  verify_reason: string | null;
}

/** Of several runs, the one with the median p99. */
function medianBy(runs: LoadFigures[]): LoadFigures {
  const mid = median(runs.map((r) => r.p99));
  return runs.find((r) => r.p99 === mid)!;
}

async function main(): Promise<number> {
  const config = { ...loadConfig(), logLevel: 'silent' as const };
  let database: Database = await openConfiguredDatabase(config);
  const rows: ResultRow[] = [];
  let closed = false;
  let sessions: BenchSession[] = [];
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
    const resultsUrl = `/api/cycles/${cycleId}/results?sort=score&limit=50`;

    // A typical government (a regency with the median unit count) and one of its units.
    const [pick] = (await database.query<{ government_id: string; unit_id: string; units: number }>(
      `with g as (select cu.government_id, count(*) as units from cycle_units cu join governments gv on gv.id = cu.government_id
                   where cu.cycle_id = $1 and gv.type = 'pemkab' group by cu.government_id),
            m as (select government_id, units from g order by units, government_id offset (select count(*) / 2 from g) limit 1)
       select m.government_id, m.units::int, (select cu.unit_id from cycle_units cu join units u on u.id = cu.unit_id
         where cu.cycle_id = $1 and cu.government_id = m.government_id and u.code = 'DINKES') as unit_id from m`,
      [cycleId],
    )) as [{ government_id: string; unit_id: string; units: number }];

    const internal = want('internal')
      ? await findInternal(database, cycleId, pick.government_id, domain)
      : null;
    if (want('internal') && !internal)
      log('no internal cycle for the picked regency (a dataset synthesised before issue 12): part I skipped');

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
        target: '≤ 3 s and ≤ 5× floor',
        met: r.fullMs <= 3000 && r.fullMs <= 5 * r.floorMs,
        raw: { ...r, maxLoopStallMs: maxStallMs },
      });
    }
    if (internal) {
      log('(I) internal cycles, recomputed in process …');
      rows.push(...(await internalInProcess(database, internal, RECOMPUTE_RUNS)));
    }
    const pools = await buildPools(database, cycleId, domain);
    sessions = pools.sessions;
    const coordinator = internal ? await signIn(database, internal.coordinatorEmail) : null;
    if (coordinator) sessions.push(coordinator);
    log(`pools: ${JSON.stringify(pools.sizes)}`);
    // A fixed pseudo-random sample of answers with a value (same every run) for the edits.
    const editTargets = await database.query<EditTarget & VerifyState>(
      `select id, government_id, verify_status, verified_value, verified_na, verify_reason
         from answers where cycle_id = $1 and not verified_na order by md5(id::text || 'bench') limit $2`,
      [cycleId, EDITS],
    );
    const publicKeys = want('public') ? await releasedKeys(database) : [];
    const complaintReaders = want('complaints') ? await complaintSessions(database, domain) : [];
    sessions.push(...complaintReaders);
    const standards = want('standards') ? await standardsTargets(database, pools.admin) : null;
    const surveys = want('surveys') ? await surveyTargets(database, RUNS) : null;
    if (surveys) sessions.push(surveys.coordinator);
    const followups = want('followups') ? await followupTargets(database, domain, RUNS) : null;
    if (followups) sessions.push(...followups.sessions);
    // The server and export workers open the database themselves (PGlite allows one process).
    await database.close();
    closed = true;
    let pairs = pools.pairs;
    /** Part H: heavy operations through the API with /api/health probed (on the cache-on server). */
    const heavy = async (server: BenchServer) => {
      log('(H) heavy operations through the API …');
      const floorMs = (rows.find((r) => r.part === '1')?.raw as { floorMs?: number } | undefined)?.floorMs;
      rows.push(
        ...heavyRows(await heavyOps(server, pools.admin, cycleId, pick.government_id), floorMs ?? null),
      );
    };
    if (want('heavy') && !want('http')) {
      // Alone (BENCH_ONLY=heavy): a server of its own, configured as the cache-on one of part 3.
      const server = await startServer({}, 'heavy');
      try {
        await heavy(server);
      } finally {
        await server.stop();
      }
    }
    if (want('http')) {
      log(
        `(3) HTTP: realistic mix, ${SECONDS} s per run, ${RUNS} runs, open loop at ${RATES.join('/')} req/s …`,
      );
      const configs: ConfigFigures[] = [];
      for (const [label, env] of [
        ['read cache on, as npm start', {}],
        ['read cache off', { PATUH_READ_CACHE_SECONDS: '0' }],
      ] as const) {
        const server = await startServer(env, configs.length ? 'nocache' : 'default');
        try {
          if (!configs.length) {
            const { kept, dropped } = await precheck(server, pairs);
            pairs = kept;
            log(
              `precheck: ${kept.length} pairs kept ${JSON.stringify(countKinds(kept))}; refused ${JSON.stringify(dropped)}`,
            );
          }
          const floor = await floorRun(server, RUNS, SECONDS);
          const log0 = server.logBytes();
          const mixes: Array<Awaited<ReturnType<typeof mixRuns>>> = [];
          for (let i = 0; i < RUNS; i++) mixes.push(await mixRuns(server, pairs, SECONDS, RATES));
          const requests = mixes.reduce(
            (a, m) => a + m.closed.requests + m.open.reduce((b, o) => b + o.requests, 0),
            0,
          );
          const c: ConfigFigures = {
            label,
            floor,
            closed: medianBy(mixes.map((m) => m.closed)),
            open: RATES.map((rate, i) => ({ rate, ...medianBy(mixes.map((m) => m.open[i]!)) })),
            rssSteadyMb: memoryOf(server.pid).rss,
            logBytesPerRequest: (server.logBytes() - log0) / requests,
          };
          configs.push(c);
          rows.push(...mixRows(c, RATES.at(-1)!));
          if (configs.length === 1) {
            const hit = await cannon(`${server.base}${resultsUrl}`, pools.admin.cookie, SECONDS);
            rows.push(cacheHitRow(hit, 'results table, first page by score', floor));
            if (want('heavy')) await heavy(server);
          }
        } finally {
          await server.stop();
        }
      }
      rows.push(loggingRow(await loggingCost(RUNS, SECONDS), configs[0]!.logBytesPerRequest));
    }
    if (want('public')) {
      log(`(P) public portal: home and ${publicKeys.length} government pages, cold and warm …`);
      rows.push(...(await benchPublic(publicKeys, RUNS, SECONDS)));
    }
    if (want('complaints')) {
      log(`(C) complaints: case list and statistics, ${complaintReaders.length} staff sessions …`);
      rows.push(...(await benchComplaints(complaintReaders, RATES, SECONDS)));
    }
    if (standards) {
      log(
        `(D) standards: ${standards.terms.length} search terms, ${standards.products.length} service pages, ${standards.governments.length} governments, cold and warm …`,
      );
      rows.push(...(await benchStandards(standards, RUNS, SECONDS)));
    }
    if (surveys) {
      log(`(S) surveys: responses/s at 50 connections over ${surveys.unitIds.length} units …`);
      rows.push(...(await benchSurveys(surveys, RUNS, SECONDS)));
    }
    if (followups) {
      log(
        `(F) follow-ups: backlog list, ${followups.sessions.length} users, and the national Taat roll-up …`,
      );
      rows.push(...(await benchFollowups(followups, RUNS, SECONDS)));
    }
    if (want('edits')) {
      log(`(E) edits through the API during the open-loop mix at ${EDIT_RATE} req/s …`);
      database = await openConfiguredDatabase(config, { migrate: false });
      const [{ status }] = (await database.query<{ status: string }>(
        'select status from cycles where id = $1',
        [cycleId],
      )) as [{ status: string }];
      // Answers are verified in the verification phase only; restored below with every answer.
      await database.query(`update cycles set status = 'verification' where id = $1`, [cycleId]);
      // As a phase change through the API does (it recomputes the cycle): the edited governments'
      // stored roll-ups follow the open cycle, so an edit re-scores one unit (scoring.service).
      for (const g of new Set(editTargets.map((t) => t.government_id)))
        await inTransaction(database.db, (tx) => recomputeGovernment(tx, cycleId, g, 'hitung-ulang', null));
      await database.close();
      try {
        let editPairs: Pair[] | null = null;
        for (const [label, env] of [
          ['read cache on', {}],
          ['read cache off', { PATUH_READ_CACHE_SECONDS: '0' }],
        ] as const) {
          const server = await startServer(env, 'edits');
          try {
            // In the verification phase government roles do not see scores: they drop out here.
            editPairs ??= (await precheck(server, pairs)).kept;
            const e = await editsDuringLoad(
              server,
              pools.admin,
              cycleId,
              editTargets,
              editPairs,
              EDIT_RATE,
              SECONDS * 3,
            );
            log(`edits (${label}): ${e.edits} edits, p50 ${e.p50.toFixed(0)} / p99 ${e.p99.toFixed(0)} ms`);
            rows.push(editRow(e, label, EDIT_RATE));
          } finally {
            await server.stop();
          }
        }
      } finally {
        database = await openConfiguredDatabase(config, { migrate: false });
        log(`edits: restoring ${editTargets.length} answers and the cycle's status`);
        for (const t of editTargets)
          await database.query(
            'update answers set verify_status = $2, verified_value = $3, verified_na = $4, verify_reason = $5 where id = $1',
            [t.id, t.verify_status, t.verified_value, t.verified_na, t.verify_reason],
          );
        await database.query('update cycles set status = $2 where id = $1', [cycleId, status]);
        for (const g of new Set(editTargets.map((t) => t.government_id)))
          await inTransaction(database.db, (tx) => recomputeGovernment(tx, cycleId, g, 'hitung-ulang', null));
        await database.close();
      }
    }
    if (internal && coordinator) {
      log('(I) internal cycle through the API, as its coordinator …');
      const server = await startServer({}, 'internal');
      try {
        const floorMs = (rows.find((r) => r.part === 'I')?.raw as { floorMs?: number } | undefined)?.floorMs;
        rows.push(
          ...internalApiRows(await internalThroughApi(server, coordinator, internal), floorMs ?? null),
        );
      } finally {
        await server.stop();
      }
      const name = 'internal rapor of the regency (PDF, as its coordinator)';
      const measure = `export: ${name}, in a worker of its own`;
      try {
        const x = await benchOneExport(
          'rapor-pdf',
          name,
          internal.cycleId,
          internal.governmentId,
          RUNS,
          internal.coordinatorEmail,
        );
        rows.push({
          part: 'I',
          measure,
          figure: `${ms(x.ms)} ms, ${(x.bytes / 1024).toFixed(0)} KB; worker RSS ${x.baseRssMb.toFixed(0)} → peak ${x.peakRssMb.toFixed(0)} MB`,
          floor: `${ms(x.floorMs)} ms (the full rapor data alone)`,
          ratio: x.ms / x.floorMs,
          target: '–',
          met: null,
          raw: x,
        });
      } catch (err) {
        // A refused export is a row of the table, not the end of the bench.
        const message = (err as Error).message.split('\n').find((l) => /Error/.test(l)) ?? 'failed';
        log(`${name}: ${message}`);
        rows.push({
          part: 'I',
          measure,
          figure: `failed: ${message}`,
          floor: '–',
          ratio: NaN,
          target: '–',
          met: false,
          raw: { message },
        });
      }
    }
    if (want('exports')) {
      log('(4) exports …');
      for (const x of await benchExports(cycleId, pick.government_id, RUNS, email)) {
        // The national results exports carry the target; the rapor exports are reported.
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
    if (closed) database = await openConfiguredDatabase(config, { migrate: false });
    await signOutAll(database, sessions);
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
