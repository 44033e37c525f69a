/**
 * The printable A4 sheet of a batch of one-time slips, rendered in the heavy-work pool
 * (server/workers/heavy-tasks.ts `survey-slips-pdf`): a grid of cut-out slips, each with the QR of
 * its own URL, the code in large type for typing in by hand, and one line of instructions.
 */
import { pdfmake, type DocDefinition } from '../reports/pdf-engine';

export interface SlipSheetInput {
  title: string;
  unitName: string;
  instructions: string;
  /** The code and its absolute URL, per slip. */
  slips: { code: string; url: string }[];
  footer: string;
}

const COLUMNS = 3;

function slipCell(s: SlipSheetInput['slips'][number], b: SlipSheetInput) {
  return {
    stack: [
      { text: b.unitName, fontSize: 8, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      { qr: s.url, fit: 110, eccLevel: 'M', alignment: 'center', margin: [0, 0, 0, 4] },
      { text: s.code, fontSize: 15, bold: true, characterSpacing: 1.5, alignment: 'center' },
      { text: b.instructions, fontSize: 7, alignment: 'center', margin: [0, 3, 0, 0] },
    ],
    margin: [4, 8, 4, 8],
  };
}

export function slipSheetDocument(b: SlipSheetInput): DocDefinition {
  const rows: unknown[][] = [];
  for (let i = 0; i < b.slips.length; i += COLUMNS) {
    const row: unknown[] = b.slips.slice(i, i + COLUMNS).map((s) => slipCell(s, b));
    while (row.length < COLUMNS) row.push({ text: '' });
    rows.push(row);
  }
  return {
    pageSize: 'A4',
    pageMargins: [28, 40, 28, 40],
    info: { title: b.title, author: b.unitName },
    header: { text: b.title, fontSize: 9, alignment: 'center', margin: [0, 16, 0, 0] },
    footer: { text: b.footer, fontSize: 8, alignment: 'center', color: '#545b64', margin: [0, 12, 0, 0] },
    content: [
      {
        table: { widths: Array(COLUMNS).fill('*'), body: rows, dontBreakRows: true },
        layout: {
          hLineStyle: () => ({ dash: { length: 4 } }),
          vLineStyle: () => ({ dash: { length: 4 } }),
          hLineColor: () => '#9aa0a6',
          vLineColor: () => '#9aa0a6',
        },
      },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
}

export function renderSlipSheetPdf(b: SlipSheetInput): Promise<Buffer> {
  return pdfmake().createPdf(slipSheetDocument(b)).getBuffer();
}
