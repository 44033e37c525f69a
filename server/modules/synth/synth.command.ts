/**
 * `npx patuh synth --scale national|medium|small [--seed N] [--force]`: flags checked with zod,
 * progress on stderr, the row counts and phase times on stdout.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../../config';
import { openConfiguredDatabase } from '../../db/open';
import type { CliIO } from '../../cli/io';
import { identityKeysOf } from '../../lib/identity-crypto';
import { SYNTH_PASSWORD, SynthRefusedError, runSynth } from './synth.service';

const SynthArgs = z.object({
  scale: z.enum(['national', 'medium', 'small']),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(2024),
  force: z.boolean().default(false),
});

export const SYNTH_HELP = `  synth --scale national|medium|small [--seed N] [--force]
                                  memuat data sintetis (deterministik dari seed) dan satu siklus selesai`;

export async function synthCommand(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { scale: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
    }));
  } catch (err) {
    io.stderr((err as Error).message);
    return 2;
  }
  const parsed = SynthArgs.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) io.stderr(`--${i.path.join('.')}: ${i.message}`);
    io.stderr(SYNTH_HELP);
    return 2;
  }
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  io.stderr(
    `[synth] engine: ${database.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}/pglite`}`,
  );
  try {
    const report = await runSynth(database, {
      ...parsed.data,
      databaseUrl: config.databaseUrl,
      log: io.stderr,
      identityKeys: identityKeysOf(config),
    });
    io.stdout(
      `Synthetic batch ${report.batch} loaded (${report.loader}); cycle ${report.cycleId}; ${(report.totalMs / 1000).toFixed(1)} s.`,
    );
    io.stdout('Phase times:');
    for (const p of report.phases)
      io.stdout(
        `  ${p.phase.padEnd(38)} ${String(p.rows).padStart(10)} rows ${(p.ms / 1000).toFixed(1).padStart(8)} s`,
      );
    io.stdout('Rows per table:');
    for (const [table, n] of Object.entries(report.counts))
      io.stdout(`  ${table.padEnd(20)} ${n.toLocaleString('en-US').padStart(12)}`);
    const domain = report.batch === 1 ? 'synth.patuh.test' : `synth${report.batch}.patuh.test`;
    io.stdout(`Accounts: admin@${domain} and the others under @${domain}, password ${SYNTH_PASSWORD}.`);
    return 0;
  } catch (err) {
    if (err instanceof SynthRefusedError) {
      io.stderr(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}
