import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeIkm, gradeOf } from './ikm';
import { InstrumentSchema } from './instrument.schema';
import { formulaSample, KREJCIE_MORGAN_TABLE, requiredSample } from './krejcie-morgan';

const NINE = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const all = (v: number | null) => Object.fromEntries(NINE.map((e) => [e, v]));

describe('sample size: the printed Krejcie–Morgan table (REFERENCE §5)', () => {
  it.each([
    // [population, sample, why]
    [5, 5, 'below the first row: survey everyone'],
    [10, 10, 'first row'],
    [50, 44, 'printed row (the formula gives 45)'],
    [51, 48, 'between rows: the next larger row, 55'],
    [500, 217, 'printed row (the formula gives 218)'],
    [2000, 322, 'printed row'],
    [2001, 327, 'between rows: 2,200'],
    [100000, 384, 'printed row (the formula gives 383)'],
    [10_000_000, 384, 'above the last row'],
    [0, 0, 'no users'],
  ])('N = %d needs %d (%s)', (population, sample) => {
    expect(requiredSample(population)).toBe(sample);
  });

  it('the table rises with N and never passes 384', () => {
    for (let i = 1; i < KREJCIE_MORGAN_TABLE.length; i++) {
      expect(KREJCIE_MORGAN_TABLE[i]![0]).toBeGreaterThan(KREJCIE_MORGAN_TABLE[i - 1]![0]);
      expect(KREJCIE_MORGAN_TABLE[i]![1]).toBeGreaterThanOrEqual(KREJCIE_MORGAN_TABLE[i - 1]![1]);
    }
    expect(Math.max(...KREJCIE_MORGAN_TABLE.map(([, s]) => s))).toBe(384);
  });

  it.each([
    // s = 3.841·N·0.25 / (0.0025·(N−1) + 3.841·0.25), rounded up; by hand:
    [50, 45], // 48.0125 / 1.08275 = 44.34
    [500, 218], // 480.125 / 2.20775 = 217.47
    [100000, 383], // 96025 / 250.95775 = 382.64
  ])('the formula for N = %d gives %d (shown beside the printed value)', (population, sample) => {
    expect(formulaSample(population)).toBe(sample);
  });
});

describe('IKM (Permenpan RB 14/2017; REFERENCE §10.6)', () => {
  it('all answers 4: 100.00, grade A; the 0.11 spreadsheet variant gives 99.00', () => {
    const r = computeIkm(NINE, [all(4), all(4)]);
    expect(r.ikmRounded).toBe(100);
    expect(r.grade).toBe('A');
    expect(r.ikmWithRoundedWeight).toBe(99);
  });

  it('a hand-computed mix: (3.5 + 8 × 3) / 9 × 25 = 76.39 (C); with 0.11: 27.5 × 0.11 × 25 = 75.63', () => {
    const r = computeIkm(NINE, [
      { ...all(3), U1: 4 },
      { ...all(3), U1: 3 },
    ]);
    expect(r.nrrs[0]).toEqual({ element: 'U1', answered: 2, sum: 7, nrr: 3.5 });
    expect(r.ikm).toBeCloseTo(76.3888, 3);
    expect(r.ikmRounded).toBe(76.39);
    expect(r.grade).toBe('C');
    expect(r.ikmWithRoundedWeight).toBe(75.63);
  });

  it('an unanswered element divides by those who answered it; values outside 1–4 are not answers', () => {
    const r = computeIkm(NINE, [all(4), { ...all(4), U3: null, U4: 5, U5: 2.5 }]);
    expect(r.nrrs.find((n) => n.element === 'U3')).toMatchObject({ answered: 1, nrr: 4 });
    expect(r.nrrs.find((n) => n.element === 'U4')).toMatchObject({ answered: 1, nrr: 4 });
    expect(r.ikmRounded).toBe(100);
  });

  it('no index while an element has no answer at all', () => {
    const r = computeIkm(NINE, [{ ...all(3), U9: null }]);
    expect(r.ikm).toBeNull();
    expect(r.grade).toBeNull();
  });

  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
    [24.99, null],
  ])('grade bands are closed on the rounded value: %d → %s', (value, grade) => {
    expect(gradeOf(value)).toBe(grade);
  });
});

describe('the SKM instrument file', () => {
  it('validates: nine elements of four answers each, the open question and the profile', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../instruments/skm-permenpan-14-2017.json', import.meta.url), 'utf8'),
    );
    const inst = InstrumentSchema.parse(raw);
    expect(inst.questions.map((q) => q.code)).toEqual(NINE);
    expect(inst.questions.every((q) => q.answers.length === 4)).toBe(true);
    expect(inst.questions[3]!.answers[3]!.id).toBe('Gratis');
    expect(inst.profile.map((p) => p.code)).toEqual([
      'jenis_kelamin',
      'usia',
      'pendidikan',
      'pekerjaan',
      'layanan',
    ]);
  });

  it('the perception interview asks the five Output indicators, the two REFERENCE leaves open marked unconfirmed', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../instruments/persepsi-maladministrasi-2023.json', import.meta.url), 'utf8'),
    );
    const inst = InstrumentSchema.parse(raw);
    expect(inst.kind).toBe('persepsi_maladministrasi');
    expect(inst.questions.map((q) => q.code)).toEqual([
      'OUTPUT.1',
      'OUTPUT.2',
      'OUTPUT.3',
      'OUTPUT.4',
      'OUTPUT.5',
    ]);
    expect(inst.questions.filter((q) => q.unconfirmed).map((q) => q.code)).toEqual(['OUTPUT.4', 'OUTPUT.5']);
  });

  it('refuses a duplicate question code', () => {
    const raw = JSON.parse(
      readFileSync(new URL('../../instruments/skm-permenpan-14-2017.json', import.meta.url), 'utf8'),
    );
    raw.questions[1].code = 'U1';
    const parsed = InstrumentSchema.safeParse(raw);
    expect(parsed.success).toBe(false);
  });
});
