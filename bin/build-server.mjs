// Bundles a server entry (TypeScript) into one ES module with esbuild, when the bundle is missing
// or older than the sources: `npm start` runs the bundle with plain node, so the process carries
// no transpiler (tsx's loader thread cost ~75 MB of RSS). Packages stay external (node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Node flags of the server process (`npm start` and the bench's server).
 *
 * `--expose-gc`: once the heavy-work pool has gone idle and no request came for 2 s, the server
 * runs one major collection (server/lib/release-memory.ts); its workers after each task. Without
 * it, 150–250 MB of garbage a national recompute or export leaves on the main thread stayed in the
 * RSS for minutes.
 *
 * `--enable-source-maps` only with PATUH_SOURCE_MAPS=1: Node keeps the parsed map of the 1.7 MB
 * bundle (4 MB of map) in the JavaScript heap, 31 MB of live heap and 35–45 MB of RSS after start
 * (docs/PERFORMANCE.md, round 17). Without it a stack trace names the bundle's functions and lines
 * (.build/server.mjs is not minified and marks each source file); set the variable to see the
 * TypeScript files' lines instead.
 */
export const SERVER_NODE_FLAGS = [
  '--expose-gc',
  ...(process.env.PATUH_SOURCE_MAPS === '1' ? ['--enable-source-maps'] : []),
];

/**
 * The server process's environment: glibc keeps one malloc arena per thread that allocates, and
 * libuv's pool threads (compressing cached answers, file work) each grew their own, which left the
 * server at 310–340 MB RSS after the benchmark's load instead of ~250 MB. Two arenas are plenty
 * for one event loop. A MALLOC_ARENA_MAX already set wins.
 */
export function serverEnv(env = process.env) {
  return { MALLOC_ARENA_MAX: '2', ...env };
}

/** The newest modification time of the files below `dir` (skipping node_modules, dist, migrations). */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'migrations' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The heavy-work worker thread's entry (server/lib/worker-pool.ts): every server bundle gets it as
 * `.build/heavy-worker.mjs`, beside itself, where the bundled pool looks for it.
 */
export const HEAVY_WORKER_ENTRY = 'server/workers/heavy.worker.ts';

/**
 * Builds `entry` (relative to the project root) into `.build/<name>.mjs`, and the heavy-work
 * worker into `.build/heavy-worker.mjs`, unless both bundles are newer than everything under
 * server/, shared/ and the entry's own folder. Returns the entry bundle's path.
 */
export async function buildServerBundle(entry, name) {
  const outfile = path.join(root, '.build', `${name}.mjs`);
  const workerFile = path.join(root, '.build', 'heavy-worker.mjs');
  const sources = Math.max(
    newestMtime(path.join(root, 'server')),
    newestMtime(path.join(root, 'shared')),
    newestMtime(path.dirname(path.join(root, entry))),
    fs.statSync(path.join(root, 'package.json')).mtimeMs,
  );
  const fresh = (file) => fs.existsSync(file) && fs.statSync(file).mtimeMs >= sources;
  if (fresh(outfile) && fresh(workerFile)) return outfile;
  await build({
    entryPoints: { [name]: path.join(root, entry), 'heavy-worker': path.join(root, HEAVY_WORKER_ENTRY) },
    outdir: path.join(root, '.build'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  return outfile;
}
