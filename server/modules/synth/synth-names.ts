/**
 * Vocabulary of the synthetic Indonesia: ministries and agencies, the usual OPD of a local
 * government, UPT kinds and service products per sector. Names are generic office names, never
 * people; the counts follow the Ombudsman's 587-entity year (25 kementerian, 14 lembaga).
 */
import type { ProductType, Sector } from '../../../shared/contracts/enums';

export type { ProductType, Sector };

export const KEMENTERIAN: Array<[string, Sector]> = [
  ['Kementerian Dalam Negeri', 'kependudukan'],
  ['Kementerian Luar Negeri', 'lainnya'],
  ['Kementerian Pertahanan', 'lainnya'],
  ['Kementerian Hukum', 'lainnya'],
  ['Kementerian Keuangan', 'keuangan'],
  ['Kementerian Energi dan Sumber Daya Mineral', 'perizinan'],
  ['Kementerian Perindustrian', 'ekonomi'],
  ['Kementerian Perdagangan', 'ekonomi'],
  ['Kementerian Pertanian', 'ekonomi'],
  ['Kementerian Lingkungan Hidup dan Kehutanan', 'lingkungan'],
  ['Kementerian Perhubungan', 'perhubungan'],
  ['Kementerian Kelautan dan Perikanan', 'ekonomi'],
  ['Kementerian Ketenagakerjaan', 'ketenagakerjaan'],
  ['Kementerian Pekerjaan Umum dan Perumahan Rakyat', 'infrastruktur'],
  ['Kementerian Kesehatan', 'kesehatan'],
  ['Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi', 'pendidikan'],
  ['Kementerian Sosial', 'sosial'],
  ['Kementerian Agama', 'lainnya'],
  ['Kementerian Pariwisata dan Ekonomi Kreatif', 'ekonomi'],
  ['Kementerian Komunikasi dan Informatika', 'komunikasi'],
  ['Kementerian Koperasi dan Usaha Kecil dan Menengah', 'ekonomi'],
  ['Kementerian Pemberdayaan Perempuan dan Perlindungan Anak', 'sosial'],
  ['Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', 'kepegawaian'],
  ['Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi', 'sosial'],
  ['Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', 'perizinan'],
];

export const LEMBAGA: Array<[string, Sector]> = [
  ['Kepolisian Negara Republik Indonesia', 'lainnya'],
  ['Kejaksaan Republik Indonesia', 'lainnya'],
  ['Badan Pengawas Obat dan Makanan', 'kesehatan'],
  ['Badan Pusat Statistik', 'lainnya'],
  ['Badan Kepegawaian Negara', 'kepegawaian'],
  ['Badan Narkotika Nasional', 'lainnya'],
  ['Badan Nasional Penanggulangan Bencana', 'kebencanaan'],
  ['Badan Meteorologi, Klimatologi, dan Geofisika', 'lainnya'],
  ['Badan Kependudukan dan Keluarga Berencana Nasional', 'kependudukan'],
  ['Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', 'ekonomi'],
  ['Badan Pelindungan Pekerja Migran Indonesia', 'ketenagakerjaan'],
  ['Badan Nasional Pencarian dan Pertolongan', 'kebencanaan'],
  ['Badan Informasi Geospasial', 'lainnya'],
  ['Badan Standardisasi Nasional', 'ekonomi'],
];

export interface OpdTemplate {
  code: string;
  name: string;
  sector: Sector;
}

