/**
 * Guards for tests that need an external program (poppler's pdftotext/pdfinfo/pdftoppm). A missing
 * program never lets a test pass quietly: under CI (CI set, as .ci/run does) it fails the test;
 * elsewhere the test is reported as skipped with the reason and the package that provides it.
 */
import { spawnSync } from 'node:child_process';

const PACKAGE: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  zbarimg: 'zbar-tools',
};

const found = new Map<string, boolean>();

/** True when the program runs (`tool -v`), memoised. */
export function hasTool(tool: string): boolean {
  if (!found.has(tool)) found.set(tool, spawnSync(tool, ['-v']).error === undefined);
  return found.get(tool)!;
}

/** True when CI is set to anything but `false`/`0`. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/**
 * Call at the start of the part of a test that needs the programs, with the test context's `skip`:
 * returns when all are there; otherwise throws under CI, or skips the test (it shows as skipped,
 * with the reason, in the run's summary).
 */
export function requireTools(skip: (note?: string) => never, ...tools: string[]): void {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((t) => PACKAGE[t] ?? t))].join(' ');
  const why = `${missing.join(', ')} not found (apt-get install ${packages})`;
  if (isCi()) throw new Error(`${why}: under CI a missing tool fails the test instead of skipping it`);
  console.warn(`SKIPPED: ${why}`);
  skip(why);
}
