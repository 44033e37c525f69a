/**
 * What the demo's standards are (demo-standards.ts writes them): which product of which seed unit
 * is in which state, and the version rows each state means — set dates, SK, consultation, review
 * date and publication counted back from today. Pure.
 */
import type { StandardContent } from '../../../shared/contracts/standards';
import type { StandardComponentKey } from '../../../shared/standards/components';
import type { serviceStandards } from '../../db/schema-standards';
import { sampleStandardContent, withoutComponents } from './demo-standard-content';

export type Gov = 'kalsel' | 'balangan' | 'mateng' | 'babar';
export const REGION: Record<Gov, string> = {
  kalsel: '63',
  balangan: '63.11',
  mateng: '76.06',
  babar: '19.05',
};
export const COORDINATOR: Partial<Record<Gov, string>> = {
  kalsel: 'koordinator.kalsel@patuh.local',
  balangan: 'koordinator.balangan@patuh.local',
};

/** What a product's standard looks like in the demo. */
export type DemoStandardState =
  | 'lengkap' // set, published, every component, review ahead
  | 'berversi' // version 1 superseded by a set, published version 2
  | 'revisi' // set and published, with a new draft open
  | 'tidak_lengkap' // set and published with components missing
  | 'kedaluwarsa' // set, complete, review date passed
  | 'belum_terbit' // set, complete, not published
  | 'diajukan' // submitted to the coordinator, nothing set yet
  | 'draf'; // a partial draft only

export interface DemoStandard {
  gov: Gov;
  unit: string;
  product: string;
  state: DemoStandardState;
  missing?: StandardComponentKey[];
}

export const DEMO_STANDARDS: DemoStandard[] = [
  { gov: 'balangan', unit: 'DISDUKCAPIL', product: 'Penerbitan KTP-el', state: 'lengkap' },
  { gov: 'balangan', unit: 'DISDUKCAPIL', product: 'Penerbitan Akta Kelahiran', state: 'berversi' },
  {
    gov: 'balangan',
    unit: 'DPMPTSP',
    product: 'Persetujuan Bangunan Gedung',
    state: 'tidak_lengkap',
    missing: ['biaya', 'pengaduan', 'kompetensi', 'evaluasi_kinerja'],
  },
  { gov: 'balangan', unit: 'DPMPTSP', product: 'Izin Usaha melalui OSS', state: 'kedaluwarsa' },
  { gov: 'balangan', unit: 'DINKES', product: 'Pelayanan Rawat Jalan', state: 'draf' },
  { gov: 'balangan', unit: 'DINKES', product: 'Penerbitan Surat Keterangan Sehat', state: 'diajukan' },
  { gov: 'balangan', unit: 'PKM1', product: 'Pelayanan Rawat Jalan', state: 'revisi' },
  { gov: 'balangan', unit: 'DISDIK', product: 'Legalisir Ijazah', state: 'belum_terbit' },
  { gov: 'kalsel', unit: 'DPMPTSP', product: 'Persetujuan Bangunan Gedung', state: 'lengkap' },
  { gov: 'kalsel', unit: 'DPMPTSP', product: 'Izin Usaha melalui OSS', state: 'lengkap' },
  { gov: 'kalsel', unit: 'DISDUKCAPILKB', product: 'Penerbitan KTP-el', state: 'kedaluwarsa' },
  {
    gov: 'mateng',
    unit: 'DISDUKCAPIL',
    product: 'Penerbitan KTP-el',
    state: 'tidak_lengkap',
    missing: ['prosedur', 'jangka_waktu', 'biaya'],
  },
  { gov: 'babar', unit: 'DPMPTSP', product: 'Izin Usaha melalui OSS', state: 'draf' },
];

