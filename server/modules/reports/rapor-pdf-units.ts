/**
 * The per-unit part of the rapor PDF: unit scores and the *pemetaan kekurangan* per unit, one row
 * per indicator (how many products fall short, lowest and mean value, a few examples), so its
 * length follows the number of indicators and not the number of products.
 */
import type { FullRapor, FullRaporUnit, Rapor, RaporGap } from '../../../shared/contracts/rapor';
import {
  badge,
  GREY,
  head,
  keepTogether,
  sectionTitle,
  textOn,
  titledTable,
  zoneCell,
  zoneFill,
  type Content,
} from './rapor-pdf-blocks';
import {
  exampleLabel,
  exampleValue,
  formatNumber,
  formatScore,
  gapCount,
  gapExtent,
  moreLabel,
  previousUnitLine,
  shortfallCount,
  zoneLabel,
} from './rapor-format';

/** Examples per indicator in the PDF (the rapor carries up to RAPOR_GAP_EXAMPLES). */
export const PDF_EXAMPLES = 3;
/** Longer assessor reasons are cut in the PDF; the Excel file has them whole. */
const REASON_CHARS = 160;

const cut = (text: string) => (text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS - 1)}…` : text);

export function unitSummary(r: Rapor): Content[] {
  if (r.units.length === 0) return [];
  return [
    titledTable(
      sectionTitle('Nilai per Unit'),
      [16, '*', 44, 34, 64, 56],
      head('No', 'Unit', '>Nilai', 'Opini', 'Zona', '>Kekurangan'),
      r.units.map((u, i) => {
        const before = previousUnitLine(r, u);
        return [
          String(i + 1),
          before ? { stack: [u.name, { text: before, fontSize: 7, color: GREY }] } : u.name,
          { text: formatScore(u.score), alignment: 'right', bold: true },
          { text: u.band ?? '—', alignment: 'center' },
          zoneCell(u.zone),
          { text: `${u.gapCount} indikator`, alignment: 'right' },
        ];
      }),
      { fontSize: 9 },
    ),
  ];
}

/** The first examples, each with its value, self value and the assessor's reason, then "dan n lainnya". */
function examples(g: RaporGap): Content {
  const shown = g.examples.slice(0, PDF_EXAMPLES);
  const more = moreLabel(g.count - shown.length);
  const lines: Content[] = shown.map((e) => ({
    text: [
      { text: g.level === 'product' ? exampleLabel(e) : `Nilai ${exampleValue(e)}` },
      e.selfValue === null ? '' : { text: ` (mandiri ${formatNumber(e.selfValue)})`, color: GREY },
      e.reason ? ` — ${cut(e.reason)}` : '',
    ],
  }));
  if (more) lines.push({ text: more, color: GREY, italics: true });
  return { stack: lines };
}

function unitDetail(u: FullRaporUnit, index: number): Content[] {
  const summary =
    u.score === null ? 'Belum dinilai' : `Nilai ${formatScore(u.score)} · Opini ${u.band ?? '—'}`;
  const fill = zoneFill(u.zone);
  const heading: Content[] = [
    { text: `${index + 1}. ${u.name}`, style: 'h3' },
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
  const out: Content[] = [];
  if (u.gaps.length === 0) {
    out.push(
      keepTogether([
        ...heading,
        {
          text:
            u.score === null
              ? 'Belum ada jawaban terverifikasi untuk unit ini.'
              : 'Semua indikator mencapai nilai maksimal.',
          italics: true,
          color: GREY,
        },
      ]),
    );
  } else {
    out.push(
      titledTable(
        { stack: heading, fontSize: 10 },
        [14, 150, 62, 40, 34, '*'],
        head('No', 'Indikator', 'Di bawah maks.', 'Terendah', '>Rerata', 'Contoh dan alasan asesor'),
        u.gaps.map((g, i) => [
          String(i + 1),
          { text: [{ text: `${g.indicator} `, bold: true }, g.name.id] },
          gapExtent(g),
          { text: `${formatNumber(g.min)} / ${formatNumber(g.scaleMax)}`, alignment: 'center', bold: true },
          { text: g.level === 'product' ? formatNumber(g.mean) : '', alignment: 'right' },
          examples(g),
        ]),
        { fontSize: 8 },
      ),
    );
  }
  if (u.improvementPoints.length > 0) {
    out.push(
      keepTogether([
        { text: 'Saran perbaikan untuk unit ini', bold: true, margin: [0, 6, 0, 2] },
        { ul: [...u.improvementPoints], fontSize: 9 },
      ]),
    );
  }
  return out;
}

export function unitDetails(r: FullRapor): Content[] {
  if (r.units.length === 0) return [];
  return [
    sectionTitle('Pemetaan Kekurangan per Unit', { pageBreak: 'before' }),
    {
      text: `Indikator yang belum mencapai nilai maksimal: ${gapCount(r)} indikator di seluruh unit, ${shortfallCount(r)} jawaban. "Di bawah maks." adalah jumlah produk layanan yang nilainya di bawah nilai maksimal (atau belum bernilai) dari produk yang dinilai; "Terendah" dan "Rerata" dihitung dari nilai hasil verifikasi yang dipakai dalam perhitungan; "mandiri" adalah nilai penilaian mandiri unit. Daftar lengkap per produk ada di berkas Excel (lembar Rincian Kekurangan).`,
      color: GREY,
      fontSize: 8.5,
      margin: [0, 0, 0, 6],
    },
    ...r.units.flatMap((u, i) => [{ stack: unitDetail(u, i), margin: [0, 0, 0, 10] }]),
  ];
}
