/** Test helpers of the standards workbook tests: a full standard, uploads, workbooks read and made. */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { StandardContent } from '../../../shared/contracts/standards';
import type { Agent } from '../../test/harness';
import { STANDARD_COLUMNS } from './standards-sheet';

export const FULL: StandardContent = {
  dasar_hukum: 'UU 24/2013 tentang Administrasi Kependudukan\nPerpres 96/2018',
  persyaratan: [
    { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
    { document: 'Surat pengantar RT/RW', form: 'asli', count: null, note: 'bila pindah datang' },
    { document: 'Formulir F-1.01', form: 'asli_dan_fotokopi', count: 2, note: null },
  ],
  prosedur: [
    { title: 'Pemohon mengambil nomor antrean', actor: 'Pemohon' },
    { title: 'Petugas memeriksa berkas', actor: null },
  ],
  jangka_waktu: { value: 1.5, unit: 'jam' },
  biaya: {
    free: false,
    items: [
      { name: 'Legalisir', amount: 5000 },
      { name: 'Cetak ulang', amount: 10000 },
    ],
    legalBasis: 'Perda No. 3 Tahun 2021',
  },
  produk: ['KTP elektronik', 'Tanda terima'],
  sarana: 'Ruang tunggu ber-AC, kursi roda',
  kompetensi: 'Memahami SIAK',
  pengawasan: 'Kepala bidang',
  pengaduan: [
    { kind: 'whatsapp', detail: '0812-3456-7890' },
    { kind: 'situs', detail: 'https://disdukcapil.example.go.id/lapor' },
    { kind: 'kotak_saran', detail: '' },
  ],
  jumlah_pelaksana: '4 orang',
  jaminan_pelayanan: 'Layanan selesai tepat waktu',
  jaminan_keamanan: 'Data pemohon dijaga kerahasiaannya',
  evaluasi_kinerja: 'Survei kepuasan tiap semester',
};

export function upload(agent: Agent, governmentId: string, content: Buffer, fileName = 'standar.xlsx') {
  const boundary = `----patuh${crypto.randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', `/api/governments/${governmentId}/standards/import`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

/** A one-entry zip whose directory declares `declared` bytes for `data` (a zip bomb when it lies). */
export function oneEntryZip(name: string, data: Buffer, declared: number): Buffer {
  const n = Buffer.from(name);
  const body = zlib.deflateRawSync(data);
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  head.writeUInt16LE(8, 8);
  head.writeUInt32LE(body.length, 18);
  head.writeUInt32LE(declared, 22);
  head.writeUInt16LE(n.length, 26);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(body.length, 20);
  cd.writeUInt32LE(declared, 24);
  cd.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + body.length, 16);
  return Buffer.concat([head, n, body, cd, n, end]);
}

export async function exportFile(agent: Agent, governmentId: string): Promise<Buffer> {
  const res = await agent.get(`/api/governments/${governmentId}/standards/export.xlsx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  return res.rawPayload;
}

/** The Standar sheet as objects keyed by header (header row stripped of `*`). */
export async function readSheet(xlsx: Buffer): Promise<Record<string, string>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Standar')!;
  const headers = (ws.getRow(1).values as string[]).map((h) => String(h ?? '').replace('*', ''));
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const r: Record<string, string> = {};
    (row.values as unknown[]).forEach(
      (v, i) => (r[headers[i]!] = v === null || v === undefined ? '' : String(v)),
    );
    out.push(r);
  });
  return out;
}

/** A workbook with the template's header and these rows (by header text). */
export async function fileWith(rows: Record<string, string>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Standar');
  const headers = STANDARD_COLUMNS.map((c) => c.header);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
