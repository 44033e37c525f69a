/**
 * The mix of the synthetic complaints (synth-complaints.ts): outcomes by REFERENCE §4.4 (2025
 * volumes), forms by §3.2 B (2024 closures), channels, reported-body kinds (2025 most reported),
 * days spent per stage, and plausible subjects. Weights are per mille or raw counts.
 */
import type { ClosureReason, ComplaintChannel, ComplaintStage } from '../../../shared/complaints/stages';

export type Outcome = { track: 'reguler' | 'rco'; path: ComplaintStage[]; closes?: ClosureReason };

const P = {
  reg: ['penerimaan', 'verifikasi_formil', 'verifikasi_materiil', 'pleno', 'pemeriksaan'] as ComplaintStage[],
};
const upTo = (stage: ComplaintStage): ComplaintStage[] => {
  if (stage === 'menunggu_kelengkapan') return ['penerimaan', 'verifikasi_formil', 'menunggu_kelengkapan'];
  const i = P.reg.indexOf(stage);
  if (i >= 0) return P.reg.slice(0, i + 1);
  const after: ComplaintStage[] = ['tindakan_korektif', 'resolusi_monitoring', 'rekomendasi'];
  return [...P.reg, ...after.slice(0, after.indexOf(stage) + 1)];
};

/** Outcomes with their weight in per mille of all reports (sums to 1000). */
export const OUTCOMES: [Outcome, number][] = [
  [{ track: 'reguler', path: ['penerimaan', 'selesai'], closes: 'konsultasi' }, 407],
  [{ track: 'reguler', path: ['penerimaan', 'selesai'], closes: 'tembusan' }, 115],
  [{ track: 'rco', path: ['rco', 'selesai'], closes: 'rco_selesai' }, 70],
  [{ track: 'rco', path: ['rco'] }, 4],
  // Regular reports (40.4%): 24% of them open, spread over the stages …
  ...(
    [
      ['penerimaan', 12],
      ['verifikasi_formil', 20],
      ['menunggu_kelengkapan', 8],
      ['verifikasi_materiil', 16],
      ['pleno', 8],
      ['pemeriksaan', 26],
      ['tindakan_korektif', 5],
      ['resolusi_monitoring', 1],
      ['rekomendasi', 1],
    ] as [ComplaintStage, number][]
  ).map(([s, w]): [Outcome, number] => [{ track: 'reguler', path: upTo(s) }, w]),
  // … and 76% closed, by reason.
  [{ track: 'reguler', path: [...upTo('menunggu_kelengkapan'), 'selesai'], closes: 'tidak_lengkap' }, 37],
  [{ track: 'reguler', path: [...upTo('verifikasi_materiil'), 'selesai'], closes: 'bukan_kewenangan' }, 19],
  [{ track: 'reguler', path: [...upTo('verifikasi_materiil'), 'selesai'], closes: 'proses_peradilan' }, 6],
  [{ track: 'reguler', path: [...upTo('verifikasi_materiil'), 'selesai'], closes: 'kedaluwarsa' }, 6],
  [{ track: 'reguler', path: [...upTo('verifikasi_materiil'), 'selesai'], closes: 'sudah_dilaporkan' }, 10],
  [{ track: 'reguler', path: [...upTo('pleno'), 'selesai'], closes: 'ditolak_pleno' }, 15],
  [{ track: 'reguler', path: [...upTo('pemeriksaan'), 'selesai'], closes: 'tidak_ditemukan' }, 44],
  [{ track: 'reguler', path: [...upTo('pemeriksaan'), 'selesai'], closes: 'dihentikan' }, 25],
  [{ track: 'reguler', path: [...upTo('tindakan_korektif'), 'selesai'], closes: 'ditindaklanjuti' }, 100],
  [
    { track: 'reguler', path: [...upTo('rekomendasi'), 'selesai'], closes: 'rekomendasi_tidak_dilaksanakan' },
    2,
  ],
  [{ track: 'reguler', path: [...upTo('verifikasi_formil'), 'selesai'], closes: 'dicabut' }, 7],
];

/** Forms by the 2024 closures (REFERENCE §3.2 B), per mille. */
export const FORMS: [string, number][] = [
  ['penundaan_berlarut', 339],
  ['tidak_memberikan_pelayanan', 300],
  ['penyimpangan_prosedur', 206],
  ['tidak_patut', 44],
  ['permintaan_imbalan', 30],
  ['penyalahgunaan_wewenang', 30],
  ['pengabaian_kewajiban_hukum', 22],
  ['tidak_kompeten', 18],
  ['diskriminasi', 5],
  ['konflik_kepentingan', 3],
  ['berpihak', 2],
  ['belum_dikategorikan', 1],
];
export const CHANNELS: [ComplaintChannel, number][] = [
  ['web', 45],
  ['datang_langsung', 18],
  ['whatsapp', 12],
  ['surat', 10],
  ['email', 8],
  ['telepon', 5],
  ['lapangan', 2],
];
/** Reported bodies 2025 (§4.4): pemda 4766, kementerian 1235, BPN 965, schools 878, BUMN/BUMD 765. */
export const BODIES: [string, number][] = [
  ['pemda', 4766],
  ['kementerian_lembaga', 1235],
  ['bpn', 965],
  ['sekolah_negeri', 878],
  ['bumn_bumd', 765],
  ['kepolisian', 700],
  ['instansi_vertikal', 600],
  ['lainnya', 500],
];
/** Calendar days spent in a stage: [min, max]. */
export const STAY: Record<string, [number, number]> = {
  penerimaan: [0, 5],
  verifikasi_formil: [2, 20],
  menunggu_kelengkapan: [7, 40],
  verifikasi_materiil: [2, 20],
  pleno: [3, 18],
  pemeriksaan: [20, 130],
  tindakan_korektif: [15, 60],
  resolusi_monitoring: [30, 120],
  rekomendasi: [30, 120],
  rco: [1, 12],
};
export const SUBJECTS: Record<string, string[]> = {
  pemda: [
    'KTP-el tidak kunjung terbit',
    'Izin usaha tertunda tanpa kejelasan',
    'Bantuan sosial tidak diterima',
    'Pungutan tambahan pada layanan perizinan',
    'Layanan puskesmas menolak pasien',
  ],
  kementerian_lembaga: ['Pencairan dana pensiun terlambat', 'Paspor tidak selesai sesuai jadwal'],
  bpn: ['Sertifikat tanah tidak terbit', 'Pengukuran tanah tidak dilaksanakan'],
  sekolah_negeri: ['Ijazah ditahan sekolah', 'Pungutan pada penerimaan siswa baru'],
  bumn_bumd: ['Sambungan listrik baru tidak dipasang', 'Tagihan air tidak sesuai pemakaian'],
  kepolisian: ['Laporan polisi tidak ditindaklanjuti', 'Pengurusan SIM dipungut biaya tambahan'],
  instansi_vertikal: ['Layanan BPJS Kesehatan ditolak', 'Pengembalian pajak tertunda'],
  lainnya: ['Layanan publik tidak sesuai standar'],
};
export const BODY_PREFIX: Record<string, string> = {
  bpn: 'Kantor Pertanahan',
  sekolah_negeri: 'SMP Negeri 1',
  bumn_bumd: 'PDAM',
  kepolisian: 'Polres',
  instansi_vertikal: 'Kantor Pelayanan Pajak Pratama',
  lainnya: 'Kantor Pos',
};
