/**
 * One export (the reports module's exportRapor, or the national results .xlsx or PDF job run to its
 * end exactly as the server runs it after the 202) in its own process, so its peak RSS (VmHWM) is the export's and not the
 * benchmark's: `tsx bench/export-worker.ts <kind> <cycleId> <governmentId> <runs> <email>`.
 * Prints `{ ms: [...], floorMs: [...], bytes, baseRssMb, peakRssMb }` as JSON on stdout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { login, resolveSession } from '../server/modules/auth/auth.service';
import {
  buildFullRapor,
  buildFullRaporWithShortfalls,
} from '../server/modules/assessments/results/rapor.service';
import { rankedPage } from '../server/modules/assessments/results/results.repository';
import { getResultsExport, startResultsExport } from '../server/modules/reports/results-export.service';
import { exportRapor } from '../server/modules/reports/reports.service';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { timeRuns } from './lib';

const [kind, cycleId, governmentId, runsArg, email] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
];
const runs = Number(runsArg);
const vm = (key: string) =>
  Number(new RegExp(`${key}:\\s+(\\d+)`).exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) / 1024;

const database = await openConfiguredDatabase({ ...loadConfig(), logLevel: 'silent' }, { migrate: false });
try {
  const session = await login(database.db, {
    email,
    password: SYNTH_PASSWORD,
    ip: '127.0.0.1',
    userAgent: 'bench',
  });
  const actor = (await resolveSession(database.db, session.token))!.actor;
  const baseRssMb = vm('VmRSS');
  let bytes = 0;
  let ms: number[];
  let floorMs: number[];
  if (kind === 'national-xlsx' || kind === 'national-pdf') {
    // The files go to a scratch data directory, removed below, so runs leave nothing behind.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-bench-export-'));
    try {
      const governmentIds = actor.reach.all ? undefined : actor.reach.governmentIds;
      floorMs = await timeRuns(
        runs,
        () =>
          rankedPage(database.db, cycleId, {
            governmentIds,
            sort: 'score',
            dir: 'desc',
            after: null,
            limit: 1e6,
          }),
        1,
      );
      ms = await timeRuns(
        runs,
        async () => {
          let job: Promise<void> | undefined;
          const { id } = await startResultsExport(
            database,
            actor,
            cycleId,
            dataDir,
            (task) => {
              job = task();
            },
            kind === 'national-pdf' ? 'pdf' : 'xlsx',
          );
          await job;
          const done = await getResultsExport(database, actor, id);
          if (done.status !== 'done') throw new Error(`export ${id} ended ${done.status}`);
          bytes = done.size ?? 0;
        },
        1,
      );
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  } else {
    const format = kind === 'rapor-xlsx' ? 'xlsx' : 'pdf';
    // The floor: the data the file is made from (the .xlsx also lists every shortfall).
    const data =
      format === 'xlsx'
        ? () => buildFullRaporWithShortfalls(database.db, actor, cycleId, governmentId)
        : () => buildFullRapor(database.db, actor, cycleId, governmentId);
    floorMs = await timeRuns(runs, data, 1);
    ms = await timeRuns(
      runs,
      async () => {
        bytes = (await exportRapor(database.db, actor, cycleId, governmentId, format)).body.length;
      },
      1,
    );
  }
  process.stdout.write(JSON.stringify({ ms, floorMs, bytes, baseRssMb, peakRssMb: vm('VmHWM') }) + '\n');
} finally {
  await database.close();
}
process.exit(0);
