import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  unconfirmedParts,
  validateFramework,
  type Framework,
} from '../../shared/frameworks/framework.schema.js';
import { findBand } from '../../shared/scoring/bands.js';
import { compileFramework } from '../../shared/scoring/compile-framework.js';
import { scoreEntity } from '../../shared/scoring/score-entity.js';
import {
  BUILT_IN_FRAMEWORKS_DIR,
  FrameworkFileError,
  getFramework,
  listFrameworks,
  loadFrameworkDirectory,
} from './framework-catalog.js';

const builtIn = (id: string): Framework => {
  const fw = getFramework(id);
  if (!fw) throw new Error(`missing built-in ${id}`);
  return fw;
};

describe('built-in frameworks', () => {
  it('lists the five built-in frameworks', () => {
    expect(listFrameworks().map((f) => f.id)).toEqual([
      'ombudsman-2016-2021',
      'ombudsman-2022-2024',
      'opini-ombudsman-2025',
      'pekppp-2022',
      'spot-check-2024',
    ]);
    expect(getFramework('nope')).toBeUndefined();
  });

  it.each([
    'ombudsman-2016-2021',
    'ombudsman-2022-2024',
    'opini-ombudsman-2025',
    'pekppp-2022',
    'spot-check-2024',
  ])('%s.json passes validateFramework', (id) => {
    const raw: unknown = JSON.parse(
      readFileSync(join(fileURLToPath(BUILT_IN_FRAMEWORKS_DIR), `${id}.json`), 'utf8'),
    );
    expect(validateFramework(raw)).toEqual([]);
  });

  it('2025 opinion (draft): four dimensions together 70 % and public trust 30 % (REFERENCE §1.4, anchors A1); the split, the indicators and the bands unconfirmed', () => {
    const fw = builtIn('opini-ombudsman-2025');
    expect(fw.draft).toBe(true);
    expect(fw.nodes.map((n) => [n.code, n.weight, n.unconfirmed ?? false])).toEqual([
      ['INPUT', 17.5, true],
      ['PROSES', 17.5, true],
      ['OUTPUT', 17.5, true],
      ['PENGADUAN', 17.5, true],
      ['KEPERCAYAAN', 30, false],
    ]);
    const four = fw.nodes.slice(0, 4).reduce((a, n) => a + n.weight!, 0);
    expect(four).toBe(70);
    const parts = unconfirmedParts(fw);
    expect(parts).toEqual(
      expect.arrayContaining(['INPUT', 'PENGADUAN.2', 'KEPERCAYAAN.1', 'band A', 'band E']),
    );
    expect(parts).not.toContain('KEPERCAYAAN');
    expect(fw.bands.map((b) => b.label.id)).toEqual([
      'Opini Kualitas Tertinggi',
      'Opini Kualitas Tinggi',
      'Opini Kualitas Sedang',
      'Opini Kualitas Rendah',
      'Opini Kualitas Terendah',
    ]);
    // The published 2025 figures fall in the bands their labels name (REFERENCE §1.4: Malut 65.98
    // "Kualitas Sedang …", 53.38 "Kualitas Rendah").
    expect(findBand(fw.bands, 65.98)?.label.id).toBe('Opini Kualitas Sedang');
    expect(findBand(fw.bands, 57.61)?.label.id).toBe('Opini Kualitas Sedang');
    expect(findBand(fw.bands, 53.38)?.label.id).toBe('Opini Kualitas Rendah');
  });

  it('2016–2021: the 11 standard items per product, item 6 in two parts (REFERENCE §1.2)', () => {
    const fw = compileFramework(builtIn('ombudsman-2016-2021'));
    expect(fw.nodes.filter((n) => n.parent === fw.roots[0])).toHaveLength(11);
    expect(fw.byCode.get('PROSES.6')!.children.map((c) => fw.nodes[c]!.code)).toEqual([
      'PROSES.6.A',
      'PROSES.6.B',
    ]);
    expect(fw.leaves.every((l) => l.leaf!.level === 'product' && l.leaf!.scale.type === 'yes-no')).toBe(true);
    expect(fw.leaves.every((l) => l.node.unconfirmed)).toBe(true);
  });

  it('2022–2024: dimension weights, 6 + 9 Input, 11 Proses, 5 Output, 6 Pengaduan, all 0–3 (REFERENCE §1.3)', () => {
    const fw = builtIn('ombudsman-2022-2024');
    expect(fw.nodes.map((n) => [n.code, n.weight])).toEqual([
      ['INPUT', 21.85],
      ['PROSES', 32.37],
      ['OUTPUT', 24.24],
      ['PENGADUAN', 21.54],
    ]);
    const compiled = compileFramework(fw);
    const count = (prefix: string) => compiled.leaves.filter((l) => l.code.startsWith(prefix)).length;
    expect([count('INPUT.KOMP.'), count('INPUT.SARPRAS.'), count('OUTPUT.'), count('PENGADUAN.')]).toEqual([
      6, 9, 5, 6,
    ]);
    expect(fw.nodes[1]!.children).toHaveLength(11);
    expect(compiled.leaves.every((l) => l.leaf!.scale.type === '0-3')).toBe(true);
    expect(['OUTPUT.4', 'OUTPUT.5'].every((c) => compiled.byCode.get(c)!.node.unconfirmed)).toBe(true);
    expect(fw.views![0]!.groups.map((g) => [g.code, g.nodes])).toEqual([
      ['patuh', ['PROSES']],
      ['bersih', ['OUTPUT']],
      ['baik', ['INPUT']],
      ['taat', ['PENGADUAN']],
    ]);
  });

  it('PEKPPP: six aspects 24/25/18/11/10/12 on the 0–5 IPP scale (REFERENCE §6)', () => {
    const fw = builtIn('pekppp-2022');
    expect(fw.nodes.map((n) => n.weight)).toEqual([24, 25, 18, 11, 10, 12]);
    expect(fw.scoreRange).toEqual({ min: 0, max: 5 });
    expect(compileFramework(fw).leaves.every((l) => l.leaf!.scale.type === '0-5')).toBe(true);
  });

  it('the spot check reuses 2022–2024 codes and bands (seed 004)', () => {
    const spot = compileFramework(builtIn('spot-check-2024'));
    const full = compileFramework(builtIn('ombudsman-2022-2024'));
    expect(spot.leaves.every((l) => full.byCode.has(l.code))).toBe(true);
    expect(builtIn('spot-check-2024').bands).toEqual(builtIn('ombudsman-2022-2024').bands);
  });
});

