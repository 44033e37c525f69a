/**
 * A realistic rapor for renderer tests: a regency assessed with the Ombudsman 2022–2024 framework,
 * six sampled units, shortfalls grouped per indicator (unit-level ones, product-level ones on one
 * product, and one spread over eight of ten products, more than the five examples), verified and
 * self values, improvement points, an earlier cycle for the year-over-year comparison and three
 * score versions: a `FullRapor`, as `buildFullRapor` gives it to the renderers. `SHORTFALLS_FIXTURE`
 * is the matching full list for the Excel detail sheet.
 */
import {
  FullRaporSchema,
  type FullRapor,
  type RaporGap,
  type RaporGapExample,
  type RaporShortfall,
} from '../../../shared/contracts/rapor';

const example = (
  product: string | null,
  value: number | null,
  selfValue: number | null,
  reason: string | null,
): RaporGapExample => ({ product, value, selfValue, reason });

/**
 * One shortfall group on a 0–3 scale. `values` are the values of every answer below the maximum
 * (the examples' first, then the rest); `examples` the first of them as the rapor lists them.
 */
function gap(
  indicator: string,
  name: string,
  examples: RaporGapExample[],
  opts: { assessed?: number; values?: Array<number | null> } = {},
): RaporGap {
  const values = opts.values ?? examples.map((e) => e.value);
  const known = values.filter((v): v is number => v !== null);
  return {
    indicator,
    name: { id: name, en: name },
    level: examples.some((e) => e.product !== null) ? 'product' : 'unit',
    scaleMax: 3,
    count: values.length,
    assessed: opts.assessed ?? values.length,
    missing: values.length - known.length,
    min: known.length ? Math.min(...known) : null,
    mean: known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 100) / 100 : null,
    examples,
    more: values.length - examples.length,
  };
}

/** A unit-level indicator below its maximum: one answer. */
const unitGap = (
  indicator: string,
  name: string,
  value: number | null,
  selfValue: number | null,
  reason: string | null,
) => gap(indicator, name, [example(null, value, selfValue, reason)]);

/** A product-level indicator below its maximum on one product. */
const productGap = (
  indicator: string,
  name: string,
  value: number | null,
  selfValue: number | null,
  reason: string | null,
  product: string,
) => gap(indicator, name, [example(product, value, selfValue, reason)]);

/** PROSES.4 at Dinas Kesehatan: 8 of 10 products below the maximum, 5 shown, 3 more. */
const TARIF_PRODUCTS: Array<[string, number, number, string | null]> = [
  [
    'Izin Praktik Tenaga Kesehatan',
    1,
    3,
    'Tarif retribusi tidak dipajang di ruang pelayanan; hanya tersedia di situs web.',
  ],
  ['Izin Apotek', 1, 3, null],
  ['Izin Klinik Pratama', 2, 3, null],
  ['Izin Optik', 2, 2, null],
  ['Izin Toko Obat', 2, 3, null],
  ['Izin Laboratorium Klinik', 2, 2, null],
  ['Sertifikat Laik Higiene Sanitasi', 2, 3, null],
  ['Surat Keterangan Sehat', 2, 2, null],
];

/** A unit with the summary of its gaps, as `buildFullRapor` computes it. */
function withGapSummary<U extends { gaps: RaporGap[] }>(u: U) {
  const product = u.gaps.filter((g) => g.level === 'product').length;
  return {
    ...u,
    gapCount: u.gaps.length,
    gapLevels: { product, unit: u.gaps.length - product },
    shortfallCount: u.gaps.reduce((n, g) => n + g.count, 0),
  };
}

