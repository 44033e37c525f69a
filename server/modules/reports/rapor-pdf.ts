/**
 * The rapor as a PDF in Bahasa Indonesia (pdfmake, server side). Pure: a full rapor (every unit's
 * gaps, `FullRapor`) in, bytes out; no
 * database, no network, and pdfmake may read nothing but its own Roboto font files.
 */
import type { SinceLastYear } from '../../../shared/contracts/crosswalk';
import type { FullRapor, Rapor } from '../../../shared/contracts/rapor';
import { renderDimensionChartSvg } from './rapor-chart';
import {
  badge,
  GREY,
  head,
  keepTogether,
  pageFooter,
  titledTable,
  LINE,
  sectionTitle,
  tableLayout,
  textOn,
  zoneText,
  type Content,
} from './rapor-pdf-blocks';
import { unitDetails, unitSummary } from './rapor-pdf-units';
import {
  cycleStatusLabel,
  formatDate,
  formatDateTime,
  formatDelta,
  formatNumber,
  formatScore,
  governmentTypeLabel,
  INTERNAL_LABEL,
  RAPOR_TITLE,
  rankText,
  ZONE_COLOR,
  zoneLabel,
} from './rapor-format';
import { pdfmake, type DocDefinition } from './pdf-engine';
import { frameworkDisplayName } from '../../../shared/frameworks/framework-label';

