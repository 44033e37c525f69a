import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../io.js';
import { scoreCommand } from './score.command.js';

function collect(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

const dir = mkdtempSync(join(tmpdir(), 'patuh-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function csv(lines: string[]): string {
  const file = join(dir, `answers-${n++}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEADER = 'entity,unit,product,indicator,value';
/** Kota X: two products of one unit on PROSES.1, one Input and one Output answer; Kab Y: everything NA but PROSES.2. */
const SMALL = [
  HEADER,
  'Kota X,Dinkes,KTP,PROSES.1,3',
  'Kota X,Dinkes,SKTM,PROSES.1,0',
  'Kota X,Dinkes,,INPUT.KOMP.1,3',
  'Kota X,,,OUTPUT.1,3',
  'Kab Y,Disdukcapil,KK,PROSES.2,2',
];

async function run(argv: string[]) {
  const io = collect();
  const code = await scoreCommand(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('patuh score', () => {
  it('scores a small CSV, closed cycle (hand-computed, REFERENCE §10)', async () => {
    const { code, out, err } = await run(['--framework', 'ombudsman-2022-2024', csv(SMALL), '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    // Kota X, missing answers count 0 (rule 2):
    //   PROSES.1 = mean(KTP 100, SKTM 0) = 50 → PROSES = 50/11 = 4.545…
    //   INPUT.KOMP.1 = 100 → KOMP = 100/6; INPUT = 0.4 × 16.67 = 6.667
    //   OUTPUT.1 = 100 → OUTPUT = 20; PENGADUAN = 0
    //   total = (21.85 × 6.667 + 32.37 × 4.545 + 24.24 × 20) / 100 = 7.776 → 7.78, E, merah
    // Kab Y: PROSES.2 = 2/3 → PROSES = 66.67/11 = 6.06; total = 0.3237 × 6.0606 = 1.96
    expect(JSON.parse(out)).toEqual([
      {
        entity: 'Kota X',
        score: 7.78,
        band: 'E',
        zone: 'merah',
        dimensions: { INPUT: 6.67, PROSES: 4.55, OUTPUT: 20, PENGADUAN: 0 },
      },
      {
        entity: 'Kab Y',
        score: 1.96,
        band: 'E',
        zone: 'merah',
        dimensions: { INPUT: 0, PROSES: 6.06, OUTPUT: 0, PENGADUAN: 0 },
      },
    ]);
  });

  it('--open leaves unanswered indicators out (REFERENCE §10 rule 2)', async () => {
    const { code, out } = await run(['--framework', 'ombudsman-2022-2024', csv(SMALL), '--json', '--open']);
    expect(code).toBe(0);
    // Kota X: PROSES = 50, INPUT = 100, OUTPUT = 100, PENGADUAN not answered.
    //   total = (21.85 × 100 + 32.37 × 50 + 24.24 × 100) / 78.46 = 79.3717… → 79.37, B, hijau
    expect(JSON.parse(out)[0]).toEqual({
      entity: 'Kota X',
      score: 79.37,
      band: 'B',
      zone: 'hijau',
      dimensions: { INPUT: 100, PROSES: 50, OUTPUT: 100, PENGADUAN: null },
    });
  });

  it('NA is left out and its weight shared (REFERENCE §10 rule 2)', async () => {
    const file = csv([HEADER, 'Kota Z,,,OUTPUT.1,NA', 'Kota Z,,,OUTPUT.2,3', 'Kota Z,,,OUTPUT.3,na']);
    const { out } = await run(['--framework', 'ombudsman-2022-2024', file, '--json', '--open']);
    expect(JSON.parse(out)[0]).toMatchObject({ score: 100, band: 'A', dimensions: { OUTPUT: 100 } });
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await run(['--framework', 'ombudsman-2022-2024', csv(SMALL)]);
    expect(code).toBe(0);
    expect(out).toMatch(/entitas\s+nilai\s+kategori\s+zona\s+INPUT\s+PROSES\s+OUTPUT\s+PENGADUAN/);
    expect(out).toMatch(/Kota X\s+7\.78\s+E\s+merah\s+6\.67\s+4\.55\s+20\.00\s+0\.00/);
  });

  it('reports every error with its line number in Indonesian, exit code 1', async () => {
    const file = csv([
      HEADER,
      'Kota X,Dinkes,KTP,PROSES.1,3',
      'Kota X,Dinkes,KTP,PROSES.1,7',
      'Kota X,Dinkes,KTP,PROSES.2,tiga',
      'Kota X,,,NOPE.1,1',
      'Kota X,Dinkes,KTP,OUTPUT.1,2',
      'Kota X,,,PROSES.3,2',
      'Kota X,Dinkes,KTP,INPUT,2',
      'Kota X,Dinkes,KTP,PROSES.1,2',
      'Kota X,Dinkes,KTP',
      ',,,OUTPUT.2,1',
    ]);
    const { code, out, err } = await run(['--framework', 'ombudsman-2022-2024', file, '--json']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'baris 3: nilai 7 di luar skala 0–3 untuk indikator PROSES.1',
      'baris 3: jawaban ganda untuk indikator PROSES.1 (Kota X / Dinkes / KTP); sudah ada di baris 2',
      'baris 4: nilai "tiga" bukan angka atau NA untuk indikator PROSES.2',
      'baris 5: kode indikator "NOPE.1" tidak dikenal dalam kerangka ombudsman-2022-2024',
      'baris 6: indikator OUTPUT.1 dinilai per entitas; kolom unit dan product harus kosong',
      'baris 7: indikator PROSES.3 dinilai per produk layanan; kolom unit dan product wajib diisi',
      'baris 8: "INPUT" adalah dimensi/variabel, bukan indikator; isi nilai per indikator di bawahnya',
      'baris 9: jawaban ganda untuk indikator PROSES.1 (Kota X / Dinkes / KTP); sudah ada di baris 2',
      'baris 10: harus 5 kolom, ditemukan 3',
      'baris 11: kolom entity kosong',
    ]);
  });

  it('checks yes/no values on the 2016–2021 framework', async () => {
    const file = csv([HEADER, 'Kab A,Dinkes,KTP,PROSES.1,0.5', 'Kab A,Dinkes,KTP,PROSES.2,2']);
    const { code, err } = await run(['--framework', 'ombudsman-2016-2021', file]);
    expect(code).toBe(1);
    expect(err).toBe(
      'baris 2: nilai 0.5 tidak sah untuk skala ya/tidak (0 atau 1) indikator PROSES.1\n' +
        'baris 3: nilai 2 di luar skala 0–1 untuk indikator PROSES.2',
    );
  });

  it('counts lines of a quoted multi-line cell and skips blank lines', async () => {
    const file = csv([HEADER, '', '"Kota\nBaru",,,OUTPUT.1,9']);
    const { err } = await run(['--framework', 'ombudsman-2022-2024', file]);
    expect(err).toBe('baris 3: nilai 9 di luar skala 0–3 untuk indikator OUTPUT.1');
  });

  it('rejects a wrong header at line 1', async () => {
    const { code, err } = await run([
      '--framework',
      'ombudsman-2022-2024',
      csv(['entity,indicator,value', 'A,OUTPUT.1,1']),
    ]);
    expect(code).toBe(1);
    expect(err).toBe(
      'baris 1: kepala kolom harus "entity,unit,product,indicator,value", ditemukan "entity,indicator,value"',
    );
  });

  it('an unknown framework or unreadable file exits 1', async () => {
    expect((await run(['--framework', 'nope', csv(SMALL)])).code).toBe(1);
    const missing = await run(['--framework', 'ombudsman-2022-2024', join(dir, 'absent.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('tidak dapat dibaca');
  });

  it.each([
    [[]],
    [['answers.csv']],
    [['--framework', 'ombudsman-2022-2024']],
    [['--framework', 'x', 'a.csv', '--bogus']],
  ])('usage error %j → exit 2', async (argv) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain('Penggunaan');
  });
});
