/**
 * The demo's reports of maladministration (issue 14 "Done means"): a few cases in every stage,
 * from the seeds' offices and governments — Ombudsman Kalsel with Pemprov Kalimantan Selatan and
 * Pemkab Balangan (seeds 000–002), Ombudsman Sulbar with Pemkab Mamuju Tengah (seed 003),
 * Ombudsman Babel with Pemkab Bangka Barat (seed 004). Each is made through createReport (the
 * identity sealed with the data directory's key) and then put in its stage by the demo-only
 * placeInStage (events, clocks and closure consistent). Dates are counted back from today so a
 * fresh demo always looks current. The reporters are fictional ("Warga Uji …", @example.test).
 * Once, behind its own marker.
 */
import type { ClosureReason, BodyKind, ComplaintChannel } from '../../../shared/complaints/stages';
import type { Database } from '../../db/client';
import type { IdentityKeys } from '../../lib/identity-crypto';
import { createReport, todayWib } from '../complaints/complaints.create';
import { placeInStage, type StageStep } from './demo-complaint-stage';
import * as repo from './demo-complaints.repository';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_complaints_seeded';

type Gov = 'kalsel' | 'balangan' | 'mateng' | 'babar';
const REGION: Record<Gov, string> = { kalsel: '63', balangan: '63.11', mateng: '76.06', babar: '19.05' };

/** A step `n` days ago (weekends moved back to Friday). */
type Step = [action: string, to: StageStep['to'], daysAgo: number, closes?: ClosureReason];

export interface DemoCase {
  gov?: Gov;
  unit?: string;
  body: { kind: BodyKind; name: string; regionCode?: string };
  subject: string;
  description: string;
  channel: ComplaintChannel;
  receivedAgo: number;
  rco?: boolean;
  steps: Step[];
  /** Forms, sector and substance once classified. */
  forms?: string[];
  sector?: string;
  substance?: string;
  lhp?: boolean;
  /** Transferred to this office (by code) after receipt. */
  transferTo?: string;
}

const VERIFIED: Step[] = [
  ['catat_register', 'verifikasi_formil', 0],
  ['formil_lengkap', 'verifikasi_materiil', 0],
  ['materiil_lolos', 'pleno', 0],
  ['pleno_terima', 'pemeriksaan', 0],
];
/** The regular flow up to the examination, spread over the days given. */
const through = (days: [number, number, number, number]): Step[] =>
  VERIFIED.map(([a, to], i) => [a, to, days[i]!]);

