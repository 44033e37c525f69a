/**
 * Reports of maladministration (laporan masyarakat, issue 14): the stages a case passes through,
 * how it arrived, who it is about, and why it closed — REFERENCE §4.3 (the regular flow), §4.4
 * (RCO), §4.2 (admissibility). Values are stable identifiers (database enums, API, URLs); labels
 * live beside them in both languages because the public pages (server-rendered) and the web app
 * read the same words.
 */

/** Stages of a case, in the order of the regular flow (REFERENCE §4.3). */
export const COMPLAINT_STAGES = [
  /** Penerimaan: received, not yet decided (konsultasi, tembusan or a registered report). */
  'penerimaan',
  /** Verifikasi formil: identity, prior complaint to the body, chronology, expectation. */
  'verifikasi_formil',
  /** Waiting for the reporter to complete the formal requirements (the completion window). */
  'menunggu_kelengkapan',
  /** Verifikasi materiil: within authority, not before a court, under 2 years, not already reported. */
  'verifikasi_materiil',
  /** Rapat pleno: the plenary decides whether the report is examined. */
  'pleno',
  /** Pemeriksaan: clarification letters, field visits, mediation. */
  'pemeriksaan',
  /** LHP set with maladministration found: corrective actions are being followed up (30 working days). */
  'tindakan_korektif',
  /** Resolusi dan Monitoring: corrective actions not followed up in time (PO 58/2023 Pasal 54). */
  'resolusi_monitoring',
  /** A recommendation proposed to headquarters, issued, and awaiting the implementation report. */
  'rekomendasi',
  /** Respons Cepat Ombudsman: the emergency fast track (REFERENCE §4.4). */
  'rco',
  /** Closed, with a reason. */
  'selesai',
] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

/** Stages whose case is still open (everything but `selesai`). */
export const OPEN_STAGES = COMPLAINT_STAGES.filter((s) => s !== 'selesai');

