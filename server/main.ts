import path from 'node:path';
import { buildApp } from './app';
import { JOB_DEFINITIONS } from './jobs/job-catalog';
import { JobRunner } from './jobs/job-runner';
import { loadConfig } from './config';
import { identityKeysOf } from './lib/identity-crypto';
import { openConfiguredDatabase } from './db/open';
import { projectRoot } from './lib/paths';
import { seedDemoAssessments } from './modules/demo/demo-assessments';
import { seedDemoComplaints } from './modules/demo/demo-complaints';
import { seedDemoFollowups } from './modules/demo/demo-followups';
import { seedDemoStandards } from './modules/demo/demo-standards';
import { seedDemoSurveys } from './modules/demo/demo-surveys';
import { demoState, seedDemo } from './modules/demo/demo.service';
import { countRegions } from './modules/regions/regions.repository';
import { importRegions } from './modules/regions/regions.service';

const root = projectRoot();

/** Starts Patuh: migrate, reference data, the one-time demo, then HTTP. */
async function main() {
  const started = Date.now();
  const config = loadConfig();
  // The reporters' identity key: created on first start, before anything can write a case.
  identityKeysOf(config);
  const database = await openConfiguredDatabase(config);
  if ((await countRegions(database.db)) === 0) await importRegions(database);
  let logins: Awaited<ReturnType<typeof seedDemo>> = [];
  const demo = config.demo ? await demoState(database.db) : 'seeded';
  if (demo === 'empty') {
    logins = await seedDemo(database);
    await seedDemoAssessments(database);
    await seedDemoComplaints(database, identityKeysOf(config));
    await seedDemoStandards(database, { dataDir: config.dataDir });
    await seedDemoSurveys(database);
    await seedDemoFollowups(database, { dataDir: config.dataDir });
  }
  const app = await buildApp({ config, database, webDist: path.join(root, 'web', 'dist'), logger: true });
  await app.listen({ port: config.port, host: config.host });
  const jobs = new JobRunner(database, config, JOB_DEFINITIONS, {
    readCache: app.readCaches.responses,
    onError: (name, id, err) =>
      app.log.error(
        { job: name, jobId: id, error: err instanceof Error ? err.message : String(err) },
        'job failed',
      ),
  });
  jobs.start();

  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Patuh berjalan di ${url}  (database: ${database.engine}${database.engine === 'pglite' ? `, ${config.dataDir}` : ''})`,
    `  Dokumentasi API: ${url}/api/docs   ·   siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  if (logins.length) {
    lines.push('', '  Akun demo (dibuat sekali, saat pertama kali dijalankan):');
    for (const l of logins)
      lines.push(`    ${l.role.padEnd(17)} ${l.email.padEnd(40)} ${l.password}   (${l.scope})`);
  } else if (demo === 'occupied') {
    lines.push(
      '',
      '  Demo dilewati: basis data ini sudah berisi pemerintah daerah (mis. dari `patuh synth`).',
      '  Masuk dengan akun yang ada di dalamnya; setel PATUH_DEMO=0 agar pesan ini tidak muncul.',
    );
  } else if (config.demo) {
    lines.push('  Akun demo: lihat README (kata sandi patuh-demo-2024).');
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  const stop = async () => {
    await jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(
    `Patuh gagal dijalankan: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
