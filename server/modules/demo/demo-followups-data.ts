/**
 * The demo's follow-up backlog as data (demo-followups.ts plays it): per item its source, owner and
 * the steps taken, each on a day — an ISO date (the 2023 results, the 2023 SKM) or a number of
 * days before today (the complaints and activities, so a fresh demo always looks current).
 *
 * Pemkab Balangan has an item in every state (terbuka, dijawab, dikirim, selesai on time and late,
 * dibuka_kembali) and overdue ones; Pemprov Kalimantan Selatan, which has no unit PIC in the demo,
 * answers through its coordinator (straight to `dikirim`) and holds the rekomendasi — one published
 * by headquarters, one not. The steps are checked against shared/followups/machine.ts when played.
 */
import type { FollowupKind } from '../../../shared/followups/kinds';

/** An ISO date, or a number of days before today (a weekend moved back to Friday). */
export type Day = string | number;

export type Who = 'pic' | 'coordinator' | 'issuer' | 'admin';

export type DemoStep =
  | { do: 'assign'; on: Day }
  | { do: 'answer'; on: Day; by: 'pic' | 'coordinator'; note: string; link?: string; photo?: string }
  | { do: 'send'; on: Day }
  | { do: 'verify'; on: Day }
  | { do: 'reopen'; on: Day; reason: string }
  | { do: 'publish'; on: Day };

export type DemoSource =
  /** A saran perbaikan of the office's 2023 cycle (a new improvement point with its indicator). */
  | { type: 'cycle'; indicatorCode: string }
  /** A corrective action or recommendation of the demo case with this subject (demo-complaints.ts). */
  | { type: 'complaint'; subject: string }
  /** An action of an activity: Balangan's bimtek (demo-standards.ts) or Kalsel's visit (below). */
  | { type: 'activity'; activity: 'bimtek' | 'kunjungan'; position: number }
  /** One of the three weakest elements (rank 0–2) of a unit in Balangan's closed 2023 SKM. */
  | { type: 'survey'; rank: 0 | 1 | 2 };

export interface DemoItem {
  key: string;
  gov: 'balangan' | 'kalsel';
  kind: FollowupKind;
  source: DemoSource;
  unit: string | null;
  /** The owner on the government's side: a unit PIC (by e-mail) or the coordinator. */
  owner: string | 'coordinator';
  addressee: string;
  /** Empty for `survey` items (the element decides the text). */
  action: string;
  evidenceExpected: string | null;
  /** Issued on (the cycle's publication, the LHP, the activity, the period's close…). */
  createdOn: Day;
  /** Null: the source decides (LHP + 30 working days, the activity action's, period end + 90 days). */
  dueOn: Day | null;
  steps: DemoStep[];
}

export const PIC_DISDUKCAPIL = 'pic.disdukcapil.balangan@patuh.local';
export const PIC_DINKES = 'pic.dinkes.balangan@patuh.local';
export const COORDINATORS = {
  balangan: 'koordinator.balangan@patuh.local',
  kalsel: 'koordinator.kalsel@patuh.local',
} as const;
export const ISSUER = 'asesor.kalsel@patuh.local';
export const HEADQUARTERS = 'admin@patuh.local';

/** Ombudsman Kalsel's 2023 results were published on 2 October 2023 (demo-assessments.ts). */
const PUBLISHED_2023 = '2023-10-02';
/** The 2023 saran perbaikan: 60 calendar days after the publication (Patuh's default). */
const DUE_2023 = '2023-12-01';
const DEMO_LINK = 'https://balangankab.go.id/demo-patuh';

const CASE_DPMPTSP = 'Izin usaha mikro dipersulit tanpa dasar';
const CASE_DINKES = 'Jadwal layanan puskesmas tidak diumumkan';
const CASE_DISDIK_KALSEL = 'Pungutan pada penerimaan peserta didik baru SMA negeri';

export const KALSEL_VISIT = {
  title: 'Kunjungan Koordinasi Tindak Lanjut Hasil Penilaian Kepatuhan 2023',
  heldAgo: 100,
  place: 'Kantor Biro Organisasi Setda Provinsi Kalimantan Selatan, Banjarbaru',
  actions: [
    {
      unit: 'RSUDULIN',
      description: 'Memasang papan informasi alur dan jadwal layanan rawat jalan di lobi RSUD Ulin',
      dueAfter: 30,
    },
    {
      unit: 'BAKEUDA',
      description: 'Menyediakan loket prioritas bagi lansia dan penyandang disabilitas di Samsat Banjarmasin',
      dueAfter: 120,
    },
  ],
} as const;