/** Why a case closed. */
export const CLOSURE_REASONS = [
  'konsultasi',
  'tembusan',
  /** The reporter did not complete the formal requirements within the window. */
  'tidak_lengkap',
  /** Material check failed: outside the Ombudsman's authority. */
  'bukan_kewenangan',
  /** Material check failed: the matter is or was before a court. */
  'proses_peradilan',
  /** Material check failed: the event is more than 2 years old (UU 37/2008 Pasal 24(3)). */
  'kedaluwarsa',
  /** Material check failed: already reported (a duplicate). */
  'sudah_dilaporkan',
  /** The plenary did not accept the report for examination. */
  'ditolak_pleno',
  /** LHP: no maladministration found. */
  'tidak_ditemukan',
  /** LHP: examination stopped. */
  'dihentikan',
  /** Corrective actions (or the recommendation) followed up: resolved. */
  'ditindaklanjuti',
  /** Recommendation not (fully) implemented; the office recorded headquarters' decision. */
  'rekomendasi_tidak_dilaksanakan',
  /** RCO resolved by direct coordination. */
  'rco_selesai',
  /** Withdrawn by the reporter. */
  'dicabut',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** How a report arrived (REFERENCE §4.3 step 1). `web` is the public form. */
export const COMPLAINT_CHANNELS = [
  'web',
  'datang_langsung',
  'telepon',
  'surat',
  'email',
  'whatsapp',
  'lapangan',
] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Regular flow or the emergency fast track. */
export const COMPLAINT_TRACKS = ['reguler', 'rco'] as const;
export type ComplaintTrack = (typeof COMPLAINT_TRACKS)[number];

/**
 * Kinds of reported body (terlapor). `pemda` and `kementerian_lembaga` may be linked to the
 * registry; the others are recorded by name (REFERENCE §4.4: most-reported bodies 2025).
 */
export const BODY_KINDS = [
  'pemda',
  'kementerian_lembaga',
  'instansi_vertikal',
  'bpn',
  'kepolisian',
  'sekolah_negeri',
  'bumn_bumd',
  'lainnya',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Marital status as UU 37/2008 Pasal 24(1)(a) asks for it. */
export const MARITAL_STATUSES = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

type Words = Readonly<Record<string, { id: string; en: string }>>;

export const STAGE_LABELS: Words & Record<ComplaintStage, { id: string; en: string }> = {
  penerimaan: { id: 'Penerimaan', en: 'Intake' },
  verifikasi_formil: { id: 'Verifikasi formil', en: 'Formal verification' },
  menunggu_kelengkapan: { id: 'Menunggu kelengkapan pelapor', en: 'Waiting for the reporter' },
  verifikasi_materiil: { id: 'Verifikasi materiil', en: 'Material verification' },
  pleno: { id: 'Rapat pleno', en: 'Plenary' },
  pemeriksaan: { id: 'Pemeriksaan', en: 'Examination' },
  tindakan_korektif: { id: 'Tindakan korektif', en: 'Corrective action' },
  resolusi_monitoring: { id: 'Resolusi dan monitoring', en: 'Resolution and monitoring' },
  rekomendasi: { id: 'Rekomendasi', en: 'Recommendation' },
  rco: { id: 'Respons Cepat Ombudsman (RCO)', en: 'Ombudsman rapid response (RCO)' },
  selesai: { id: 'Selesai', en: 'Closed' },
};

export const CLOSURE_LABELS: Words & Record<ClosureReason, { id: string; en: string }> = {
  konsultasi: { id: 'Konsultasi', en: 'Consultation' },
  tembusan: { id: 'Tembusan', en: 'Copy only' },
  tidak_lengkap: { id: 'Syarat formil tidak dilengkapi', en: 'Formal requirements not completed' },
  bukan_kewenangan: { id: 'Bukan kewenangan Ombudsman', en: "Outside the Ombudsman's authority" },
  proses_peradilan: { id: 'Sedang/telah diperiksa pengadilan', en: 'Before a court' },
  kedaluwarsa: { id: 'Peristiwa lebih dari 2 tahun', en: 'Event more than 2 years old' },
  sudah_dilaporkan: { id: 'Sudah pernah dilaporkan', en: 'Already reported' },
  ditolak_pleno: { id: 'Tidak diterima rapat pleno', en: 'Not accepted by the plenary' },
  tidak_ditemukan: { id: 'Tidak ditemukan maladministrasi', en: 'No maladministration found' },
  dihentikan: { id: 'Pemeriksaan dihentikan', en: 'Examination stopped' },
  ditindaklanjuti: { id: 'Ditindaklanjuti', en: 'Followed up' },
  rekomendasi_tidak_dilaksanakan: {
    id: 'Rekomendasi tidak dilaksanakan',
    en: 'Recommendation not implemented',
  },
  rco_selesai: { id: 'RCO selesai', en: 'RCO resolved' },
  dicabut: { id: 'Dicabut pelapor', en: 'Withdrawn by the reporter' },
};

export const CHANNEL_LABELS: Words & Record<ComplaintChannel, { id: string; en: string }> = {
  web: { id: 'Formulir daring', en: 'Online form' },
  datang_langsung: { id: 'Datang langsung', en: 'Walk-in' },
  telepon: { id: 'Telepon', en: 'Phone' },
  surat: { id: 'Surat', en: 'Letter' },
  email: { id: 'E-mail', en: 'E-mail' },
  whatsapp: { id: 'WhatsApp', en: 'WhatsApp' },
  lapangan: { id: 'Penerimaan di lapangan', en: 'In the field' },
};

export const BODY_KIND_LABELS: Words & Record<BodyKind, { id: string; en: string }> = {
  pemda: { id: 'Pemerintah daerah', en: 'Regional government' },
  kementerian_lembaga: { id: 'Kementerian/lembaga', en: 'Ministry/agency' },
  instansi_vertikal: { id: 'Instansi vertikal kementerian', en: "A ministry's regional office" },
  bpn: { id: 'Badan Pertanahan Nasional (BPN)', en: 'National Land Agency (BPN)' },
  kepolisian: { id: 'Kepolisian (Polda/Polres/Polsek)', en: 'Police' },
  sekolah_negeri: { id: 'Sekolah negeri', en: 'State school' },
  bumn_bumd: { id: 'BUMN/BUMD', en: 'State/regional enterprise' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const MARITAL_LABELS: Words & Record<MaritalStatus, { id: string; en: string }> = {
  belum_kawin: { id: 'Belum kawin', en: 'Single' },
  kawin: { id: 'Kawin', en: 'Married' },
  cerai_hidup: { id: 'Cerai hidup', en: 'Divorced' },
  cerai_mati: { id: 'Cerai mati', en: 'Widowed' },
};