/** Units with a maklumat (published or not) and with a service profile. */
export const DEMO_MAKLUMAT: { gov: Gov; unit: string; published: boolean }[] = [
  { gov: 'balangan', unit: 'DISDUKCAPIL', published: true },
  { gov: 'balangan', unit: 'DPMPTSP', published: true },
  { gov: 'balangan', unit: 'PKM1', published: true },
  { gov: 'balangan', unit: 'DINKES', published: false },
  { gov: 'kalsel', unit: 'DPMPTSP', published: true },
];
export const DEMO_PROFILES: { gov: Gov; unit: string }[] = [
  { gov: 'balangan', unit: 'DISDUKCAPIL' },
  { gov: 'balangan', unit: 'DPMPTSP' },
  { gov: 'balangan', unit: 'PKM1' },
];

export const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
export const at = (iso: string) => new Date(`${iso}T02:00:00Z`);

export type Row = typeof serviceStandards.$inferInsert;

/** The version rows of one demo product, oldest first. */
export function versionsOf(
  s: DemoStandard,
  ids: { productId: string; unitId: string; governmentId: string },
  unitName: string,
  variant: number,
  today: string,
  by: string | null,
): Row[] {
  const full = sampleStandardContent(s.product, unitName, variant);
  const setOn = shift(today, -200);
  const set = (version: number, content: StandardContent, o: Partial<Row> = {}): Row => ({
    ...ids,
    version,
    status: 'ditetapkan',
    content,
    publishManufacturing: variant % 2 === 0,
    skNumber: `100/${40 + variant}/SK-SP/${setOn.slice(0, 4)}`,
    skDate: setOn,
    skSignatory: `Kepala ${unitName}`,
    consultationDate: shift(setOn, -21),
    consultationParticipants: 'Perwakilan masyarakat pengguna layanan, tokoh masyarakat, LSM, akademisi',
    consultationMinutes:
      'Forum konsultasi publik membahas rancangan standar; masukan tentang jangka waktu dan persyaratan diakomodasi.',
    reviewDate: shift(setOn, 365),
    publishedAt: at(setOn),
    createdBy: by,
    createdAt: at(shift(setOn, -30)),
    updatedBy: by,
    updatedAt: at(setOn),
    submittedBy: by,
    submittedAt: at(shift(setOn, -7)),
    setBy: by,
    setAt: at(setOn),
    ...o,
  });
  const draft = (version: number, content: StandardContent, o: Partial<Row> = {}): Row => ({
    ...ids,
    version,
    status: 'draft',
    content,
    createdBy: by,
    createdAt: at(shift(today, -5)),
    updatedBy: by,
    updatedAt: at(shift(today, -2)),
    ...o,
  });
  switch (s.state) {
    case 'lengkap':
      return [set(1, full)];
    case 'berversi': {
      const first = withoutComponents(full, ['jaminan_keamanan', 'evaluasi_kinerja']);
      const oldOn = shift(setOn, -400);
      return [
        set(
          1,
          { ...first, jangka_waktu: { value: 5, unit: 'hari_kerja' } },
          {
            status: 'diganti',
            skDate: oldOn,
            skNumber: `100/12/SK-SP/${oldOn.slice(0, 4)}`,
            setAt: at(oldOn),
            publishedAt: at(oldOn),
            reviewDate: shift(oldOn, 365),
            supersededAt: at(setOn),
          },
        ),
        set(2, full, { basedOnVersion: 1 }),
      ];
    }
    case 'revisi':
      return [
        set(1, full),
        draft(2, { ...full, jangka_waktu: { value: 20, unit: 'menit' } }, { basedOnVersion: 1 }),
      ];
    case 'tidak_lengkap':
      return [set(1, withoutComponents(full, s.missing ?? []))];
    case 'kedaluwarsa':
      return [set(1, full, { reviewDate: shift(today, -45) })];
    case 'belum_terbit':
      return [set(1, full, { publishedAt: null })];
    case 'diajukan':
      return [draft(1, full, { status: 'diajukan', submittedBy: by, submittedAt: at(shift(today, -1)) })];
    case 'draf':
      return [
        draft(
          1,
          withoutComponents(full, ['sarana', 'kompetensi', 'pengawasan', 'jumlah_pelaksana', 'biaya']),
        ),
      ];
  }
}
