import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Framework } from '../../../shared/frameworks/framework.schema.js';
import { compileFramework } from '../../../shared/scoring/compile-framework.js';
import { isOnScale } from '../../../shared/scoring/normalise.js';
import { roundHalfUp } from '../../../shared/scoring/rounding.js';
import { scoreEntities, type Answer, type AnswerValue } from '../../../shared/scoring/score-entity.js';
import { getFramework } from '../../frameworks/framework-catalog.js';
import type { CliIO } from '../io.js';
import { formatTable } from './frameworks.command.js';

const USAGE = `Penggunaan:
  patuh score --framework <id> <jawaban.csv> [--json] [--open]

  jawaban.csv berkepala kolom: entity,unit,product,indicator,value
  value: angka pada skala indikator, NA (tidak berlaku), atau kosong (belum dijawab)
  --open   siklus masih terbuka: jawaban yang hilang tidak dihitung 0`;

export const ANSWER_CSV_HEADER = ['entity', 'unit', 'product', 'indicator', 'value'] as const;

/** One row of the `score --json` output (issue 3): rounded half-up to 2 decimals. */
export interface EntityScoreRow {
  entity: string;
  score: number | null;
  band: string | null;
  zone: string | null;
  dimensions: Record<string, number | null>;
}

type Row = Answer & { entity: string };

const LEVEL_NAME = { entity: 'entitas', unit: 'unit', product: 'produk layanan' } as const;

/**
 * Read an answers CSV against a framework. Returns the rows, or every problem as
 * "baris N: …" (Indonesian, 1-based line numbers as an editor shows them).
 */
export function readAnswersCsv(text: string, framework: Framework): { rows: Row[]; errors: string[] } {
  const fw = compileFramework(framework);
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
    return {
      rows: [],
      errors: [`baris ${lines ?? '?'}: CSV tidak dapat dibaca (${(err as Error).message})`],
    };
  }
  const [head, ...body] = records;
  const expected = ANSWER_CSV_HEADER.join(',');
  if (!head || head.record.map((c) => c.toLowerCase()).join(',') !== expected) {
    const found = head ? head.record.join(',') : '(berkas kosong)';
    return { rows: [], errors: [`baris 1: kepala kolom harus "${expected}", ditemukan "${found}"`] };
  }

  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    // info.lines is the line a record ends on; a quoted field may span several lines.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const fail = (message: string): void => void errors.push(`baris ${line}: ${message}`);
    if (record.length !== ANSWER_CSV_HEADER.length) {
      fail(`harus ${ANSWER_CSV_HEADER.length} kolom, ditemukan ${record.length}`);
      continue;
    }
    const [entity, unit, product, indicator, rawValue] = record as [string, string, string, string, string];
    const before = errors.length;
    if (!entity) fail('kolom entity kosong');
    const node = fw.byCode.get(indicator);
    if (!indicator) {
      fail('kolom indicator kosong');
      continue;
    }
    if (!node) {
      fail(`kode indikator "${indicator}" tidak dikenal dalam kerangka ${framework.id}`);
      continue;
    }
    if (!node.leaf) {
      fail(`"${indicator}" adalah dimensi/variabel, bukan indikator; isi nilai per indikator di bawahnya`);
      continue;
    }
    const { level, scale } = node.leaf;
    const levelName = LEVEL_NAME[level];
    if (level === 'entity' && (unit || product)) {
      fail(`indikator ${indicator} dinilai per ${levelName}; kolom unit dan product harus kosong`);
    } else if (level === 'unit' && (!unit || product)) {
      fail(
        `indikator ${indicator} dinilai per ${levelName}; kolom unit wajib diisi dan kolom product harus kosong`,
      );
    } else if (level === 'product' && (!unit || !product)) {
      fail(`indikator ${indicator} dinilai per ${levelName}; kolom unit dan product wajib diisi`);
    }

    let value: AnswerValue | null = null;
    if (rawValue.toUpperCase() === 'NA') {
      value = 'NA';
    } else if (rawValue !== '') {
      // A decimal comma ("2,5", quoted in the CSV) is accepted as Indonesian spreadsheets write it.
      const decimal = rawValue.replace(/^(-?\d+),(\d+)$/, '$1.$2');
      const n = /^-?(\d+(\.\d*)?|\.\d+)$/.test(decimal) ? Number(decimal) : Number.NaN;
      if (Number.isNaN(n)) {
        fail(`nilai "${rawValue}" bukan angka atau NA untuk indikator ${indicator}`);
      } else if (!isOnScale(n, scale)) {
        fail(
          scale.type === 'yes-no' && n >= scale.min && n <= scale.max
            ? `nilai ${rawValue} tidak sah untuk skala ya/tidak (0 atau 1) indikator ${indicator}`
            : `nilai ${rawValue} di luar skala ${scale.min}–${scale.max} untuk indikator ${indicator}`,
        );
      } else {
        value = n;
      }
    }

    const key = [entity, unit, product, indicator].join('\u0001');
    const first = seen.get(key);
    if (first !== undefined) {
      fail(
        `jawaban ganda untuk indikator ${indicator} (${[entity, unit, product].filter(Boolean).join(' / ')}); sudah ada di baris ${first}`,
      );
    } else {
      seen.set(key, line);
    }
    if (errors.length === before) {
      rows.push({ entity, indicator, value, ...(unit ? { unit } : {}), ...(product ? { product } : {}) });
    }
  }
  return { rows, errors };
}

