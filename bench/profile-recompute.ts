/**
 * Where a full recompute's time goes (issue 9: ≤ 3 s and ≤ 5× its floor). Runs the in-process
 * recompute of bench part 1 (recomputeCycle, force off) on the configured database `PROFILE_RUNS`
 * times (default 2, the first one warms up) and prints each run's time and the floor (one
 * GROUP BY). Run it under the V8 profiler and summarise the profile with the second step:
 *
 *   DATABASE_URL=… node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-recompute.ts
 *   npx tsx bench/profile-recompute.ts --summary /tmp/prof/<file>.cpuprofile
 *
 * The summary is the main thread's self time per function (top 25) and per source file, and
 * "(idle)": the main thread waiting (for the database, mostly).
 */
import fs from 'node:fs';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { recomputeCycle } from '../server/modules/assessments/results/scoring.service';
import { log } from './lib';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function summary(file: string): void {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id)!;
    const url = n.callFrame.url.replace(/^.*\/(node_modules\/(@[^/]+\/)?[^/]+|server|shared)\//, '$1/');
    const name = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
    fn.set(name, (fn.get(name) ?? 0) + dt);
    const where = url.startsWith('node_modules/')
      ? url.split('/').slice(0, 2).join('/')
      : url || n.callFrame.functionName;
    files.set(where, (files.get(where) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(
        ([name, ms]) =>
          `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`,
      );
  console.log(
    `sampled ${total.toFixed(0)} ms\n-- per function (self)\n${top(fn, 25).join('\n')}\n-- per file\n${top(files, 20).join('\n')}`,
  );
}

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, { migrate: false });
  try {
    const [{ cycle_id: cycleId }] = (await database.query<{ cycle_id: string }>(
      `select cycle_id from cycle_governments group by cycle_id order by count(*) desc limit 1`,
    )) as [{ cycle_id: string }];
    for (let i = 0; i < Number(process.env.PROFILE_RUNS ?? 2); i++) {
      const r = await recomputeCycle(database.db, cycleId, 'hitung-ulang', null, { force: false });
      log(`recompute ${i + 1}: ${r.governments} governments in ${r.ms} ms`);
    }
    const t0 = performance.now();
    await database.query(
      `select government_id, avg(verified_value) from answers where cycle_id = $1 and not verified_na group by government_id`,
      [cycleId],
    );
    log(`floor (one GROUP BY): ${(performance.now() - t0).toFixed(0)} ms`);
  } finally {
    await database.close();
  }
}

if (process.argv[2] === '--summary') summary(process.argv[3]!);
else await main();
