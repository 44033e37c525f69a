/**
 * The regent's report on an internal cycle as a PDF in Bahasa Indonesia (pdfmake, server side),
 * labelled "Penilaian mandiri" on every page: the unit ranking, the *pemetaan kekurangan*, the work
 * plan's progress, the improvement points per unit and the comparison with the Ombudsman's last
 * published result per shared indicator (never totals). Pure: data in, bytes out.
 */
import type { InternalReport } from '../../../shared/contracts/assessments-internal-results';
import {
  addressee,
  count,
  dateTime,
  day,
  failingUnits,
  fulfilment,
  points,
  REPORT_LABEL,
  REPORT_TITLE,
  score,
  TOTALS_NOTE,
  WORK_PLAN_LABEL,
} from './internal-report-format';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';
import { pdfmake, type DocDefinition } from './pdf-engine';
import { cycleStatusLabel } from './rapor-format';
import {
  badge,
  GREY,
  head,
  pageFooter,
  sectionTitle,
  titledTable,
  zoneCell,
  type Content,
} from './rapor-pdf-blocks';

const INTERNAL_FILL = '#5f3dc4';
const right = (text: string): Content => ({ text, alignment: 'right' });
const none = (text: string, span: number): Content[] => [
  { text, italics: true, color: GREY, colSpan: span },
  ...Array.from({ length: span - 1 }, () => ''),
];

