/** Building blocks of the rapor PDF: colours, badges, table layout, headings (pdfmake content). */
import { ZONE_COLOR, isZone, zoneLabel } from './rapor-format';

/** pdfmake content: text, a list of content, or a node object. */
export type Content = string | Content[] | { [key: string]: unknown };

export const GREY = '#868e96';
export const LINE = '#dee2e6';
export const HEAD_FILL = '#f1f3f5';

/** Dark text on yellow, white on red and green. */
export function textOn(zone: string | null | undefined): string {
  return zone === 'kuning' ? '#212529' : '#ffffff';
}

export function zoneFill(zone: string | null | undefined): string | undefined {
  return isZone(zone) ? ZONE_COLOR[zone] : undefined;
}

/** Zone colours darkened enough to read as text on white (yellow text is illegible). */
export const ZONE_TEXT = { merah: '#c92a2a', kuning: '#d9480f', hijau: '#2b8a3e' } as const;

export function zoneText(zone: string | null | undefined): string {
  return isZone(zone) ? ZONE_TEXT[zone] : '#212529';
}

/** A coloured pill: a one-cell table with the fill, as pdfmake has no rounded boxes in text. */
export function badge(text: string, fill: string, color: string, fontSize = 11): Content {
  return {
    table: { body: [[{ text, bold: true, color, fontSize, margin: [6, 2, 6, 2] }]] },
    layout: {
      fillColor: fill,
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
    },
  };
}

/** The page footer of every Patuh PDF: when it was made, and "Halaman X dari Y". */
export function pageFooter(generated: string, margin: [number, number, number, number]) {
  return (page: number, pages: number): Content => ({
    columns: [
      { text: `Dibuat ${generated} oleh Patuh`, color: GREY },
      { text: `Halaman ${page} dari ${pages}`, alignment: 'right', color: GREY },
    ],
    fontSize: 8,
    margin,
  });
}

export const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: () => LINE,
  fillColor: (row: number) => (row === 0 ? HEAD_FILL : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Header cells; a label starting with ">" is right-aligned (numeric columns). */
export function head(...labels: string[]): Content[] {
  return labels.map((label) =>
    label.startsWith('>')
      ? { text: label.slice(1), bold: true, fontSize: 8.5, alignment: 'right' }
      : { text: label, bold: true, fontSize: 8.5 },
  );
}

/** Keeps a short section (title + small table) on one page. */
export function keepTogether(content: Content[]): Content {
  return { stack: content, unbreakable: true };
}

/** Layout of a `titledTable`: row 0 is the title (no fill, no line above), row 1 the column heads. */
export const titledTableLayout = {
  ...tableLayout,
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 ? 0 : i === 1 || i === node.table.body.length ? 0.8 : 0.4,
  fillColor: (row: number) => (row === 1 ? HEAD_FILL : null),
};

/**
 * A table whose heading (a section or unit title) is its first header row: pdfmake keeps it with
 * the column heads and the first body row (`keepWithHeaderRows`) and repeats both on every page the
 * table spans. This keeps a heading from being left alone at the foot of a page without pdfmake's
 * `pageBreakBefore` hook, whose pass over every node made a large rapor slow and memory-hungry.
 */
export function titledTable(
  title: Content,
  widths: Array<number | string>,
  columns: Content[] | null,
  rows: Content[][],
  extra: Record<string, unknown> = {},
): Content {
  const blanks = widths.slice(1).map(() => ({ text: '' }));
  const heading = [{ stack: [title], colSpan: widths.length, margin: [-4, 0, 0, 0] }, ...blanks];
  return {
    table: {
      headerRows: columns ? 2 : 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: columns ? [heading, columns, ...rows] : [heading, ...rows],
    },
    layout: titledTableLayout,
    ...extra,
  };
}

export function sectionTitle(text: string, extra: Record<string, unknown> = {}): Content {
  return { text, style: 'h2', ...extra };
}

export function zoneCell(zone: string | null): Content {
  const fill = zoneFill(zone);
  return fill ? { text: zoneLabel(zone), fillColor: fill, color: textOn(zone), bold: true } : '—';
}
