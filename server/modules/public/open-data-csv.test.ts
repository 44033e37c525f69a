/**
 * The open-data CSV cells: formula-looking text defused (OWASP CSV injection), quotes and commas
 * quoted, numbers with a dot decimal, null empty; the file starts with a BOM and ends every line
 * with CRLF.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './open-data.service';

describe('open-data CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `"'=HYPERLINK(""http://x"",""klik"")"`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+62 811', '+62 811'],
    ['-cmd|calc', "'-cmd|calc"],
    ['Kota Banjarmasin, Kalsel', '"Kota Banjarmasin, Kalsel"'],
    ['Dinas "PUPR"', '"Dinas ""PUPR"""'],
    ['baris\nbaru', '"baris\nbaru"'],
    [79.5, '79.5'],
    [-1, '-1'],
    [null, ''],
    [undefined, ''],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('a BOM, the header, CRLF lines', () => {
    const csv = toCsv(['name', 'score'] as const, [
      { name: '=1+1', score: 88 },
      { name: 'Balangan', score: null },
    ]);
    expect(csv).toBe("\uFEFFname,score\r\n'=1+1,88\r\nBalangan,\r\n");
  });

  it('names the file after the year, or "semua"', () => {
    expect(csvFileName('hasil', 2023)).toBe('patuh-hasil-2023.csv');
    expect(csvFileName('dimensi', undefined)).toBe('patuh-dimensi-semua.csv');
  });
});
