/**
 * The demo, drawn from the five seed articles (REFERENCE §0): Ombudsman offices of Kalimantan Selatan,
 * Sulawesi Barat and Kepulauan Bangka Belitung; Pemprov Kalsel with the 21 SKPD that signed the PKS
 * (seed 001); Pemkab Balangan (seeds 000, 002), Mamuju Tengah (003) and Bangka Barat (004) with the
 * units the Ombudsman samples (REFERENCE §1.3: Dinkes + 2 Puskesmas, Disdik, Dinsos, DPMPTSP, Disdukcapil);
 * Bangka Barat also with the rest of its OPD, UPT, Puskesmas and kecamatan (34 units), which its
 * Inspektorat assesses in its own penilaian mandiri (seed 004, demo-internal.ts).
 * People are fictional role accounts; no real person's name is used.
 */
import type { ProductType, Sector, UnitType } from '../../../shared/contracts/enums';

export interface DemoUnit {
  code: string;
  name: string;
  type: UnitType;
  sector: Sector;
  parent?: string;
  /** The unit's service products when its sector's pair (PRODUCTS_BY_SECTOR) does not fit it. */
  products?: [string, ProductType][];
}

export const DEMO_PASSWORD = 'patuh-demo-2024';

export const DEMO_OFFICES = [
  {
    code: 'KALSEL',
    name: 'Ombudsman RI Perwakilan Kalimantan Selatan',
    provinceCodes: ['63'],
    address: 'Banjarmasin',
  },
  {
    code: 'SULBAR',
    name: 'Ombudsman RI Perwakilan Sulawesi Barat',
    provinceCodes: ['76'],
    address: 'Mamuju',
  },
  {
    code: 'BABEL',
    name: 'Ombudsman RI Perwakilan Kepulauan Bangka Belitung',
    provinceCodes: ['19'],
    address: 'Pangkalpinang',
  },
] as const;