describe('band and zone edges of every built-in framework (REFERENCE §10 rule 4: closed bands on the rounded score)', () => {
  const table: Array<[string, number, string, string]> = [
    // 2016–2021, REFERENCE §1.2 (langgam.id 2021): merah 0–50.99, kuning 51.00–80.99, hijau 81.00–100
    ['ombudsman-2016-2021', 0, 'MERAH', 'merah'],
    ['ombudsman-2016-2021', 50.99, 'MERAH', 'merah'],
    ['ombudsman-2016-2021', 50.994999, 'MERAH', 'merah'],
    ['ombudsman-2016-2021', 50.995, 'KUNING', 'kuning'],
    ['ombudsman-2016-2021', 51, 'KUNING', 'kuning'],
    ['ombudsman-2016-2021', 80.99, 'KUNING', 'kuning'],
    ['ombudsman-2016-2021', 81, 'HIJAU', 'hijau'],
    ['ombudsman-2016-2021', 100, 'HIJAU', 'hijau'],
    // 2022–2024, REFERENCE §1.3: E 0–31.99, D 32–53.99, C 54–77.99, B 78–87.99, A 88–100
    ['ombudsman-2022-2024', 0, 'E', 'merah'],
    ['ombudsman-2022-2024', 31.99, 'E', 'merah'],
    ['ombudsman-2022-2024', 32, 'D', 'merah'],
    ['ombudsman-2022-2024', 53.99, 'D', 'merah'],
    ['ombudsman-2022-2024', 54, 'C', 'kuning'],
    ['ombudsman-2022-2024', 77.99, 'C', 'kuning'],
    ['ombudsman-2022-2024', 78, 'B', 'hijau'],
    ['ombudsman-2022-2024', 80.58, 'B', 'hijau'], // Sumsel 2023: 80.58 → B/Hijau
    ['ombudsman-2022-2024', 87.99, 'B', 'hijau'],
    ['ombudsman-2022-2024', 87.994999, 'B', 'hijau'],
    ['ombudsman-2022-2024', 87.995, 'A', 'hijau'],
    ['ombudsman-2022-2024', 88, 'A', 'hijau'],
    ['ombudsman-2022-2024', 100, 'A', 'hijau'],
    // spot check uses the 2022–2024 bands
    ['spot-check-2024', 31.99, 'E', 'merah'],
    ['spot-check-2024', 53.995, 'C', 'kuning'],
    ['spot-check-2024', 87.99, 'B', 'hijau'],
    ['spot-check-2024', 88, 'A', 'hijau'],
    // PEKPPP IPP categories on 0–5, REFERENCE §6 table; zones are Patuh's choice
    ['pekppp-2022', 0, 'F', 'merah'],
    ['pekppp-2022', 1, 'F', 'merah'],
    ['pekppp-2022', 1.01, 'E', 'merah'],
    ['pekppp-2022', 1.5, 'E', 'merah'],
    ['pekppp-2022', 1.51, 'D', 'merah'],
    ['pekppp-2022', 2, 'D', 'merah'],
    ['pekppp-2022', 2.01, 'C-', 'kuning'],
    ['pekppp-2022', 2.5, 'C-', 'kuning'],
    ['pekppp-2022', 2.51, 'C', 'kuning'],
    ['pekppp-2022', 3, 'C', 'kuning'],
    ['pekppp-2022', 3.01, 'B-', 'kuning'],
    ['pekppp-2022', 3.5, 'B-', 'kuning'],
    ['pekppp-2022', 3.51, 'B', 'hijau'],
    ['pekppp-2022', 4, 'B', 'hijau'],
    ['pekppp-2022', 4.01, 'A-', 'hijau'],
    ['pekppp-2022', 4.5, 'A-', 'hijau'],
    ['pekppp-2022', 4.504999, 'A-', 'hijau'],
    ['pekppp-2022', 4.505, 'A', 'hijau'],
    ['pekppp-2022', 4.51, 'A', 'hijau'],
    ['pekppp-2022', 5, 'A', 'hijau'],
  ];
  it.each(table)('%s: %d → %s (%s)', (id, score, code, zone) => {
    const band = findBand(builtIn(id).bands, score);
    expect(band?.code).toBe(code);
    expect(band?.zone).toBe(zone);
  });

  it.each(listFrameworks().map((fw) => [fw.id, fw] as const))(
    '%s: every adjacent pair meets at max / max + 0.01, and max + 0.005 rounds up',
    (_id, fw) => {
      const sorted = [...fw.bands].sort((x, y) => x.min - y.min);
      for (let i = 1; i < sorted.length; i++) {
        const lower = sorted[i - 1]!;
        const upper = sorted[i]!;
        expect(findBand(fw.bands, lower.max)).toBe(lower);
        expect(findBand(fw.bands, upper.min)).toBe(upper);
        expect(findBand(fw.bands, lower.max + 0.005)).toBe(upper);
        expect(findBand(fw.bands, lower.max + 0.004)).toBe(lower);
      }
    },
  );
});

