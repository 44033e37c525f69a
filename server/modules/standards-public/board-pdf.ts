/**
 * The A3 display board of a service (issue 15: what a unit hangs in its waiting room), rendered in
 * the heavy-work pool (server/workers/heavy-tasks.ts `standard-board-pdf`): government and unit,
 * the service's name, the six service-delivery components, the maklumat when published, and a QR
 * code (pdfmake's own `qr` node) of the service page's absolute URL with the URL printed under it.
 * The caller passes words already in the page's language; nothing here reads the database.
 */
import { pdfmake, type DocDefinition } from '../reports/pdf-engine';

export interface BoardPdfInput {
  governmentName: string;
  unitName: string;
  serviceName: string;
  /** "STANDAR PELAYANAN" in the page's language. */
  heading: string;
  components: Array<{
    number: number;
    label: string;
    kind: 'ordered' | 'list' | 'text';
    lines: string[];
    note: string | null;
  }>;
  maklumat: { title: string; body: string; signed: string } | null;
  /** The service page's absolute URL (the QR code and the printed address). */
  url: string;
  scanLabel: string;
  footer: string;
}

const BRAND = '#0b5c8a';

function componentBlock(c: BoardPdfInput['components'][number]): Record<string, unknown> {
  const body =
    c.kind === 'ordered'
      ? { ol: c.lines, fontSize: 15, margin: [0, 2, 0, 0] }
      : c.kind === 'list'
        ? { ul: c.lines, fontSize: 15, margin: [0, 2, 0, 0] }
        : { stack: c.lines.map((l) => ({ text: l, fontSize: 17, bold: true })) };
  return {
    unbreakable: c.lines.length <= 12,
    stack: [
      { text: `${c.number}. ${c.label}`, fontSize: 18, bold: true, color: BRAND, margin: [0, 0, 0, 2] },
      body,
      ...(c.note ? [{ text: c.note, fontSize: 12, italics: true, margin: [0, 3, 0, 0] }] : []),
    ],
    margin: [0, 0, 0, 16],
  };
}

export function boardDocument(b: BoardPdfInput): DocDefinition {
  // A3 portrait is 842 × 1191 pt; two columns of components, the QR beside the maklumat.
  const half = Math.ceil(b.components.length / 2);
  return {
    pageSize: 'A3',
    pageOrientation: 'portrait',
    pageMargins: [48, 48, 48, 56],
    info: { title: `${b.serviceName} — ${b.unitName}`, author: b.unitName, subject: b.serviceName },
    footer: { text: b.footer, alignment: 'center', fontSize: 10, color: '#545b64', margin: [0, 20, 0, 0] },
    content: [
      { text: b.governmentName.toUpperCase(), fontSize: 16, bold: true, alignment: 'center' },
      { text: b.unitName, fontSize: 20, bold: true, alignment: 'center', margin: [0, 2, 0, 10] },
      {
        canvas: [{ type: 'rect', x: 0, y: 0, w: 746, h: 4, color: BRAND }],
        margin: [0, 0, 0, 12],
      },
      { text: b.heading.toUpperCase(), fontSize: 14, bold: true, alignment: 'center' },
      {
        text: b.serviceName,
        fontSize: 34,
        bold: true,
        alignment: 'center',
        color: BRAND,
        margin: [0, 0, 0, 20],
      },
      {
        columns: [
          { width: '*', stack: b.components.slice(0, half).map(componentBlock) },
          { width: '*', stack: b.components.slice(half).map(componentBlock) },
        ],
        columnGap: 28,
      },
      {
        unbreakable: true,
        margin: [0, 12, 0, 0],
        columns: [
          b.maklumat
            ? {
                width: '*',
                stack: [
                  { text: b.maklumat.title.toUpperCase(), fontSize: 18, bold: true, color: BRAND },
                  { text: b.maklumat.body, fontSize: 13, margin: [0, 4, 0, 4], alignment: 'justify' },
                  { text: b.maklumat.signed, fontSize: 12, italics: true },
                ],
              }
            : { width: '*', text: '' },
          {
            width: 240,
            stack: [
              { qr: b.url, fit: 220, eccLevel: 'M', alignment: 'center', margin: [0, 0, 0, 6] },
              { text: b.scanLabel, fontSize: 12, bold: true, alignment: 'center' },
            ],
          },
        ],
        columnGap: 24,
      },
      // The address on one line under the QR code, for whoever cannot scan it.
      { text: b.url, fontSize: 11, alignment: 'right', margin: [0, 4, 0, 0] },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 14, lineHeight: 1.2 },
  };
}

export function renderBoardPdf(b: BoardPdfInput): Promise<Buffer> {
  return pdfmake().createPdf(boardDocument(b)).getBuffer();
}