export const DEMO_CASES: DemoCase[] = [
  {
    gov: 'balangan',
    unit: 'DISDUKCAPIL',
    body: { kind: 'pemda', name: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Balangan' },
    subject: 'KTP-el tidak kunjung terbit setelah tiga bulan',
    description:
      'Perekaman KTP-el dilakukan di kantor Disdukcapil Paringin, namun sampai sekarang kartu belum dicetak dengan alasan blangko habis.',
    channel: 'web',
    receivedAgo: 2,
    steps: [],
  },
  {
    gov: 'kalsel',
    body: { kind: 'pemda', name: 'Badan Keuangan Daerah Provinsi Kalimantan Selatan (Samsat Banjarmasin)' },
    subject: 'Biaya tambahan balik nama kendaraan di loket Samsat',
    description:
      'Petugas loket meminta biaya di luar ketentuan untuk mempercepat proses balik nama kendaraan.',
    channel: 'datang_langsung',
    receivedAgo: 9,
    steps: [['catat_register', 'verifikasi_formil', 7]],
  },
  {
    gov: 'mateng',
    body: { kind: 'sekolah_negeri', name: 'SMP Negeri Tobadak, Kabupaten Mamuju Tengah' },
    subject: 'Ijazah ditahan karena tunggakan iuran sekolah',
    description: 'Ijazah anak pelapor belum diserahkan karena iuran komite belum lunas.',
    channel: 'whatsapp',
    receivedAgo: 30,
    steps: [
      ['catat_register', 'verifikasi_formil', 28],
      ['minta_kelengkapan', 'menunggu_kelengkapan', 26],
    ],
  },
  {
    body: { kind: 'bpn', name: 'Kantor Pertanahan Kabupaten Balangan', regionCode: '63.11' },
    subject: 'Sertifikat tanah tidak selesai sejak pengukuran 2024',
    description: 'Permohonan sertifikat program PTSL sudah diukur, tetapi sertifikat tidak diterbitkan.',
    channel: 'surat',
    receivedAgo: 40,
    steps: [
      ['catat_register', 'verifikasi_formil', 37],
      ['formil_lengkap', 'verifikasi_materiil', 30],
    ],
  },
  {
    gov: 'kalsel',
    unit: 'RSUDULIN',
    body: { kind: 'pemda', name: 'RSUD Ulin Banjarmasin' },
    subject: 'Pasien BPJS diminta membeli obat sendiri',
    description: 'Pasien rawat inap peserta JKN diminta membeli obat di apotek luar rumah sakit.',
    channel: 'telepon',
    receivedAgo: 60,
    steps: through([58, 51, 44, 0]).slice(0, 3),
    forms: ['tidak_memberikan_pelayanan'],
    sector: 'kesehatan',
    substance: 'Jaminan kesehatan',
  },
  {
    gov: 'mateng',
    body: { kind: 'pemda', name: 'Dinas Sosial Kabupaten Mamuju Tengah' },
    subject: 'Bantuan sosial tidak disalurkan kepada keluarga terdaftar',
    description: 'Keluarga yang tercantum dalam DTKS tidak menerima bantuan dua tahap berturut-turut.',
    channel: 'lapangan',
    receivedAgo: 120,
    steps: through([117, 110, 100, 92]),
    forms: ['penyimpangan_prosedur'],
    sector: 'sosial',
    substance: 'Bantuan sosial',
  },
  {
    gov: 'balangan',
    unit: 'DPMPTSP',
    body: { kind: 'pemda', name: 'DPMPTSP Kabupaten Balangan' },
    subject: 'Izin usaha mikro dipersulit tanpa dasar',
    description: 'Permohonan NIB dan izin usaha ditolak lisan tanpa penjelasan tertulis.',
    channel: 'web',
    receivedAgo: 200,
    steps: [...through([197, 190, 180, 170]), ['tetapkan_lhp', 'tindakan_korektif', 20]],
    forms: ['penundaan_berlarut', 'penyimpangan_prosedur'],
    sector: 'perizinan',
    substance: 'Perizinan berusaha',
    lhp: true,
  },
  {
    gov: 'babar',
    body: { kind: 'pemda', name: 'Dinas PUPR Kabupaten Bangka Barat' },
    subject: 'Ganti rugi lahan pelebaran jalan belum dibayar',
    description:
      'Lahan warga terkena pelebaran jalan Muntok, ganti rugi belum dibayar sejak pekerjaan selesai.',
    channel: 'surat',
    receivedAgo: 320,
    steps: [
      ...through([316, 305, 295, 285]),
      ['tetapkan_lhp', 'tindakan_korektif', 160],
      ['ke_resolusi', 'resolusi_monitoring', 110],
    ],
    forms: ['pengabaian_kewajiban_hukum'],
    sector: 'infrastruktur',
    substance: 'Pengadaan tanah',
    lhp: true,
  },
  {
    gov: 'kalsel',
    body: { kind: 'pemda', name: 'Dinas Pendidikan Provinsi Kalimantan Selatan' },
    subject: 'Pungutan pada penerimaan peserta didik baru SMA negeri',
    description: 'Orang tua diminta membayar sumbangan pembangunan sebagai syarat daftar ulang.',
    channel: 'email',
    receivedAgo: 420,
    steps: [
      ...through([416, 405, 395, 385]),
      ['tetapkan_lhp', 'tindakan_korektif', 250],
      ['ke_resolusi', 'resolusi_monitoring', 205],
      ['usul_rekomendasi', 'rekomendasi', 150],
    ],
    forms: ['permintaan_imbalan'],
    sector: 'pendidikan',
    substance: 'PPDB',
    lhp: true,
  },
  {
    gov: 'balangan',
    unit: 'PKM1',
    body: { kind: 'pemda', name: 'Puskesmas Paringin' },
    subject: 'Pasien gawat darurat ditolak karena tidak membawa KTP',
    description: 'Pasien sesak napas diminta pulang mengambil KTP sebelum ditangani.',
    channel: 'telepon',
    receivedAgo: 1,
    rco: true,
    steps: [],
    forms: ['tidak_memberikan_pelayanan'],
    sector: 'kesehatan',
    substance: 'Pelayanan gawat darurat',
  },
  {
    gov: 'mateng',
    body: { kind: 'pemda', name: 'Disdukcapil Kabupaten Mamuju Tengah' },
    subject: 'Pertanyaan syarat pembuatan akta kelahiran terlambat',
    description: 'Pelapor menanyakan syarat akta kelahiran untuk anak berusia tujuh tahun.',
    channel: 'whatsapp',
    receivedAgo: 15,
    steps: [['tutup_konsultasi', 'selesai', 14, 'konsultasi']],
  },
  {
    gov: 'kalsel',
    body: { kind: 'pemda', name: 'Pemerintah Provinsi Kalimantan Selatan' },
    subject: 'Tembusan surat keberatan warga kepada Gubernur',
    description: 'Salinan surat keberatan warga atas penataan pasar yang ditujukan kepada Gubernur.',
    channel: 'surat',
    receivedAgo: 25,
    steps: [['tutup_tembusan', 'selesai', 23, 'tembusan']],
  },
  {
    gov: 'balangan',
    unit: 'DINKES',
    body: { kind: 'pemda', name: 'Dinas Kesehatan Kabupaten Balangan' },
    subject: 'Jadwal layanan puskesmas tidak diumumkan',
    description: 'Jam layanan puskesmas berubah tanpa pengumuman sehingga warga tidak terlayani.',
    channel: 'lapangan',
    receivedAgo: 300,
    steps: [
      ...through([296, 288, 280, 270]),
      ['tetapkan_lhp', 'tindakan_korektif', 150],
      ['korektif_selesai', 'selesai', 120, 'ditindaklanjuti'],
    ],
    forms: ['tidak_patut'],
    sector: 'kesehatan',
    substance: 'Standar pelayanan',
    lhp: true,
  },
  {
    gov: 'babar',
    body: { kind: 'pemda', name: 'RSUD Sejiran Setason, Kabupaten Bangka Barat' },
    subject: 'Rujukan pasien tertunda karena ambulans tidak tersedia',
    description: 'Pasien rujukan menunggu ambulans lebih dari enam jam.',
    channel: 'telepon',
    receivedAgo: 50,
    rco: true,
    steps: [['rco_selesai', 'selesai', 48, 'rco_selesai']],
    forms: ['penundaan_berlarut'],
    sector: 'kesehatan',
    substance: 'Rujukan',
  },
  {
    gov: 'mateng',
    body: { kind: 'pemda', name: 'Dinas Pendidikan Kabupaten Mamuju Tengah' },
    subject: 'Tunjangan guru honorer terlambat dibayar',
    description: 'Tunjangan triwulan guru honorer dibayar terlambat dua bulan.',
    channel: 'web',
    receivedAgo: 260,
    steps: [...through([255, 248, 240, 232]), ['tetapkan_lhp', 'selesai', 140, 'tidak_ditemukan']],
    forms: ['penundaan_berlarut'],
    sector: 'pendidikan',
    substance: 'Kepegawaian',
    lhp: true,
  },
  {
    body: { kind: 'bumn_bumd', name: 'PT PLN (Persero) UP3 Mamuju' },
    subject: 'Sambungan listrik baru tidak dipasang setelah dibayar',
    description: 'Biaya penyambungan sudah dibayar, pemasangan tidak dilakukan lebih dari dua bulan.',
    channel: 'datang_langsung',
    receivedAgo: 20,
    steps: [['catat_register', 'verifikasi_formil', 18]],
    transferTo: 'SULBAR',
  },
];

/** YYYY-MM-DD `n` calendar days before `today`, a weekend moved back to Friday. */
export function daysAgo(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  const dow = d.getUTCDay();
  if (dow === 0) d.setUTCDate(d.getUTCDate() - 2);
  if (dow === 6) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Seeds the demo cases once (after seedDemo); returns how many were made. */
export async function seedDemoComplaints(database: Database, keys: IdentityKeys): Promise<number> {
  const db = database.db;
  if (await hasMarker(db, KEY)) return 0;
  const govs = await repo.demoGovernments(db, Object.values(REGION));
  const govOf = (g: Gov) => govs.find((x) => x.regionCode === REGION[g]);
  if (!govOf('balangan')) return 0;
  const officers = await repo.userIdsByEmail(db, [
    'asesor.kalsel@patuh.local',
    'asesor.sulbar@patuh.local',
    'asesor.babel@patuh.local',
  ]);
  const officesByCode = new Map<string, string | undefined>();
  for (const code of ['KALSEL', 'SULBAR', 'BABEL'])
    officesByCode.set(code, await repo.officeByCode(db, code));
  const officerOf = new Map(
    officers.map((o) => [officesByCode.get(o.email.split('@')[0]!.split('.')[1]!.toUpperCase()), o.id]),
  );
  const today = todayWib();
  let made = 0;
  for (const [i, c] of DEMO_CASES.entries()) {
    const gov = c.gov ? govOf(c.gov) : undefined;
    const unit = gov && c.unit ? await repo.unitByCode(db, gov.id, c.unit) : undefined;
    const n = String(i + 1).padStart(2, '0');
    const created = await createReport(db, keys, {
      identity: {
        fullName: `Warga Uji ${n}`,
        birthPlace: 'Banjarmasin',
        birthDate: `19${70 + i}-0${1 + (i % 9)}-1${i % 10}`,
        maritalStatus: i % 2 ? 'kawin' : 'belum_kawin',
        occupation: 'Wiraswasta',
        address: `Jl. Contoh No. ${i + 1}`,
        email: `warga.uji${n}@example.test`,
      },
      body: {
        kind: c.body.kind,
        name: c.body.name,
        ...(gov ? { governmentId: gov.id } : {}),
        ...(unit ? { unitId: unit.id } : {}),
        ...(c.body.regionCode ? { regionCode: c.body.regionCode } : {}),
      },
      subject: c.subject,
      description: c.description,
      confidential: i % 3 === 0,
      consent: true,
      channel: c.channel,
      track: c.rco ? 'rco' : 'reguler',
      receivedOn: daysAgo(today, c.receivedAgo),
    });
    let officeId = created.officeId;
    const steps: StageStep[] = c.steps.map(([action, to, ago, closes]) => ({
      action,
      to,
      on: daysAgo(today, ago),
      ...(closes ? { closes } : {}),
    }));
    const target = c.transferTo ? officesByCode.get(c.transferTo) : undefined;
    if (target && target !== officeId) {
      steps.push({
        action: 'alihkan',
        to: steps.at(-1)?.to ?? 'penerimaan',
        on: daysAgo(today, c.receivedAgo - 3),
        toOfficeId: target,
      });
      steps.sort((a, b) => a.on.localeCompare(b.on));
      officeId = target;
    }
    if (steps.length) await placeInStage(db, created.id, steps);
    if (c.forms)
      await repo.classify(db, created.id, { forms: c.forms, sector: c.sector!, substance: c.substance! });
    if (c.lhp) {
      const lhpStep = c.steps.find(([a]) => a === 'tetapkan_lhp')!;
      await repo.setExtra(db, created.id, {
        lhpOutcome: lhpStep[3] === 'tidak_ditemukan' ? 'tidak_ditemukan' : 'ditemukan',
        lhpNumber: `LHP-DEMO/${n}/${today.slice(0, 4)}`,
        lhpDate: daysAgo(today, lhpStep[2]),
        lhpFindings: 'Temuan pemeriksaan (data demo).',
      });
    }
    const proposed = c.steps.find(([a]) => a === 'usul_rekomendasi');
    if (proposed)
      await repo.setExtra(db, created.id, {
        recommendationProposedAt: new Date(`${daysAgo(today, proposed[2])}T03:00:00Z`),
      });
    const officer = officerOf.get(officeId);
    if (officer && c.steps.length) await repo.assignOfficer(db, created.id, officer);
    made += 1;
  }
  await insertMarker(db, KEY, { at: new Date().toISOString(), cases: made });
  return made;
}