describe('PEKPPP on the 0–5 scale', () => {
  // Decision documented in pekppp-2022.json: answers 0–5 are normalised to 0–100, rolled up, and the
  // total converted back to 0–5 (min + s/100 × (max − min)) before the category lookup.
  const fw = builtIn('pekppp-2022');
  const leaves = compileFramework(fw).leaves;
  const answer = (value: (code: string) => number) =>
    leaves.map((l) => ({ indicator: l.code, unit: 'UPP', value: value(l.code) }));

  it('all indicators 4 → IPP 4.00 → B', () => {
    const result = scoreEntity(
      fw,
      answer(() => 4),
    );
    expect(result.normalised).toBeCloseTo(80, 9);
    expect(result.rounded).toBe(4);
    expect(result.band?.code).toBe('B');
  });

  it('Standar Pelayanan 5, the rest 4 → 4.04 → A- (hand-computed)', () => {
    // KEBIJAKAN = (17 × 100 + 83 × 80) / 100 = 83.4; total = 0.24 × 83.4 + 0.76 × 80 = 80.816 → × 5/100 = 4.0408
    const result = scoreEntity(
      fw,
      answer((code) => (code === 'KEBIJAKAN.1' ? 5 : 4)),
    );
    expect(result.score).toBeCloseTo(4.0408, 9);
    expect(result.dimensions.KEBIJAKAN).toBeCloseTo(4.17, 9);
    expect(result.band?.code).toBe('A-');
  });
});

describe('loadFrameworkDirectory with broken files', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const writeDir = (files: Record<string, unknown>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'patuh-fw-'));
    made.push(dir);
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    }
    return dir;
  };
  const good = (): Record<string, unknown> =>
    JSON.parse(
      readFileSync(join(fileURLToPath(BUILT_IN_FRAMEWORKS_DIR), 'ombudsman-2022-2024.json'), 'utf8'),
    );

  it('names the file and the node whose children weights do not sum to 100', () => {
    const broken = good() as { nodes: Array<{ children: Array<{ weight: number }> }> };
    broken.nodes[0]!.children[0]!.weight = 45; // INPUT.KOMP 45 + INPUT.SARPRAS 60
    const dir = writeDir({ 'ombudsman-2022-2024.json': broken });
    expect(() => loadFrameworkDirectory(dir)).toThrow(FrameworkFileError);
    expect(() => loadFrameworkDirectory(dir)).toThrow(
      /ombudsman-2022-2024\.json[\s\S]*node INPUT \(nodes\[0\]\.children\): jumlah bobot anak 105, seharusnya 100/,
    );
  });

  it('names the file for unreadable JSON and for an id that does not match the file name', () => {
    expect(() => loadFrameworkDirectory(writeDir({ 'x.json': '{ nope' }))).toThrow(
      /x\.json[\s\S]*JSON tidak dapat dibaca/,
    );
    expect(() => loadFrameworkDirectory(writeDir({ 'other.json': good() }))).toThrow(
      /other\.json[\s\S]*id "ombudsman-2022-2024" harus sama dengan nama berkas/,
    );
  });
});
