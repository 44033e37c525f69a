import { describe, expect, it } from 'vitest';
import { testFramework, testScale } from '../scoring/test-framework.fixture.js';
import { effectiveWeights, parseFramework, validateFramework, type Framework } from './framework.schema.js';

/** A valid framework as plain JSON, to break one field at a time. */
const base = (): Framework => structuredClone(testFramework());

describe('validateFramework', () => {
  it('accepts the valid fixture', () => {
    expect(validateFramework(base())).toEqual([]);
  });

  it('reports sibling weights not summing to 100 at the parent node', () => {
    const fw = base();
    fw.nodes[0]!.children![0]!.weight = 40; // A.1 40 + A.2 50 = 90
    expect(validateFramework(fw)).toEqual([
      { path: 'nodes[0].children', node: 'A', message: 'jumlah bobot anak 90, seharusnya 100' },
    ]);
  });

  it('reports top-level weights not summing to 100 at the root', () => {
    const fw = base();
    fw.nodes[1]!.weight = 41;
    expect(validateFramework(fw)).toEqual([
      { path: 'nodes', message: 'jumlah bobot anak 101, seharusnya 100' },
    ]);
  });

  it('tolerates rounding within 0.01 (21.85 + 32.37 + 24.24 + 21.54 style)', () => {
    const fw = base();
    fw.nodes[0]!.weight = 60.005;
    expect(validateFramework(fw)).toEqual([]);
  });

  it('rejects a mix of given and omitted weights', () => {
    const fw = base();
    delete fw.nodes[1]!.children![0]!.weight;
    fw.nodes[1]!.children![1]!.weight = 50;
    const problems = validateFramework(fw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ node: 'B', path: 'nodes[1].children' });
  });

  it('reports duplicate codes at the second occurrence', () => {
    const fw = base();
    fw.nodes[1]!.children![2]!.code = 'B.1';
    expect(validateFramework(fw)).toContainEqual({
      path: 'nodes[1].children[2]',
      node: 'B.1',
      message: 'kode ganda; sudah dipakai di nodes[1].children[0]',
    });
  });

  it('reports a scale with min >= max, and one that contradicts its type', () => {
    const fw = base();
    fw.nodes[1]!.children![0]!.scale = { ...testScale('0-5', 0, 5), min: 5, max: 5 };
    fw.nodes[1]!.children![1]!.scale = testScale('1-4', 0, 4);
    const problems = validateFramework(fw);
    expect(problems).toContainEqual({
      path: 'nodes[1].children[0].scale',
      node: 'B.1',
      message: 'skala min (5) harus lebih kecil dari max (5)',
    });
    expect(problems).toContainEqual({
      path: 'nodes[1].children[1].scale',
      node: 'B.2',
      message: 'skala 1-4 harus 1–4, tertulis 0–4',
    });
  });

  it('requires a rubric for every level of the scale', () => {
    const fw = base();
    fw.nodes[1]!.children![2]!.scale!.levels.pop();
    expect(validateFramework(fw)).toContainEqual({
      path: 'nodes[1].children[2].scale.levels',
      node: 'B.3',
      message: 'rubrik untuk nilai 3 belum ada',
    });
  });

  it('reports band gaps and overlaps on the 2-decimal grid', () => {
    const gap = base();
    gap.bands[1]!.min = 78.5; // B starts at 78.50 but C ends at 77.99
    expect(validateFramework(gap)).toEqual([
      { path: 'bands[1].min', message: 'celah antara pita C (maks 77.99) dan B (min 78.5)' },
    ]);
    const overlap = base();
    overlap.bands[1]!.max = 88; // B 78–88 and A 88–100 share 88.00
    expect(validateFramework(overlap)).toEqual([
      { path: 'bands[0].min', message: 'pita A tumpang tindih dengan B (88 ≤ 88)' },
    ]);
  });

  it('requires the bands to cover the score range', () => {
    const fw = base();
    fw.bands[0]!.max = 99;
    expect(validateFramework(fw)).toEqual([
      { path: 'bands[0].max', message: 'pita tertinggi A harus berakhir di 100' },
    ]);
  });

  it('names the node in schema errors as well', () => {
    const fw = base() as unknown as { nodes: Array<{ children: Array<{ name: unknown }> }> };
    fw.nodes[0]!.children[1]!.name = 'no translation';
    const problems = validateFramework(fw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'nodes[0].children[1].name', node: 'A.2' });
  });

  it('rejects view groups that name unknown nodes, and leaves without appliesTo', () => {
    const fw = base();
    fw.views![0]!.groups[0]!.nodes = ['NOPE'];
    delete fw.nodes[1]!.children![0]!.appliesTo;
    const problems = validateFramework(fw);
    expect(problems).toContainEqual({ path: 'views[0].groups[0].nodes[0]', message: 'node NOPE tidak ada' });
    expect(problems).toContainEqual({
      path: 'nodes[1].children[0].appliesTo',
      node: 'B.1',
      message: 'indikator wajib menyebut appliesTo.level',
    });
  });

  it('parseFramework throws listing every problem, and fills aggregation defaults (REFERENCE §10)', () => {
    const fw = base();
    fw.nodes[0]!.weight = 10;
    expect(() => parseFramework(fw)).toThrow(/nodes: jumlah bobot anak 50/);
    const minimal = base() as Partial<Framework>;
    delete minimal.aggregation;
    expect(parseFramework(minimal).aggregation).toEqual({
      products: 'mean',
      units: 'mean',
      missing: 'zero-when-closed',
      notApplicable: 'redistribute',
      useSelfValueWhenUnverified: false,
    });
  });

  it('effectiveWeights gives 100/n when weights are omitted', () => {
    const fw = base();
    expect(effectiveWeights(fw.nodes)).toEqual([60, 40]);
    expect(effectiveWeights(fw.nodes[1]!.children!)).toEqual([100 / 3, 100 / 3, 100 / 3]);
  });
});
