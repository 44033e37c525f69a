/**
 * The follow-up report of one government and the batch letter, as PDF (run in the heavy-work
 * pool: server/workers/heavy-tasks.ts `followup-report-pdf`, `followup-letter-pdf`). In Bahasa
 * Indonesia; dates and numbers through shared/format. Pure: the caller passes plain data.
 */
import { FOLLOWUP_KIND_LABELS, FOLLOWUP_STATUS_LABELS } from '../../../shared/contracts/followups';
import { FOLLOWUP_KINDS, type FollowupKind } from '../../../shared/followups/kinds';
import { FOLLOWUP_STATUSES, type FollowupStatus } from '../../../shared/followups/machine';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../shared/format/format';
import { pdfmake, type DocDefinition } from '../reports/pdf-engine';

const BRAND = '#0b5c8a';
const grid = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#9aa3ad',
  vLineColor: () => '#9aa3ad',
};
const th = (text: string) => ({ text, bold: true, fillColor: '#e8eef3' });
const n = (v: number) => ({ text: formatNumber(v, 'id', 0), alignment: 'right' });
const section = (text: string) => ({ text, bold: true, fontSize: 11, color: BRAND, margin: [0, 12, 0, 4] });

export interface ReportLine {
  kind: FollowupKind;
  unitName: string | null;
  indicatorCode: string | null;
  action: string;
  dueOn: string | null;
  status: FollowupStatus;
  overdue: boolean;
  verifiedAt: string | null;
}

export interface FollowupReportInput {
  governmentName: string;
  officeName: string;
  /** The WIB date overdue was judged on. */
  asOf: string;
  generatedAt: string;
  /** Whose items the reader sees (office staff: their office's; a PIC: their units'). */
  scopeNote: string;
  items: ReportLine[];
}

function itemTable(items: ReportLine[], withStatus: boolean) {
  const head = [th('No'), th('Jenis'), th('Unit'), th('Tindak lanjut'), th('Tenggat')];
  if (withStatus) head.push(th('Status'));
  const widths = withStatus ? [18, 70, 80, '*', 55, 60] : [18, 70, 80, '*', 55];
  const body = items.map((it, i) => {
    const row: unknown[] = [
      String(i + 1),
      FOLLOWUP_KIND_LABELS[it.kind].id,
      it.unitName ?? '—',
      it.indicatorCode ? `[${it.indicatorCode}] ${it.action}` : it.action,
      formatDate(it.dueOn, 'id'),
    ];
    if (withStatus) row.push(FOLLOWUP_STATUS_LABELS[it.status].id + (it.overdue ? ' (terlambat)' : ''));
    return row;
  });
  return { table: { headerRows: 1, widths, body: [head, ...body] }, layout: grid, fontSize: 8.5 };
}

