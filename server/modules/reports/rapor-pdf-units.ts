/** The per-unit part of the rapor PDF: unit scores and the *pemetaan kekurangan* per unit. */
import type { Rapor, RaporUnit } from '../../../shared/contracts/rapor';
import {
  badge,
  GREY,
  head,
  sectionTitle,
  tableLayout,
  textOn,
  zoneCell,
  zoneFill,
  type Content,
} from './rapor-pdf-blocks';
import { formatNumber, formatScore, unmetCount, zoneLabel } from './rapor-format';

export function unitSummary(r: Rapor): Content[] {
  if (r.units.length === 0) return [];
  return [
    sectionTitle('Nilai per Unit', { headlineLevel: 1 }),
    {
      table: {
        headerRows: 1,
        widths: [16, '*', 44, 34, 64, 56],
        body: [
          head('No', 'Unit', '>Nilai', 'Opini', 'Zona', '>Kekurangan'),
          ...r.units.map((u, i) => [
            String(i + 1),
            u.name,
            { text: formatScore(u.score), alignment: 'right', bold: true },
            { text: u.band ?? '–', alignment: 'center' },
            zoneCell(u.zone),
            { text: `${u.unmet.length} indikator`, alignment: 'right' },
          ]),
        ],
      },
      layout: tableLayout,
      fontSize: 9,
    },
  ];
}

function unitDetail(u: RaporUnit, index: number): Content[] {
  const summary =
    u.score === null ? 'Belum dinilai' : `Nilai ${formatScore(u.score)} · Opini ${u.band ?? '–'}`;
  const fill = zoneFill(u.zone);
  const out: Content[] = [
    { text: `${index + 1}. ${u.name}`, style: 'h3', headlineLevel: 1 },
    {
      columns: [
        {
          width: 'auto',
          text: summary,
          bold: true,
          color: u.score === null ? GREY : '#212529',
          margin: [0, 2, 0, 0],
        },
        ...(fill ? [{ width: 'auto', stack: [badge(zoneLabel(u.zone), fill, textOn(u.zone), 8.5)] }] : []),
      ],
      columnGap: 8,
      margin: [0, 0, 0, 4],
    },
  ];
  if (u.unmet.length === 0) {
    out.push({
      text:
        u.score === null
          ? 'Belum ada jawaban terverifikasi untuk unit ini.'
          : 'Semua indikator mencapai nilai maksimal.',
      italics: true,
      color: GREY,
    });
  } else {
    out.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [14, '*', 86, 38, 38, 130],
        body: [
          head('No', 'Indikator', 'Produk layanan', 'Nilai', 'Nilai mandiri', 'Alasan asesor'),
          ...u.unmet.map((m, i) => [
            String(i + 1),
            { text: [{ text: `${m.indicator} `, bold: true }, m.name.id] },
            m.product ?? { text: 'Tingkat unit', color: GREY },
            {
              text: `${formatNumber(m.value)} / ${formatNumber(m.scaleMax)}`,
              alignment: 'center',
              bold: true,
            },
            { text: formatNumber(m.selfValue), alignment: 'center' },
            m.reason ?? { text: '–', color: GREY },
          ]),
        ],
      },
      layout: tableLayout,
      fontSize: 8.5,
    });
  }
  if (u.improvementPoints.length > 0) {
    out.push({ text: 'Saran perbaikan untuk unit ini', bold: true, margin: [0, 6, 0, 2] });
    out.push({ ul: [...u.improvementPoints], fontSize: 9 });
  }
  return out;
}

export function unitDetails(r: Rapor): Content[] {
  if (r.units.length === 0) return [];
  return [
    sectionTitle('Pemetaan Kekurangan per Unit', { pageBreak: 'before' }),
    {
      text: `Indikator yang belum mencapai nilai maksimal (${unmetCount(r)} indikator). "Nilai" adalah nilai hasil verifikasi yang dipakai dalam perhitungan; "Nilai mandiri" adalah nilai penilaian mandiri unit.`,
      color: GREY,
      fontSize: 8.5,
      margin: [0, 0, 0, 6],
    },
    ...r.units.flatMap((u, i) => [{ stack: unitDetail(u, i), margin: [0, 0, 0, 10] }]),
  ];
}
