import { describe, expect, it } from 'vitest';
import { CrosswalkFileSchema, previousCodes, resolveCrosswalk, type CrosswalkEdge } from './crosswalk';

const A = { id: 'ombudsman-2022-2024' };
const B = { id: 'opini-ombudsman-2025' };
const COPY = { id: 'uji-2024', basedOn: 'ombudsman-2022-2024' };
const edge = (from: string, fromCode: string, to: string, toCode: string): CrosswalkEdge => ({
  fromFrameworkId: from,
  fromCode,
  toFrameworkId: to,
  toCode,
});
const rows: CrosswalkEdge[] = [
  edge(A.id, 'INPUT.KOMP.1', B.id, 'INPUT.1'),
  edge(A.id, 'INPUT.KOMP.2', B.id, 'INPUT.1'),
  edge(A.id, 'OUTPUT.1', B.id, 'PROSES.2'),
  // A split: one code of A became two of the copy.
  edge(A.id, 'PROSES.6.A', COPY.id, 'PROSES.6.A1'),
  edge(A.id, 'PROSES.6.A', COPY.id, 'PROSES.6.A2'),
  // A rename in the copy.
  edge(A.id, 'PROSES.1', COPY.id, 'PROSES.1.BARU'),
];
const copyCodes = new Set(['PROSES.1.BARU', 'PROSES.2', 'PROSES.6.A1', 'PROSES.6.A2']);
const aCodes = new Set(['PROSES.1', 'PROSES.2', 'PROSES.6.A', 'INPUT.KOMP.1', 'INPUT.KOMP.2', 'OUTPUT.1']);

describe('resolveCrosswalk: (from, code) → codes of to', () => {
  it.each([
    ['the same framework: identity, whatever the rows', A, A, 'PROSES.1', undefined, ['PROSES.1']],
    ['a row maps the code', A, B, 'OUTPUT.1', undefined, ['PROSES.2']],
    ['a split gives every target, sorted', A, COPY, 'PROSES.6.A', copyCodes, ['PROSES.6.A1', 'PROSES.6.A2']],
    [
      'a renamed code in a copy follows its row, not the old code',
      A,
      COPY,
      'PROSES.1',
      copyCodes,
      ['PROSES.1.BARU'],
    ],
    ['a copy keeps an unmapped code it still defines', A, COPY, 'PROSES.2', copyCodes, ['PROSES.2']],
    ['…but not one it no longer defines', A, COPY, 'PROSES.9', copyCodes, []],
    ['unrelated versions never match by an equal code', A, B, 'PROSES.1', new Set(['PROSES.1']), []],
    ['no code set: the copy rule does not apply', A, COPY, 'PROSES.2', undefined, []],
  ])('%s', (_label, from, to, code, toCodes, expected) => {
    expect(resolveCrosswalk({ from, to, code, rows, toCodes })).toEqual(expected);
  });
});

describe('previousCodes: which codes of the previous version feed an indicator now', () => {
  it.each([
    ['identity within one version', A, A, 'PROSES.1', ['PROSES.1']],
    ['a merge: two codes feed one', A, B, 'INPUT.1', ['INPUT.KOMP.1', 'INPUT.KOMP.2']],
    ['a renamed code finds its old one', A, COPY, 'PROSES.1.BARU', ['PROSES.1']],
    ['a split target finds its source', A, COPY, 'PROSES.6.A2', ['PROSES.6.A']],
    ['an unchanged code of a copy', A, COPY, 'PROSES.2', ['PROSES.2']],
    ['an unrelated version: nothing without a row', A, B, 'PROSES.1', []],
  ])('%s', (_label, prev, cur, code, expected) => {
    expect(previousCodes(prev, cur, code, rows, aCodes)).toEqual(expected);
  });

  it('a code mapped elsewhere does not also match itself in a copy', () => {
    const renamedAway = [...rows, edge(A.id, 'PROSES.2', COPY.id, 'PROSES.6.A1')];
    expect(previousCodes(A, COPY, 'PROSES.2', renamedAway, aCodes)).toEqual([]);
  });
});

describe('CrosswalkFileSchema', () => {
  it('refuses a file from a version to itself and a malformed code', () => {
    const same = CrosswalkFileSchema.safeParse({ from: 'a', to: 'a', rows: [{ from: 'X', to: 'Y' }] });
    expect(same.success).toBe(false);
    const bad = CrosswalkFileSchema.safeParse({ from: 'a', to: 'b', rows: [{ from: 'x y', to: 'Y' }] });
    expect(bad.success).toBe(false);
    expect(
      CrosswalkFileSchema.safeParse({ from: 'a', to: 'b', rows: [{ from: 'X', to: 'Y' }] }).success,
    ).toBe(true);
  });
});