function titleBlock(r: Rapor): Content[] {
  const published = r.cycle.publishedAt
    ? ` (dipublikasikan ${formatDate(r.cycle.publishedAt, r.government.timeZone)})`
    : '';
  return [
    { text: RAPOR_TITLE.toUpperCase(), style: 'title' },
    { text: r.government.name, style: 'government' },
    {
      text: `${governmentTypeLabel(r.government.type)} · ${r.government.officeName}`,
      color: GREY,
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    {
      table: {
        widths: [90, '*'],
        body: [
          [
            { text: 'Siklus', color: GREY },
            `${r.cycle.name} · Tahun ${r.cycle.year}${r.cycle.kind === 'internal' ? ` · ${INTERNAL_LABEL}` : ''}`,
          ],
          [{ text: 'Status', color: GREY }, `${cycleStatusLabel(r.cycle.status)}${published}`],
          [
            { text: 'Kerangka penilaian', color: GREY },
            `${frameworkDisplayName(r.framework.name.id, r.framework.compiledBy, 'id')} (versi ${r.framework.version})`,
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
  ];
}

function scoreCard(r: FullRapor): Content {
  const zone = r.band?.zone ?? null;
  const badges: Content[] = [];
  if (r.band) {
    badges.push({
      columns: [
        {
          width: 'auto',
          stack: [
            badge(`Opini ${r.band.code}`, r.band.color ?? ZONE_COLOR[r.band.zone], textOn(r.band.zone)),
          ],
        },
        {
          width: 'auto',
          stack: [badge(zoneLabel(zone).toUpperCase(), ZONE_COLOR[r.band.zone], textOn(zone))],
        },
      ],
      columnGap: 6,
    });
    badges.push({ text: opinionLabel(r), bold: true, fontSize: 12, margin: [0, 6, 0, 0] });
  } else {
    badges.push({ text: 'Belum ada opini: nilai belum lengkap.', italics: true, color: GREY });
  }
  badges.push({ text: rankText(r), margin: [0, 4, 0, 0] });
  if (r.previous) {
    badges.push({
      text: `Tahun ${r.previous.year}: ${formatScore(r.previous.score)} (${formatDelta(r.score, r.previous.score)})`,
      color: GREY,
      margin: [0, 2, 0, 0],
    });
  }
  return {
    table: {
      widths: [150, '*'],
      body: [
        [
          {
            stack: [
              { text: 'Nilai kepatuhan', color: GREY, alignment: 'center' },
              {
                text: formatScore(r.score),
                fontSize: 34,
                bold: true,
                alignment: 'center',
                color: zoneText(zone),
              },
              { text: `dari ${formatNumber(r.framework.scoreMax)}`, color: GREY, alignment: 'center' },
            ],
            margin: [0, 6, 0, 6],
          },
          { stack: badges, margin: [10, 10, 0, 6] },
        ],
      ],
    },
    layout: {
      hLineColor: () => LINE,
      vLineColor: () => LINE,
      hLineWidth: () => 0.8,
      vLineWidth: (i: number) => (i === 1 ? 0.4 : 0.8),
    },
    margin: [0, 0, 0, 14],
  };
}

function dimensionSection(r: Rapor): Content[] {
  const prev = r.previous;
  const header = head(
    'Kode',
    'Dimensi',
    '>Bobot (%)',
    `>Nilai ${r.cycle.year}`,
    ...(prev ? [`>Nilai ${prev.year}`, '>Perubahan'] : []),
  );
  const rows = r.dimensions.map((d) => {
    const before = prev ? (prev.dimensions[d.code] ?? null) : null;
    return [
      d.code,
      d.name.id,
      { text: formatNumber(d.weight), alignment: 'right' },
      { text: formatScore(d.score), alignment: 'right', bold: true },
      ...(prev
        ? [
            { text: formatScore(before), alignment: 'right' },
            { text: formatDelta(d.score, before), alignment: 'right' },
          ]
        : []),
    ];
  });
  const widths = prev ? [62, '*', 44, 50, 50, 52] : [70, '*', 50, 60];
  return [
    keepTogether([
      sectionTitle('Nilai per Dimensi'),
      { table: { headerRows: 1, widths, body: [header, ...rows] }, layout: tableLayout, fontSize: 9 },
    ]),
    { svg: renderDimensionChartSvg(r), width: 515, margin: [0, 10, 0, 0] },
  ];
}

/** The band label; a 2025 opinion gains "Tanpa Maladministrasi" when Taat qualifies (bacaan Patuh). */
function opinionLabel(r: FullRapor): string {
  const label = r.band?.label.id ?? '';
  return r.taat?.opinion2025 && r.taat.qualifies ? `${label} Tanpa Maladministrasi` : label;
}

/** Taat beside the views: from the follow-up backlog, not from the score (rules/taat.json). */
function taatRow(r: FullRapor): Content[] {
  const t = r.taat;
  if (!t) return [];
  const figure =
    t.share === null
      ? '— (belum ada produk Ombudsman yang dihitung)'
      : `${formatScore(t.share)} % — ${t.onTime} dari ${t.counted} produk Ombudsman ditindaklanjuti tepat waktu`;
  return [
    {
      text: `Taat (bacaan Patuh, dari daftar tindak lanjut per ${formatDate(t.asOf, r.government.timeZone)}): ${figure}.`,
      fontSize: 9,
      margin: [0, 4, 0, 0],
    },
  ];
}

function viewSection(r: FullRapor): Content[] {
  if (r.views.length === 0) return taatRow(r);
  return r.views.map((view, i) =>
    keepTogether([
      sectionTitle(view.name.id),
      {
        table: {
          headerRows: 1,
          widths: ['*', 60],
          body: [
            head('Kelompok', '>Nilai'),
            ...view.groups.map((g) => [
              g.label.id,
              { text: formatScore(g.score), alignment: 'right', bold: true },
            ]),
          ],
        },
        layout: tableLayout,
        fontSize: 9,
      },
      ...(i === 0 ? taatRow(r) : []),
    ]),
  );
}

function comparisonSection(r: Rapor): Content[] {
  const prev = r.previous;
  if (!prev) return [];
  return [
    keepTogether([
      sectionTitle(`Perbandingan dengan Tahun ${prev.year}`),
      {
        table: {
          headerRows: 1,
          widths: ['*', 90, 90, 70],
          body: [
            head('', `>${prev.year}`, `>${r.cycle.year}`, '>Perubahan'),
            [
              'Nilai total',
              { text: formatScore(prev.score), alignment: 'right' },
              { text: formatScore(r.score), bold: true, alignment: 'right' },
              { text: formatDelta(r.score, prev.score), alignment: 'right' },
            ],
            [
              'Opini',
              { text: prev.band ?? '—', alignment: 'right' },
              { text: r.band?.code ?? '—', alignment: 'right' },
              '',
            ],
            [
              'Zona',
              { text: zoneLabel(prev.zone), alignment: 'right' },
              { text: zoneLabel(r.band?.zone), alignment: 'right' },
              '',
            ],
          ],
        },
        layout: tableLayout,
        fontSize: 9,
      },
    ]),
  ];
}

function improvementSection(r: Rapor): Content[] {
  return [
    titledTable(
      sectionTitle('Saran Perbaikan'),
      [14, '*'],
      null,
      r.improvementPoints.length > 0
        ? r.improvementPoints.map((p, i) => [`${i + 1}.`, p])
        : [
            [
              { text: 'Asesor belum menuliskan saran perbaikan.', italics: true, color: GREY, colSpan: 2 },
              '',
            ],
          ],
      { fontSize: 9.5, layout: 'noBorders' },
    ),
  ];
}

function historySection(r: Rapor): Content[] {
  if (r.history.length === 0) return [];
  return [
    titledTable(
      sectionTitle('Riwayat Nilai'),
      [34, 150, '*', 50],
      head('Versi', 'Waktu', 'Alasan perubahan', '>Nilai'),
      r.history.map((h) => [
        String(h.version),
        formatDateTime(h.at, r.government.timeZone),
        h.reason,
        { text: formatScore(h.score), alignment: 'right' },
      ]),
      { fontSize: 9 },
    ),
  ];
}

/** The rapor with, when known, the previous cycle's follow-up done / not done per unit (issue 17). */
export type RaporPdfInput = FullRapor & { sinceLastYear?: SinceLastYear | null | undefined };

function sinceLastYearSection(r: RaporPdfInput): Content[] {
  const s = r.sinceLastYear;
  if (!s?.previous || s.units.length === 0) return [];
  return [
    titledTable(
      sectionTitle(`Tindak Lanjut sejak ${s.previous.year}`),
      ['*', 60, 60],
      head('Unit', '>Selesai', '>Belum'),
      s.units.map((u) => [
        u.unitName ?? 'Tingkat pemerintah daerah',
        { text: String(u.done), alignment: 'right' },
        { text: String(u.notDone), alignment: 'right' },
      ]),
      { fontSize: 9 },
    ),
  ];
}

/** The pdfmake document for one rapor (exported for tests that inspect the structure). */
export function raporDocument(r: RaporPdfInput): DocDefinition {
  const generated = formatDateTime(r.generatedAt, r.government.timeZone);
  return {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: {
      title: `${RAPOR_TITLE} — ${r.government.name} ${r.cycle.year}`,
      author: r.government.officeName,
      subject: frameworkDisplayName(r.framework.name.id, r.framework.compiledBy, 'id'),
      creator: 'Patuh',
    },
    header: (page: number) =>
      page === 1
        ? { text: `Patuh · ${r.government.officeName}`, color: GREY, fontSize: 8, margin: [40, 24, 40, 0] }
        : {
            text: `Rapor ${r.government.name} · ${r.cycle.year}`,
            color: GREY,
            fontSize: 8,
            margin: [40, 24, 40, 0],
          },
    footer: pageFooter(generated, [40, 16, 40, 0]),
    // No pageBreakBefore hook (its pass over every node cost seconds and hundreds of MB on a
    // large rapor): headings travel with their tables (titledTable, keepTogether) instead.
    content: [
      ...titleBlock(r),
      scoreCard(r),
      ...dimensionSection(r),
      ...viewSection(r),
      ...comparisonSection(r),
      ...unitSummary(r),
      ...improvementSection(r),
      ...sinceLastYearSection(r),
      ...historySection(r),
      ...unitDetails(r),
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center', color: '#1c3d5a', margin: [0, 0, 0, 6] },
      government: { fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
      h2: { fontSize: 12, bold: true, color: '#1c3d5a', margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
  };
}

/** Renders the rapor of one government as an A4 PDF (Bahasa Indonesia). */
export async function renderRaporPdf(rapor: RaporPdfInput): Promise<Buffer> {
  return pdfmake().createPdf(raporDocument(rapor)).getBuffer();
}
