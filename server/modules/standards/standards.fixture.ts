/** Test helpers for service standards: a full content, the SK multipart body, set through the API. */
import type { LightMyRequestResponse } from 'fastify';
import type { StandardContent, StandardVersion } from '../../../shared/contracts/standards';
import type { Agent } from '../../test/harness';

/** Every one of the 14 components filled. */
export const FULL_CONTENT: StandardContent = {
  dasar_hukum: 'UU No. 24 Tahun 2013 tentang Administrasi Kependudukan',
  persyaratan: [
    { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
    { document: 'Surat pengantar RT', form: 'asli', count: null, note: null },
  ],
  prosedur: [
    { title: 'Pemohon mengambil nomor antrean', actor: 'Pemohon' },
    { title: 'Petugas memeriksa berkas', actor: 'Petugas loket' },
  ],
  jangka_waktu: { value: 1, unit: 'hari_kerja' },
  biaya: { free: true, items: [], legalBasis: 'UU No. 24 Tahun 2013 Pasal 79A' },
  produk: ['KTP elektronik'],
  sarana: 'Ruang tunggu, mesin antrean, kursi roda',
  kompetensi: 'Memahami aplikasi SIAK',
  pengawasan: 'Atasan langsung',
  pengaduan: [{ kind: 'whatsapp', detail: '0812-0000-0000' }],
  jumlah_pelaksana: '4 orang petugas loket',
  jaminan_pelayanan: 'Layanan sesuai standar',
  jaminan_keamanan: 'Data pemohon dijaga kerahasiaannya',
  evaluasi_kinerja: 'Setiap 6 bulan',
};

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const BOUNDARY = 'patuhstandar';

export const SK_FIELDS = {
  skNumber: '100.3.3.2/12/2026',
  skDate: '2026-11-02',
  skSignatory: 'Kepala Dinas Uji',
  consultationDate: '2026-10-20',
  consultationParticipants: 'Perwakilan RT, tokoh masyarakat, LSM Peduli',
  consultationMinutes: 'Forum konsultasi publik menyepakati standar.',
  reviewDate: '2099-12-31',
  publish: 'true',
};

/** A multipart body: the text fields, then the file under `fileField`. */
export function multipart(
  fields: Record<string, string | number>,
  file: { field?: string; name?: string; type?: string; bytes: Buffer } | null = {
    bytes: PDF_BYTES,
  },
): { body: Buffer; headers: Record<string, string> } {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.field ?? 'sk'}"; filename="${file.name ?? 'sk.pdf'}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

export function postSet(
  agent: Agent,
  id: string,
  rowVersion: number,
  fields: Record<string, string | number> = SK_FIELDS,
  file?: Parameters<typeof multipart>[1],
): Promise<LightMyRequestResponse> {
  const m = multipart({ rowVersion, ...fields }, file);
  return agent.request('POST', `/api/standards/${id}/set`, m.body, m.headers);
}

/** Opens a draft, saves `content`, and (with `set`) sets it as the coordinator; returns the version. */
export async function draftAndSet(
  editor: Agent,
  coordinator: Agent,
  productId: string,
  content: StandardContent,
  opts: { set?: boolean; fields?: Record<string, string> } = {},
): Promise<StandardVersion> {
  const opened = await editor.post(`/api/products/${productId}/standard/draft`);
  if (opened.statusCode !== 201) throw new Error(`open draft: ${opened.statusCode} ${opened.body}`);
  const draft = opened.json<StandardVersion>();
  const saved = await editor.request('PUT', `/api/standards/${draft.id}`, {
    rowVersion: draft.rowVersion,
    content,
    publishManufacturing: false,
  });
  if (saved.statusCode !== 200) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
  const version = saved.json<StandardVersion>();
  if (opts.set === false) return version;
  const set = await postSet(coordinator, version.id, version.rowVersion, {
    ...SK_FIELDS,
    ...opts.fields,
  });
  if (set.statusCode !== 200) throw new Error(`set: ${set.statusCode} ${set.body}`);
  return set.json<StandardVersion>();
}
