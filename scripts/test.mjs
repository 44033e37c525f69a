#!/usr/bin/env node
// `npm test`: the React component tests in jsdom (quick, no database); the rest of the suite on
// PGlite; again on a throwaway PostgreSQL cluster for everything that touches SQL (when PostgreSQL
// server binaries are installed); then the browser journeys in Chromium. The vitest projects
// (vitest.config.ts) keep them apart: `web` is jsdom only, `node` is everything else.
// A phase whose tool is missing is skipped, loudly; under CI (CI set) it counts as a failure instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const outDir = path.join(root, '.tmp');
fs.mkdirSync(outDir, { recursive: true });

const pgBin = ['18', '17', '16', '15']
  .map((v) => `/usr/lib/postgresql/${v}/bin/initdb`)
  .find((p) => fs.existsSync(p));
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const only = process.env.PATUH_TEST_PHASES?.split(',');
const ci = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

const phases = [
  { name: 'web', args: ['run', '--project', 'web'], env: {} },
  { name: 'pglite', args: ['run', '--project', 'node'], env: { DB_ENGINE: 'pglite' } },
  pgBin
    ? { name: 'postgres', args: ['run', '--project', 'node', 'server'], env: { DB_ENGINE: 'postgres' } }
    : { name: 'postgres', skip: 'PostgreSQL server binaries not found (apt-get install postgresql-15)' },
  chromium
    ? { name: 'e2e', args: ['run', '--config', 'vitest.e2e.config.ts'], env: { CHROMIUM_PATH: chromium } }
    : { name: 'e2e', skip: 'Chromium not found (apt-get install chromium)' },
].filter((p) => !only || only.includes(p.name));

let passed = 0;
let failed = 0;
let skipped = 0;
const summary = [];
for (const phase of phases) {
  if (phase.skip) {
    const verdict = ci ? 'FAILED (CI: a missing tool is a failure, not a skip)' : 'SKIPPED';
    summary.push(`${phase.name}: ${verdict} — ${phase.skip}`);
    console.log(`\n== ${phase.name}: ${verdict} — ${phase.skip}`);
    if (ci) failed += 1;
    else skipped += 1;
    continue;
  }
  console.log(`\n== ${phase.name}`);
  const report = path.join(outDir, `vitest-${phase.name}.json`);
  fs.rmSync(report, { force: true });
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    [vitest, ...phase.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...phase.env },
    },
  );
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (fs.existsSync(report)) {
    const j = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests + (r.status !== 0 && j.numFailedTests === 0 ? 1 : 0);
    skipped += j.numPendingTests + j.numTodoTests;
    summary.push(`${phase.name}: ${j.numPassedTests} passed, ${j.numFailedTests} failed in ${secs} s`);
  } else {
    failed += 1;
    summary.push(`${phase.name}: runner failed (exit ${r.status}) in ${secs} s`);
  }
}
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
