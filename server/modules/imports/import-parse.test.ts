import { describe, expect, it } from 'vitest';
import { cellText, validateSheets, type RawSheets } from './import-parse';

describe('cellText', () => {
  it.each([
    [null, null],
    ['  Dinas  ', 'Dinas'],
    ['   ', null],
    [101, '101'],
    [true, 'true'],
    [new Date('2024-05-01T00:00:00Z'), '2024-05-01'],
    [{ richText: [{ text: 'Dinas ' }, { text: 'Sosial' }] }, 'Dinas Sosial'],
    [{ text: 'a@b.go.id', hyperlink: 'mailto:a@b.go.id' }, 'a@b.go.id'],
    [{ formula: 'A1&"X"', result: 'KX' }, 'KX'],
  ])('%j → %j', (value, expected) => {
    expect(cellText(value as never)).toBe(expected);
  });
});

const unit = (row: number, kode: string | null, induk: string | null) => ({
  row,
  values: {
    kode_unit: kode,
    nama_unit: `Unit ${row}`,
    jenis: 'upt',
    sektor: 'sosial',
    kode_induk: induk,
    alamat: null,
  },
});
const sheets = (units: ReturnType<typeof unit>[]): RawSheets => ({ units, products: [], contacts: [] });
const noProgress = async () => undefined;

describe('validateSheets: parents', () => {
  it.each([
    {
      name: 'a chain in any row order is fine',
      rows: [unit(2, 'C', 'B'), unit(3, 'B', 'A'), unit(4, 'A', null)],
      errors: [],
    },
    { name: 'an existing unit may be the parent', rows: [unit(2, 'A', 'LAMA')], errors: [] },
    { name: 'self reference', rows: [unit(2, 'A', 'A')], errors: [[2, 'kode_induk']] },
    {
      name: 'a three-unit cycle is reported on every member',
      rows: [unit(2, 'A', 'C'), unit(3, 'B', 'A'), unit(4, 'C', 'B'), unit(5, 'D', 'A')],
      errors: [
        [2, 'kode_induk'],
        [3, 'kode_induk'],
        [4, 'kode_induk'],
      ],
    },
    { name: 'unknown parent', rows: [unit(2, 'A', 'X')], errors: [[2, 'kode_induk']] },
    {
      name: 'a local #reference cannot point at an existing code',
      rows: [unit(2, 'A', '#LAMA')],
      errors: [[2, 'kode_induk']],
    },
    {
      name: 'duplicate code and existing code',
      rows: [unit(2, 'A', null), unit(3, 'A', null), unit(4, 'LAMA', null)],
      errors: [
        [3, 'kode_unit'],
        [4, 'kode_unit'],
      ],
    },
  ])('$name', async ({ rows, errors }) => {
    const res = await validateSheets(
      sheets(rows),
      new Map([['LAMA', '00000000-0000-4000-8000-000000000001']]),
      noProgress,
    );
    expect(res.issues.map((i) => [i.row, i.column])).toEqual(errors);
  });

  it('reports progress every N rows and at the end', async () => {
    const seen: number[] = [];
    const rows = Array.from({ length: 5 }, (_, i) => unit(i + 2, `K${i}`, null));
    await validateSheets(sheets(rows), new Map(), async (n) => void seen.push(n), 2);
    expect(seen).toEqual([2, 4, 5]);
  });
});
