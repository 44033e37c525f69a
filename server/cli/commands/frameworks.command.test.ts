import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../shared/frameworks/framework.schema.js';
import { projectRoot } from '../../lib/paths';
import type { CliIO } from '../io.js';
import { frameworksCommand, type FrameworkSummaryNode } from './frameworks.command.js';

function collect(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

describe('patuh frameworks', () => {
  it('list prints a table of id, version and name', async () => {
    const io = collect();
    expect(await frameworksCommand(['list'], io)).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/^id\s+versi\s+nama/);
    expect(text).toMatch(
      /ombudsman-2022-2024\s+2023\.1\s+Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024/,
    );
    for (const id of ['ombudsman-2016-2021', 'pekppp-2022', 'spot-check-2024']) expect(text).toContain(id);
  });

  it('show --json carries the whole framework file: every indicator’s level and rubrics (issue 10)', async () => {
    const io = collect();
    expect(await frameworksCommand(['show', 'ombudsman-2022-2024', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out.join('')) as Framework;
    const file = JSON.parse(readFileSync(join(projectRoot(), 'frameworks/ombudsman-2022-2024.json'), 'utf8'));
    expect(json).toMatchObject(file);
    const proses1 = json.nodes[1]!.children![0]!;
    expect(proses1.appliesTo?.level).toBe('product');
    expect(proses1.scale!.levels.map((l) => l.value)).toEqual([0, 1, 2, 3]);
    expect(proses1.scale!.levels[3]!.rubric.id.length).toBeGreaterThan(10);
    const leafOf = (n: Framework['nodes'][number]): Framework['nodes'] =>
      n.children ? n.children.flatMap(leafOf) : [n];
    const leaves = json.nodes.flatMap(leafOf);
    expect(leaves.every((l) => l.scale?.levels.length)).toBe(true);
    expect(new Set(leaves.map((l) => l.appliesTo?.level ?? 'entity'))).toEqual(
      new Set(['entity', 'unit', 'product']),
    );
  });

  it('show --json --summary prints the compact shape', async () => {
    const io = collect();
    expect(await frameworksCommand(['show', 'ombudsman-2022-2024', '--json', '--summary'], io)).toBe(0);
    const json = JSON.parse(io.out.join(''));
    expect(Object.keys(json)).toEqual(['id', 'version', 'name', 'bands', 'nodes']);
    expect(json).toMatchObject({ id: 'ombudsman-2022-2024', version: '2023.1' });
    expect(json.bands[0]).toEqual({
      code: 'A',
      label: 'Opini Kualitas Tertinggi',
      min: 88,
      max: 100,
      zone: 'hijau',
    });
    expect(json.nodes.map((n: FrameworkSummaryNode) => [n.code, n.weight])).toEqual([
      ['INPUT', 21.85],
      ['PROSES', 32.37],
      ['OUTPUT', 24.24],
      ['PENGADUAN', 21.54],
    ]);
    const proses1 = json.nodes[1].children[0];
    expect(proses1).toEqual({
      code: 'PROSES.1',
      name: 'Ketersediaan Persyaratan',
      weight: 100 / 11,
      scale: { min: 0, max: 3 },
    });
    const branch = json.nodes[0];
    expect(Object.keys(branch)).toEqual(['code', 'name', 'weight', 'children']);
    // Effective weights sum to 100 at every level.
    const check = (nodes: FrameworkSummaryNode[]): void => {
      expect(nodes.reduce((s, n) => s + n.weight, 0)).toBeCloseTo(100, 6);
      nodes.forEach((n) => n.children && check(n.children));
    };
    check(json.nodes);
  });

  it('show without --json prints a readable tree', async () => {
    const io = collect();
    expect(await frameworksCommand(['show', 'pekppp-2022'], io)).toBe(0);
    expect(io.out.join('\n')).toMatch(/A-\s+4\.01–4\.50\s+hijau\s+Sangat Baik/);
    expect(io.out.join('\n')).toMatch(/KEBIJAKAN\.1\s+17\s+Standar Pelayanan\s+\[skala 0–5\]/);
  });

  it('an unknown id is an error with exit code 1', async () => {
    const io = collect();
    expect(await frameworksCommand(['show', 'ombudsman-1999', '--json'], io)).toBe(1);
    expect(io.err.join('')).toContain('kerangka penilaian "ombudsman-1999" tidak ditemukan');
    expect(io.out).toEqual([]);
  });

  it.each([[[]], [['show']], [['frobnicate']], [['list', '--bogus']]])(
    'usage error %j → exit 2',
    async (argv) => {
      const io = collect();
      expect(await frameworksCommand(argv, io)).toBe(2);
      expect(io.err.join('')).toContain('Penggunaan');
    },
  );
});
