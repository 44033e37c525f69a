/**
 * The survey report as PDF or Excel: the results (access and reach included) built on the main
 * thread, rendered in a worker of the heavy-work pool (pdfmake and exceljs are CPU-bound).
 */
import type { Lang } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { buildReportInput } from './survey-report-data';
import { findPeriod, productNames } from './survey-results.repository';
import { getResults } from './survey-results.service';

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPE = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'survei';

/** GET /api/survey-periods/:id/report.pdf|xlsx (optionally one unit or product). */
export async function exportReport(
  db: Executor,
  actor: Actor,
  periodId: string,
  query: { unitId?: string; productId?: string },
  format: 'pdf' | 'xlsx',
  lang: Lang,
): Promise<ReportFile> {
  const results = await getResults(db, actor, periodId, query);
  const period = (await findPeriod(db, periodId))!;
  const unitName = query.unitId ? (results.units.find((u) => u.id === query.unitId)?.name ?? null) : null;
  const productName = query.productId
    ? ((await productNames(db, [query.productId])).get(query.productId) ?? null)
    : null;
  const input = buildReportInput(results, {
    lang,
    title: period.title,
    governmentName: period.governmentName ?? results.units.map((u) => u.name).join(', '),
    unitName: unitName ?? (results.units.length === 1 ? results.units[0]!.name : null),
    productName,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
  });
  const bytes = await runHeavy(format === 'pdf' ? 'survey-report-pdf' : 'survey-report-xlsx', input);
  return {
    fileName: `laporan-skm-${slug(period.title)}.${format}`,
    contentType: CONTENT_TYPE[format],
    body: asBuffer(bytes),
  };
}
