/**
 * The data dictionary of the open-data API v1: every field of results.json/.csv, dimensions.csv
 * and units.csv with its type, meaning (Bahasa Indonesia and English) and an example. /publik/data
 * renders it; its test checks that every column of the contracts is described here.
 */
import type { DIMENSION_COLUMNS, RESULT_COLUMNS, UNIT_COLUMNS } from '../../../shared/contracts/open-data';

export interface FieldDoc {
  type: string;
  id: string;
  en: string;
  example: string;
}

type Dictionary<K extends string> = Record<K, FieldDoc>;

const YEAR: FieldDoc = {
  type: 'integer',
  id: 'Tahun penilaian.',
  en: 'Assessment year.',
  example: '2023',
};
const KEY: FieldDoc = {
  type: 'string',
  id: 'Kunci pemerintah di URL publik: kode wilayah Kemendagri untuk pemerintah daerah, selain itu id-nya.',
  en: 'The government’s key in public URLs: its Kemendagri region code for a regional government, else its id.',
  example: '63.11',
};
const NAME: FieldDoc = {
  type: 'string',
  id: 'Nama pemerintah.',
  en: 'Name of the government.',
  example: 'Kabupaten Balangan',
};
const TYPE: FieldDoc = {
  type: 'kementerian | lembaga | pemprov | pemkab | pemkot',
  id: 'Jenis pemerintah (peringkat dihitung per jenis).',
  en: 'Government type (ranks are per type).',
  example: 'pemkab',
};
const ZONE: FieldDoc = {
  type: 'merah | kuning | hijau | kosong',
  id: 'Zona kepatuhan.',
  en: 'Compliance zone (red, yellow, green).',
  example: 'hijau',
};
const BAND: FieldDoc = {
  type: 'A–E | kosong',
  id: 'Kategori opini 2022–2024 (A 88–100, B 78–87,99, C 54–77,99, D 32–53,99, E 0–31,99).',
  en: 'Opinion category 2022–2024 (A 88–100, B 78–87.99, C 54–77.99, D 32–53.99, E 0–31.99).',
  example: 'B',
};

