/**
 * A throwaway PostgreSQL cluster for tests and benchmarks (recipe: initdb + pg_ctl on a free port,
 * trust auth on loopback, data in a temp dir, stopped and removed afterwards).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface PgCluster {
  url: (database?: string) => string;
  stop: () => void;
}

/** The directory of PostgreSQL server binaries (15+), or null when none is installed. */
export function findPgBin(): string | null {
  const candidates = [
    process.env.PG_BIN,
    ...['18', '17', '16', '15'].map((v) => `/usr/lib/postgresql/${v}/bin`),
  ];
  for (const c of candidates) if (c && fs.existsSync(path.join(c, 'initdb'))) return c;
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error('PostgreSQL binaries not found (install postgresql-15)');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-pg-'));
  const data = path.join(base, 'data');
  const sock = path.join(base, 'sock');
  fs.mkdirSync(data);
  fs.mkdirSync(sock);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string) => {
    if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd], { stdio: 'pipe' });
    else execFileSync('/bin/sh', ['-c', cmd], { stdio: 'pipe' });
  };
  if (asRoot) {
    fs.chmodSync(base, 0o755);
    execFileSync('chown', ['-R', 'postgres:postgres', base]);
  }
  fs.chmodSync(data, 0o700);
  run(`${bin}/initdb -D ${data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null`);
  run(
    `${bin}/pg_ctl -D ${data} -l ${data}/server.log -w -o "-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null`,
  );
  return {
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        run(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    },
  };
}
