import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase } from '../db/client';
import { openConfiguredDatabase } from '../db/open';
import { loadConfig } from '../config';
import { demoState } from '../modules/demo/demo.service';
import { runCli } from './main';
import { DEMO_FOLLOWUPS } from '../modules/demo/demo-followups-data';

/** Runs the CLI against a fresh database of the engine under test (PGlite dir or a new PG database). */
let dataDir: string;
let dropDb: (() => Promise<void>) | undefined;
const saved = { DATABASE_URL: process.env.DATABASE_URL, PATUH_DATA_DIR: process.env.PATUH_DATA_DIR };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-cli-'));
  process.env.PATUH_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  if (inject('dbEngine') === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `patuh_cli_${process.pid}`;
    const admin = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
    await admin.exec(`drop database if exists ${name}`);
    await admin.exec(`create database ${name}`);
    await admin.close();
    process.env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${name}`);
    dropDb = async () => {
      const a = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
      await a.exec(`drop database if exists ${name} with (force)`);
      await a.close();
    };
  }
});

afterAll(async () => {
  await dropDb?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('patuh CLI', () => {
  it('migrate, import-regions, seed-demo (once), user create', async () => {
    const m = collect();
    expect(await runCli(['migrate'], m.io)).toBe(0);
    expect(m.out.join('\n')).toContain('Migrasi basis data selesai');

    const r = collect();
    expect(await runCli(['import-regions'], r.io)).toBe(0);
    expect(r.out.join('\n')).toBe('Wilayah dimuat: 38 provinsi, 514 kabupaten/kota.');

    const d = collect();
    expect(await runCli(['seed-demo'], d.io)).toBe(0);
    expect(d.out.join('\n')).toContain('koordinator.balangan@patuh.local');
    // Pemkab Bangka Barat's penilaian mandiri and its Inspektorat's accounts (demo-internal.ts).
    expect(d.out.join('\n')).toContain('1 penilaian mandiri');
    // The follow-up backlog (demo-followups.ts): every scripted item and the 2023 cycle's own points.
    const followups = /(\d+) tindak lanjut/.exec(d.out.join('\n'));
    expect(Number(followups?.[1])).toBeGreaterThan(DEMO_FOLLOWUPS.length);
    expect(d.out.join('\n')).toMatch(/internal_verifier\s+inspektorat1\.babar@patuh\.local/);
    const again = collect();
    expect(await runCli(['seed-demo'], again.io)).toBe(0);
    expect(again.out.join('\n')).toBe('Data demo sudah ada; tidak ada yang diubah.');

    // Governments without the demo's marker (a synth or real registry): the demo is refused with a
    // clear message, not a failed insert, and nothing is written.
    const db = await openConfiguredDatabase(loadConfig());
    const before = await db.query<{ n: number }>('select count(*)::int as n from governments');
    await db.exec("delete from app_meta where key = 'demo_seeded'");
    expect(await demoState(db.db)).toBe('occupied');
    await db.close();
    const occupied = collect();
    expect(await runCli(['seed-demo'], occupied.io)).toBe(1);
    expect(occupied.err.join('\n')).toContain('sudah berisi pemerintah daerah');
    const after = await openConfiguredDatabase(loadConfig());
    expect(await after.query<{ n: number }>('select count(*)::int as n from governments')).toEqual(before);
    await after.exec(`insert into app_meta (key, value) values ('demo_seeded', '{}')`);
    expect(await demoState(after.db)).toBe('seeded');
    await after.close();

    const u = collect();
    expect(
      await runCli(
        ['user', 'create', '--role', 'assessor', '--email', 'asesor.baru@patuh.local', '--office', 'BABEL'],
        u.io,
      ),
    ).toBe(0);
    expect(u.out.join('\n')).toMatch(/Akun dibuat: asesor\.baru@patuh\.local \(assessor\)/);
    expect(u.out.join('\n')).toMatch(/Kata sandi sementara: \S{10,}/);

    const dup = collect();
    expect(
      await runCli(
        [
          'user',
          'create',
          '--role',
          'assessor',
          '--email',
          'asesor.baru@patuh.local',
          '--office',
          'BABEL',
          '--password',
          'rahasia-sekali-1',
        ],
        dup.io,
      ),
    ).toBe(1);
    expect(dup.err.join('\n')).toContain('email: Email ini sudah dipakai akun lain.');

    const noOffice = collect();
    expect(
      await runCli(['user', 'create', '--role', 'assessor', '--email', 'x@patuh.local'], noOffice.io),
    ).toBe(1);
    expect(noOffice.err.join('\n')).toContain('officeId');
    // The demo seed argon2-hashes a dozen passwords: slow on a busy 2-core machine.
  }, 120_000);

  it('bad usage exits with 2 and prints help', async () => {
    const c = collect();
    expect(await runCli(['user', 'create', '--role', 'raja', '--email', 'bukan-email'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/--role/);
    const h = collect();
    expect(await runCli(['entah'], h.io)).toBe(2);
    expect(h.err.join('\n')).toContain('Perintah tidak dikenal');
  });
});