export function followupReportDocument(r: FollowupReportInput): DocDefinition {
  const kinds = FOLLOWUP_KINDS.filter((k) => r.items.some((i) => i.kind === k));
  const count = (k: FollowupKind, pred: (i: ReportLine) => boolean) =>
    r.items.filter((i) => i.kind === k && pred(i)).length;
  const summaryHead = [
    th('Jenis'),
    ...FOLLOWUP_STATUSES.map((s) => th(FOLLOWUP_STATUS_LABELS[s].id)),
    th('Terlambat'),
    th('Jumlah'),
    th('Selesai (%)'),
  ];
  const summaryRows = kinds.map((k) => {
    const total = count(k, () => true);
    const done = count(k, (i) => i.status === 'selesai');
    return [
      FOLLOWUP_KIND_LABELS[k].id,
      ...FOLLOWUP_STATUSES.map((s) => n(count(k, (i) => i.status === s))),
      n(count(k, (i) => i.overdue)),
      n(total),
      { text: formatPercent((100 * done) / total, 'id', 0), alignment: 'right' },
    ];
  });
  const overdue = r.items.filter((i) => i.overdue);
  const done = r.items.filter((i) => i.status === 'selesai');
  const open = r.items.filter((i) => i.status !== 'selesai' && !i.overdue);
  const list = (title: string, items: ReportLine[], withStatus: boolean) => [
    section(`${title} (${formatNumber(items.length, 'id', 0)})`),
    items.length ? itemTable(items, withStatus) : { text: 'Tidak ada.', italics: true },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: `Laporan Tindak Lanjut — ${r.governmentName}`, author: r.officeName },
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    footer: (page: number, pages: number) => ({
      text: `Halaman ${page} dari ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555',
    }),
    content: [
      { text: 'LAPORAN TINDAK LANJUT', fontSize: 14, bold: true, alignment: 'center' },
      { text: r.governmentName.toUpperCase(), fontSize: 11, bold: true, alignment: 'center' },
      {
        text: `${r.officeName} · keadaan per ${formatDate(r.asOf, 'id')}`,
        alignment: 'center',
        margin: [0, 2, 0, 2],
      },
      { text: r.scopeNote, alignment: 'center', fontSize: 8.5, color: '#555', margin: [0, 0, 0, 8] },
      section('Ringkasan menurut jenis dan status'),
      r.items.length
        ? {
            table: { headerRows: 1, body: [summaryHead, ...summaryRows] },
            layout: grid,
          }
        : { text: 'Belum ada butir tindak lanjut.', italics: true },
      {
        text: 'Terlambat: tenggat sudah lewat (tanggal WIB) dan butir belum diverifikasi selesai.',
        fontSize: 8,
        color: '#555',
        margin: [0, 4, 0, 0],
      },
      ...list('Terlambat', overdue, true),
      ...list('Dalam proses', open, true),
      ...list('Selesai', done, false),
      {
        text: `Dibuat dengan Patuh, ${formatDateTime(r.generatedAt, 'id')}.`,
        fontSize: 8,
        color: '#555',
        margin: [0, 12, 0, 0],
      },
    ],
  };
}

export async function renderFollowupReportPdf(r: FollowupReportInput): Promise<Uint8Array> {
  return new Uint8Array(await pdfmake().createPdf(followupReportDocument(r)).getBuffer());
}

export interface LetterItem {
  kind: FollowupKind;
  unitName: string | null;
  indicatorCode: string | null;
  action: string;
  dueOn: string | null;
}

export interface FollowupLetterPdfInput {
  officeName: string;
  officeAddress: string | null;
  number: string;
  letterDate: string;
  subject: string;
  /** "Bupati Balangan": the head of the government, by its type. */
  addressee: string;
  governmentName: string;
  signatoryName: string;
  signatoryPosition: string;
  items: LetterItem[];
}

export function followupLetterDocument(l: FollowupLetterPdfInput): DocDefinition {
  const rows = l.items.map((it, i) => [
    String(i + 1),
    FOLLOWUP_KIND_LABELS[it.kind].id,
    it.unitName ?? '—',
    it.indicatorCode ? `[${it.indicatorCode}] ${it.action}` : it.action,
    formatDate(it.dueOn, 'id'),
  ]);
  const count = formatNumber(l.items.length, 'id', 0);
  return {
    pageSize: 'A4',
    pageMargins: [60, 50, 60, 60],
    info: { title: `Surat ${l.number}`, author: l.officeName, subject: l.subject },
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
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
                ['Lampiran', ':', `1 (satu) daftar, ${count} butir`],
                ['Perihal', ':', { text: l.subject, bold: true }],
              ],
            },
            layout: 'noBorders',
          },
          { width: 'auto', text: formatDate(l.letterDate, 'id') },
        ],
        margin: [0, 0, 0, 14],
      },
      { text: 'Yth.' },
      { text: l.addressee, bold: true },
      { text: 'di tempat', margin: [0, 0, 0, 14] },
      {
        text:
          `Bersama ini kami sampaikan ${count} butir tindak lanjut yang perlu dilaksanakan oleh ` +
          `${l.governmentName}, sebagaimana tercantum dalam daftar di bawah. Kami mohon Saudara ` +
          'menyampaikan bukti pelaksanaan masing-masing butir melalui aplikasi Patuh paling lambat ' +
          'pada tenggat yang tercantum.',
        alignment: 'justify',
        margin: [0, 0, 0, 10],
      },
      {
        table: {
          headerRows: 1,
          widths: [18, 70, 80, '*', 60],
          body: [[th('No'), th('Jenis'), th('Unit'), th('Tindak lanjut'), th('Tenggat')], ...rows],
        },
        layout: grid,
        fontSize: 9,
      },
      {
        text: 'Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
        margin: [0, 12, 0, 8],
      },
      {
        stack: [
          { text: l.signatoryPosition, margin: [0, 12, 0, 50] },
          { text: l.signatoryName, bold: true, decoration: 'underline' },
        ],
        margin: [260, 0, 0, 0],
        unbreakable: true,
      },
    ],
  };
}

export async function renderFollowupLetterPdf(l: FollowupLetterPdfInput): Promise<Uint8Array> {
  return new Uint8Array(await pdfmake().createPdf(followupLetterDocument(l)).getBuffer());
}