export const RAPOR_FIXTURE: FullRapor = FullRaporSchema.parse({
  cycle: {
    id: '7b0f4a52-3c1e-4d8a-9b61-0c2f5e8d1a01',
    year: 2024,
    name: 'Penilaian Kepatuhan 2024 — DIY',
    kind: 'official',
    status: 'published',
    publishedAt: '2024-12-10T03:00:00.000Z',
  },
  framework: {
    id: 'ombudsman-2022-2024',
    version: '2023.1',
    name: {
      id: 'Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2022–2024',
      en: 'Compliance assessment of public-service delivery 2022–2024',
    },
    scoreMax: 100,
  },
  government: {
    id: '2d6c9e10-8f3b-4a57-a1c4-5b7e9d0f3c22',
    name: 'Pemerintah Kabupaten Sleman',
    type: 'pemkab',
    officeName: 'Ombudsman RI Perwakilan Daerah Istimewa Yogyakarta',
    timeZone: 'WIB',
  },
  score: 76.42,
  band: {
    code: 'C',
    label: { id: 'Opini Kualitas Sedang', en: 'Medium quality opinion' },
    zone: 'kuning',
    color: '#f59f00',
  },
  rank: 3,
  peers: 5,
  dimensions: [
    { code: 'INPUT', name: { id: 'Dimensi Input', en: 'Input' }, weight: 21.85, score: 70.83 },
    {
      code: 'PROSES',
      name: { id: 'Dimensi Proses — Penilaian Kepatuhan', en: 'Process — compliance' },
      weight: 32.37,
      score: 81.06,
    },
    {
      code: 'OUTPUT',
      name: { id: 'Dimensi Output — Persepsi Maladministrasi', en: 'Output — perceived maladministration' },
      weight: 24.24,
      score: 79.5,
    },
    {
      code: 'PENGADUAN',
      name: { id: 'Dimensi Pengelolaan Pengaduan', en: 'Complaint handling' },
      weight: 21.54,
      score: 71.6,
    },
  ],
  views: [
    {
      id: 'pbbt',
      name: { id: 'Patuh, Bersih, Baik, Taat', en: 'Compliant, Clean, Good, Obedient' },
      groups: [
        {
          code: 'patuh',
          label: { id: 'Patuh — kepatuhan standar pelayanan (UU 25/2009)', en: 'Compliant' },
          score: 81.06,
        },
        {
          code: 'bersih',
          label: { id: 'Bersih — bebas maladministrasi menurut pengguna', en: 'Clean' },
          score: 79.5,
        },
        { code: 'baik', label: { id: 'Baik — penyelenggara yang kompeten', en: 'Good' }, score: 70.83 },
        {
          code: 'taat',
          label: { id: 'Taat — menindaklanjuti saran dan rekomendasi Ombudsman', en: 'Obedient' },
          score: 71.6,
        },
      ],
    },
  ],
  units: [
    {
      unitId: 'a1000000-0000-4000-8000-000000000001',
      name: 'Dinas Kesehatan',
      score: 74.25,
      band: 'C',
      zone: 'kuning',
      gaps: [
        gap(
          'PROSES.4',
          'Ketersediaan Biaya/Tarif',
          TARIF_PRODUCTS.slice(0, 5).map(([product, value, self, reason]) =>
            example(product, value, self, reason),
          ),
          { assessed: 10, values: TARIF_PRODUCTS.map(([, value]) => value) },
        ),
        productGap(
          'PROSES.6.B',
          'Substansi/Kualitas Maklumat Pelayanan',
          2,
          2,
          null,
          'Izin Praktik Tenaga Kesehatan',
        ),
        productGap(
          'PROSES.7',
          'Pelayanan Khusus',
          0,
          2,
          'Tidak ada kursi roda maupun jalur landai di loket perizinan.',
          'Sertifikat Laik Higiene Sanitasi',
        ),
        unitGap(
          'INPUT.KOMP.3',
          'Pengetahuan tentang lembaga Ombudsman',
          1,
          3,
          'Petugas loket belum mengetahui kewenangan Ombudsman.',
        ),
        unitGap(
          'PENGADUAN.5',
          'Tindak lanjut dan penyelesaian pengaduan tepat waktu',
          2,
          3,
          'Dua dari lima pengaduan sampel melewati 14 hari kerja.',
        ),
      ],
      improvementPoints: [
        'Pajang standar biaya/tarif pada papan informasi di ruang pelayanan, tidak hanya di situs web.',
        'Sediakan kursi roda dan jalur landai di loket perizinan.',
      ],
    },
    {
      unitId: 'a1000000-0000-4000-8000-000000000002',
      name: 'Dinas Pendidikan',
      score: 68.9,
      band: 'C',
      zone: 'kuning',
      gaps: [
        productGap(
          'PROSES.1',
          'Ketersediaan Persyaratan',
          2,
          3,
          'Persyaratan legalisir ijazah berbeda antara papan informasi dan situs web.',
          'Legalisir Ijazah',
        ),
        productGap(
          'PROSES.3',
          'Ketersediaan Jangka Waktu Penyelesaian',
          1,
          3,
          'Jangka waktu tidak dicantumkan.',
          'Legalisir Ijazah',
        ),
        productGap('PROSES.10', 'Ketersediaan Atribut', 2, 3, null, 'Mutasi Peserta Didik'),
        productGap(
          'OUTPUT.1',
          'Penundaan berlarut',
          1,
          null,
          'Responden melaporkan penyelesaian mutasi lebih dari 10 hari kerja.',
          'Mutasi Peserta Didik',
        ),
      ],
      improvementPoints: [
        'Samakan informasi persyaratan di semua kanal dan cantumkan jangka waktu penyelesaian.',
      ],
    },
    {
      unitId: 'a1000000-0000-4000-8000-000000000003',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      score: 88.4,
      band: 'A',
      zone: 'hijau',
      gaps: [
        productGap(
          'PROSES.9',
          'Ketersediaan Moto Pelayanan',
          2,
          3,
          'Moto pelayanan hanya terpasang di lantai 2.',
          'Persetujuan Bangunan Gedung',
        ),
      ],
      improvementPoints: [],
    },
    {
      unitId: 'a1000000-0000-4000-8000-000000000004',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      score: 81.2,
      band: 'B',
      zone: 'hijau',
      gaps: [
        productGap(
          'PROSES.2',
          'Ketersediaan Sistem, Mekanisme dan Prosedur',
          2,
          3,
          'Bagan alur tidak memuat pelayanan daring.',
          'Kartu Tanda Penduduk Elektronik',
        ),
        unitGap('PENGADUAN.4', 'Pembinaan Pengelola Pengaduan', 1, 1, null),
      ],
      improvementPoints: ['Lengkapi bagan alur dengan alur pelayanan daring.'],
    },
    {
      unitId: 'a1000000-0000-4000-8000-000000000005',
      name: 'Dinas Sosial',
      score: 62.75,
      band: 'C',
      zone: 'kuning',
      gaps: [
        productGap(
          'PROSES.5',
          'Ketersediaan Produk Pelayanan',
          1,
          3,
          'Produk pelayanan rekomendasi PBI tidak dijelaskan.',
          'Rekomendasi Penerima Bantuan Iuran',
        ),
        productGap(
          'PROSES.8',
          'Ketersediaan Visi, Misi Pelayanan',
          0,
          0,
          'Tidak ditemukan saat kunjungan lapangan tanpa pemberitahuan.',
          'Rekomendasi Penerima Bantuan Iuran',
        ),
        productGap(
          'PROSES.11',
          'Ketersediaan Pelayanan Terpadu',
          1,
          2,
          null,
          'Surat Keterangan Terdaftar Lembaga Kesejahteraan Sosial',
        ),
        unitGap(
          'PENGADUAN.1',
          'Ketersediaan sarana pengaduan',
          2,
          3,
          'Kotak pengaduan ada, kanal daring belum ada.',
        ),
        unitGap(
          'PENGADUAN.3',
          'Pengelola pengaduan yang ditunjuk',
          null,
          3,
          'Belum ada SK pengelola pengaduan; jawaban tidak tersedia.',
        ),
      ],
      improvementPoints: [
        'Tetapkan pengelola pengaduan dengan surat keputusan dan buka kanal pengaduan daring.',
      ],
    },
    {
      unitId: 'a1000000-0000-4000-8000-000000000006',
      name: 'Puskesmas Depok I',
      score: null,
      band: null,
      zone: null,
      gaps: [],
      improvementPoints: [],
    },
  ].map(withGapSummary),
  improvementPoints: [
    'Tetapkan standar pelayanan seluruh produk layanan dengan keputusan kepala perangkat daerah dan publikasikan di ruang pelayanan.',
    'Latih petugas pelayanan tentang kewenangan Ombudsman dan tata cara pengelolaan pengaduan.',
    'Pantau tindak lanjut pengaduan agar selesai dalam 14 hari kerja.',
  ],
  previous: {
    cycleId: '5a3e1d20-9b7c-4f61-8e2a-1d4c6b8f0e33',
    year: 2023,
    score: 71.18,
    band: 'C',
    zone: 'kuning',
    dimensions: { INPUT: 66.4, PROSES: 74.92, OUTPUT: 80.1, PENGADUAN: 62.35 },
  },
  history: [
    { version: 1, reason: 'Verifikasi selesai', score: 74.1, at: '2024-09-20T08:15:00.000Z' },
    {
      version: 2,
      reason: 'Sanggahan diterima: PROSES.4 Dinas Kesehatan',
      score: 75.88,
      at: '2024-10-14T02:40:00.000Z',
    },
    {
      version: 3,
      reason: 'Sanggahan diterima: PENGADUAN.5 Dinas Sosial',
      score: 76.42,
      at: '2024-10-21T06:05:00.000Z',
    },
  ],
  generatedAt: '2024-12-12T07:30:00.000Z',
});

/** The fixture with some fields replaced, e.g. `{ previous: null }` for a first cycle. */
export function raporWith(overrides: Partial<FullRapor>): FullRapor {
  return FullRaporSchema.parse({ ...RAPOR_FIXTURE, ...overrides });
}

/**
 * The full list behind the fixture's gaps, as `buildFullRaporWithShortfalls` gives it: each example,
 * and for PROSES.4 at Dinas Kesehatan all eight products.
 */
export const SHORTFALLS_FIXTURE: RaporShortfall[] = RAPOR_FIXTURE.units.flatMap((u) =>
  u.gaps.flatMap((g) =>
    (g.indicator === 'PROSES.4' && u.name === 'Dinas Kesehatan'
      ? TARIF_PRODUCTS.map(([product, value, selfValue, reason]) => ({ product, value, selfValue, reason }))
      : g.examples
    ).map((e) => ({ unitId: u.unitId, indicator: g.indicator, ...e })),
  ),
);
