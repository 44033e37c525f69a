#!/usr/bin/env node
// `npm start`: builds the web app and the server bundle when they are missing or older than their
// sources, then runs the server with plain node (see bin/build-server.mjs).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildServerBundle, newestMtime, root, SERVER_NODE_FLAGS, serverEnv } from './build-server.mjs';

const dist = path.join(root, 'web', 'dist', 'index.html');

const sources = Math.max(
  newestMtime(path.join(root, 'web')),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
);
if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < sources) {
  process.stdout.write('Membangun aplikasi web (vite build)…\n');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = await buildServerBundle('server/main.ts', 'server');
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, server], {
  cwd: root,
  stdio: 'inherit',
  env: serverEnv(),
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
