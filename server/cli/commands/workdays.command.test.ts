import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { openConfiguredDatabase } from '../../db/open.js';
import { calendarDays } from '../../db/schema-calendar.js';
import type { CliIO } from '../io.js';
import { workdaysCommand } from './workdays.command.js';

function collect(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

async function run(argv: string[]) {
  const io = collect();
  const code = await workdaysCommand(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'patuh-workdays-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('patuh workdays', () => {
  it('10 working days from 16 March 2026 skip Nyepi, Idul Fitri with its cuti bersama and Good Friday', async () => {
    const r = await run(['--from', '2026-03-16', '--add', '10', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      from: '2026-03-16',
      due: '2026-04-07',
      skipped: [
        '2026-03-18',
        '2026-03-19',
        '2026-03-20',
        '2026-03-21',
        '2026-03-22',
        '2026-03-23',
        '2026-03-24',
        '2026-03-28',
        '2026-03-29',
        '2026-04-03',
        '2026-04-04',
        '2026-04-05',
      ],
    });
  });

  it('--add 0 on a Sunday gives Monday; calendar days and pauses', async () => {
    expect(JSON.parse((await run(['--from', '2026-03-15', '--add', '0', '--json'])).out)).toEqual({
      from: '2026-03-15',
      due: '2026-03-16',
      skipped: ['2026-03-15'],
    });
    expect(
      JSON.parse((await run(['--from', '2026-01-10', '--add', '60', '--calendar-days', '--json'])).out).due,
    ).toBe('2026-03-11');
    const paused = await run([
      '--from',
      '2026-05-11',
      '--add',
      '5',
      '--pause',
      '2026-05-13..2026-05-19',
      '--json',
    ]);
    expect(JSON.parse(paused.out).due).toBe('2026-05-25');
  });

  it('a holidays file replaces the built-in calendar (header optional)', async () => {
    const f = file('libur.csv', 'date,name\n2026-03-17,Libur uji\n\n');
    const r = await run(['--from', '2026-03-16', '--add', '3', '--holidays', f, '--json']);
    expect(JSON.parse(r.out)).toEqual({ from: '2026-03-16', due: '2026-03-20', skipped: ['2026-03-17'] });
    const bare = file('bare.csv', '2026-03-18,Tanpa kepala\n');
    expect(
      JSON.parse((await run(['--from', '2026-03-16', '--add', '3', '--holidays', bare, '--json'])).out).due,
    ).toBe('2026-03-20');
  });

  it.each([
    [['--add', '3'], /--from: wajib/],
    [['--from', '2026-02-30', '--add', '3'], /--from: "2026-02-30"/],
    [['--from', '2026-03-16'], /--add: wajib/],
    [['--from', '2026-03-16', '--add', '-1'], /--add/],
    [['--from', '2026-03-16', '--add', '2.5'], /--add: "2.5"/],
    [['--from', '2026-03-16', '--add', '3', '--frm', 'x'], /--frm/],
    [['--from', '2026-03-16', '--add', '3', '--pause', '2026-03-20..2026-03-18'], /--pause/],
    [['--from', '2026-03-16', '--add', '3', '--province', 'Bali'], /--province/],
    [['--from', '2026-03-16', '--add', '3', '--holidays', '/nonexistent/libur.csv'], /--holidays/],
  ])('refuses %j with a message naming it, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('a bad line in the holidays file is named by its number, exit 2', async () => {
    const f = file('bad.csv', 'date,name\n2026-03-17,Ok\n17/03/2026,Salah format\n');
    const r = await run(['--from', '2026-03-16', '--add', '3', '--holidays', f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('bad.csv baris 3: "17/03/2026"');
  });

  it('runs as `npx patuh workdays` with real exit codes', () => {
    const ok = spawnSync(
      process.execPath,
      ['bin/patuh.mjs', 'workdays', '--from', '2026-03-16', '--add', '10', '--json'],
      {
        encoding: 'utf8',
        env: { ...process.env, PATUH_DATA_DIR: dir },
      },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).due).toBe('2026-04-07');
    const bad = spawnSync(
      process.execPath,
      ['bin/patuh.mjs', 'workdays', '--from', 'kemarin', '--add', '1'],
      {
        encoding: 'utf8',
        env: { ...process.env, PATUH_DATA_DIR: dir },
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--from: "kemarin"');
  }, 90_000);

  it('--db reads the calendar stored in the configured database (seeded, then an admin’s day); without it, the built-in list', async () => {
    const saved = { dir: process.env.PATUH_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.PATUH_DATA_DIR = join(dir, 'db');
    delete process.env.DATABASE_URL;
    // On the PostgreSQL run: an empty database of the test cluster, which the command migrates and seeds.
    let dropDatabase = async () => {};
    if (inject('dbEngine') === 'postgres') {
      const adminUrl = inject('pgAdminUrl');
      const name = `patuh_cli_${randomBytes(6).toString('hex')}`;
      const admin = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
      await admin.exec(`create database ${name}`);
      await admin.close();
      process.env.DATABASE_URL = adminUrl.replace(/\/[^/]*$/, `/${name}`);
      dropDatabase = async () => {
        const a = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
        await a.exec(`drop database if exists ${name} with (force)`);
        await a.close();
      };
    }
    try {
      // Mon 8 June + 6 working days passes Tahun Baru Islam (Tue 16 June, seeded on first use).
      const argv = ['--from', '2026-06-08', '--add', '6', '--json'];
      expect(JSON.parse((await run([...argv, '--db'])).out)).toEqual({
        from: '2026-06-08',
        due: '2026-06-17',
        skipped: ['2026-06-13', '2026-06-14', '2026-06-16'],
      });
      const database = await openConfiguredDatabase(loadConfig());
      await database.db
        .insert(calendarDays)
        .values({ date: '2026-06-09', name: 'Libur uji admin', kind: 'national' });
      await database.close();
      expect(JSON.parse((await run([...argv, '--db'])).out)).toEqual({
        from: '2026-06-08',
        due: '2026-06-18',
        skipped: ['2026-06-09', '2026-06-13', '2026-06-14', '2026-06-16'],
      });
      expect(JSON.parse((await run(argv)).out).due).toBe('2026-06-17');
      const both = await run([...argv, '--db', '--holidays', file('x.csv', '2026-06-09,x\n')]);
      expect(both.code).toBe(2);
      expect(both.err).toMatch(/--holidays dan --db/);
    } finally {
      if (saved.dir === undefined) delete process.env.PATUH_DATA_DIR;
      else process.env.PATUH_DATA_DIR = saved.dir;
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
      await dropDatabase();
    }
  }, 240_000);
});
