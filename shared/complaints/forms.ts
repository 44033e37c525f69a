/**
 * The forms of maladministration a report is classified under (issue 14 part 5): data, not code.
 * The default set is REFERENCE §3.2: the ten forms of PO 26/2017 jo. PO 48/2020 (A), plus
 * "pengabaian kewajiban hukum" from the national statistics (B) and the residual "belum
 * dikategorikan". Seeded into `maladministration_forms` at start; an admin may add, rename or
 * retire a form there (a retired form stays on the cases that carry it).
 */
export interface MaladministrationFormSeed {
  code: string;
  id: string;
  en: string;
  /** REFERENCE §3.2 list the form comes from. */
  source: 'PO 26/2017 jo. PO 48/2020' | 'statistik nasional' | 'Patuh';
}

export const DEFAULT_MALADMINISTRATION_FORMS: readonly MaladministrationFormSeed[] = [
  {
    code: 'penundaan_berlarut',
    id: 'Penundaan berlarut',
    en: 'Undue delay',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  {
    code: 'tidak_memberikan_pelayanan',
    id: 'Tidak memberikan pelayanan',
    en: 'Failure to provide service',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  { code: 'tidak_kompeten', id: 'Tidak kompeten', en: 'Incompetence', source: 'PO 26/2017 jo. PO 48/2020' },
  {
    code: 'penyalahgunaan_wewenang',
    id: 'Penyalahgunaan wewenang',
    en: 'Abuse of authority',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  {
    code: 'penyimpangan_prosedur',
    id: 'Penyimpangan prosedur',
    en: 'Procedural deviation',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  {
    code: 'permintaan_imbalan',
    id: 'Permintaan imbalan uang, barang dan/atau jasa',
    en: 'Request for money, goods or services',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  { code: 'tidak_patut', id: 'Tidak patut', en: 'Improper conduct', source: 'PO 26/2017 jo. PO 48/2020' },
  { code: 'berpihak', id: 'Berpihak', en: 'Partiality', source: 'PO 26/2017 jo. PO 48/2020' },
  { code: 'diskriminasi', id: 'Diskriminasi', en: 'Discrimination', source: 'PO 26/2017 jo. PO 48/2020' },
  {
    code: 'konflik_kepentingan',
    id: 'Konflik kepentingan',
    en: 'Conflict of interest',
    source: 'PO 26/2017 jo. PO 48/2020',
  },
  {
    code: 'pengabaian_kewajiban_hukum',
    id: 'Pengabaian kewajiban hukum',
    en: 'Neglect of legal obligation',
    source: 'statistik nasional',
  },
  { code: 'belum_dikategorikan', id: 'Belum dikategorikan', en: 'Not yet categorised', source: 'Patuh' },
];

/** The form a report carries until an officer classifies it. */
export const UNCATEGORISED_FORM = 'belum_dikategorikan';
