import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDimensionChartSvg } from './rapor-chart';
import { formatDelta, formatScore, raporFileName } from './rapor-format';
import { renderRaporPdf } from './rapor-pdf';
import { RAPOR_SHEETS, renderRaporXlsx } from './rapor-xlsx';
import { requireTools } from '../../test/tools';
import { RAPOR_FIXTURE, raporWith, SHORTFALLS_FIXTURE } from './rapor.fixture';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-rapor-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Text of the PDF (pdfmake compresses its streams, so the bytes alone do not show it). */
function pdfText(buf: Buffer, name: string): { text: string; pages: number } {
  const file = path.join(dir, name);
  fs.writeFileSync(file, buf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('rapor formats', () => {
  it.each([
    [76.42, '76,42'],
    [100, '100,00'],
    [0, '0,00'],
    [null, '—'],
  ])('score %s reads %s', (value, text) => expect(formatScore(value)).toBe(text));

  it.each([
    [76.42, 71.18, '+5,24'],
    [79.5, 80.1, '−0,60'],
    [70, 70, '0,00'],
    [70, null, '—'],
  ])('change from %s to %s reads %s', (now, before, text) => expect(formatDelta(now, before)).toBe(text));

  it('names the file after the government and year, in ASCII', () => {
    expect(raporFileName(RAPOR_FIXTURE, 'pdf')).toBe('rapor-pemerintah-kabupaten-sleman-2024.pdf');
    const odd = raporWith({
      government: { ...RAPOR_FIXTURE.government, name: 'Kota Baubau / Sulawesi Tenggara (Uji)' },
    });
    expect(raporFileName(odd, 'xlsx')).toBe('rapor-kota-baubau-sulawesi-tenggara-uji-2024.xlsx');
  });
});

describe('dimension chart', () => {
  it('is an SVG with one bar label per dimension score and the previous year as a second series', () => {
    const svg = renderDimensionChartSvg(RAPOR_FIXTURE);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const label of ['70,83', '81,06', '79,50', '71,60', '66,40', '62,35']) expect(svg).toContain(label);
    expect(svg).toContain('2023');
  });

  it('has a single series when there is no earlier cycle', () => {
    const svg = renderDimensionChartSvg(raporWith({ previous: null }));
    expect(svg).toContain('81,06');
    expect(svg).not.toContain('66,40');
  });
});

describe('renderRaporPdf', () => {
  it('is a PDF in Bahasa Indonesia with the government, score, zone, units, shortcomings and page numbers', async ({
    skip,
  }) => {
    const buf = await renderRaporPdf(RAPOR_FIXTURE);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buf.length).toBeGreaterThan(20_000);
    requireTools(skip, 'pdftotext', 'pdfinfo');
    const { text, pages } = pdfText(buf, 'rapor.pdf');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('RAPOR PENILAIAN KEPATUHAN PENYELENGGARAAN PELAYANAN PUBLIK');
    expect(flat).toContain('Pemerintah Kabupaten Sleman');
    expect(flat).toContain('76,42');
    expect(flat).toContain('ZONA KUNING');
    expect(flat).toContain('Opini Kualitas Sedang');
    expect(flat).toContain('Peringkat 3 dari 5 pemerintah kabupaten');
    expect(flat).toContain('Patuh, Bersih, Baik, Taat');
    expect(flat).toContain('Perbandingan dengan Tahun 2023');
    expect(flat).toContain('+5,24');
    // every unit and every indicator short of its maximum is listed, once per unit
    for (const u of RAPOR_FIXTURE.units) {
      expect(flat).toContain(u.name);
      for (const g of u.gaps) expect(flat).toContain(g.indicator);
    }
    // the grouped row: 8 of 10 products, lowest 1 of 3, mean 1,75, three examples and the rest counted
    expect(flat).toContain('8 dari 10 produk');
    expect(flat).toContain('1,75');
    expect(flat).toContain('Izin Klinik Pratama: 2');
    expect(flat).not.toContain('Izin Optik');
    expect(flat).toContain('dan 5 produk lainnya');
    expect(flat).toContain('Tarif retribusi tidak dipajang');
    expect(flat).toContain('Pajang standar biaya/tarif');
    expect(flat).toContain('Sanggahan diterima: PENGADUAN.5 Dinas Sosial');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(flat).toContain(`Halaman ${pages} dari ${pages}`);
    expect(flat).toContain('Dibuat 12 Des 2024, 14.30 WIB');
  });

  it('leaves out the comparison when there is no earlier cycle, and copes with no score and no units', async ({
    skip,
  }) => {
    const first = raporWith({
      previous: null,
      score: null,
      band: null,
      rank: null,
      units: [],
      views: [],
      improvementPoints: [],
      history: [],
    });
    const buf = await renderRaporPdf(first);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    requireTools(skip, 'pdftotext', 'pdfinfo');
    const { text, pages } = pdfText(buf, 'first.pdf');
    expect(text).not.toContain('Perbandingan');
    expect(text).toContain('Belum ada opini');
    expect(text).toContain('Belum diperingkat');
    expect(pages).toBe(1);
  });

  it('leaves the rapor it was given unchanged (pdfmake rewrites the lists it is handed)', async () => {
    const before = structuredClone(RAPOR_FIXTURE);
    await renderRaporPdf(RAPOR_FIXTURE);
    expect(RAPOR_FIXTURE).toEqual(before);
  });

  it('renders page 1 to an image (what a reader sees is not blank)', async ({ skip }) => {
    requireTools(skip, 'pdftoppm');
    const file = path.join(dir, 'page.pdf');
    fs.writeFileSync(file, await renderRaporPdf(RAPOR_FIXTURE));
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const png = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    const bytes = fs.readFileSync(path.join(dir, png!));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(15_000);
  });
});

