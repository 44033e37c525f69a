/**
 * Plausible content of a service standard, all 14 components, for the demo and the synthetic data:
 * a handful of typical requirement sets, procedures, times and fees picked by a variant number, so
 * pages and completeness look like a real government's without being copied from one. Pure.
 */
import type { StandardContent } from '../../../shared/contracts/standards';
import { STANDARD_COMPONENT_KEYS, type StandardComponentKey } from '../../../shared/standards/components';

const REQUIREMENTS: NonNullable<StandardContent['persyaratan']>[] = [
  [
    { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
    { document: 'Kartu Tanda Penduduk elektronik', form: 'fotokopi', count: 1, note: null },
    { document: 'Formulir permohonan', form: 'asli', count: 1, note: 'tersedia di loket' },
  ],
  [
    { document: 'Surat permohonan', form: 'asli', count: 1, note: null },
    { document: 'Kartu Tanda Penduduk elektronik pemohon', form: 'fotokopi', count: 1, note: null },
    { document: 'Dokumen teknis pendukung', form: 'digital', count: null, note: 'diunggah melalui aplikasi' },
  ],
  [
    { document: 'Kartu identitas (KTP-el/KIA)', form: 'asli', count: null, note: 'ditunjukkan' },
    {
      document: 'Kartu BPJS Kesehatan atau bukti pembayaran',
      form: 'asli_dan_fotokopi',
      count: 1,
      note: null,
    },
  ],
  [
    { document: 'Surat pengantar RT/RW dan kelurahan/desa', form: 'asli', count: 1, note: null },
    { document: 'Kartu Keluarga', form: 'fotokopi', count: 1, note: null },
    { document: 'Pas foto berwarna 3x4', form: 'asli', count: 2, note: null },
  ],
];

const PROCEDURES: NonNullable<StandardContent['prosedur']>[] = [
  [
    { title: 'Pemohon mengambil nomor antrean dan menyerahkan berkas', actor: 'Pemohon' },
    { title: 'Petugas loket memeriksa kelengkapan berkas', actor: 'Petugas loket' },
    { title: 'Petugas teknis memproses permohonan', actor: 'Petugas teknis' },
    { title: 'Kepala bidang memverifikasi dan menandatangani', actor: 'Kepala bidang' },
    { title: 'Produk layanan diserahkan kepada pemohon', actor: 'Petugas loket' },
  ],
  [
    { title: 'Pemohon mengajukan permohonan melalui aplikasi atau loket', actor: 'Pemohon' },
    { title: 'Verifikasi administrasi', actor: 'Petugas front office' },
    { title: 'Pemeriksaan teknis/lapangan bila diperlukan', actor: 'Tim teknis' },
    { title: 'Penerbitan dokumen dan pemberitahuan kepada pemohon', actor: 'Petugas back office' },
  ],
  [
    { title: 'Pendaftaran di loket', actor: 'Petugas pendaftaran' },
    { title: 'Pemeriksaan/pelayanan oleh petugas', actor: 'Tenaga kesehatan' },
    { title: 'Pemberian resep atau rujukan', actor: 'Dokter' },
  ],
];

const DURATIONS: NonNullable<StandardContent['jangka_waktu']>[] = [
  { value: 1, unit: 'hari_kerja' },
  { value: 30, unit: 'menit' },
  { value: 3, unit: 'hari_kerja' },
  { value: 2, unit: 'jam' },
  { value: 14, unit: 'hari_kerja' },
];

const FEES: NonNullable<StandardContent['biaya']>[] = [
  { free: true, items: [], legalBasis: 'Undang-Undang Nomor 24 Tahun 2013 Pasal 79A' },
  { free: true, items: [], legalBasis: 'Peraturan Daerah tentang Retribusi Daerah' },
  {
    free: false,
    items: [
      { name: 'Retribusi pelayanan', amount: 15000 },
      { name: 'Legalisir per lembar', amount: 2000 },
    ],
    legalBasis: 'Peraturan Daerah Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah',
  },
];

const CHANNELS: NonNullable<StandardContent['pengaduan']>[] = [
  [
    { kind: 'langsung', detail: 'Meja pengaduan di ruang pelayanan' },
    { kind: 'whatsapp', detail: '0812-5000-1234' },
    { kind: 'lapor', detail: 'www.lapor.go.id' },
    { kind: 'kotak_saran', detail: '' },
  ],
  [
    { kind: 'telepon', detail: '(0511) 330-0000' },
    { kind: 'surel', detail: 'pengaduan@pemda.demo.patuh.id' },
    { kind: 'lapor', detail: 'www.lapor.go.id' },
  ],
];

/** The full standard of one service (every component filled); `variant` picks among the samples. */
export function sampleStandardContent(
  productName: string,
  unitName: string,
  variant: number,
): StandardContent {
  const pick = <T>(list: T[]) => list[Math.abs(variant) % list.length]!;
  return {
    dasar_hukum: [
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      'Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan',
      `Peraturan Kepala Daerah tentang Standar Pelayanan pada ${unitName}`,
    ].join('\n'),
    persyaratan: pick(REQUIREMENTS),
    prosedur: pick(PROCEDURES),
    jangka_waktu: pick(DURATIONS),
    biaya: pick(FEES),
    produk: [productName.replace(/^(Penerbitan|Pelayanan|Layanan)\s+/i, '')],
    sarana:
      'Ruang tunggu ber-AC, loket pelayanan, komputer dan printer, kursi roda, jalur landai, ruang laktasi, toilet ramah disabilitas.',
    kompetensi:
      'Berpendidikan minimal SMA/sederajat, memahami peraturan layanan, mampu mengoperasikan aplikasi, ramah dan komunikatif.',
    pengawasan: `Pengawasan melekat oleh atasan langsung dan Kepala ${unitName}; pengawasan fungsional oleh Inspektorat Daerah.`,
    pengaduan: pick(CHANNELS),
    jumlah_pelaksana: `${2 + (Math.abs(variant) % 5)} orang petugas pelayanan`,
    jaminan_pelayanan: `Layanan ${productName} diberikan sesuai standar ini, tepat waktu dan tanpa pungutan di luar ketentuan.`,
    jaminan_keamanan:
      'Data dan dokumen pemohon dijaga kerahasiaannya; ruang pelayanan dilengkapi CCTV dan alat pemadam api ringan.',
    evaluasi_kinerja:
      'Survei kepuasan masyarakat setiap semester dan evaluasi standar pelayanan sekurang-kurangnya sekali setahun.',
  };
}

/** The content without the given components (a standard set with gaps). */
export function withoutComponents(
  content: StandardContent,
  missing: readonly StandardComponentKey[],
): StandardContent {
  const out: Record<string, unknown> = {};
  for (const k of STANDARD_COMPONENT_KEYS)
    if (!missing.includes(k) && content[k] !== undefined) out[k] = content[k];
  return out as StandardContent;
}
