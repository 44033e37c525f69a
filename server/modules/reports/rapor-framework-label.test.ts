/**
 * A rapor on Patuh's own spot-check set says so in its PDF and Excel ("disusun Patuh", REFERENCE
 * §1.5); a rapor on the Ombudsman's framework carries no such label.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { raporDocument } from './rapor-pdf';
import { renderRaporXlsx } from './rapor-xlsx';
import { RAPOR_FIXTURE, raporWith } from './rapor.fixture';

const spotCheck = raporWith({
  framework: {
    id: 'spot-check-2024',
    version: '2024.1',
    name: {
      id: 'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024',
      en: 'Self-assessment spot check of public-service compliance 2024',
    },
    scoreMax: 100,
    compiledBy: 'patuh',
  },
});

async function frameworkCell(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Ringkasan')!;
  let value = '';
  sheet.eachRow((row) => {
    if (row.getCell(1).value === 'Kerangka penilaian') value = String(row.getCell(2).value);
  });
  return value;
}

describe('the framework label of the rapor', () => {
  it('one helper words it in both languages', () => {
    expect(frameworkDisplayName('Spot check', 'patuh', 'id')).toBe('Spot check (disusun Patuh)');
    expect(frameworkDisplayName('Spot check', 'patuh', 'en')).toBe('Spot check (compiled by Patuh)');
    expect(frameworkDisplayName('Kepatuhan', null, 'id')).toBe('Kepatuhan');
  });

  it('the Excel summary and the PDF header name Patuh as the compiler of the spot-check set', async () => {
    expect(await frameworkCell(await renderRaporXlsx(spotCheck))).toBe(
      'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024 (disusun Patuh)',
    );
    expect(await frameworkCell(await renderRaporXlsx(RAPOR_FIXTURE))).toBe(RAPOR_FIXTURE.framework.name.id);
    const doc = JSON.stringify(raporDocument(spotCheck));
    expect(doc).toContain(
      'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024 (disusun Patuh) (versi 2024.1)',
    );
    expect(JSON.stringify(raporDocument(RAPOR_FIXTURE))).not.toContain('disusun Patuh');
  });
});
