/**
 * The national results as a PDF in Bahasa Indonesia (pdfmake, server side): landscape A4, one
 * table row per government, the header row repeated on every page. The export job feeds the rows
 * batch by batch (`add`); each row is turned into its table cells at once, so the ranked rows
 * themselves are not kept. pdfmake lays the whole document out before it writes, which is fine at
 * the national size (591 governments ≈ 20 pages).
 */
import type { RankedRow } from '../assessments/results/results.repository';
import type { TimeZoneCode } from '../../../shared/format/time-zones';
import { formatDateTime, formatScore, governmentTypeLabel } from './rapor-format';
import { pdfmake } from './pdf-engine';
import { GREY, head, pageFooter, tableLayout, zoneCell, type Content } from './rapor-pdf-blocks';

export const RESULTS_PDF_TITLE = 'Hasil Penilaian Kepatuhan';

export interface ResultsPdfMeta {
  cycleName: string;
  year: number;
  framework: { name: string; version: string };
  /** The framework's top-level nodes: one score column each. */
  dimensions: Array<{ code: string; name: string }>;
  generatedAt: string;
  /** The office's zone: the stamp reads "4 Des 2026, 19.01 WITA". */
  timeZone: TimeZoneCode;
}

/** "Penilaian … 2024" stays as it is; a name without its year gets " 2024". */
export function resultsPdfHeading(cycleName: string, year: number): string {
  return cycleName.includes(String(year)) ? cycleName : `${cycleName} ${year}`;
}

const right = (text: string): Content => ({ text, alignment: 'right' });

function rowCells(r: RankedRow, dimensions: ResultsPdfMeta['dimensions']): Content[] {
  return [
    right(r.rank === null ? '—' : `${r.rank} dari ${r.peers}`),
    r.name,
    governmentTypeLabel(r.type),
    { text: formatScore(r.rounded), alignment: 'right', bold: true },
    { text: r.band ?? '—', alignment: 'center' },
    zoneCell(r.zone),
    ...dimensions.map((d) => right(formatScore(r.dimensions?.[d.code] ?? null))),
  ];
}

/** Collects the table rows of the results PDF and writes the file at the end. */
export function resultsPdfWriter(meta: ResultsPdfMeta) {
  const body: Content[][] = [
    head(
      '>Peringkat (sejenis)',
      'Pemerintah/Instansi',
      'Jenis',
      '>Nilai',
      'Opini',
      'Zona',
      ...meta.dimensions.map((d) => `>${d.code}`),
    ),
  ];
  let count = 0;

  function document(): Record<string, unknown> {
    const generated = formatDateTime(meta.generatedAt, meta.timeZone);
    const heading = resultsPdfHeading(meta.cycleName, meta.year);
    const legend = meta.dimensions.map((d) => `${d.code}: ${d.name}`).join(' · ');
    // Four dimension columns (the Ombudsman frameworks) fit their codes; six (PEKPPP) wrap them.
    const dimWidth = meta.dimensions.length <= 4 ? 58 : 48;
    const rows: Content[][] =
      count > 0
        ? body
        : [
            ...body,
            [
              {
                text: 'Belum ada hasil dalam jangkauan Anda.',
                italics: true,
                color: GREY,
                colSpan: body[0]!.length,
              },
              ...Array.from({ length: body[0]!.length - 1 }, () => ''),
            ],
          ];
    return {
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [30, 40, 30, 40],
      info: {
        title: `${RESULTS_PDF_TITLE} — ${heading}`,
        subject: meta.framework.name,
        creator: 'Patuh',
      },
      header: (page: number) =>
        page === 1
          ? null
          : {
              text: `${RESULTS_PDF_TITLE} · ${heading}`,
              color: GREY,
              fontSize: 8,
              margin: [30, 18, 30, 0],
            },
      footer: pageFooter(generated, [30, 14, 30, 0]),
      content: [
        { text: RESULTS_PDF_TITLE, style: 'title' },
        { text: heading, style: 'cycle' },
        {
          text: `Kerangka penilaian: ${meta.framework.name} (versi ${meta.framework.version})`,
          color: GREY,
        },
        { text: `Dibuat ${generated} · ${count} pemerintah/instansi`, color: GREY },
        legend ? { text: `Dimensi — ${legend}`, color: GREY, fontSize: 8, margin: [0, 2, 0, 0] } : '',
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [50, '*', 82, 36, 30, 50, ...meta.dimensions.map(() => dimWidth)],
            body: rows,
          },
          layout: tableLayout,
          fontSize: 8,
          margin: [0, 10, 0, 0],
        },
      ],
      defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.1 },
      styles: {
        title: { fontSize: 16, bold: true, color: '#1c3d5a' },
        cycle: { fontSize: 12, bold: true, margin: [0, 2, 0, 4] },
      },
    };
  }

  return {
    /** Adds one batch of ranked rows (in their final order). */
    add(rows: RankedRow[]): void {
      for (const r of rows) body.push(rowCells(r, meta.dimensions));
      count += rows.length;
    },
    /** The pdfmake document so far (tests inspect its structure). */
    document,
    /** Lays the document out and streams it into the file. */
    write(file: string): Promise<void> {
      return pdfmake().createPdf(document()).write(file);
    },
  };
}
