/**
 * The cell conventions of the standards workbook, table-driven: what a person types reads as the
 * structured component, a wrong cell names its problem in Indonesian, and every sample standard
 * written to cells reads back to the same content (the export → import round trip, cell level).
 */
import { describe, expect, it } from 'vitest';
import type { StandardContent } from '../../../shared/contracts/standards';
import { sampleStandardContent } from '../demo/demo-standard-content';
import { parseStandardRow, standardRowCells, STANDARD_COLUMNS, type StandardsIssue } from './standards-sheet';

const header = (key: string) => STANDARD_COLUMNS.find((c) => c.key === key)!.header;

/** Parses one row with Unit and Nama Layanan filled and `cells` by column key. */
function read(cells: Record<string, string>) {
  const issues: StandardsIssue[] = [];
  const row = parseStandardRow(7, { unit: 'Disdukcapil', nama_layanan: 'KTP-el', ...cells }, issues);
  return { row, issues: issues.map((i) => `${i.row}|${i.column}|${i.message.id}`) };
}

describe('cells → content', () => {
  it.each<[string, string, StandardContent[keyof StandardContent]]>([
    ['jangka_waktu', '1 hari kerja', { value: 1, unit: 'hari_kerja' }],
    ['jangka_waktu', '30 Menit', { value: 30, unit: 'menit' }],
    ['jangka_waktu', '1,5 jam', { value: 1.5, unit: 'jam' }],
    ['jangka_waktu', '3 hari', { value: 3, unit: 'hari_kerja' }],
    ['biaya', 'Gratis', { free: true, items: [], legalBasis: '' }],
    ['biaya', 'gratis | UU 24/2013 Pasal 79A', { free: true, items: [], legalBasis: 'UU 24/2013 Pasal 79A' }],
    [
      'biaya',
      'Legalisir: 5000; Cetak ulang: Rp 10.000 | Perda 3/2021',
      {
        free: false,
        items: [
          { name: 'Legalisir', amount: 5000 },
          { name: 'Cetak ulang', amount: 10000 },
        ],
        legalBasis: 'Perda 3/2021',
      },
    ],
    [
      'persyaratan',
      'Kartu Keluarga | fotokopi | 1\nKTP-el | ASLI\nPas foto 3x4 | asli | 2 | latar merah',
      [
        { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
        { document: 'KTP-el', form: 'asli', count: null, note: null },
        { document: 'Pas foto 3x4', form: 'asli', count: 2, note: 'latar merah' },
      ],
    ],
    [
      'prosedur',
      '1. Ambil antrean | Pemohon\n2) Verifikasi berkas\nCetak dokumen | Operator',
      [
        { title: 'Ambil antrean', actor: 'Pemohon' },
        { title: 'Verifikasi berkas', actor: null },
        { title: 'Cetak dokumen', actor: 'Operator' },
      ],
    ],
    ['produk', 'KTP-el\n\nTanda terima ', ['KTP-el', 'Tanda terima']],
    [
      'pengaduan',
      'WA: 0812-1\nSP4N-LAPOR!: lapor.go.id\nkotak saran\nsitus: https://x.go.id/a',
      [
        { kind: 'whatsapp', detail: '0812-1' },
        { kind: 'lapor', detail: 'lapor.go.id' },
        { kind: 'kotak_saran', detail: '' },
        { kind: 'situs', detail: 'https://x.go.id/a' },
      ],
    ],
    ['sarana', '  Ruang tunggu\nKursi roda  ', 'Ruang tunggu\nKursi roda'],
  ])('%s "%s"', (key, cell, expected) => {
    const { row, issues } = read({ [key]: cell });
    expect(issues).toEqual([]);
    expect(row!.content[key as keyof StandardContent]).toEqual(expected);
  });

  it.each([
    ['jangka_waktu', 'secepatnya', /^Tulis angka dan satuannya/],
    ['jangka_waktu', '2 minggu', /menit, jam, atau hari kerja/],
    ['biaya', 'Legalisir 5000', /^Tulis "Gratis \| dasar hukum"/],
    ['biaya', 'Legalisir: 5.5', /Jumlah "5.5" untuk "Legalisir" harus rupiah bulat/],
    ['persyaratan', 'Kartu Keluarga', /^Persyaratan ke-1: tulis "nama dokumen \| bentuk \| jumlah"/],
    ['persyaratan', 'KK | asli | 1\nAkta | scan | 1', /^Persyaratan ke-2: bentuk "scan" tidak dikenal/],
    ['persyaratan', 'KK | asli | dua', /^Persyaratan ke-1: jumlah "dua"/],
    ['prosedur', '1.  | Pemohon', /^Langkah ke-1 kosong/],
    ['pengaduan', 'merpati pos: kandang', /^Saluran ke-1: "merpati pos" tidak dikenal/],
    ['publikasi_semua', 'mungkin', /^Isi "ya" atau "tidak"/],
    ['kompetensi', 'x'.repeat(8001), /8000/],
  ])('%s "%s" is refused', (key, cell, message) => {
    const { row, issues } = read({ [key]: cell });
    expect(row).toBeNull();
    expect(issues).toHaveLength(1);
    const [r, column] = issues[0]!.split('|', 2);
    expect(r).toBe('7');
    expect(column).toBe(header(key));
    expect(issues[0]!.slice(`${r}|${column}|`.length)).toMatch(message);
  });

  it('names every missing required cell and every bad component of a row at once', () => {
    const issues: StandardsIssue[] = [];
    expect(parseStandardRow(9, { jangka_waktu: 'besok', biaya: 'mahal' }, issues)).toBeNull();
    expect(issues.map((i) => i.column)).toEqual([
      'Unit',
      'Nama Layanan',
      header('jangka_waktu'),
      header('biaya'),
    ]);
  });
});

describe('content → cells → content', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i))('sample standard %i reads back unchanged', (variant) => {
    const content = sampleStandardContent(`Layanan ${variant}`, 'Dinas Uji', variant);
    const cells = standardRowCells({
      unitCode: null,
      unitName: 'Dinas Uji',
      productName: `Layanan ${variant}`,
      status: 'Belum ada',
      content,
      publishManufacturing: variant % 2 === 0,
    });
    const issues: StandardsIssue[] = [];
    const row = parseStandardRow(2, cells, issues);
    expect(issues).toEqual([]);
    expect(row!.content).toEqual(content);
    expect(row!.publishManufacturing).toBe(variant % 2 === 0);
  });
});
