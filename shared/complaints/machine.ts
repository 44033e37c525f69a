/**
 * The case's state machine as one table (issue 14): each action names the stages it starts from,
 * the stage it leads to, and the roles that may take it. The server applies it (and adds the guards
 * that need data: a lapsed window, a passed material check…); the web app reads it to show only the
 * buttons a user may press; the tests walk every action × stage × role.
 *
 * Office staff (assessor) carry a case through intake, verification and examination; the head of
 * office (oversight_head) takes the decisions — plenary, LHP, transfer, recommendation proposal;
 * an admin may do anything. Government-side roles never move a case: they reach only the letters
 * addressed to their body.
 */
import type { Role } from '../permissions';
import type { ClosureReason, ComplaintStage } from './stages';

export const COMPLAINT_ACTIONS = [
  'catat_register',
  'tutup_konsultasi',
  'tutup_tembusan',
  'mulai_rco',
  'rco_selesai',
  'rco_ke_reguler',
  'minta_kelengkapan',
  'kelengkapan_diterima',
  'tutup_tidak_lengkap',
  'formil_lengkap',
  'materiil_lolos',
  'materiil_ditolak',
  'pleno_terima',
  'pleno_tolak',
  'alihkan',
  'tetapkan_lhp',
  'korektif_selesai',
  'ke_resolusi',
  'usul_rekomendasi',
  'rekomendasi_selesai',
  'cabut',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

const STAFF: readonly Role[] = ['admin', 'oversight_head', 'assessor'];
const HEAD: readonly Role[] = ['admin', 'oversight_head'];

export interface Transition {
  from: readonly ComplaintStage[];
  /** `same` keeps the stage (a transfer moves the office, not the stage). */
  to: ComplaintStage | 'same';
  roles: readonly Role[];
  /** The closure reason the action records, when it closes the case. */
  closes?: ClosureReason | 'from_body';
  /** Words for the button and the history, both languages. */
  label: { id: string; en: string };
}

const BEFORE_EXAMINATION: readonly ComplaintStage[] = [
  'penerimaan',
  'verifikasi_formil',
  'menunggu_kelengkapan',
  'verifikasi_materiil',
  'pleno',
];

export const TRANSITIONS: Readonly<Record<ComplaintAction, Transition>> = {
  catat_register: {
    from: ['penerimaan'],
    to: 'verifikasi_formil',
    roles: STAFF,
    label: { id: 'Registrasi sebagai laporan', en: 'Register as a report' },
  },
  tutup_konsultasi: {
    from: ['penerimaan'],
    to: 'selesai',
    roles: STAFF,
    closes: 'konsultasi',
    label: { id: 'Selesai sebagai konsultasi', en: 'Close as a consultation' },
  },
  tutup_tembusan: {
    from: ['penerimaan'],
    to: 'selesai',
    roles: STAFF,
    closes: 'tembusan',
    label: { id: 'Selesai sebagai tembusan', en: 'Close as a copy' },
  },
  mulai_rco: {
    from: ['penerimaan', 'verifikasi_formil', 'verifikasi_materiil'],
    to: 'rco',
    roles: HEAD,
    label: { id: 'Jalur RCO (darurat)', en: 'RCO fast track (emergency)' },
  },
  rco_selesai: {
    from: ['rco'],
    to: 'selesai',
    roles: STAFF,
    closes: 'rco_selesai',
    label: { id: 'RCO selesai', en: 'RCO resolved' },
  },
  rco_ke_reguler: {
    from: ['rco'],
    to: 'verifikasi_formil',
    roles: HEAD,
    label: { id: 'Lanjutkan sebagai laporan reguler', en: 'Continue as a regular report' },
  },
  minta_kelengkapan: {
    from: ['verifikasi_formil'],
    to: 'menunggu_kelengkapan',
    roles: STAFF,
    label: { id: 'Minta pelapor melengkapi', en: 'Ask the reporter to complete' },
  },
  kelengkapan_diterima: {
    from: ['menunggu_kelengkapan'],
    to: 'verifikasi_formil',
    roles: STAFF,
    label: { id: 'Kelengkapan diterima', en: 'Completion received' },
  },
  tutup_tidak_lengkap: {
    from: ['menunggu_kelengkapan'],
    to: 'selesai',
    roles: STAFF,
    closes: 'tidak_lengkap',
    label: { id: 'Tutup: tidak dilengkapi', en: 'Close: not completed' },
  },
  formil_lengkap: {
    from: ['verifikasi_formil'],
    to: 'verifikasi_materiil',
    roles: STAFF,
    label: { id: 'Syarat formil lengkap', en: 'Formal requirements met' },
  },
  materiil_lolos: {
    from: ['verifikasi_materiil'],
    to: 'pleno',
    roles: STAFF,
    label: { id: 'Lolos verifikasi materiil', en: 'Material check passed' },
  },
  materiil_ditolak: {
    from: ['verifikasi_materiil'],
    to: 'selesai',
    roles: STAFF,
    closes: 'from_body',
    label: { id: 'Tidak memenuhi syarat materiil', en: 'Material check failed' },
  },
  pleno_terima: {
    from: ['pleno'],
    to: 'pemeriksaan',
    roles: HEAD,
    label: { id: 'Pleno: diterima untuk diperiksa', en: 'Plenary: accepted for examination' },
  },
  pleno_tolak: {
    from: ['pleno'],
    to: 'selesai',
    roles: HEAD,
    closes: 'ditolak_pleno',
    label: { id: 'Pleno: tidak diterima', en: 'Plenary: not accepted' },
  },
  alihkan: {
    from: [...BEFORE_EXAMINATION, 'pemeriksaan'],
    to: 'same',
    roles: HEAD,
    label: { id: 'Alihkan ke kantor lain', en: 'Transfer to another office' },
  },
  /** Leads to `selesai` instead (reason = the outcome) when the LHP finds none or stops. */
  tetapkan_lhp: {
    from: ['pemeriksaan'],
    to: 'tindakan_korektif',
    roles: HEAD,
    label: { id: 'Tetapkan LHP', en: 'Set the LHP' },
  },
  korektif_selesai: {
    from: ['tindakan_korektif', 'resolusi_monitoring'],
    to: 'selesai',
    roles: HEAD,
    closes: 'ditindaklanjuti',
    label: { id: 'Tindakan korektif dilaksanakan', en: 'Corrective actions carried out' },
  },
  ke_resolusi: {
    from: ['tindakan_korektif'],
    to: 'resolusi_monitoring',
    roles: STAFF,
    label: { id: 'Ke Resolusi dan Monitoring', en: 'Move to Resolution and Monitoring' },
  },
  usul_rekomendasi: {
    from: ['resolusi_monitoring'],
    to: 'rekomendasi',
    roles: HEAD,
    label: { id: 'Usulkan rekomendasi', en: 'Propose a recommendation' },
  },
  rekomendasi_selesai: {
    from: ['rekomendasi'],
    to: 'selesai',
    roles: HEAD,
    closes: 'from_body',
    label: { id: 'Tutup rekomendasi', en: 'Close the recommendation' },
  },
  cabut: {
    from: [...BEFORE_EXAMINATION, 'pemeriksaan', 'rco'],
    to: 'selesai',
    roles: STAFF,
    closes: 'dicabut',
    label: { id: 'Dicabut pelapor', en: 'Withdrawn by the reporter' },
  },
};

/** May `role` take `action` on a case in `stage`? (Reach and data guards are the server's.) */
export function canTake(action: ComplaintAction, stage: ComplaintStage, role: Role): boolean {
  const t = TRANSITIONS[action];
  return t.from.includes(stage) && t.roles.includes(role);
}

/** The actions `role` may take on a case in `stage`, in table order (the buttons to show). */
export function actionsFor(stage: ComplaintStage, role: Role): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => canTake(a, stage, role));
}

/** The stage after `action` from `stage` (a transfer keeps it). */
export function stageAfter(action: ComplaintAction, stage: ComplaintStage): ComplaintStage {
  const to = TRANSITIONS[action].to;
  return to === 'same' ? stage : to;
}

/** Closure reasons a material check may end in (`materiil_ditolak`). */
export const MATERIAL_REJECT_REASONS = [
  'bukan_kewenangan',
  'proses_peradilan',
  'kedaluwarsa',
  'sudah_dilaporkan',
] as const satisfies readonly ClosureReason[];

/** Closure reasons a recommendation may end in (`rekomendasi_selesai`). */
export const RECOMMENDATION_CLOSE_REASONS = [
  'ditindaklanjuti',
  'rekomendasi_tidak_dilaksanakan',
] as const satisfies readonly ClosureReason[];

/** LHP conclusions (REFERENCE §4.3 step 6). Only `ditemukan` leads to corrective actions. */
export const LHP_OUTCOMES = ['ditemukan', 'tidak_ditemukan', 'dihentikan'] as const;
export type LhpOutcome = (typeof LHP_OUTCOMES)[number];
