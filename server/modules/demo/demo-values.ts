/**
 * The demo's deterministic values: a seeded PRNG, a value drawn for a government's quality, and
 * what a verifier writes when lowering a value (demo-assessments.ts, demo-internal.ts).
 */

/** mulberry32: a tiny deterministic PRNG; one stream per (year, government). */
export function prng(seedText: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seedText.length; i++) h = Math.imul(h ^ seedText.charCodeAt(i), 0x01000193) >>> 0;
  let a = h;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pickValue(rand: () => number, quality: number): number {
  const r = rand();
  if (r < quality) return 3;
  if (r < quality + (1 - quality) * 0.55) return 2;
  if (r < quality + (1 - quality) * 0.85) return 1;
  return 0;
}

/**
 * What an assessor writes when lowering a value, per indicator group (the most specific code prefix
 * wins), so each reason speaks of what its indicator asks.
 */
const ADJUST_REASONS: Array<[prefix: string, reason: string]> = [
  ['INPUT.KOMP', 'Wawancara pelaksana: belum dapat menjelaskan hal yang ditanyakan tanpa membuka catatan.'],
  [
    'INPUT.SARPRAS.6',
    'Dokumen standar pelayanan yang diunggah belum ditetapkan dengan keputusan kepala dinas.',
  ],
  [
    'INPUT.SARPRAS.8',
    'Sarana bagi pengguna berkebutuhan khusus belum lengkap (tidak ada ramp dan kursi roda).',
  ],
  [
    'INPUT.SARPRAS',
    'Bukti dukung yang diunggah berasal dari tahun sebelumnya; kegiatan tahun berjalan belum terdokumentasi.',
  ],
  ['PROSES.6', 'Saat kunjungan lapangan, maklumat pelayanan tidak terpampang di ruang layanan.'],
  [
    'PROSES.7',
    'Loket prioritas ada, tetapi tidak ada petugas atau penanda bagi kelompok rentan saat kunjungan.',
  ],
  [
    'PROSES',
    'Saat kunjungan lapangan, informasi ini tidak terpampang di ruang layanan; hanya tersedia di situs web.',
  ],
  ['OUTPUT', 'Wawancara pengguna layanan menunjukkan persepsi yang lebih rendah daripada penilaian mandiri.'],
  ['PENGADUAN.4', 'Bukti pelatihan pengelola pengaduan berasal dari tahun sebelumnya.'],
  [
    'PENGADUAN',
    'Kanal pengaduan tercantum, tetapi saat diuji tidak ada tanggapan dalam waktu yang dijanjikan.',
  ],
];

/** The assessor's reason for lowering the value of `indicator` (see ADJUST_REASONS). */
export function adjustReason(indicator: string): string {
  const match = ADJUST_REASONS.filter(([p]) => indicator === p || indicator.startsWith(`${p}.`)).sort(
    (a, b) => b[0].length - a[0].length,
  )[0];
  return match?.[1] ?? 'Bukti dukung belum sesuai dengan yang diminta indikator.';
}
