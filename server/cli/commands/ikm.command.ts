import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { roundHalfUp } from '../../../shared/scoring/rounding.js';
import { computeIkm, type SkmAnswers } from '../../../shared/surveys/ikm.js';
import type { CliIO } from '../io.js';

const USAGE = `Penggunaan:
  patuh ikm <jawaban.csv> [--json]

  jawaban.csv berkepala kolom: unit,u1,u2,u3,u4,u5,u6,u7,u8,u9
  satu baris per responden; jawaban 1–4, kosong = tidak dijawab
  IKM menurut Permenpan RB 14/2017: NRR per unsur = jumlah jawaban / yang menjawab;
  IKM = rata-rata NRR × 25 (bobot 1/9), dibulatkan setengah ke atas 2 desimal; mutu A–D`;

export const IKM_ELEMENTS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;

/** One unit of the `ikm --json` output (issue 16 §7). */
export interface IkmRow {
  unit: string;
  respondents: number;
  nrr: Record<string, number | null>;
  ikm: number | null;
  grade: string | null;
}

/**
 * Reads the responses CSV: per unit (in file order) the respondents who answered at least one
 * element. Every problem is "baris N: …" with the line as an editor shows it.
 */
export function readIkmCsv(text: string): { units: Map<string, SkmAnswers[]>; errors: string[] } {
  const units = new Map<string, SkmAnswers[]>();
  const errors: string[] = [];
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as typeof records;
  } catch (err) {
    const lines = (err as { lines?: number }).lines;
    return { units, errors: [`baris ${lines ?? '?'}: CSV tidak dapat dibaca (${(err as Error).message})`] };
  }
  const [head, ...body] = records;
  const expected = ['unit', ...IKM_ELEMENTS].join(',');
  if (!head || head.record.map((c) => c.toLowerCase()).join(',') !== expected) {
    const found = head ? head.record.join(',') : '(berkas kosong)';
    return { units, errors: [`baris 1: kepala kolom harus "${expected}", ditemukan "${found}"`] };
  }
  for (const { record, info } of body) {
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const fail = (message: string): void => void errors.push(`baris ${line}: ${message}`);
    if (record.length !== IKM_ELEMENTS.length + 1) {
      fail(`harus ${IKM_ELEMENTS.length + 1} kolom, ditemukan ${record.length}`);
      continue;
    }
    const [unit, ...cells] = record as [string, ...string[]];
    const before = errors.length;
    if (!unit) fail('kolom unit kosong');
    const answers: Record<string, number | null> = {};
    IKM_ELEMENTS.forEach((el, i) => {
      const raw = cells[i]!;
      if (raw === '') answers[el] = null;
      else if (/^[1-4]$/.test(raw)) answers[el] = Number(raw);
      else fail(`jawaban ${el.toUpperCase()} "${raw}" di luar 1–4`);
    });
    if (errors.length > before) continue;
    if (!units.has(unit)) units.set(unit, []);
    // A respondent counts when they answered at least one element.
    if (IKM_ELEMENTS.some((el) => answers[el] !== null)) units.get(unit)!.push(answers);
  }
  return { units, errors };
}

const round = (x: number | null): number | null => (x === null ? null : roundHalfUp(x, 2));

export function ikmRows(units: Map<string, SkmAnswers[]>): IkmRow[] {
  return [...units].map(([unit, responses]) => {
    const r = computeIkm(IKM_ELEMENTS, responses);
    return {
      unit,
      respondents: responses.length,
      nrr: Object.fromEntries(r.nrrs.map((n) => [n.element, round(n.nrr)])),
      ikm: r.ikmRounded,
      grade: r.grade,
    };
  });
}

/**
 * `patuh ikm <responses.csv> [--json]`: the IKM of every unit in the file. Exit code 0; 2 for a
 * usage error or a bad row (an answer outside 1–4, every error with its line on stderr); 1 when
 * the file cannot be read.
 */
export async function ikmCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    io.stderr(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    io.stderr(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    io.stderr(
      `berkas ${file} tidak dapat dibaca: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
    return 1;
  }
  const { units, errors } = readIkmCsv(text);
  if (errors.length > 0) {
    io.stderr(errors.join('\n'));
    return 2;
  }
  const rows = ikmRows(units);
  if (parsed.values.json) {
    io.stdout(JSON.stringify(rows, null, 2));
    return 0;
  }
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(2).replace('.', ','));
  io.stdout(
    rows
      .map((r) => `${r.unit}\tresponden ${r.respondents}\tIKM ${fmt(r.ikm)}\tmutu ${r.grade ?? '—'}`)
      .join('\n'),
  );
  return 0;
}
