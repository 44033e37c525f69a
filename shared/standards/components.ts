/**
 * The 14 components of a service standard (komponen standar pelayanan), REFERENCE §2.1: UU 25/2009
 * Pasal 21 and Permenpan RB 15/2014, in the order of the Ombudsman's 2023 instrument. Six are the
 * *service delivery* components — they must be published (PEKPPP form F-02); the other eight are
 * *manufacturing* (how the unit runs the service inside) and a unit may choose to publish them too.
 *
 * `kind` says how the editor captures the component: structured where the content is structured,
 * text otherwise. Labels and plain-language guidance are data, Bahasa Indonesia first.
 */
export const STANDARD_COMPONENT_KEYS = [
  'dasar_hukum',
  'persyaratan',
  'prosedur',
  'jangka_waktu',
  'biaya',
  'produk',
  'sarana',
  'kompetensi',
  'pengawasan',
  'pengaduan',
  'jumlah_pelaksana',
  'jaminan_pelayanan',
  'jaminan_keamanan',
  'evaluasi_kinerja',
] as const;
export type StandardComponentKey = (typeof STANDARD_COMPONENT_KEYS)[number];

export type ComponentGroup = 'service_delivery' | 'manufacturing';
export type ComponentKind =
  'text' | 'requirements' | 'procedure' | 'duration' | 'fees' | 'products' | 'channels';

export interface StandardComponentMeta {
  key: StandardComponentKey;
  /** 1–14, the order of REFERENCE §2.1. */
  number: number;
  group: ComponentGroup;
  kind: ComponentKind;
  label: { id: string; en: string };
  /** What to write, in plain words. */
  help: { id: string; en: string };
  /** A short example (a Disdukcapil KTP-el service, unless the component needs another). */
  example: string;
}