export const DEMO_FOLLOWUPS: DemoItem[] = [
  // ── Pemkab Balangan: the 2023 results ─────────────────────────────────────────────────────
  {
    key: 'bal-maklumat',
    gov: 'balangan',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PROSES.6.A' },
    unit: 'DISDUKCAPIL',
    owner: PIC_DISDUKCAPIL,
    addressee: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Balangan',
    action: 'Publikasikan maklumat pelayanan yang telah ditandatangani di ruang tunggu dan laman dinas.',
    evidenceExpected: 'Foto maklumat terpasang di ruang tunggu dan tautan laman.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [
      { do: 'assign', on: '2023-10-09' },
      {
        do: 'answer',
        on: '2023-11-20',
        by: 'pic',
        note: 'Maklumat pelayanan sudah dipasang di ruang tunggu dan diunggah ke laman dinas.',
        photo: 'Foto maklumat di ruang tunggu Disdukcapil.png',
        link: `${DEMO_LINK}/maklumat-disdukcapil`,
      },
      { do: 'send', on: '2023-11-24' },
      { do: 'verify', on: '2023-12-05' },
    ],
  },
  {
    key: 'bal-jangka-waktu',
    gov: 'balangan',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PROSES.3' },
    unit: 'DINKES',
    owner: PIC_DINKES,
    addressee: 'Kepala Dinas Kesehatan Kabupaten Balangan',
    action:
      'Cantumkan jangka waktu penyelesaian setiap produk layanan pada standar pelayanan dan papan informasi.',
    evidenceExpected: 'Standar pelayanan yang memuat jangka waktu; foto papan informasi.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [
      { do: 'assign', on: '2023-10-09' },
      {
        do: 'answer',
        on: '2024-01-15',
        by: 'pic',
        note: 'Standar pelayanan Dinkes direvisi: jangka waktu dicantumkan untuk lima produk layanan.',
        link: `${DEMO_LINK}/standar-dinkes-2024`,
      },
      { do: 'send', on: '2024-01-18' },
      { do: 'verify', on: '2024-01-25' },
    ],
  },
  {
    key: 'bal-pengelola-pengaduan',
    gov: 'balangan',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PENGADUAN.3' },
    unit: 'DISDUKCAPIL',
    owner: PIC_DISDUKCAPIL,
    addressee: 'Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Balangan',
    action: 'Tetapkan pengelola pengaduan dengan surat keputusan dan umumkan namanya di ruang layanan.',
    evidenceExpected: 'SK penunjukan pengelola pengaduan yang ditandatangani.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [
      { do: 'assign', on: '2023-10-09' },
      {
        do: 'answer',
        on: '2023-11-28',
        by: 'pic',
        note: 'Pengelola pengaduan sudah ditunjuk; foto papan nama terlampir.',
        link: `${DEMO_LINK}/pengelola-pengaduan`,
      },
      { do: 'send', on: '2023-11-29' },
      {
        do: 'reopen',
        on: '2023-12-12',
        reason:
          'Bukti hanya foto papan nama; lampirkan SK penunjukan pengelola pengaduan yang ditandatangani kepala dinas.',
      },
    ],
  },
  {
    key: 'bal-sarpras',
    gov: 'balangan',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'INPUT.SARPRAS.7' },
    unit: 'DINKES',
    owner: PIC_DINKES,
    addressee: 'Kepala Dinas Kesehatan Kabupaten Balangan',
    action: 'Sediakan ruang tunggu yang layak: tempat duduk, toilet, dan air minum bagi pengguna layanan.',
    evidenceExpected: 'Foto ruang tunggu setelah perbaikan.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [{ do: 'assign', on: '2023-10-09' }],
  },
  // ── Pemkab Balangan: its complaints' corrective actions ──────────────────────────────────
  {
    key: 'bal-korektif-izin',
    gov: 'balangan',
    kind: 'tindakan_korektif',
    source: { type: 'complaint', subject: CASE_DPMPTSP },
    unit: 'DPMPTSP',
    owner: 'coordinator',
    addressee: 'Kepala DPMPTSP Kabupaten Balangan',
    action: 'Proses kembali permohonan NIB dan izin usaha pelapor sesuai standar pelayanan.',
    evidenceExpected: 'NIB atau izin yang terbit, atau penolakan tertulis dengan dasar hukumnya.',
    createdOn: 20,
    dueOn: null,
    steps: [
      { do: 'assign', on: 18 },
      {
        do: 'answer',
        on: 6,
        by: 'coordinator',
        note: 'NIB pelapor sudah terbit; salinan dan tanda terima terlampir di tautan.',
        link: `${DEMO_LINK}/nib-pelapor`,
      },
    ],
  },
  {
    key: 'bal-korektif-sop',
    gov: 'balangan',
    kind: 'tindakan_korektif',
    source: { type: 'complaint', subject: CASE_DPMPTSP },
    unit: 'DPMPTSP',
    owner: 'coordinator',
    addressee: 'Kepala DPMPTSP Kabupaten Balangan',
    action: 'Terbitkan SOP penolakan permohonan secara tertulis dan sosialisasikan kepada petugas loket.',
    evidenceExpected: 'SOP yang ditetapkan dan daftar hadir sosialisasi.',
    createdOn: 20,
    dueOn: null,
    steps: [],
  },
  {
    key: 'bal-korektif-jadwal',
    gov: 'balangan',
    kind: 'tindakan_korektif',
    source: { type: 'complaint', subject: CASE_DINKES },
    unit: 'DINKES',
    owner: PIC_DINKES,
    addressee: 'Kepala Dinas Kesehatan Kabupaten Balangan',
    action: 'Umumkan jadwal layanan puskesmas di papan informasi dan media sosial setiap ada perubahan.',
    evidenceExpected: 'Foto papan jadwal dan tangkapan layar pengumuman.',
    createdOn: 150,
    dueOn: null,
    steps: [
      { do: 'assign', on: 148 },
      {
        do: 'answer',
        on: 126,
        by: 'pic',
        note: 'Jadwal layanan dipasang di kedua puskesmas dan diumumkan di akun media sosial Dinkes.',
        photo: 'Foto papan jadwal Puskesmas Paringin.png',
      },
      { do: 'send', on: 125 },
      { do: 'verify', on: 120 },
    ],
  },
  // ── Pemkab Balangan: the bimtek's actions (demo-standards.ts) ─────────────────────────────
  {
    key: 'bal-kegiatan-biaya',
    gov: 'balangan',
    kind: 'kegiatan',
    source: { type: 'activity', activity: 'bimtek', position: 0 },
    unit: 'DPMPTSP',
    owner: 'coordinator',
    addressee: 'Kepala Bidang Pelayanan DPMPTSP Kabupaten Balangan',
    action: '',
    evidenceExpected: 'Standar Persetujuan Bangunan Gedung yang sudah dilengkapi.',
    createdOn: 24,
    dueOn: null,
    steps: [{ do: 'assign', on: 22 }],
  },
  {
    key: 'bal-kegiatan-draf',
    gov: 'balangan',
    kind: 'kegiatan',
    source: { type: 'activity', activity: 'bimtek', position: 1 },
    unit: 'DINKES',
    owner: PIC_DINKES,
    addressee: 'Sekretaris Dinas Kesehatan Kabupaten Balangan',
    action: '',
    evidenceExpected: 'Draf standar Pelayanan Rawat Jalan dan surat pengajuan penetapan.',
    createdOn: 24,
    dueOn: null,
    steps: [
      { do: 'assign', on: 22 },
      {
        do: 'answer',
        on: 3,
        by: 'pic',
        note: 'Draf standar Pelayanan Rawat Jalan selesai dan sudah diajukan ke Bagian Hukum untuk ditetapkan.',
        link: `${DEMO_LINK}/draf-standar-rawat-jalan`,
      },
    ],
  },
  {
    key: 'bal-kegiatan-pajang',
    gov: 'balangan',
    kind: 'kegiatan',
    source: { type: 'activity', activity: 'bimtek', position: 2 },
    unit: null,
    owner: 'coordinator',
    addressee: 'Inspektorat Daerah Kabupaten Balangan',
    action: '',
    evidenceExpected: 'Foto standar dan maklumat di setiap ruang pelayanan.',
    createdOn: 24,
    dueOn: null,
    steps: [],
  },
  // ── Pemkab Balangan: its 2023 SKM's weakest elements (its own items, the Inspektorat verifies) ──
  ...(['DISDUKCAPIL', 'PKM1'] as const).flatMap((unit) =>
    ([0, 1, 2] as const).map((rank): DemoItem => ({
      key: `bal-skm-${unit.toLowerCase()}-${rank}`,
      gov: 'balangan',
      kind: 'survei',
      source: { type: 'survey', rank },
      unit,
      owner: unit === 'DISDUKCAPIL' ? PIC_DISDUKCAPIL : PIC_DINKES,
      addressee:
        unit === 'DISDUKCAPIL' ? 'Kepala Disdukcapil Kabupaten Balangan' : 'Kepala Puskesmas Paringin',
      action: '',
      evidenceExpected: 'Rencana aksi dan bukti perbaikan unsur layanan.',
      createdOn: '2023-12-01',
      dueOn: null,
      steps:
        unit === 'DISDUKCAPIL' && rank === 0
          ? [
              { do: 'assign', on: '2023-12-04' },
              {
                do: 'answer',
                on: '2024-02-20',
                by: 'pic',
                note: 'Rencana aksi disusun: loket tambahan pada hari Senin dan nomor antrean daring.',
                link: `${DEMO_LINK}/rencana-aksi-skm-2023`,
              },
              { do: 'send', on: '2024-02-22' },
            ]
          : rank === 1
            ? [{ do: 'assign', on: '2023-12-04' }]
            : [],
    })),
  ),
  // ── Pemprov Kalimantan Selatan: the 2023 results (answered by the coordinator) ────────────
  {
    key: 'kal-biaya',
    gov: 'kalsel',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PROSES.4' },
    unit: 'BAKEUDA',
    owner: 'coordinator',
    addressee: 'Kepala Badan Keuangan Daerah Provinsi Kalimantan Selatan',
    action: 'Umumkan biaya/tarif pengesahan STNK dan balik nama kendaraan di setiap loket Samsat.',
    evidenceExpected: 'Foto papan tarif di loket Samsat.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [
      {
        do: 'answer',
        on: '2023-11-15',
        by: 'coordinator',
        note: 'Papan tarif resmi dipasang di seluruh loket Samsat; foto terlampir.',
        link: 'https://kalselprov.go.id/demo-patuh/tarif-samsat',
      },
      { do: 'verify', on: '2023-11-30' },
    ],
  },
  {
    key: 'kal-pengaduan',
    gov: 'kalsel',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PENGADUAN.5' },
    unit: 'RSUDULIN',
    owner: 'coordinator',
    addressee: 'Direktur RSUD Ulin Banjarmasin',
    action:
      'Tindak lanjuti dan jawab setiap pengaduan dalam jangka waktu yang ditetapkan; catat di register.',
    evidenceExpected: 'Register pengaduan enam bulan terakhir.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [],
  },
  {
    key: 'kal-pelayanan-khusus',
    gov: 'kalsel',
    kind: 'saran_perbaikan',
    source: { type: 'cycle', indicatorCode: 'PROSES.7' },
    unit: 'DISDIKBUD',
    owner: 'coordinator',
    addressee: 'Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan',
    action: 'Sediakan pelayanan khusus bagi penyandang disabilitas: loket prioritas dan petugas pendamping.',
    evidenceExpected: 'Foto loket prioritas; SK petugas pendamping.',
    createdOn: PUBLISHED_2023,
    dueOn: DUE_2023,
    steps: [
      {
        do: 'answer',
        on: '2023-11-27',
        by: 'coordinator',
        note: 'Loket prioritas tersedia di ruang layanan dinas.',
        link: 'https://kalselprov.go.id/demo-patuh/loket-prioritas',
      },
      {
        do: 'reopen',
        on: '2023-12-08',
        reason: 'Petugas pendamping belum ditetapkan; SK belum dilampirkan.',
      },
    ],
  },
  // ── Pemprov Kalimantan Selatan: the PPDB case's corrective action and recommendation ─────
  {
    key: 'kal-korektif-ppdb',
    gov: 'kalsel',
    kind: 'tindakan_korektif',
    source: { type: 'complaint', subject: CASE_DISDIK_KALSEL },
    unit: 'DISDIKBUD',
    owner: 'coordinator',
    addressee: 'Kepala Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Selatan',
    action:
      'Hentikan pungutan sumbangan pembangunan sebagai syarat daftar ulang dan kembalikan yang telah dipungut.',
    evidenceExpected: 'Surat edaran penghentian pungutan; bukti pengembalian dana kepada orang tua.',
    createdOn: 250,
    dueOn: null,
    steps: [
      {
        do: 'answer',
        on: 214,
        by: 'coordinator',
        note: 'Surat edaran penghentian pungutan sudah diterbitkan kepada seluruh SMA negeri.',
        link: 'https://kalselprov.go.id/demo-patuh/se-pungutan-ppdb',
      },
      {
        do: 'reopen',
        on: 207,
        reason: 'Pungutan masih berlangsung di dua sekolah; pengembalian dana belum dibuktikan.',
      },
    ],
  },
  {
    key: 'kal-rekomendasi-terbit',
    gov: 'kalsel',
    kind: 'rekomendasi',
    source: { type: 'complaint', subject: CASE_DISDIK_KALSEL },
    unit: 'DISDIKBUD',
    owner: 'coordinator',
    addressee: 'Gubernur Kalimantan Selatan',
    action:
      'Perintahkan pengembalian seluruh pungutan PPDB kepada orang tua siswa dan laporkan pelaksanaannya.',
    evidenceExpected: 'Keputusan Gubernur dan rekapitulasi pengembalian per sekolah.',
    createdOn: 140,
    dueOn: 80,
    steps: [{ do: 'publish', on: 130 }],
  },
  {
    key: 'kal-rekomendasi',
    gov: 'kalsel',
    kind: 'rekomendasi',
    source: { type: 'complaint', subject: CASE_DISDIK_KALSEL },
    unit: 'DISDIKBUD',
    owner: 'coordinator',
    addressee: 'Gubernur Kalimantan Selatan',
    action: 'Jatuhkan sanksi administratif kepada kepala sekolah yang memungut, sesuai PP 94/2021.',
    evidenceExpected: 'Keputusan penjatuhan sanksi.',
    createdOn: 140,
    dueOn: 80,
    steps: [
      {
        do: 'answer',
        on: 60,
        by: 'coordinator',
        note: 'Pemeriksaan oleh Inspektorat Provinsi selesai; keputusan sanksi sedang diproses.',
        link: 'https://kalselprov.go.id/demo-patuh/lhp-inspektorat-ppdb',
      },
    ],
  },
  // ── Pemprov Kalimantan Selatan: the coordination visit's actions ─────────────────────────
  {
    key: 'kal-kegiatan-papan',
    gov: 'kalsel',
    kind: 'kegiatan',
    source: { type: 'activity', activity: 'kunjungan', position: 0 },
    unit: 'RSUDULIN',
    owner: 'coordinator',
    addressee: 'Direktur RSUD Ulin Banjarmasin',
    action: '',
    evidenceExpected: 'Foto papan informasi di lobi.',
    createdOn: KALSEL_VISIT.heldAgo,
    dueOn: null,
    steps: [
      {
        do: 'answer',
        on: 80,
        by: 'coordinator',
        note: 'Papan alur dan jadwal layanan rawat jalan terpasang di lobi utama.',
        link: 'https://kalselprov.go.id/demo-patuh/papan-rsud-ulin',
      },
      { do: 'verify', on: 75 },
    ],
  },
  {
    key: 'kal-kegiatan-loket',
    gov: 'kalsel',
    kind: 'kegiatan',
    source: { type: 'activity', activity: 'kunjungan', position: 1 },
    unit: 'BAKEUDA',
    owner: 'coordinator',
    addressee: 'Kepala Badan Keuangan Daerah Provinsi Kalimantan Selatan',
    action: '',
    evidenceExpected: 'Foto loket prioritas di Samsat Banjarmasin.',
    createdOn: KALSEL_VISIT.heldAgo,
    dueOn: null,
    steps: [],
  },
];