export const RESULT_FIELDS: Dictionary<(typeof RESULT_COLUMNS)[number]> = {
  year: YEAR,
  method: {
    type: 'zona | skor | opini',
    id: 'Metode penilaian tahun itu: zona (2015–2021), skor 0–100 dan kategori A–E (2022–2024), opini (sejak 2025). Skala berbeda: jangan dibandingkan lintas metode.',
    en: 'The method of that year: zone (2015–2021), 0–100 score and category A–E (2022–2024), opinion (from 2025). Different scales: never compare across methods.',
    example: 'skor',
  },
  governmentKey: KEY,
  governmentId: {
    type: 'string (uuid)',
    id: 'Id tetap pemerintah di Patuh.',
    en: 'The government’s permanent id in Patuh.',
    example: '0b7c…-…',
  },
  governmentName: NAME,
  governmentType: TYPE,
  regionCode: {
    type: 'string | kosong',
    id: 'Kode wilayah Kemendagri (kosong untuk kementerian dan lembaga).',
    en: 'Kemendagri region code (empty for ministries and agencies).',
    example: '63.11',
  },
  provinceCode: {
    type: 'string | kosong',
    id: 'Kode provinsi Kemendagri (dua angka).',
    en: 'Kemendagri province code (two digits).',
    example: '63',
  },
  provinceName: {
    type: 'string | kosong',
    id: 'Nama provinsi.',
    en: 'Province name.',
    example: 'Kalimantan Selatan',
  },
  score: {
    type: 'number | kosong',
    id: 'Nilai yang ditampilkan kepada publik (0–100, dua desimal): angka resmi Ombudsman bila dicatat, selain itu hitungan Patuh.',
    en: 'The score the public sees (0–100, two decimals): the official Ombudsman figure where recorded, else Patuh’s.',
    example: '79.5',
  },
  band: { ...BAND, id: `${BAND.id} Yang ditampilkan.`, en: `${BAND.en} As shown.` },
  zone: { ...ZONE, id: `${ZONE.id} Yang ditampilkan.`, en: `${ZONE.en} As shown.` },
  opinion: {
    type: 'string | kosong',
    id: 'Opini Ombudsman RI sebagaimana diumumkan (sejak 2025).',
    en: 'The Ombudsman RI opinion as announced (from 2025).',
    example: 'Kualitas Tinggi',
  },
  source: {
    type: 'official | patuh',
    id: 'Asal angka yang ditampilkan: official = angka resmi yang diumumkan Ombudsman; patuh = dihitung Patuh dari penilaian.',
    en: 'Where the shown figure comes from: official = announced by the Ombudsman; patuh = computed by Patuh from the assessment.',
    example: 'patuh',
  },
  computedScore: {
    type: 'number | kosong',
    id: 'Nilai hasil hitungan Patuh (berbeda dari score bila ada angka resmi yang berbeda).',
    en: 'Patuh’s computed score (differs from score when an official figure differs).',
    example: '81.23',
  },
  computedBand: { ...BAND, id: 'Kategori hasil hitungan Patuh.', en: 'Patuh’s computed category.' },
  computedZone: { ...ZONE, id: 'Zona hasil hitungan Patuh.', en: 'Patuh’s computed zone.' },
  rank: {
    type: 'integer | kosong',
    id: 'Peringkat menurut score di antara pemerintah sejenis yang dirilis pada tahun yang sama (nilai sama, peringkat sama).',
    en: 'Rank by score among the released governments of the same type and year (ties share a rank).',
    example: '3',
  },
  assessed: {
    type: 'integer',
    id: 'Jumlah pemerintah sejenis dengan score yang dirilis pada tahun itu.',
    en: 'How many governments of that type have a released score that year.',
    example: '12',
  },
  releasedAt: {
    type: 'string (ISO 8601, UTC)',
    id: 'Waktu hasil dirilis untuk publik.',
    en: 'When the result was released to the public.',
    example: '2024-02-14T03:00:00.000Z',
  },
};

export const DIMENSION_FIELDS: Dictionary<(typeof DIMENSION_COLUMNS)[number]> = {
  year: YEAR,
  governmentKey: KEY,
  governmentName: NAME,
  governmentType: TYPE,
  dimensionCode: {
    type: 'string',
    id: 'Kode dimensi pada kerangka penilaian.',
    en: 'The dimension’s code in the assessment framework.',
    example: 'PROSES',
  },
  dimensionName: {
    type: 'string',
    id: 'Nama dimensi (Bahasa Indonesia).',
    en: 'Dimension name (Bahasa Indonesia).',
    example: 'Proses',
  },
  dimensionNameEn: {
    type: 'string',
    id: 'Nama dimensi (bahasa Inggris).',
    en: 'Dimension name (English).',
    example: 'Process',
  },
  weight: {
    type: 'number',
    id: 'Bobot dimensi dalam persen dari nilai total.',
    en: 'The dimension’s weight in percent of the total.',
    example: '30',
  },
  score: {
    type: 'number | kosong',
    id: 'Nilai dimensi (dua desimal); kosong bila tidak berlaku.',
    en: 'Dimension score (two decimals); empty when not applicable.',
    example: '84.12',
  },
};

export const UNIT_FIELDS: Dictionary<(typeof UNIT_COLUMNS)[number]> = {
  year: YEAR,
  governmentKey: KEY,
  governmentName: NAME,
  unitName: {
    type: 'string',
    id: 'Nama unit layanan yang dinilai (OPD, UPT, puskesmas, …).',
    en: 'Name of the assessed service unit (agency, office, clinic, …).',
    example: 'Dinas Kesehatan',
  },
  score: {
    type: 'number | kosong',
    id: 'Nilai unit (dua desimal).',
    en: 'Unit score (two decimals).',
    example: '77.5',
  },
  band: { ...BAND, id: 'Kategori nilai unit.', en: 'The unit’s category.' },
  zone: { ...ZONE, id: 'Zona unit.', en: 'The unit’s zone.' },
};
