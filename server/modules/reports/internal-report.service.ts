/**
 * The regent's report on an internal cycle (laporan untuk Bupati/Wali Kota): the assessments module
 * builds its data (access, tenancy and the results rule included); this module renders it in a
 * worker thread of the heavy-work pool, as the rapor (pdfmake and exceljs are CPU-bound).
 */
import type { InternalReportFormat } from '../../../shared/contracts/assessments-internal-results';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { asBuffer, gatheredFile, runHeavy } from '../../workers/heavy';
import { buildInternalReport } from '../assessments/results/internal-results.service';
import { reportFileName } from './internal-report-format';
import type { RenderedFile } from './reports.service';

const CONTENT_TYPE: Record<InternalReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report as a PDF or Excel file, named `laporan-penilaian-mandiri-<government>-<year>`. */
export async function exportInternalReport(
  db: Executor,
  actor: Actor,
  cycleId: string,
  format: InternalReportFormat,
): Promise<RenderedFile> {
  return gatheredFile(async () => {
    const report = await buildInternalReport(db, actor, cycleId);
    const bytes = await runHeavy(format === 'pdf' ? 'internal-report-pdf' : 'internal-report-xlsx', report);
    return {
      fileName: reportFileName(report, format),
      contentType: CONTENT_TYPE[format],
      body: asBuffer(bytes),
    };
  });
}
