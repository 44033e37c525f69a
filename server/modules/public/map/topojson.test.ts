/** The TopoJSON reader on a hand-made topology whose coordinates are worked out by hand below. */
import { describe, expect, it } from 'vitest';
import { decodeArcs, geometryPolygons, stitchRing, topologyFeatures, type Topology } from './topojson';

// Quantized, delta-encoded; lon = x·0.5 + 100, lat = y·0.25 − 5.
const TOPOLOGY: Topology = {
  type: 'Topology',
  transform: { scale: [0.5, 0.25], translate: [100, -5] },
  arcs: [
    // (0,0) (2,0) (2,4) → (100,−5) (101,−5) (101,−4)
    [
      [0, 0],
      [2, 0],
      [0, 4],
    ],
    // (2,4) (0,4) (0,0) → (101,−4) (100,−4) (100,−5)
    [
      [2, 4],
      [-2, 0],
      [0, -4],
    ],
    // (10,10) (11,10) (11,11) (10,10) → (105,−2.5) (105.5,−2.5) (105.5,−2.25) (105,−2.5)
    [
      [10, 10],
      [1, 0],
      [0, 1],
      [-1, -1],
    ],
  ],
  objects: {
    things: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1]], properties: { code: '11', name: 'Square' } },
        { type: 'Polygon', arcs: [[~1, ~0]], properties: { code: '12', name: 'Reversed' } },
        { type: 'MultiPolygon', arcs: [[[0, 1]], [[2]]], properties: { code: '13', name: 'Two' } },
        { type: 'Point', properties: { code: '14', name: 'Ignored' } },
      ],
    },
  },
};

const SQUARE = [
  [100, -5],
  [101, -5],
  [101, -4],
  [100, -4],
  [100, -5],
];
const SQUARE_REVERSED = [
  [100, -5],
  [100, -4],
  [101, -4],
  [101, -5],
  [100, -5],
];
const TRIANGLE = [
  [105, -2.5],
  [105.5, -2.5],
  [105.5, -2.25],
  [105, -2.5],
];

describe('TopoJSON reader', () => {
  it('undoes the delta encoding and the transform', () => {
    expect(decodeArcs(TOPOLOGY)).toEqual([
      [
        [100, -5],
        [101, -5],
        [101, -4],
      ],
      [
        [101, -4],
        [100, -4],
        [100, -5],
      ],
      TRIANGLE,
    ]);
  });

  it('reads absolute arcs as they are when there is no transform', () => {
    const plain: Topology = {
      type: 'Topology',
      arcs: [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      objects: {},
    };
    expect(decodeArcs(plain)).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
  });

  it.each([
    ['arcs in order, the shared point once', [0, 1], SQUARE],
    ['~i is arc i reversed', [~1, ~0], SQUARE_REVERSED],
    ['a single closed arc', [2], TRIANGLE],
  ])('stitches a ring: %s', (_label, indices, ring) => {
    expect(stitchRing(decodeArcs(TOPOLOGY), indices)).toEqual(ring);
  });

  it('refuses an arc that does not exist', () => {
    expect(() => stitchRing(decodeArcs(TOPOLOGY), [7])).toThrow(/arc 7/);
  });

  it('reads Polygon and MultiPolygon features with their code and name, other geometries empty', () => {
    expect(topologyFeatures(TOPOLOGY, 'things')).toEqual([
      { code: '11', name: 'Square', polygons: [[SQUARE]] },
      { code: '12', name: 'Reversed', polygons: [[SQUARE_REVERSED]] },
      { code: '13', name: 'Two', polygons: [[SQUARE], [TRIANGLE]] },
      { code: '14', name: 'Ignored', polygons: [] },
    ]);
    expect(geometryPolygons(decodeArcs(TOPOLOGY), { type: 'LineString', arcs: [0] })).toEqual([]);
  });

  it('says which object is missing', () => {
    expect(() => topologyFeatures(TOPOLOGY, 'nope')).toThrow(/nope/);
  });
});