export const STANDARD_COMPONENTS: readonly StandardComponentMeta[] = [
  {
    key: 'dasar_hukum',
    number: 1,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Dasar hukum', en: 'Legal basis' },
    help: {
      id: 'Peraturan yang menjadi dasar layanan ini: undang-undang, peraturan pemerintah, peraturan daerah, peraturan kepala daerah. Tulis satu per baris.',
      en: 'The regulations this service rests on: laws, government regulations, regional regulations. One per line.',
    },
    example: 'UU No. 24 Tahun 2013 tentang Administrasi Kependudukan\nPerpres No. 96 Tahun 2018',
  },
  {
    key: 'persyaratan',
    number: 2,
    group: 'service_delivery',
    kind: 'requirements',
    label: { id: 'Persyaratan', en: 'Requirements' },
    help: {
      id: 'Dokumen atau syarat yang harus dibawa pemohon, teknis maupun administratif: nama dokumen, asli atau fotokopi, dan jumlahnya.',
      en: 'The documents or conditions an applicant must bring: the document, original or copy, and how many.',
    },
    example: 'Kartu Keluarga — fotokopi, 1 lembar',
  },
  {
    key: 'prosedur',
    number: 3,
    group: 'service_delivery',
    kind: 'procedure',
    label: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
    help: {
      id: 'Langkah-langkah layanan dari pemohon datang sampai produk diterima, berurutan, termasuk siapa yang mengerjakan. Patuh menggambar bagan alurnya dari langkah-langkah ini.',
      en: 'The steps from the applicant’s arrival until the product is received, in order, with who does each. Patuh draws the flow chart from them.',
    },
    example: '1. Pemohon mengambil nomor antrean\n2. Petugas memeriksa berkas\n3. Perekaman biometrik',
  },
  {
    key: 'jangka_waktu',
    number: 4,
    group: 'service_delivery',
    kind: 'duration',
    label: { id: 'Jangka waktu penyelesaian', en: 'Completion time' },
    help: {
      id: 'Berapa lama layanan selesai sejak persyaratan lengkap: angka dan satuannya (menit, jam, atau hari kerja).',
      en: 'How long the service takes once the requirements are complete: a number and its unit (minutes, hours or working days).',
    },
    example: '1 hari kerja',
  },
  {
    key: 'biaya',
    number: 5,
    group: 'service_delivery',
    kind: 'fees',
    label: { id: 'Biaya/tarif', en: 'Fee/tariff' },
    help: {
      id: 'Biaya yang dibayar pemohon, per item dalam rupiah, atau "gratis" — selalu dengan dasar hukumnya.',
      en: 'What the applicant pays, per item in rupiah, or “free” — always with its legal basis.',
    },
    example: 'Gratis (UU No. 24 Tahun 2013 Pasal 79A)',
  },
  {
    key: 'produk',
    number: 6,
    group: 'service_delivery',
    kind: 'products',
    label: { id: 'Produk pelayanan', en: 'Service output' },
    help: {
      id: 'Apa yang diterima pemohon di akhir layanan: dokumen, barang, atau jasa.',
      en: 'What the applicant receives at the end: a document, goods or a service.',
    },
    example: 'KTP elektronik',
  },
  {
    key: 'sarana',
    number: 7,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Sarana, prasarana, dan/atau fasilitas', en: 'Facilities' },
    help: {
      id: 'Peralatan dan fasilitas yang dipakai untuk layanan, termasuk fasilitas bagi kelompok rentan (kursi roda, jalur landai, ruang laktasi).',
      en: 'Equipment and facilities used for the service, including those for vulnerable groups (wheelchair, ramp, nursing room).',
    },
    example: 'Ruang tunggu ber-AC, mesin antrean, kursi roda, jalur landai',
  },
  {
    key: 'kompetensi',
    number: 8,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
    help: {
      id: 'Pengetahuan, keahlian, keterampilan, dan pengalaman yang harus dimiliki petugas.',
      en: 'The knowledge, expertise, skills and experience the staff must have.',
    },
    example: 'Memahami aplikasi SIAK; mampu berkomunikasi dengan baik',
  },
  {
    key: 'pengawasan',
    number: 9,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Pengawasan internal', en: 'Internal supervision' },
    help: {
      id: 'Siapa yang mengawasi layanan di dalam unit dan bagaimana: atasan langsung, kepala unit, sistem pengendalian intern.',
      en: 'Who supervises the service inside the unit and how: the direct superior, the head of unit, internal control.',
    },
    example: 'Dilakukan oleh atasan langsung dan Kepala Dinas secara berkala',
  },
  {
    key: 'pengaduan',
    number: 10,
    group: 'service_delivery',
    kind: 'channels',
    label: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Complaints, suggestions and input' },
    help: {
      id: 'Saluran tempat pengguna menyampaikan pengaduan, saran, dan masukan: kotak saran, telepon, WhatsApp, surel, SP4N-LAPOR!, datang langsung.',
      en: 'The channels where users send complaints, suggestions and input: box, phone, WhatsApp, e-mail, SP4N-LAPOR!, in person.',
    },
    example: 'WhatsApp 0812-xxxx-xxxx; SP4N-LAPOR! (lapor.go.id)',
  },
  {
    key: 'jumlah_pelaksana',
    number: 11,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Jumlah pelaksana', en: 'Number of staff' },
    help: {
      id: 'Berapa petugas yang melayani, sesuai beban kerja.',
      en: 'How many staff serve, according to the workload.',
    },
    example: '4 orang petugas loket, 2 operator perekaman',
  },
  {
    key: 'jaminan_pelayanan',
    number: 12,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Jaminan pelayanan', en: 'Service guarantee' },
    help: {
      id: 'Janji bahwa layanan diberikan sesuai standar ini (biasanya dalam maklumat pelayanan).',
      en: 'The promise that the service is delivered according to this standard (usually in the service pledge).',
    },
    example: 'Layanan diberikan sesuai standar pelayanan yang ditetapkan',
  },
  {
    key: 'jaminan_keamanan',
    number: 13,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Jaminan keamanan dan keselamatan pelayanan', en: 'Security and safety guarantee' },
    help: {
      id: 'Bagaimana unit menjamin rasa aman, bebas bahaya, dan kepastian hukum bagi pengguna.',
      en: 'How the unit guarantees users safety, freedom from danger and legal certainty.',
    },
    example: 'Data pemohon dijaga kerahasiaannya; ruang layanan dilengkapi APAR dan CCTV',
  },
  {
    key: 'evaluasi_kinerja',
    number: 14,
    group: 'manufacturing',
    kind: 'text',
    label: { id: 'Evaluasi kinerja pelaksana', en: 'Staff performance evaluation' },
    help: {
      id: 'Bagaimana dan seberapa sering kinerja petugas dinilai terhadap standar ini.',
      en: 'How and how often the staff’s performance is evaluated against this standard.',
    },
    example: 'Evaluasi setiap 6 bulan melalui Survei Kepuasan Masyarakat dan rapat evaluasi',
  },
];

export const SERVICE_DELIVERY_KEYS: readonly StandardComponentKey[] = STANDARD_COMPONENTS.filter(
  (c) => c.group === 'service_delivery',
).map((c) => c.key);

export function componentMeta(key: StandardComponentKey): StandardComponentMeta {
  const found = STANDARD_COMPONENTS.find((c) => c.key === key);
  if (!found) throw new Error(`unknown standard component ${key}`);
  return found;
}

/** Units of the completion time (component 4). */
export const DURATION_UNITS = ['menit', 'jam', 'hari_kerja'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export const DURATION_UNIT_LABELS: Record<DurationUnit, { id: string; en: string }> = {
  menit: { id: 'menit', en: 'minutes' },
  jam: { id: 'jam', en: 'hours' },
  hari_kerja: { id: 'hari kerja', en: 'working days' },
};

/** Complaint channel kinds (component 10). */
export const CHANNEL_KINDS = [
  'langsung',
  'telepon',
  'whatsapp',
  'surel',
  'situs',
  'lapor',
  'kotak_saran',
  'lainnya',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KIND_LABELS: Record<ChannelKind, { id: string; en: string }> = {
  langsung: { id: 'Datang langsung', en: 'In person' },
  telepon: { id: 'Telepon', en: 'Phone' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  surel: { id: 'Surel', en: 'E-mail' },
  situs: { id: 'Situs web', en: 'Website' },
  lapor: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' },
  kotak_saran: { id: 'Kotak saran', en: 'Suggestion box' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