function titleBlock(r: InternalReport): Content[] {
  const c = r.cycle;
  return [
    {
      columns: [
        { width: '*', text: '' },
        { width: 'auto', stack: [badge(REPORT_LABEL.toUpperCase(), INTERNAL_FILL, '#ffffff')] },
        { width: '*', text: '' },
      ],
    },
    { text: REPORT_TITLE.toUpperCase(), style: 'title', margin: [0, 8, 0, 4] },
    { text: c.government.name, style: 'government' },
    {
      text: `Laporan untuk ${addressee(c.government.type)} · bukan hasil resmi Ombudsman RI`,
      color: GREY,
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        widths: [110, '*'],
        body: [
          [{ text: 'Siklus', color: GREY }, `${c.name} · Tahun ${c.year}`],
          [{ text: 'Status', color: GREY }, cycleStatusLabel(c.status)],
          [
            { text: 'Kerangka penilaian', color: GREY },
            `${frameworkDisplayName(c.framework.name.id, c.framework.compiledBy, 'id')} (versi ${c.framework.version})`,
          ],
          [{ text: 'Penyusun kerangka', color: GREY }, c.framework.issuer],
          [{ text: 'Unit dinilai', color: GREY }, count(r.ranking.length)],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    },
  ];
}

function rankingSection(r: InternalReport): Content {
  return titledTable(
    sectionTitle('Peringkat Unit'),
    [40, '*', 50, 36, 70, 50],
    head('Peringkat', 'Unit', '>Nilai', 'Opini', 'Zona', '>Gagal'),
    r.ranking.length
      ? r.ranking.map((u) => [
          u.rank === null ? '—' : String(u.rank),
          u.name,
          right(score(u.score)),
          u.band ?? '—',
          zoneCell(u.zone),
          right(count(u.failing)),
        ])
      : [none('Belum ada unit.', 6)],
    { fontSize: 9 },
  );
}

function gapSection(r: InternalReport): Content {
  const failing = r.gaps.filter((g) => g.failing > 0 || g.unassessed > 0);
  return titledTable(
    sectionTitle('Pemetaan Kekurangan'),
    [60, '*', 36, 36, 36, 150],
    head('Kode', 'Indikator', '>Tidak', '>Sebagian', '>Belum', 'Unit yang gagal'),
    failing.length
      ? failing.map((g) => [
          g.indicator,
          g.name.id,
          right(count(g.notFulfilled)),
          right(count(g.partly)),
          right(count(g.unassessed)),
          { text: failingUnits(g), fontSize: 8 },
        ])
      : [none('Semua indikator terpenuhi di semua unit.', 6)],
    { fontSize: 9 },
  );
}

function workPlanSection(r: InternalReport): Content {
  const counts = Object.entries(r.workPlan.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${WORK_PLAN_LABEL[k as keyof typeof WORK_PLAN_LABEL]}: ${count(n)}`)
    .join(' · ');
  return titledTable(
    { stack: [sectionTitle('Kemajuan Rencana Kerja'), { text: counts, color: GREY, fontSize: 9 }] },
    ['*', 70, 90, 100, 50],
    head('Unit', 'Jadwal', 'Keadaan', 'Tim Inspektorat', '>Terverifikasi'),
    r.workPlan.items.length
      ? r.workPlan.items.map((i) => [
          i.name,
          day(i.scheduledDate),
          WORK_PLAN_LABEL[i.status],
          { text: i.team.map((m) => m.name).join(', ') || '—', fontSize: 8 },
          right(`${count(i.verified)} / ${count(i.total)}`),
        ])
      : [none('Belum ada rencana kerja.', 5)],
    { fontSize: 9 },
  );
}

function improvementSection(r: InternalReport): Content {
  const rows = r.improvements.flatMap((u) =>
    u.points.map((p, i) => [i === 0 ? { text: u.name ?? r.cycle.government.name, bold: true } : '', p]),
  );
  return titledTable(
    sectionTitle('Saran Perbaikan per Unit'),
    [150, '*'],
    null,
    rows.length ? rows : [none('Verifikator belum menuliskan saran perbaikan.', 2)],
    { fontSize: 9 },
  );
}

function comparisonSection(r: InternalReport): Content[] {
  const c = r.comparison;
  const intro: Content = {
    text: TOTALS_NOTE,
    italics: true,
    fontSize: 9,
    margin: [0, 0, 0, 4],
  };
  if (!c.official)
    return [
      sectionTitle('Perbandingan dengan Hasil Ombudsman RI'),
      intro,
      {
        text: 'Belum ada hasil resmi Ombudsman RI yang dipublikasikan untuk pemerintah ini.',
        italics: true,
        color: GREY,
      },
    ];
  return [
    titledTable(
      {
        stack: [
          sectionTitle('Perbandingan dengan Hasil Ombudsman RI'),
          intro,
          {
            text: `Hasil resmi: ${c.official.name} (${c.official.framework.name.id})`,
            color: GREY,
            fontSize: 9,
          },
        ],
      },
      [60, '*', 55, 55, 45, 130],
      head(
        'Kode',
        'Indikator',
        `>Mandiri ${r.cycle.year}`,
        `>Ombudsman ${c.official.year}`,
        '>Selisih',
        'Unit dinilai keduanya',
      ),
      c.indicators.map((row) => [
        row.indicator,
        row.name.id,
        right(fulfilment(row.internal.fulfilment)),
        right(fulfilment(row.official.fulfilment)),
        right(points(row.difference)),
        {
          text:
            row.commonUnits
              .map((u) => `${u.name}: ${fulfilment(u.internal)} / ${fulfilment(u.official)}`)
              .join('\n') || '—',
          fontSize: 8,
        },
      ]),
      { fontSize: 9 },
    ),
  ];
}

/** The pdfmake document of the report (exported for tests that inspect the structure). */
export function internalReportDocument(r: InternalReport): DocDefinition {
  const generated = dateTime(r, r.generatedAt);
  const label = `${REPORT_LABEL} · ${r.cycle.government.name} · ${r.cycle.year}`;
  return {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: {
      title: `${REPORT_LABEL}: ${REPORT_TITLE} — ${r.cycle.government.name} ${r.cycle.year}`,
      author: r.cycle.government.name,
      subject: r.cycle.framework.name.id,
      creator: 'Patuh',
    },
    header: () => ({ text: label, color: GREY, fontSize: 8, margin: [40, 24, 40, 0] }),
    footer: pageFooter(generated, [40, 16, 40, 0]),
    content: [
      ...titleBlock(r),
      rankingSection(r),
      gapSection(r),
      workPlanSection(r),
      improvementSection(r),
      ...comparisonSection(r),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center', color: '#1c3d5a' },
      government: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
      h2: { fontSize: 12, bold: true, color: '#1c3d5a', margin: [0, 14, 0, 6] },
    },
  };
}

/** Renders the regent's report as an A4 PDF (Bahasa Indonesia). */
export async function renderInternalReportPdf(report: InternalReport): Promise<Buffer> {
  return pdfmake().createPdf(internalReportDocument(report)).getBuffer();
}
