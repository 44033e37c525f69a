/**
 * The one follow-up backlog (issue 17): what each kind of item is, who issues it and whether it
 * counts toward Taat. The Ombudsman's products (tindakan korektif, saran perbaikan, saran
 * penyempurnaan, rekomendasi — REFERENCE §1.4) are issued by an office and verified by it; the
 * government's own items (its internal cycles' improvement points, a survey's weakest elements)
 * are issued and verified by its Inspektorat. Actions agreed in an office's activity are the
 * office's to verify but are not a product of the Ombudsman, so they never count toward Taat.
 */
export const FOLLOWUP_KINDS = [
  'tindakan_korektif',
  'saran_perbaikan',
  'saran_penyempurnaan',
  'rekomendasi',
  'kegiatan',
  'perbaikan_internal',
  'survei',
] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

/** The Ombudsman's products: the only kinds Taat may count (the rule file names its own list). */
export const OMBUDSMAN_PRODUCTS: readonly FollowupKind[] = [
  'tindakan_korektif',
  'saran_perbaikan',
  'saran_penyempurnaan',
  'rekomendasi',
];

/** Who issues (and so verifies) an item of this kind. */
export type FollowupIssuer = 'office' | 'government';
export const ISSUER_OF: Record<FollowupKind, FollowupIssuer> = {
  tindakan_korektif: 'office',
  saran_perbaikan: 'office',
  saran_penyempurnaan: 'office',
  rekomendasi: 'office',
  kegiatan: 'office',
  perbaikan_internal: 'government',
  survei: 'government',
};

/** Where an item came from; `source_id` points into that table (null for `manual`). */
export const FOLLOWUP_SOURCES = [
  'complaint',
  'cycle',
  'internal_cycle',
  'survey_period',
  'activity',
  'manual',
] as const;
export type FollowupSource = (typeof FOLLOWUP_SOURCES)[number];

export const FOLLOWUP_KIND_LABELS: Record<FollowupKind, { id: string; en: string }> = {
  tindakan_korektif: { id: 'Tindakan korektif', en: 'Corrective action' },
  saran_perbaikan: { id: 'Saran perbaikan', en: 'Improvement advice' },
  saran_penyempurnaan: { id: 'Saran penyempurnaan', en: 'Refinement advice' },
  rekomendasi: { id: 'Rekomendasi', en: 'Recommendation' },
  kegiatan: { id: 'Tindak lanjut kegiatan', en: 'Activity action' },
  perbaikan_internal: { id: 'Perbaikan penilaian mandiri', en: 'Self-assessment improvement' },
  survei: { id: 'Perbaikan hasil SKM', en: 'Survey improvement' },
};

/** Kinds an office may create by hand (the others come from their source). */
export const OFFICE_MANUAL_KINDS: readonly FollowupKind[] = [
  'saran_perbaikan',
  'saran_penyempurnaan',
  'rekomendasi',
];
/** Kinds the government's Inspektorat may create by hand. */
export const GOVERNMENT_MANUAL_KINDS: readonly FollowupKind[] = ['perbaikan_internal'];
