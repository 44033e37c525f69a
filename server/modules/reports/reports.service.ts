/**
 * Rapor downloads: the assessments module builds the full rapor, every unit's gaps included (access
 * check, tenancy, publication rule included); this module only renders it, in a worker thread
 * of the heavy-work pool (pdfmake and exceljs are CPU-bound: on the request loop one rapor stalled
 * every other request for 0.5–1.4 s).
 */
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { buildFullRapor, buildFullRaporWithShortfalls } from '../assessments/results/rapor.service';
import { sinceLastYear } from '../assessments/history/cycle-history.service';
import { asBuffer, gatheredFile, runHeavy } from '../../workers/heavy';
import { raporFileName } from './rapor-format';

export type RaporFormat = 'pdf' | 'xlsx';

export interface RenderedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPE: Record<RaporFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The rapor of one government in one cycle as a PDF or Excel file, named `rapor-<government>-<year>`. */
export async function exportRapor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  format: RaporFormat,
): Promise<RenderedFile> {
  return gatheredFile(async () => {
    if (format === 'xlsx') {
      // The workbook also lists every answer below its maximum (Rincian Kekurangan); the PDF keeps
      // to the rapor's grouped form.
      const { rapor, shortfalls } = await buildFullRaporWithShortfalls(db, actor, cycleId, governmentId);
      const body = asBuffer(await runHeavy('rapor-xlsx', { rapor, shortfalls }));
      return { fileName: raporFileName(rapor, format), contentType: CONTENT_TYPE[format], body };
    }
    const rapor = await buildFullRapor(db, actor, cycleId, governmentId);
    // Issue 17: the previous cycle's follow-up, done / not done per unit (same reach as the rapor).
    const since = await sinceLastYear(db, actor, cycleId, governmentId);
    const body = asBuffer(await runHeavy('rapor-pdf', { ...rapor, sinceLastYear: since }));
    return { fileName: raporFileName(rapor, format), contentType: CONTENT_TYPE[format], body };
  });
}
