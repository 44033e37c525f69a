/**
 * The survey report rendered in the heavy-work pool (server/workers/heavy-tasks.ts `survey-report-pdf`
 * and `survey-report-xlsx`): the annex's table of elements (NRR, NRR tertimbang), the IKM, mutu and
 * kinerja, the exclusions, per-unit figures, the profile tables, suggestions and improvement points.
 * Numbers in the PDF through shared/format ("88,31"); in the workbook numeric cells. Pure.
 */
import ExcelJS from 'exceljs';
import { formatDateRange, formatNumber, formatScore, XLSX_FORMAT } from '../../../shared/format/format';
import { pdfmake, type DocDefinition } from '../reports/pdf-engine';
import type { SurveyReportInput } from './survey-report-data';

const BRAND = '#0b5c8a';
const grid = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9aa3ad',
  vLineColor: () => '#9aa3ad',
};
const th = (text: string) => ({ text, bold: true, fillColor: '#e8eef3' });

export function surveyReportDocument(r: SurveyReportInput): DocDefinition {
  const L = r.labels;
  const n3 = (v: number | null) => formatNumber(v, r.lang, 3);
  const info: Array<[string, string]> = [
    [L.government, r.governmentName],
    [L.unit, r.unitName],
    ...(r.productName ? ([[L.product, r.productName]] as Array<[string, string]>) : []),
    [L.period, `${r.periodTitle} (${formatDateRange(r.startsOn, r.endsOn, r.lang)})`],
    [L.respondents, formatNumber(r.respondents, r.lang, 0)],
    [L.received, formatNumber(r.received, r.lang, 0)],
    [L.staff, formatNumber(r.staffEntered, r.lang, 0)],
    [L.excluded, formatNumber(r.excludedTotal, r.lang, 0)],
  ];
  const elementRows = r.elements.map((e) => [
    String(e.no),
    `${e.code}. ${e.name}`,
    { text: n3(e.nrr), alignment: 'right' },
    { text: n3(e.weighted), alignment: 'right' },
  ]);
  const summary: Array<[string, string]> = [
    [L.total, n3(r.weightedTotal)],
    [L.ikm, formatScore(r.ikmRounded, r.lang)],
    [L.grade, r.grade ?? '—'],
    [L.performance, r.gradeLabel ?? '—'],
    [L.ikm011, formatScore(r.ikm011, r.lang)],
  ];
  const section = (text: string) => ({ text, bold: true, fontSize: 11, color: BRAND, margin: [0, 12, 0, 4] });
  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: `${r.title} — ${r.unitName}`, subject: r.periodTitle },
    defaultStyle: { fontSize: 9.5 },
    content: [
      { text: r.title, fontSize: 14, bold: true, alignment: 'center' },
      {
        text: r.governmentName.toUpperCase(),
        fontSize: 11,
        bold: true,
        alignment: 'center',
        margin: [0, 2, 0, 8],
      },
      ...(r.interim ? [{ text: L.interim, italics: true, color: '#a15c00', alignment: 'center' }] : []),
      { table: { widths: [170, '*'], body: info }, layout: 'noBorders', margin: [0, 6, 0, 0] },
      section(L.element),
      {
        table: {
          headerRows: 1,
          widths: [22, '*', 70, 70],
          body: [[th(L.no), th(L.element), th(L.nrr), th(L.weighted)], ...elementRows],
        },
        layout: grid,
      },
      {
        table: {
          widths: ['*', 90],
          body: summary.map(([a, b]) => [
            { text: a, bold: true },
            { text: b, alignment: 'right' },
          ]),
        },
        layout: grid,
        margin: [0, 6, 0, 0],
      },
      { text: L.weightNote, fontSize: 8, italics: true, margin: [0, 3, 0, 0] },
      section(L.excluded),
      {
        table: {
          widths: ['*', 60],
          body: r.excluded.map((x) => [
            x.label,
            { text: formatNumber(x.count, r.lang, 0), alignment: 'right' },
          ]),
        },
        layout: grid,
      },
      ...(r.units.length > 1
        ? [
            section(L.units),
            {
              table: {
                headerRows: 1,
                widths: ['*', 60, 60, 40],
                body: [
                  [th(L.unit), th(L.respondents), th('IKM'), th(L.grade)],
                  ...r.units.map((u) => [
                    u.name,
                    { text: formatNumber(u.respondents, r.lang, 0), alignment: 'right' },
                    { text: formatScore(u.ikmRounded, r.lang), alignment: 'right' },
                    u.grade ?? '—',
                  ]),
                ],
              },
              layout: grid,
            },
          ]
        : []),
      section(L.profile),
      ...r.profile.map((p) => ({
        table: {
          headerRows: 1,
          widths: ['*', 60],
          body: [
            [th(p.label), th(L.count)],
            ...p.rows.map((x) => [x.label, { text: formatNumber(x.count, r.lang, 0), alignment: 'right' }]),
          ],
        },
        layout: grid,
        margin: [0, 0, 0, 6],
      })),
      section(L.improvements),
      r.improvements.length
        ? { ol: r.improvements.map((e) => `${e.code}. ${e.name} — NRR ${n3(e.nrr)}`) }
        : { text: L.none },
      section(L.suggestions),
      r.suggestions.length ? { ul: r.suggestions } : { text: L.none },
    ],
  };
}

