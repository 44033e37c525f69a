/**
 * Writes the national results file (.xlsx through exceljs' streaming writer, or the PDF) from the
 * ranked rows the export job read. CPU work: it runs in a worker thread (server/workers/), the
 * job on the main thread only reads the rows and records progress.
 */
import ExcelJS from 'exceljs';
import { XLSX_FORMAT } from '../../../shared/format/format';
import type { RankedRow } from '../assessments/results/results.repository';
import { resultsPdfWriter, type ResultsPdfMeta } from './results-pdf';

export interface ResultsFileInput {
  format: 'xlsx' | 'pdf';
  /** Absolute path of the file to write. */
  file: string;
  meta: ResultsPdfMeta;
  rows: RankedRow[];
}

/** The .xlsx: one header row, one row per government, committed row by row. */
async function writeXlsx(file: string, meta: ResultsPdfMeta, rows: RankedRow[]): Promise<void> {
  const dims = meta.dimensions;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Patuh';
  const ws = wb.addWorksheet('Hasil', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Peringkat (sejenis)', key: 'rank', width: 10 },
    { header: 'Pemerintah/Instansi', key: 'name', width: 44 },
    { header: 'Jenis', key: 'type', width: 14 },
    { header: 'Nilai', key: 'score', width: 10, style: { numFmt: XLSX_FORMAT.score } },
    { header: 'Opini', key: 'band', width: 14 },
    { header: 'Zona', key: 'zone', width: 10 },
    ...dims.map((d) => ({
      header: `${d.code} ${d.name}`,
      key: `dim:${d.code}`,
      width: 16,
      style: { numFmt: XLSX_FORMAT.score },
    })),
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  for (const r of rows) {
    const values: Record<string, string | number | null> = {
      rank: r.rank,
      name: r.name,
      type: r.type,
      score: r.rounded,
      band: r.band,
      zone: r.zone,
    };
    for (const d of dims) values[`dim:${d.code}`] = r.dimensions?.[d.code] ?? null;
    ws.addRow(values).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Writes the export's file; resolves when it is complete on disk. */
export async function writeResultsFile(input: ResultsFileInput): Promise<void> {
  if (input.format === 'xlsx') return writeXlsx(input.file, input.meta, input.rows);
  const pdf = resultsPdfWriter(input.meta);
  pdf.add(input.rows);
  await pdf.write(input.file);
}