/** The five sectors of the 2022–2024 locus come first: every local government has them. */
export const LOCUS_OPD: OpdTemplate[] = [
  { code: 'DINKES', name: 'Dinas Kesehatan', sector: 'kesehatan' },
  { code: 'DISDIK', name: 'Dinas Pendidikan', sector: 'pendidikan' },
  { code: 'DINSOS', name: 'Dinas Sosial', sector: 'sosial' },
  { code: 'DPMPTSP', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', sector: 'perizinan' },
  { code: 'DISDUKCAPIL', name: 'Dinas Kependudukan dan Pencatatan Sipil', sector: 'kependudukan' },
];

export const OTHER_OPD: OpdTemplate[] = [
  { code: 'SETDA', name: 'Sekretariat Daerah', sector: 'lainnya' },
  { code: 'INSP', name: 'Inspektorat', sector: 'pengawasan' },
  { code: 'DPUPR', name: 'Dinas Pekerjaan Umum dan Penataan Ruang', sector: 'infrastruktur' },
  { code: 'DISHUB', name: 'Dinas Perhubungan', sector: 'perhubungan' },
  { code: 'DLH', name: 'Dinas Lingkungan Hidup', sector: 'lingkungan' },
  { code: 'DISNAKER', name: 'Dinas Tenaga Kerja', sector: 'ketenagakerjaan' },
  { code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', sector: 'kepegawaian' },
  { code: 'BPKAD', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', sector: 'keuangan' },
  { code: 'BAPENDA', name: 'Badan Pendapatan Daerah', sector: 'keuangan' },
  { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', sector: 'komunikasi' },
  { code: 'BPBD', name: 'Badan Penanggulangan Bencana Daerah', sector: 'kebencanaan' },
  { code: 'DISPERINDAG', name: 'Dinas Perindustrian dan Perdagangan', sector: 'ekonomi' },
  { code: 'DISKOPUKM', name: 'Dinas Koperasi dan Usaha Mikro', sector: 'ekonomi' },
  { code: 'DP3A', name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', sector: 'sosial' },
  { code: 'DPMD', name: 'Dinas Pemberdayaan Masyarakat dan Desa', sector: 'sosial' },
  { code: 'DISPERKIM', name: 'Dinas Perumahan dan Kawasan Permukiman', sector: 'infrastruktur' },
  { code: 'DISPORA', name: 'Dinas Pemuda dan Olahraga', sector: 'lainnya' },
  { code: 'DISPAR', name: 'Dinas Pariwisata', sector: 'ekonomi' },
  { code: 'DISTAN', name: 'Dinas Pertanian', sector: 'ekonomi' },
  { code: 'DISPERPUSIP', name: 'Dinas Perpustakaan dan Kearsipan', sector: 'lainnya' },
  { code: 'SATPOLPP', name: 'Satuan Polisi Pamong Praja', sector: 'lainnya' },
  { code: 'DISKAN', name: 'Dinas Perikanan', sector: 'ekonomi' },
];

/** UPT kinds, each under the OPD whose code is given. */
export const UPT_KINDS: Array<{ parent: string; name: string; sector: Sector }> = [
  { parent: 'DINKES', name: 'UPT Laboratorium Kesehatan Daerah', sector: 'kesehatan' },
  { parent: 'DINKES', name: 'UPT Instalasi Farmasi', sector: 'kesehatan' },
  { parent: 'DISHUB', name: 'UPT Pengujian Kendaraan Bermotor', sector: 'perhubungan' },
  { parent: 'DISHUB', name: 'UPT Terminal Penumpang', sector: 'perhubungan' },
  { parent: 'DLH', name: 'UPT Pengelolaan Sampah', sector: 'lingkungan' },
  { parent: 'BAPENDA', name: 'UPT Pelayanan Pajak Daerah', sector: 'keuangan' },
  { parent: 'DISNAKER', name: 'UPT Balai Latihan Kerja', sector: 'ketenagakerjaan' },
  { parent: 'DISPERINDAG', name: 'UPT Metrologi Legal', sector: 'ekonomi' },
  { parent: 'DINSOS', name: 'UPT Panti Sosial', sector: 'sosial' },
  { parent: 'DISDIK', name: 'UPT Pendidikan Khusus', sector: 'pendidikan' },
];

/** Place-like words for Puskesmas, schools and districts (generic, not real place lists). */
export const PLACES = [
  'Kota',
  'Utara',
  'Selatan',
  'Timur',
  'Barat',
  'Tengah',
  'Pasar',
  'Pelabuhan',
  'Sungai Raya',
  'Bukit Indah',
  'Teluk',
  'Tanjung',
  'Sukamaju',
  'Sukajadi',
  'Mekarsari',
  'Karang Anyar',
  'Sidomulyo',
  'Harapan Jaya',
  'Air Putih',
  'Batu Ampar',
  'Lubuk',
  'Muara',
  'Padang',
  'Rantau',
  'Simpang Tiga',
  'Talang',
  'Ujung',
  'Way Halim',
  'Kampung Baru',
];

const GENERIC: Array<[string, ProductType]> = [
  ['Pengelolaan Pengaduan Masyarakat', 'jasa'],
  ['Layanan Informasi Publik', 'administratif'],
  ['Legalisasi Dokumen', 'administratif'],
  ['Rekomendasi Teknis', 'administratif'],
  ['Konsultasi Layanan', 'jasa'],
];

export const PRODUCTS: Record<Sector, Array<[string, ProductType]>> = {
  kesehatan: [
    ['Pelayanan Rawat Jalan', 'jasa'],
    ['Pelayanan Gawat Darurat', 'jasa'],
    ['Imunisasi', 'jasa'],
    ['Surat Keterangan Sehat', 'administratif'],
    ['Pemeriksaan Laboratorium', 'jasa'],
    ['Pelayanan KIA dan KB', 'jasa'],
    ['Izin Praktik Tenaga Kesehatan', 'administratif'],
    ['Pelayanan Obat', 'barang'],
    ['Rujukan Pasien', 'administratif'],
  ],
  pendidikan: [
    ['Penerimaan Peserta Didik Baru', 'administratif'],
    ['Legalisasi Ijazah', 'administratif'],
    ['Surat Pindah Sekolah', 'administratif'],
    ['Izin Operasional Satuan Pendidikan', 'administratif'],
    ['Bantuan Operasional Sekolah', 'barang'],
    ['Tunjangan Profesi Guru', 'administratif'],
    ['Pelayanan Perpustakaan Sekolah', 'jasa'],
  ],
  sosial: [
    ['Rekomendasi Bantuan Sosial', 'administratif'],
    ['Pendataan DTKS', 'administratif'],
    ['Rehabilitasi Sosial', 'jasa'],
    ['Bantuan Korban Bencana Sosial', 'barang'],
    ['Surat Keterangan Tidak Mampu', 'administratif'],
    ['Layanan Disabilitas', 'jasa'],
    ['Perlindungan Anak', 'jasa'],
  ],
  perizinan: [
    ['Persetujuan Bangunan Gedung', 'administratif'],
    ['Izin Usaha (OSS)', 'administratif'],
    ['Izin Reklame', 'administratif'],
    ['Izin Lingkungan', 'administratif'],
    ['Sertifikat Laik Fungsi', 'administratif'],
    ['Izin Praktik Profesi', 'administratif'],
    ['Izin Trayek', 'administratif'],
    ['Pendaftaran Penanaman Modal', 'administratif'],
  ],
  kependudukan: [
    ['Kartu Tanda Penduduk Elektronik', 'administratif'],
    ['Kartu Keluarga', 'administratif'],
    ['Akta Kelahiran', 'administratif'],
    ['Akta Kematian', 'administratif'],
    ['Surat Pindah Datang', 'administratif'],
    ['Kartu Identitas Anak', 'administratif'],
    ['Akta Perkawinan', 'administratif'],
    ['Legalisir Dokumen Kependudukan', 'administratif'],
  ],
  pengawasan: [
    ['Penanganan Pengaduan Aparatur', 'jasa'],
    ['Reviu Laporan Keuangan', 'jasa'],
    ['Audit Tujuan Tertentu', 'jasa'],
  ],
  infrastruktur: [
    ['Perbaikan Jalan Lingkungan', 'jasa'],
    ['Keterangan Rencana Kota', 'administratif'],
    ['Penyediaan Air Bersih', 'barang'],
    ['Sewa Alat Berat', 'jasa'],
    ['Rumah Tidak Layak Huni', 'barang'],
  ],
  ekonomi: [
    ['Tera dan Tera Ulang', 'jasa'],
    ['Izin Usaha Mikro', 'administratif'],
    ['Pelatihan UMKM', 'jasa'],
    ['Bantuan Bibit dan Pupuk', 'barang'],
    ['Sertifikasi Produk', 'administratif'],
    ['Sewa Kios Pasar', 'jasa'],
  ],
  lingkungan: [
    ['Pengangkutan Sampah', 'jasa'],
    ['Uji Kualitas Air', 'jasa'],
    ['Persetujuan Lingkungan', 'administratif'],
    ['Penanaman Pohon', 'barang'],
  ],
  perhubungan: [
    ['Uji Berkala Kendaraan Bermotor', 'jasa'],
    ['Izin Angkutan', 'administratif'],
    ['Layanan Terminal', 'jasa'],
    ['Izin Parkir', 'administratif'],
    ['Andalalin', 'administratif'],
  ],
  ketenagakerjaan: [
    ['Kartu Pencari Kerja (AK-1)', 'administratif'],
    ['Pelatihan Kerja', 'jasa'],
    ['Pengesahan Peraturan Perusahaan', 'administratif'],
    ['Mediasi Hubungan Industrial', 'jasa'],
    ['Penempatan Tenaga Kerja', 'jasa'],
  ],
  keuangan: [
    ['Pembayaran Pajak Daerah', 'administratif'],
    ['Pelayanan PBB-P2', 'administratif'],
    ['Pencairan SP2D', 'administratif'],
    ['Retribusi Daerah', 'administratif'],
  ],
  kepegawaian: [
    ['Kenaikan Pangkat', 'administratif'],
    ['Pensiun ASN', 'administratif'],
    ['Mutasi Pegawai', 'administratif'],
    ['Cuti Pegawai', 'administratif'],
  ],
  komunikasi: [
    ['Layanan Aduan Daring', 'jasa'],
    ['Pengelolaan Situs Web', 'jasa'],
    ['Jaringan Internet Publik', 'jasa'],
    ['Diseminasi Informasi', 'jasa'],
  ],
  kebencanaan: [
    ['Tanggap Darurat Bencana', 'jasa'],
    ['Logistik Bencana', 'barang'],
    ['Kajian Risiko Bencana', 'jasa'],
    ['Rehabilitasi Pascabencana', 'barang'],
  ],
  lainnya: [
    ['Pelayanan Administrasi Umum', 'administratif'],
    ['Surat Rekomendasi', 'administratif'],
    ['Peminjaman Fasilitas', 'jasa'],
    ['Pengamanan Kegiatan', 'jasa'],
    ['Layanan Kearsipan', 'jasa'],
  ],
};

/** Products a unit of this sector may offer: its sector's list, then the services every office has. */
export function productChoices(sector: Sector): Array<[string, ProductType]> {
  return [...PRODUCTS[sector], ...GENERIC];
}
