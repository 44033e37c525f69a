import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../io.js';
import { runCli } from '../main.js';
import { ikmCommand } from './ikm.command.js';

function collect(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), 'patuh-ikm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function csv(lines: string[]): string {
  const file = join(dir, `responses-${n++}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEADER = 'unit,u1,u2,u3,u4,u5,u6,u7,u8,u9';

async function run(argv: string[]) {
  const io = collect();
  const code = await ikmCommand(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

const all = (v: number | '') => Array(9).fill(v).join(',');

describe('patuh ikm', () => {
  it('computes NRR, IKM and grade per unit (hand-computed, Permenpan RB 14/2017)', async () => {
    const file = csv([
      HEADER,
      `Dinkes,${all(4)}`,
      `Dinkes,${all(3)}`,
      // Puskesmas: U4 skipped by the first respondent; a blank row is no respondent
      'Puskesmas,4,4,4,,4,4,4,4,4',
      `Puskesmas,${all(2)}`,
      `Puskesmas,${all('')}`,
      // Disdukcapil: 3 × all 3 and 2 × all 2 → NRR 2.6 → IKM 65.00 exactly, the lower edge of C
      ...[3, 3, 3, 2, 2].map((v) => `Disdukcapil,${all(v)}`),
    ]);
    const { code, out, err } = await run([file, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const nrr = (v: number, u4 = v) => ({ u1: v, u2: v, u3: v, u4, u5: v, u6: v, u7: v, u8: v, u9: v });
    expect(JSON.parse(out)).toEqual([
      // NRR 3.5 each → 3.5 × 25 = 87.50 (B)
      { unit: 'Dinkes', respondents: 2, nrr: nrr(3.5), ikm: 87.5, grade: 'B' },
      // U4 = 2 / 1 answer = 2; others (4 + 2) / 2 = 3 → 25 × (8 × 3 + 2) / 9 = 72.22 (C)
      { unit: 'Puskesmas', respondents: 2, nrr: nrr(3, 2), ikm: 72.22, grade: 'C' },
      { unit: 'Disdukcapil', respondents: 5, nrr: nrr(2.6), ikm: 65, grade: 'C' },
    ]);
  });

  it('an answer outside 1–4 is an error naming the line, exit code 2', async () => {
    const file = csv([HEADER, `Dinkes,${all(4)}`, 'Dinkes,4,5,4,4,4,4,4,4,4', 'Dinkes,0,4,4,4,4,4,4,4,x']);
    const { code, out, err } = await run([file, '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'baris 3: jawaban U2 "5" di luar 1–4',
      'baris 4: jawaban U1 "0" di luar 1–4',
      'baris 4: jawaban U9 "x" di luar 1–4',
    ]);
  });

  it('refuses a wrong header and a missing file argument', async () => {
    const wrong = await run([csv(['unit,u1,u2', 'A,1,2'])]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('baris 1: kepala kolom harus "unit,u1,u2,u3,u4,u5,u6,u7,u8,u9"');
    expect((await run([])).code).toBe(2);
    expect((await run([join(dir, 'tidak-ada.csv')])).code).toBe(1);
  });

  it('is wired into `npx patuh ikm`', async () => {
    const io = collect();
    const code = await runCli(['ikm', csv([HEADER, `A,${all(4)}`]), '--json'], io);
    expect(code).toBe(0);
    expect(JSON.parse(io.out.join(''))).toEqual([
      {
        unit: 'A',
        respondents: 1,
        nrr: { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 },
        ikm: 100,
        grade: 'A',
      },
    ]);
  });
});
