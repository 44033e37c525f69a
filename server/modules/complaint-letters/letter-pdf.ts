/**
 * A letter as PDF (run in the heavy-work pool: server/workers/heavy-tasks.ts `letter-pdf`): the
 * office's letterhead (name, address), number, date, attachments count, subject, addressee, body,
 * signatory. Only the letter's own fields go in — the caller passes nothing of the case.
 */
import { formatDate } from '../../../shared/format/format';
import { pdfmake, type DocDefinition } from '../reports/pdf-engine';

export interface LetterPdfInput {
  officeName: string;
  officeAddress: string | null;
  number: string;
  letterDate: string;
  addresseeName: string;
  subject: string;
  body: string;
  signatoryName: string;
  signatoryTitle: string;
  attachments: number;
  dueOn: string | null;
  /** Draft letters carry a watermark. */
  draft: boolean;
}

export function letterDocument(l: LetterPdfInput): DocDefinition {
  const paragraphs = l.body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ text: p, margin: [0, 0, 0, 8], alignment: 'justify' }));
  return {
    pageSize: 'A4',
    pageMargins: [60, 50, 60, 60],
    info: { title: `Surat ${l.number}`, author: l.officeName, subject: l.subject },
    ...(l.draft ? { watermark: { text: 'DRAF', opacity: 0.1, bold: true } } : {}),
    content: [
      { text: 'OMBUDSMAN REPUBLIK INDONESIA', bold: true, fontSize: 13, alignment: 'center' },
      { text: l.officeName, bold: true, fontSize: 12, alignment: 'center' },
      ...(l.officeAddress ? [{ text: l.officeAddress, fontSize: 9, alignment: 'center' }] : []),
      {
        canvas: [{ type: 'line', x1: 0, y1: 4, x2: 475, y2: 4, lineWidth: 1.5 }],
        margin: [0, 2, 0, 14],
      },
      {
        columns: [
          {
            width: '*',
            table: {
              widths: [60, 8, '*'],
              body: [
                ['Nomor', ':', l.number],
                ['Lampiran', ':', l.attachments ? `${l.attachments} berkas` : '-'],
                ['Perihal', ':', { text: l.subject, bold: true }],
              ],
            },
            layout: 'noBorders',
          },
          { width: 'auto', text: formatDate(l.letterDate, 'id') },
        ],
        margin: [0, 0, 0, 14],
      },
      { text: 'Yth.', margin: [0, 0, 0, 0] },
      { text: l.addresseeName, bold: true, margin: [0, 0, 0, 14] },
      ...paragraphs,
      ...(l.dueOn
        ? [
            {
              text: `Kami mohon jawaban Saudara paling lambat ${formatDate(l.dueOn, 'id')}.`,
              margin: [0, 4, 0, 8],
            },
          ]
        : []),
      {
        stack: [
          { text: l.signatoryTitle, margin: [0, 20, 0, 50] },
          { text: l.signatoryName, bold: true, decoration: 'underline' },
        ],
        margin: [260, 0, 0, 0],
      },
    ],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
  };
}

export function renderLetterPdf(l: LetterPdfInput): Promise<Buffer> {
  return pdfmake().createPdf(letterDocument(l)).getBuffer();
}