const round = (x: number | null): number | null => (x === null ? null : roundHalfUp(x, 2));

/**
 * `patuh score --framework <id> <answers.csv> [--json] [--open]`: score every entity in the file
 * (in file order). The cycle is treated as closed — a missing answer counts 0 — unless --open
 * (REFERENCE §10 rule 2). Exit code 0; 1 for a bad file or unknown framework (every error with
 * its line on stderr); 2 for usage errors.
 */
export async function scoreCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        framework: { type: 'string', short: 'f' },
        json: { type: 'boolean' },
        open: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const frameworkId = parsed.values.framework;
  const [file, ...extra] = parsed.positionals;
  if (!frameworkId || !file || extra.length > 0) {
    io.stderr(USAGE);
    return 2;
  }

  let framework: Framework | undefined;
  try {
    framework = getFramework(frameworkId);
  } catch (err) {
    io.stderr((err as Error).message);
    return 1;
  }
  if (!framework) {
    io.stderr(
      `kerangka penilaian "${frameworkId}" tidak ditemukan; lihat daftar dengan: patuh frameworks list`,
    );
    return 1;
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
  const { rows, errors } = readAnswersCsv(text, framework);
  if (errors.length > 0) {
    io.stderr(errors.join('\n'));
    return 1;
  }

  const results = scoreEntities(framework, rows, { cycle: parsed.values.open ? 'open' : 'closed' });
  const out: EntityScoreRow[] = results.map((r) => ({
    entity: r.entity,
    score: round(r.score),
    band: r.band?.code ?? null,
    zone: r.zone,
    dimensions: Object.fromEntries(Object.entries(r.dimensions).map(([code, v]) => [code, round(v)])),
  }));

  if (parsed.values.json) {
    io.stdout(JSON.stringify(out, null, 2));
    return 0;
  }
  const dims = framework.nodes.map((n) => n.code);
  const show = (x: number | null): string => (x === null ? '–' : x.toFixed(2));
  const header = [
    'entitas',
    'nilai',
    'kategori',
    'zona',
    ...dims,
    ...(parsed.values.open ? ['belum dijawab'] : []),
  ];
  const table = out.map((r, i) => [
    r.entity,
    show(r.score),
    r.band ?? '–',
    r.zone ?? '–',
    ...dims.map((d) => show(r.dimensions[d] ?? null)),
    ...(parsed.values.open ? [String(results[i]!.missing)] : []),
  ]);
  io.stdout(`${framework.name.id} (${framework.id} ${framework.version})\n${formatTable(header, table)}`);
  return 0;
}
