import { describe, expect, it } from 'vitest';
import { testFramework, testScale } from '../scoring/test-framework.fixture.js';
import type { Framework } from './framework.schema.js';
import { indicatorDefinitions } from './indicator-definitions.js';

const name = (code: string) => ({ id: code, en: code });

describe('indicatorDefinitions', () => {
  it('lists every indicator by code, in document order, with its path, level, scale and evidence', () => {
    const fw = testFramework();
    fw.nodes[0]!.children![0]!.evidence = { id: 'Foto loket', en: 'Photo of the counter' };
    const defs = indicatorDefinitions(fw);
    expect([...defs.keys()]).toEqual(['A.1', 'A.2', 'B.1', 'B.2', 'B.3']);
    expect(defs.get('A.1')).toEqual({
      code: 'A.1',
      name: name('A.1'),
      path: [{ code: 'A', name: name('A') }],
      level: 'product',
      scale: testScale('0-3', 0, 3),
      evidenceExpected: { id: 'Foto loket', en: 'Photo of the counter' },
      order: 0,
    });
    expect(defs.get('A.2')).toMatchObject({ level: 'unit', evidenceExpected: null, order: 1 });
    expect([...defs.values()].map((d) => d.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ['a level named in appliesTo', { level: 'unit' as const }, 'unit'],
    ['no appliesTo: once per government', undefined, 'entity'],
  ])('level: %s', (_label, appliesTo, level) => {
    const fw = testFramework();
    fw.nodes[1]!.children![0]!.appliesTo = appliesTo;
    expect(indicatorDefinitions(fw).get('B.1')!.level).toBe(level);
  });

  it('gives the whole path from the dimension down to the variable', () => {
    const fw: Pick<Framework, 'nodes'> = {
      nodes: [
        {
          code: 'D',
          name: name('D'),
          children: [
            {
              code: 'D.V',
              name: name('D.V'),
              children: [{ code: 'D.V.1', name: name('D.V.1'), scale: testScale('yes-no', 0, 1) }],
            },
          ],
        },
      ],
    };
    expect(indicatorDefinitions(fw).get('D.V.1')!.path).toEqual([
      { code: 'D', name: name('D') },
      { code: 'D.V', name: name('D.V') },
    ]);
  });

  it('leaves out a leaf without a scale (it cannot be answered)', () => {
    const fw = testFramework();
    delete fw.nodes[1]!.children![1]!.scale;
    const defs = indicatorDefinitions(fw);
    expect(defs.has('B.2')).toBe(false);
    expect(defs.get('B.3')!.order).toBe(3);
  });

  it('walks a framework object once', () => {
    const fw = testFramework();
    expect(indicatorDefinitions(fw)).toBe(indicatorDefinitions(fw));
    expect(indicatorDefinitions(structuredClone(fw))).not.toBe(indicatorDefinitions(fw));
  });
});
