import { FrameworkSchema, type Framework, type Scale } from '../frameworks/framework.schema.js';

/** Rubric levels for a test scale: one placeholder text per value. */
export function testScale(type: Scale['type'], min: number, max: number): Scale {
  const levels = [];
  for (let v = min; v <= max; v++) levels.push({ value: v, rubric: { id: `nilai ${v}`, en: `value ${v}` } });
  return { type, min, max, levels };
}

const name = (code: string) => ({ id: code, en: code });

/**
 * A small framework for hand-computed tests:
 *   A (60): A.1 (50, 0–3, per product), A.2 (50, yes/no, per unit)
 *   B (40): B.1 (0–5), B.2 (1–4), B.3 (0–3), all per entity, weights omitted (equal)
 * Bands are the 2022–2024 ones (REFERENCE §1.3).
 */
export function testFramework(overrides: Partial<Framework['aggregation']> = {}): Framework {
  return FrameworkSchema.parse({
    id: 'test',
    version: '1',
    name: name('Uji'),
    issuer: 'test',
    legalBasis: 'test',
    scoreRange: { min: 0, max: 100 },
    aggregation: overrides,
    bands: [
      { code: 'A', label: name('A'), min: 88, max: 100, zone: 'hijau', color: '#2f9e44' },
      { code: 'B', label: name('B'), min: 78, max: 87.99, zone: 'hijau', color: '#74b816' },
      { code: 'C', label: name('C'), min: 54, max: 77.99, zone: 'kuning', color: '#f59f00' },
      { code: 'D', label: name('D'), min: 32, max: 53.99, zone: 'merah', color: '#f76707' },
      { code: 'E', label: name('E'), min: 0, max: 31.99, zone: 'merah', color: '#e03131' },
    ],
    views: [
      {
        id: 'v',
        name: name('v'),
        groups: [
          { code: 'a', label: name('a'), nodes: ['A'] },
          { code: 'all', label: name('all'), nodes: ['A', 'B'] },
        ],
      },
    ],
    nodes: [
      {
        code: 'A',
        name: name('A'),
        weight: 60,
        children: [
          {
            code: 'A.1',
            name: name('A.1'),
            weight: 50,
            scale: testScale('0-3', 0, 3),
            appliesTo: { level: 'product' },
          },
          {
            code: 'A.2',
            name: name('A.2'),
            weight: 50,
            scale: testScale('yes-no', 0, 1),
            appliesTo: { level: 'unit' },
          },
        ],
      },
      {
        code: 'B',
        name: name('B'),
        weight: 40,
        children: [
          { code: 'B.1', name: name('B.1'), scale: testScale('0-5', 0, 5), appliesTo: { level: 'entity' } },
          { code: 'B.2', name: name('B.2'), scale: testScale('1-4', 1, 4), appliesTo: { level: 'entity' } },
          { code: 'B.3', name: name('B.3'), scale: testScale('0-3', 0, 3), appliesTo: { level: 'entity' } },
        ],
      },
    ],
  });
}
