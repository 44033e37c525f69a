/** The guard that keeps backup and restore away from an embedded database a running Patuh has open. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { backupCommand, restoreCommand } from '../../cli/commands/backup.command';
import { processesUsing } from './backup-database';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-inuse-'));
const pglite = path.join(dataDir, 'pglite');
fs.mkdirSync(pglite);
fs.writeFileSync(path.join(pglite, 'PG_VERSION'), '17\n');
let holder: ChildProcess | undefined;

afterAll(() => {
  holder?.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Another process holding a file of the folder open, as a running Patuh holds its relation files. */
async function hold(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [
    '-e',
    `require('fs').openSync(${JSON.stringify(file)}, 'r'); console.log('open'); setInterval(() => {}, 1000);`,
  ]);
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return child;
}

describe.runIf(process.platform === 'linux')('an embedded database in use', () => {
  it('is seen through /proc, and not once the process ends', async () => {
    expect(processesUsing(pglite)).toEqual([]);
    holder = await hold(path.join(pglite, 'PG_VERSION'));
    expect(processesUsing(pglite)).toEqual([holder.pid]);
    expect(processesUsing(`${pglite}-other`)).toEqual([]);
    holder.kill();
    await new Promise((r) => holder!.once('exit', r));
    expect(processesUsing(pglite)).toEqual([]);
  });

  it('is refused by backup and by restore --force, which change nothing', async () => {
    holder = await hold(path.join(pglite, 'PG_VERSION'));
    const config = loadConfig({ PATUH_DATA_DIR: dataDir } as NodeJS.ProcessEnv);
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => void err.push(t) };
    const file = path.join(dataDir, 'b.tar.gz');
    expect(await backupCommand([file], io, config)).toBe(1);
    expect(await restoreCommand([file, '--force'], io, config)).toBe(1);
    expect(err).toHaveLength(2);
    for (const e of err) expect(e).toContain(`sedang dipakai proses ${holder.pid}`);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(pglite)).toEqual(['PG_VERSION']);
  });
});