describe('renderRaporXlsx', () => {
  async function load(buf: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    return wb;
  }
  const rowsOf = (ws: ExcelJS.Worksheet) => {
    const out: unknown[][] = [];
    ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };

  it('reloads with the sheets in order', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE, SHORTFALLS_FIXTURE));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...RAPOR_SHEETS]);
    expect(RAPOR_SHEETS).toEqual(
      expect.arrayContaining(['Ringkasan', 'Dimensi', 'Kekurangan', 'Saran Perbaikan', 'Riwayat']),
    );
  });

  it('Ringkasan holds the government, numeric score, opinion, zone and the year-over-year change', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    const summary = new Map(rowsOf(wb.getWorksheet('Ringkasan')!).map((r) => [r[0], r[1]]));
    expect(summary.get('Pemerintah')).toBe('Pemerintah Kabupaten Sleman');
    expect(summary.get('Nilai total')).toBe(76.42);
    expect(summary.get('Opini')).toBe('C');
    expect(summary.get('Zona')).toBe('Zona Kuning');
    expect(summary.get('Peringkat')).toBe(3);
    expect(summary.get('Nilai total 2023')).toBe(71.18);
    expect(summary.get('Perubahan sejak 2023')).toBe(5.24);
  });

  it("an internal cycle's rapor says it is the government's penilaian mandiri, not an official result", async () => {
    const internal = { ...RAPOR_FIXTURE, cycle: { ...RAPOR_FIXTURE.cycle, kind: 'internal' as const } };
    const wb = await load(await renderRaporXlsx(internal));
    const summary = new Map(rowsOf(wb.getWorksheet('Ringkasan')!).map((r) => [r[0], r[1]]));
    expect(summary.get('Siklus')).toBe(
      'Penilaian Kepatuhan 2024 — DIY (Penilaian mandiri — hasil internal pemerintah, bukan hasil resmi Ombudsman RI)',
    );
    const official = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    expect(new Map(rowsOf(official.getWorksheet('Ringkasan')!).map((r) => [r[0], r[1]])).get('Siklus')).toBe(
      'Penilaian Kepatuhan 2024 — DIY',
    );
  });

  it('Dimensi has one row per dimension with scores as numbers, and the previous year beside them', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    const rows = rowsOf(wb.getWorksheet('Dimensi')!);
    expect(rows[0]).toEqual(['Kode', 'Dimensi', 'Bobot (%)', 'Nilai 2024', 'Nilai 2023', 'Perubahan']);
    expect(rows.slice(1)).toEqual([
      ['INPUT', 'Dimensi Input', 21.85, 70.83, 66.4, 4.43],
      ['PROSES', 'Dimensi Proses — Penilaian Kepatuhan', 32.37, 81.06, 74.92, 6.14],
      ['OUTPUT', 'Dimensi Output — Persepsi Maladministrasi', 24.24, 79.5, 80.1, -0.6],
      ['PENGADUAN', 'Dimensi Pengelolaan Pengaduan', 21.54, 71.6, 62.35, 9.25],
    ]);
  });

  it('Unit lists per unit the indicators and answers below the maximum (the gap summary)', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    const rows = rowsOf(wb.getWorksheet('Unit')!);
    const counted = RAPOR_FIXTURE.units.map((u) => [
      u.name,
      u.gaps.length,
      u.gaps.reduce((n, g) => n + g.count, 0),
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual(counted);
    expect(RAPOR_FIXTURE.units.map((u) => [u.name, u.gapCount, u.shortfallCount])).toEqual(counted);
  });

  it('Unit shows the result of the previous cycle, a merged predecessor as "sebagai <nama>" (unit history)', async ({
    skip,
  }) => {
    const [first, ...rest] = RAPOR_FIXTURE.units;
    const merged = raporWith({
      units: [
        {
          ...first!,
          previousResults: [
            {
              unitId: '0f9d8c7b-6a5e-4d3c-8b2a-1e0f9d8c7b6a',
              name: 'Dinas Lama',
              score: 68.5,
              zone: 'kuning',
            },
            { unitId: first!.unitId, name: first!.name, score: 70, zone: 'kuning' },
          ],
        },
        ...rest,
      ],
    });
    const rows = rowsOf((await load(await renderRaporXlsx(merged))).getWorksheet('Unit')!);
    expect(rows[0]![6]).toBe('Nilai siklus sebelumnya');
    expect(rows[1]![6]).toBe('2023: 68,50 sebagai Dinas Lama; 70,00');
    expect(rows[2]![6]).toBeUndefined();
    // A first cycle (no previous rapor) prints nothing there, whatever the units carry.
    const first_ = rowsOf(
      (await load(await renderRaporXlsx({ ...merged, previous: null }))).getWorksheet('Unit')!,
    );
    expect(first_[1]![6]).toBeUndefined();
    // The PDF's unit table carries the same line under the unit's name.
    requireTools(skip, 'pdftotext');
    const { text } = pdfText(await renderRaporPdf(merged), 'rapor-merged.pdf');
    expect(text.replace(/\s+/g, ' ')).toContain('2023: 68,50 sebagai Dinas Lama; 70,00');
  });

  it('Kekurangan has one row per unit and indicator with counts, lowest and mean value and examples', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE, SHORTFALLS_FIXTURE));
    const rows = rowsOf(wb.getWorksheet('Kekurangan')!);
    const expected = RAPOR_FIXTURE.units.reduce((n, u) => n + u.gaps.length, 0);
    expect(expected).toBe(17);
    expect(rows).toHaveLength(1 + expected);
    expect(rows[0]).toEqual([
      'Unit',
      'Kode indikator',
      'Indikator',
      'Tingkat',
      'Di bawah maksimal',
      'Dinilai',
      'Tidak dijawab (dihitung 0)',
      'Nilai terendah',
      'Rerata',
      'Nilai maksimal',
      'Contoh (nilai, alasan asesor)',
      'Lainnya',
    ]);
    const tarif = rows[1]!;
    expect(tarif.slice(0, 10)).toEqual([
      'Dinas Kesehatan',
      'PROSES.4',
      'Ketersediaan Biaya/Tarif',
      'Produk',
      8,
      10,
      0,
      1,
      1.75,
      3,
    ]);
    const examples = String(tarif[10]).split('\n');
    expect(examples).toHaveLength(5);
    expect(examples[0]).toBe(
      'Izin Praktik Tenaga Kesehatan: 1 — Tarif retribusi tidak dipajang di ruang pelayanan; hanya tersedia di situs web.',
    );
    expect(tarif[11]).toBe(3);
    const social = rows.filter((r) => r[0] === 'Dinas Sosial');
    expect(social.map((r) => r[1])).toEqual([
      'PROSES.5',
      'PROSES.8',
      'PROSES.11',
      'PENGADUAN.1',
      'PENGADUAN.3',
    ]);
    // a unit-level indicator without a verified value: counted as missing, no lowest value
    const missing = social.find((r) => r[1] === 'PENGADUAN.3')!;
    expect([missing[3], missing[4], missing[6], missing[7]]).toEqual(['Unit', 1, 1, undefined]);
  });

  it('Rincian Kekurangan has one row per answer below the maximum, with its unit', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE, SHORTFALLS_FIXTURE));
    const rows = rowsOf(wb.getWorksheet('Rincian Kekurangan')!);
    expect(SHORTFALLS_FIXTURE).toHaveLength(24); // 16 single answers + 8 products of PROSES.4
    expect(rows).toHaveLength(1 + 24);
    expect(rows[0]).toEqual([
      'Unit',
      'Kode indikator',
      'Indikator',
      'Produk layanan',
      'Nilai',
      'Nilai maksimal',
      'Nilai mandiri',
      'Alasan asesor',
    ]);
    expect(rows[1]).toEqual([
      'Dinas Kesehatan',
      'PROSES.4',
      'Ketersediaan Biaya/Tarif',
      'Izin Praktik Tenaga Kesehatan',
      1,
      3,
      3,
      'Tarif retribusi tidak dipajang di ruang pelayanan; hanya tersedia di situs web.',
    ]);
    expect(rows.filter((r) => r[1] === 'PROSES.4').map((r) => r[3])).toContain('Surat Keterangan Sehat');
    const missing = rows.find((r) => r[0] === 'Dinas Sosial' && r[1] === 'PENGADUAN.3')!;
    expect(missing[3]).toBe('Tingkat unit');
    expect(missing[4]).toBeUndefined();
    // an item the unit left blank says so instead of an empty cell (REFERENCE §10 rule 2)
    const blank = await load(
      await renderRaporXlsx(RAPOR_FIXTURE, [
        { ...SHORTFALLS_FIXTURE[0]!, value: null, selfValue: null, reason: null },
      ]),
    );
    expect(rowsOf(blank.getWorksheet('Rincian Kekurangan')!)[1]![4]).toBe('tidak dijawab — dihitung 0');
    // without the list (e.g. a caller that has only the rapor) the sheet is left out
    const lean = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    expect(lean.getWorksheet('Rincian Kekurangan')).toBeUndefined();
  });

  it('Saran Perbaikan lists the government points then each unit’s; Riwayat every score version', async () => {
    const wb = await load(await renderRaporXlsx(RAPOR_FIXTURE));
    const saran = rowsOf(wb.getWorksheet('Saran Perbaikan')!).slice(1);
    const unitPoints = RAPOR_FIXTURE.units.reduce((n, u) => n + u.improvementPoints.length, 0);
    expect(saran).toHaveLength(RAPOR_FIXTURE.improvementPoints.length + unitPoints);
    expect(saran[0]).toEqual(['Pemerintah Kabupaten Sleman', 1, RAPOR_FIXTURE.improvementPoints[0]]);
    expect(
      saran.some((r) => r[0] === 'Dinas Sosial' && String(r[2]).startsWith('Tetapkan pengelola pengaduan')),
    ).toBe(true);
    const history = rowsOf(wb.getWorksheet('Riwayat')!).slice(1);
    expect(history.map((r) => [r[0], r[3]])).toEqual([
      [1, 74.1],
      [2, 75.88],
      [3, 76.42],
    ]);
    // 2024-10-21T06:05Z is 13.05 WIB
    const at = history[2]![1] as Date;
    expect([at.getUTCHours(), at.getUTCMinutes()]).toEqual([13, 5]);
  });

  it('has no comparison columns when there is no earlier cycle', async () => {
    const wb = await load(await renderRaporXlsx(raporWith({ previous: null })));
    expect(rowsOf(wb.getWorksheet('Dimensi')!)[0]).toEqual(['Kode', 'Dimensi', 'Bobot (%)', 'Nilai 2024']);
  });
});