/** The 21 SKPD of Pemprov Kalimantan Selatan that signed the PKS (seed 001). */
export const KALSEL_SKPD: DemoUnit[] = [
  { code: 'INSP', name: 'Inspektorat', type: 'opd', sector: 'pengawasan' },
  {
    code: 'DPMPTSP',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    type: 'opd',
    sector: 'perizinan',
  },
  { code: 'DISDIKBUD', name: 'Dinas Pendidikan dan Kebudayaan', type: 'opd', sector: 'pendidikan' },
  { code: 'DISKOPUKM', name: 'Dinas Koperasi dan UKM', type: 'opd', sector: 'ekonomi' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', type: 'opd', sector: 'infrastruktur' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'opd', sector: 'lingkungan' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'opd', sector: 'komunikasi' },
  { code: 'DP3A', name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', type: 'opd', sector: 'sosial' },
  { code: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', type: 'opd', sector: 'sosial' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'opd', sector: 'perhubungan' },
  { code: 'BAKEUDA', name: 'Badan Keuangan Daerah', type: 'opd', sector: 'keuangan' },
  { code: 'RSJSL', name: 'RSJ Sambang Lihum', type: 'rsud', sector: 'kesehatan' },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', type: 'opd', sector: 'kebencanaan' },
  {
    code: 'DISDUKCAPILKB',
    name: 'Dinas Kependudukan, Pencatatan Sipil dan Keluarga Berencana',
    type: 'opd',
    sector: 'kependudukan',
  },
  { code: 'BKD', name: 'Badan Kepegawaian Daerah', type: 'opd', sector: 'kepegawaian' },
  { code: 'RSUDULIN', name: 'RSUD Ulin', type: 'rsud', sector: 'kesehatan' },
  { code: 'RSUDANSARI', name: 'RSUD Dr. H. Moch. Ansari Saleh', type: 'rsud', sector: 'kesehatan' },
  { code: 'DISDAG', name: 'Dinas Perdagangan', type: 'opd', sector: 'ekonomi' },
  { code: 'DINKES', name: 'Dinas Kesehatan', type: 'opd', sector: 'kesehatan' },
  { code: 'DINSOS', name: 'Dinas Sosial', type: 'opd', sector: 'sosial' },
  {
    code: 'DISNAKERTRANS',
    name: 'Dinas Tenaga Kerja dan Transmigrasi',
    type: 'opd',
    sector: 'ketenagakerjaan',
  },
];

/** The loci the Ombudsman samples in a regency (REFERENCE §1.3, 2023 locus: 5 OPD + 2 Puskesmas). */
export function sampledUnits(puskesmas: [string, string]): DemoUnit[] {
  return [
    { code: 'DINKES', name: 'Dinas Kesehatan', type: 'opd', sector: 'kesehatan' },
    {
      code: 'PKM1',
      name: `Puskesmas ${puskesmas[0]}`,
      type: 'puskesmas',
      sector: 'kesehatan',
      parent: 'DINKES',
    },
    {
      code: 'PKM2',
      name: `Puskesmas ${puskesmas[1]}`,
      type: 'puskesmas',
      sector: 'kesehatan',
      parent: 'DINKES',
    },
    { code: 'DISDIK', name: 'Dinas Pendidikan', type: 'opd', sector: 'pendidikan' },
    { code: 'DINSOS', name: 'Dinas Sosial', type: 'opd', sector: 'sosial' },
    {
      code: 'DPMPTSP',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      type: 'opd',
      sector: 'perizinan',
    },
    {
      code: 'DISDUKCAPIL',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      type: 'opd',
      sector: 'kependudukan',
    },
  ];
}

/** What every kecamatan serves (PATEN, Permendagri 4/2010). */
const KECAMATAN_PRODUCTS: [string, ProductType][] = [
  ['Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 'administratif'],
  ['Penerbitan Surat Keterangan Domisili', 'administratif'],
];

/**
 * The rest of Pemkab Bangka Barat's OPD and UPT, for the Inspektorat's penilaian mandiri over
 * all of them (seed 004). None of them changes the Ombudsman's default sample (sample.ts): no
 * other OPD of the five locus sectors matches its usual name, and the Puskesmas sort after
 * Puskesmas Muntok.
 */
export const BABAR_OTHER_UNITS: DemoUnit[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', type: 'opd', sector: 'lainnya' },
  { code: 'INSP', name: 'Inspektorat Daerah', type: 'opd', sector: 'pengawasan' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', type: 'opd', sector: 'infrastruktur' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', type: 'opd', sector: 'perhubungan' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', type: 'opd', sector: 'lingkungan' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'opd', sector: 'komunikasi' },
  {
    code: 'DP3AP2KB',
    name: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    type: 'opd',
    sector: 'sosial',
  },
  { code: 'DISNAKER', name: 'Dinas Tenaga Kerja dan Transmigrasi', type: 'opd', sector: 'ketenagakerjaan' },
  {
    code: 'DISPERINDAG',
    name: 'Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan',
    type: 'opd',
    sector: 'ekonomi',
  },
  { code: 'BAKEUDA', name: 'Badan Keuangan Daerah', type: 'opd', sector: 'keuangan' },
  {
    code: 'BKPSDM',
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    type: 'opd',
    sector: 'kepegawaian',
  },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', type: 'opd', sector: 'kebencanaan' },
  { code: 'RSUD', name: 'RSUD Sejiran Setason', type: 'rsud', sector: 'kesehatan' },
  ...['Puput', 'Sekar Biru', 'Simpang Teritip', 'Tempilang'].map((place, i) => ({
    code: `PKM${i + 3}`,
    name: `Puskesmas ${place}`,
    type: 'puskesmas' as const,
    sector: 'kesehatan' as const,
    parent: 'DINKES',
  })),
  {
    code: 'UPTD-LABKESDA',
    name: 'UPTD Laboratorium Kesehatan Daerah',
    type: 'upt',
    sector: 'kesehatan',
    parent: 'DINKES',
  },
  {
    code: 'UPTD-PKB',
    name: 'UPTD Pengujian Kendaraan Bermotor',
    type: 'upt',
    sector: 'perhubungan',
    parent: 'DISHUB',
  },
  {
    code: 'UPTD-METROLOGI',
    name: 'UPTD Metrologi Legal',
    type: 'upt',
    sector: 'ekonomi',
    parent: 'DISPERINDAG',
    products: [
      ['Tera dan Tera Ulang Alat Ukur', 'jasa'],
      ['Pengawasan Barang dalam Keadaan Terbungkus', 'jasa'],
    ],
  },
  {
    code: 'UPTD-PERSAMPAHAN',
    name: 'UPTD Pengelolaan Persampahan',
    type: 'upt',
    sector: 'lingkungan',
    parent: 'DLH',
    products: [
      ['Pengangkutan Sampah Rumah Tangga', 'jasa'],
      ['Layanan Bank Sampah', 'jasa'],
    ],
  },
  ...['Muntok', 'Simpang Teritip', 'Kelapa', 'Tempilang', 'Jebus', 'Parittiga'].map((place, i) => ({
    code: `KEC${i + 1}`,
    name: `Kecamatan ${place}`,
    type: 'kecamatan' as const,
    sector: 'kependudukan' as const,
    products: KECAMATAN_PRODUCTS,
  })),
];

export interface DemoRegency {
  regionCode: string;
  office: (typeof DEMO_OFFICES)[number]['code'];
  slug: string;
  puskesmas: [string, string];
  /** Units besides the Ombudsman's locus (sampledUnits). */
  others?: DemoUnit[];
}

export const DEMO_REGENCIES: DemoRegency[] = [
  {
    regionCode: '63.11',
    office: 'KALSEL',
    slug: 'balangan',
    puskesmas: ['Paringin', 'Batumandi'],
  },
  {
    regionCode: '76.06',
    office: 'SULBAR',
    slug: 'mateng',
    puskesmas: ['Tobadak', 'Topoyo'],
  },
  {
    regionCode: '19.05',
    office: 'BABEL',
    slug: 'babar',
    puskesmas: ['Muntok', 'Kelapa'],
    others: BABAR_OTHER_UNITS,
  },
];

/** Two service products per unit, by sector (administratif for permits and documents, jasa for care). */
export const PRODUCTS_BY_SECTOR: Record<Sector, [string, ProductType][]> = {
  kesehatan: [
    ['Pelayanan Rawat Jalan', 'jasa'],
    ['Penerbitan Surat Keterangan Sehat', 'administratif'],
  ],
  pendidikan: [
    ['Legalisir Ijazah', 'administratif'],
    ['Penerbitan Surat Keterangan Pengganti Ijazah', 'administratif'],
  ],
  sosial: [
    ['Rekomendasi Penerima Bantuan Sosial', 'administratif'],
    ['Penerbitan Surat Keterangan Tidak Mampu', 'administratif'],
  ],
  perizinan: [
    ['Persetujuan Bangunan Gedung', 'administratif'],
    ['Izin Usaha melalui OSS', 'administratif'],
  ],
  kependudukan: [
    ['Penerbitan KTP-el', 'administratif'],
    ['Penerbitan Akta Kelahiran', 'administratif'],
  ],
  pengawasan: [
    ['Penanganan Pengaduan Masyarakat', 'jasa'],
    ['Konsultasi Pengawasan Internal', 'jasa'],
  ],
  infrastruktur: [
    ['Rekomendasi Teknis Pemanfaatan Ruang', 'administratif'],
    ['Pengujian Mutu Bahan Konstruksi', 'jasa'],
  ],
  ekonomi: [
    ['Penerbitan Nomor Induk Koperasi', 'administratif'],
    ['Tera Ulang Alat Ukur', 'jasa'],
  ],
  lingkungan: [
    ['Persetujuan Lingkungan', 'administratif'],
    ['Uji Laboratorium Lingkungan', 'jasa'],
  ],
  perhubungan: [
    ['Uji Berkala Kendaraan Bermotor', 'jasa'],
    ['Izin Trayek', 'administratif'],
  ],
  ketenagakerjaan: [
    ['Kartu Pencari Kerja (AK/1)', 'administratif'],
    ['Pencatatan Perjanjian Kerja Bersama', 'administratif'],
  ],
  keuangan: [
    ['Pelayanan Pajak Kendaraan Bermotor', 'administratif'],
    ['Pengesahan Bea Balik Nama Kendaraan', 'administratif'],
  ],
  kepegawaian: [
    ['Layanan Kenaikan Pangkat', 'administratif'],
    ['Layanan Pensiun ASN', 'administratif'],
  ],
  komunikasi: [
    ['Layanan Informasi Publik (PPID)', 'jasa'],
    ['Penyediaan Akses Internet Publik', 'barang'],
  ],
  kebencanaan: [
    ['Penyaluran Bantuan Logistik Bencana', 'barang'],
    ['Kaji Cepat Kebencanaan', 'jasa'],
  ],
  lainnya: [
    ['Layanan Umum', 'jasa'],
    ['Penerbitan Surat Keterangan', 'administratif'],
  ],
};
