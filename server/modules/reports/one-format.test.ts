/**
 * One value, one format: the same date, time and numbers rendered by the rapor PDF (read back
 * with pdftotext), the Excel sheet (read back with exceljs) and the web page's chart option all
 * equal what the format layer (shared/format) writes, in the office's zone (WITA for Kalimantan
 * Selatan, not WIB).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatScore,
  XLSX_FORMAT,
} from '../../../shared/format/format';
import { zoneOfRegion } from '../../../shared/format/time-zones';
import { dimensionChartOption } from '../../../web/features/rapor/components/dimension-chart-option';
import { renderRaporPdf } from './rapor-pdf';
import { renderRaporXlsx } from './rapor-xlsx';
import { raporWith, RAPOR_FIXTURE } from './rapor.fixture';

// 11.01 UTC = 19.01 WITA; 16.30 UTC on the 3rd is already the 4th in WITA (still the 3rd in WIB).
const GENERATED = '2026-12-04T11:01:00.000Z';
const PUBLISHED = '2026-12-03T16:30:00.000Z';
const zone = zoneOfRegion('63.11'); // Kabupaten Balangan, Kalimantan Selatan
const rapor = raporWith({
  government: {
    ...RAPOR_FIXTURE.government,
    name: 'Pemerintah Kabupaten Balangan',
    officeName: 'Ombudsman RI Perwakilan Kalimantan Selatan',
    timeZone: zone,
  },
  cycle: { ...RAPOR_FIXTURE.cycle, publishedAt: PUBLISHED },
  generatedAt: GENERATED,
});

let dir: string;
let pdf = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-format-'));
  const file = path.join(dir, 'rapor.pdf');
  fs.writeFileSync(file, await renderRaporPdf(rapor));
  // Without -layout: each text run on its own, so a value is not glued to its neighbour column.
  pdf = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the same value in every output', () => {
  it('Kalimantan Selatan is on WITA', () => {
    expect(zone).toBe('WITA');
    expect(formatDateTime(GENERATED, 'id', zone)).toBe('4 Des 2026, 19.01 WITA');
    expect(formatDate(PUBLISHED, 'id', zone)).toBe('4 Des 2026');
  });

  it('the PDF stamps the time in WITA and writes dates and scores as the layer does', () => {
    expect(pdf).toContain(`Dibuat ${formatDateTime(GENERATED, 'id', zone)}`);
    expect(pdf).toContain(`dipublikasikan ${formatDate(PUBLISHED, 'id', zone)}`);
    for (const h of rapor.history) expect(pdf).toContain(formatDateTime(h.at, 'id', zone));
    expect(pdf).not.toMatch(/\bWIB\b/);
    expect(pdf).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO dates
    expect(pdf).toContain(formatScore(rapor.score, 'id'));
    for (const d of rapor.dimensions) {
      expect(pdf).toContain(formatScore(d.score, 'id'));
      expect(pdf).toContain(formatNumber(d.weight, 'id'));
    }
  });

  it("the page's chart labels are the layer's scores, and the PDF's chart shows the same strings", () => {
    const option = dimensionChartOption(rapor, 'id');
    const label = option.series[0]!.label!.formatter;
    const dims = [...rapor.dimensions].reverse();
    option.series[0]!.data.forEach((value, i) => {
      const text = label({ value });
      expect(text).toBe(formatScore(dims[i]!.score, 'id'));
      expect(text).toMatch(/^\d+,\d{2}$/); // "83,70", never "83.70"
      expect(pdf).toContain(text);
    });
    expect(dimensionChartOption(rapor, 'en').series[0]!.label!.formatter({ value: 83.7 })).toBe(
      formatScore(83.7, 'en'),
    );
  });

  it('the sheet keeps numbers numeric and dates as dates, in WITA, with the layer’s formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderRaporXlsx(rapor)) as unknown as ExcelJS.Buffer);
    const summary = wb.getWorksheet('Ringkasan')!;
    const cellOf = (label: string) => {
      let found: ExcelJS.Cell | undefined;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2);
      });
      expect(found, label).toBeDefined();
      return found!;
    };
    const score = cellOf('Nilai total');
    expect(score.value).toBe(rapor.score);
    expect(score.numFmt).toBe(XLSX_FORMAT.score);

    const generated = cellOf(`Dibuat pada (${zone})`);
    expect(generated.value).toBeInstanceOf(Date);
    expect(generated.numFmt).toBe(XLSX_FORMAT.dateTime);
    const at = generated.value as Date; // wall clock of WITA in its UTC fields
    expect([at.getUTCHours(), at.getUTCMinutes()]).toEqual([19, 1]);
    // The day the sheet shows is the day the PDF prints.
    expect(formatDate(at.toISOString().slice(0, 10), 'id')).toBe(formatDate(GENERATED, 'id', zone));

    const published = cellOf('Dipublikasikan');
    expect(published.numFmt).toBe(XLSX_FORMAT.date);
    expect(formatDate((published.value as Date).toISOString().slice(0, 10), 'id')).toBe(
      formatDate(PUBLISHED, 'id', zone),
    );

    const history = wb.getWorksheet('Riwayat')!;
    expect(history.getRow(1).getCell(2).value).toBe('Waktu (WITA)');
    expect(history.getRow(2).getCell(2).numFmt).toBe(XLSX_FORMAT.dateTime);
  });
});
