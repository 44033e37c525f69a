/**
 * One export (the reports module's exportRapor) in its own process, so its peak RSS (VmHWM) is the export's and not the
 * benchmark's: `tsx bench/export-worker.ts <kind> <cycleId> <governmentId> <runs> <email>`.
 * Prints `{ ms: [...], floorMs: [...], bytes, baseRssMb, peakRssMb }` as JSON on stdout.
 */
import fs from 'node:fs';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { login, resolveSession } from '../server/modules/auth/auth.service';
import { buildRapor } from '../server/modules/assessments/rapor.service';
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
  const format = kind === 'rapor-xlsx' ? 'xlsx' : 'pdf';
  const floorMs = await timeRuns(runs, () => buildRapor(database.db, actor, cycleId, governmentId), 1);
  let bytes = 0;
  const ms = await timeRuns(
    runs,
    async () => {
      bytes = (await exportRapor(database.db, actor, cycleId, governmentId, format)).body.length;
    },
    1,
  );
  process.stdout.write(JSON.stringify({ ms, floorMs, bytes, baseRssMb, peakRssMb: vm('VmHWM') }) + '\n');
} finally {
  await database.close();
}
process.exit(0);
