import { parseArgs } from 'node:util';
import {
  effectiveWeights,
  type Framework,
  type FrameworkNode,
} from '../../../shared/frameworks/framework.schema.js';
import { getFramework, listFrameworks } from '../../frameworks/framework-catalog.js';
import type { CliIO } from '../io.js';

const USAGE = `Penggunaan:
  patuh frameworks list
  patuh frameworks show <id> [--json [--summary]]

  --json              the whole framework file (levels, scales with rubrics, evidence, aggregation)
  --json --summary    a compact tree: Indonesian names, effective weights, leaf scale bounds`;

export interface FrameworkSummaryNode {
  code: string;
  name: string;
  weight: number;
  children?: FrameworkSummaryNode[];
  scale?: { min: number; max: number };
}

/** The `frameworks show --json --summary` shape: Indonesian names, effective weights, leaves carry their scale. */
export interface FrameworkSummary {
  id: string;
  version: string;
  name: string;
  bands: Array<{ code: string; label: string; min: number; max: number; zone: string }>;
  nodes: FrameworkSummaryNode[];
}

export function summariseFramework(fw: Framework): FrameworkSummary {
  const nodes = (siblings: FrameworkNode[]): FrameworkSummaryNode[] => {
    const weights = effectiveWeights(siblings);
    return siblings.map((node, i) => ({
      code: node.code,
      name: node.name.id,
      weight: weights[i] ?? 0,
      ...(node.children
        ? { children: nodes(node.children) }
        : { scale: { min: node.scale?.min ?? 0, max: node.scale?.max ?? 0 } }),
    }));
  };
  return {
    id: fw.id,
    version: fw.version,
    name: fw.name.id,
    bands: fw.bands.map((b) => ({ code: b.code, label: b.label.id, min: b.min, max: b.max, zone: b.zone })),
    nodes: nodes(fw.nodes),
  };
}

/** Left-aligned text table; shared by the CLI commands. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const formatWeight = (w: number): string => String(Number(w.toFixed(2)));

function describeTree(summary: FrameworkSummary): string {
  const lines: string[] = [`${summary.id} (${summary.version}) — ${summary.name}`, '', 'Kategori:'];
  for (const b of summary.bands)
    lines.push(
      `  ${b.code.padEnd(3)} ${`${b.min.toFixed(2)}–${b.max.toFixed(2)}`.padEnd(13)} ${b.zone.padEnd(6)} ${b.label}`,
    );
  lines.push('', 'Struktur (bobot %):');
  const walk = (nodes: FrameworkSummaryNode[], depth: number): void => {
    for (const n of nodes) {
      const scale = n.scale ? `  [skala ${n.scale.min}–${n.scale.max}]` : '';
      lines.push(`${'  '.repeat(depth + 1)}${n.code}  ${formatWeight(n.weight)}  ${n.name}${scale}`);
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(summary.nodes, 0);
  return lines.join('\n');
}

/**
 * `patuh frameworks list | show <id> [--json [--summary]]`. `argv` holds the arguments after "frameworks".
 * Returns the exit code: 0, 1 for an unknown id or a broken built-in file, 2 for usage errors.
 */
export async function frameworksCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        summary: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [sub, id, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (sub === 'list' && id === undefined) {
      const rows = listFrameworks().map((fw) => [fw.id, fw.version, fw.name.id]);
      if (parsed.values.json) {
        io.stdout(
          JSON.stringify(
            listFrameworks().map((fw) => ({ id: fw.id, version: fw.version, name: fw.name.id })),
            null,
            2,
          ),
        );
      } else {
        io.stdout(formatTable(['id', 'versi', 'nama'], rows));
      }
      return 0;
    }
    if (sub === 'show' && id !== undefined && extra.length === 0) {
      const fw = getFramework(id);
      if (!fw) {
        io.stderr(`kerangka penilaian "${id}" tidak ditemukan; lihat daftar dengan: patuh frameworks list`);
        return 1;
      }
      // --json carries the whole file (as validated, defaults filled in), so nothing a script
      // needs — an indicator's level, its rubrics — is lost; --summary keeps the compact tree.
      if (parsed.values.json)
        io.stdout(JSON.stringify(parsed.values.summary ? summariseFramework(fw) : fw, null, 2));
      else io.stdout(describeTree(summariseFramework(fw)));
      return 0;
    }
  } catch (err) {
    io.stderr((err as Error).message);
    return 1;
  }
  io.stderr(USAGE);
  return 2;
}
