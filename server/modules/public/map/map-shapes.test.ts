/** Projection, thinning and path text of the map, and the real boundary files against the registry. */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAreaData } from '../../regions/regions.service';
import { FRAME, MAP_HEIGHT, MAP_WIDTH, mapShapes, project, ringsToPath, thinArc } from './map-shapes';

describe('projection', () => {
  it.each([
    ['north-west corner', [FRAME.west, FRAME.north], [0, 0]],
    ['south-east corner', [FRAME.east, FRAME.south], [MAP_WIDTH * 10, MAP_HEIGHT * 10]],
  ] as const)('%s', (_label, lonLat, tenths) => {
    const [x, y] = project([lonLat[0], lonLat[1]]);
    expect(x).toBe(tenths[0]);
    // The height is rounded up to a whole unit, so the bottom edge is within one unit of it.
    expect(Math.abs(y - tenths[1])).toBeLessThanOrEqual(10);
  });

  it('keeps the aspect of the archipelago (about 1000 × 374)', () => {
    expect(MAP_WIDTH).toBe(1000);
    expect(MAP_HEIGHT).toBeGreaterThan(360);
    expect(MAP_HEIGHT).toBeLessThan(390);
  });
});

describe('thinning an arc (tenths of a unit; 0.6 units = 6)', () => {
  it.each([
    [
      'keeps points 0.6 apart',
      [
        [0, 0],
        [6, 0],
        [12, 0],
      ],
      [
        [0, 0],
        [6, 0],
        [12, 0],
      ],
    ],
    [
      'drops a point closer than 0.6 to the last kept one',
      [
        [0, 0],
        [3, 0],
        [10, 0],
        [20, 0],
      ],
      [
        [0, 0],
        [10, 0],
        [20, 0],
      ],
    ],
    [
      'always keeps the end, dropping the kept point before it when too close',
      [
        [0, 0],
        [10, 0],
        [13, 0],
      ],
      [
        [0, 0],
        [13, 0],
      ],
    ],
    [
      'a two-point arc stays whole however short',
      [
        [0, 0],
        [1, 0],
      ],
      [
        [0, 0],
        [1, 0],
      ],
    ],
    [
      'a closed ring keeps its closure',
      [
        [0, 0],
        [20, 0],
        [20, 20],
        [0, 0],
      ],
      [
        [0, 0],
        [20, 0],
        [20, 20],
        [0, 0],
      ],
    ],
  ] as [string, [number, number][], [number, number][]][])('%s', (_label, input, output) => {
    expect(thinArc(input)).toEqual(output);
  });
});

describe('path text', () => {
  it.each([
    [
      'a triangle, relative and in shortest numbers',
      [
        [
          [0, 0],
          [12, 0],
          [12, -5],
          [0, 0],
        ],
      ],
      'm0 0l1.2 0 0-.5z',
    ],
    [
      'a second ring moves from the first start',
      [
        [
          [10, 10],
          [30, 10],
          [30, 30],
          [10, 10],
        ],
        [
          [50, 10],
          [60, 10],
          [60, 20],
          [50, 10],
        ],
      ],
      'm1 1l2 0 0 2zm4 0l1 0 0 1z',
    ],
    [
      'a ring thinner than a triangle is left out',
      [
        [
          [0, 0],
          [5, 0],
          [0, 0],
        ],
      ],
      '',
    ],
  ] as [string, [number, number][][], string][])('%s', (_label, rings, d) => {
    expect(ringsToPath(rings)).toBe(d);
  });
});

describe('the boundary files', () => {
  const areas = readAreaData();
  const cases = [
    ['provinsi', areas.filter((a) => a.level === 'province'), 38],
    ['kabkota', areas.filter((a) => a.level === 'regency'), 514],
  ] as const;

  it.each(cases)('layer %s has a drawable shape for every registry code', (layer, registry, count) => {
    const shapes = mapShapes(layer);
    expect(registry).toHaveLength(count);
    expect(shapes.regions).toHaveLength(count);
    const byCode = new Map(shapes.regions.map((r) => [r.code, r]));
    const missing = registry.filter((a) => !/^m[-\d.]+ ?[-\d.]+l[-\d. ]+z/.test(byCode.get(a.code)?.d ?? ''));
    expect(missing.map((a) => a.code)).toEqual([]);
  });

  it('memoises each layer and keeps the kabupaten/kota map light', () => {
    expect(mapShapes('kabkota')).toBe(mapShapes('kabkota'));
    const shapes = mapShapes('kabkota');
    const body = shapes.regions.map((r) => r.d).join('') + (shapes.provinceBorders ?? '');
    expect(zlib.gzipSync(body).length).toBeLessThan(120 * 1024);
    expect(shapes.provinceBorders).toMatch(/^m/);
    expect(mapShapes('provinsi').provinceBorders).toBeNull();
  });
});