export async function renderSurveyReportPdf(r: SurveyReportInput): Promise<Uint8Array> {
  return new Uint8Array(await pdfmake().createPdf(surveyReportDocument(r)).getBuffer());
}

/** The same report as a workbook: Ringkasan (elements and IKM), Unit, Profil, Saran. */
export async function renderSurveyReportXlsx(r: SurveyReportInput): Promise<Uint8Array> {
  const L = r.labels;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ringkasan');
  ws.columns = [{ width: 8 }, { width: 46 }, { width: 16 }, { width: 16 }];
  ws.addRow([r.title]).font = { bold: true, size: 13 };
  for (const [a, b] of [
    [L.government, r.governmentName],
    [L.unit, r.unitName],
    [L.period, r.periodTitle],
  ] as const)
    ws.addRow([a, b]);
  for (const [a, b] of [
    [L.respondents, r.respondents],
    [L.received, r.received],
    [L.staff, r.staffEntered],
    [L.excluded, r.excludedTotal],
  ] as const)
    ws.addRow([a, b]);
  ws.addRow([]);
  ws.addRow([L.no, L.element, L.nrr, L.weighted]).font = { bold: true };
  for (const e of r.elements) {
    const row = ws.addRow([e.no, `${e.code}. ${e.name}`, e.nrr, e.weighted]);
    row.getCell(3).numFmt = '0.000';
    row.getCell(4).numFmt = '0.000';
  }
  const put = (label: string, value: number | string | null, fmt?: string) => {
    const row = ws.addRow(['', label, value]);
    row.getCell(2).font = { bold: true };
    if (fmt) row.getCell(3).numFmt = fmt;
  };
  put(L.total, r.weightedTotal, '0.000');
  put(L.ikm, r.ikmRounded, XLSX_FORMAT.score);
  put(L.grade, r.grade);
  put(L.performance, r.gradeLabel);
  put(L.ikm011, r.ikm011, XLSX_FORMAT.score);
  ws.addRow([]);
  ws.addRow(['', L.excluded]).font = { bold: true };
  for (const x of r.excluded) ws.addRow(['', x.label, x.count]);
  ws.addRow([]);
  ws.addRow(['', L.improvements]).font = { bold: true };
  for (const e of r.improvements) ws.addRow(['', `${e.code}. ${e.name}`, e.nrr]).getCell(3).numFmt = '0.000';

  const us = wb.addWorksheet('Unit');
  us.columns = [{ width: 46 }, { width: 14 }, { width: 12 }, { width: 10 }];
  us.addRow([L.unit, L.respondents, 'IKM', L.grade]).font = { bold: true };
  for (const u of r.units)
    us.addRow([u.name, u.respondents, u.ikmRounded, u.grade]).getCell(3).numFmt = XLSX_FORMAT.score;

  const ps = wb.addWorksheet('Profil');
  ps.columns = [{ width: 30 }, { width: 30 }, { width: 10 }];
  for (const p of r.profile) for (const x of p.rows) ps.addRow([p.label, x.label, x.count]);

  const ss = wb.addWorksheet('Saran');
  ss.columns = [{ width: 100 }];
  for (const s of r.suggestions) ss.addRow([s]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
