/**
 * The case deadlines as versioned data (issue 14 part 8), each with its unit (working or calendar
 * days) and its legal basis. Where the sources are unsure (REFERENCE §4.3 "Other deadlines": the
 * service-level days under PO 58/2023 are [U]) the rule says `unconfirmed` and gives Patuh's
 * default; an admin may publish a new version of the set (like frameworks). A case keeps the version
 * it was registered under. Counting is shared/calendar/workdays.ts (REFERENCE §10.7): working days
 * skip weekends and the calendar's days off; a pause stops either clock.
 */
import { z } from 'zod';
import type { DayUnit } from '../calendar/workdays';

export const DEADLINE_KEYS = [
  'verifikasi',
  'kelengkapan_formil',
  'pleno',
  'pemeriksaan',
  'jawaban_klarifikasi',
  'tanggapan_lhp',
  'tindakan_korektif',
  'laporan_rekomendasi',
  'rco',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

export interface DeadlineRule {
  key: DeadlineKey;
  days: number;
  unit: DayUnit;
  /** The legal basis, or Patuh's reason when the sources are silent. */
  basis: string;
  /** True where the sources do not confirm the figure or its unit (REFERENCE §9). */
  unconfirmed: boolean;
  /** Remind the people responsible this many days before the due date (0 = on the day only). */
  remindBefore: number;
  label: { id: string; en: string };
}

export const DEADLINE_RULE_SCHEMA = z.object({
  key: z.enum(DEADLINE_KEYS),
  days: z.number().int().min(1).max(365),
  unit: z.enum(['working', 'calendar']),
  basis: z.string().trim().min(3).max(400),
  unconfirmed: z.boolean(),
  remindBefore: z.number().int().min(0).max(30),
  label: z.object({ id: z.string().trim().min(2).max(120), en: z.string().trim().min(2).max(120) }),
});

/** A whole set: every key exactly once. */
export const DEADLINE_RULE_SET_SCHEMA = z
  .array(DEADLINE_RULE_SCHEMA)
  .refine(
    (rules) =>
      rules.length === DEADLINE_KEYS.length && DEADLINE_KEYS.every((k) => rules.some((r) => r.key === k)),
    { message: 'complaint.rules.everyKeyOnce' },
  );

/** Version 1, shipped with Patuh (REFERENCE §4.3, §4.4, §7; §10.7 for the counting). */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    key: 'verifikasi',
    days: 14,
    unit: 'working',
    basis:
      'Patuh default: PO 58/2023 does not state the verification days in the sources read (REFERENCE §4.3 [U]); 14 days as UU 25/2009 asks complaints to be answered',
    unconfirmed: true,
    remindBefore: 3,
    label: { id: 'Verifikasi laporan', en: 'Verification of the report' },
  },
  {
    key: 'kelengkapan_formil',
    days: 30,
    unit: 'calendar',
    basis: 'PO 48/2020 Pasal 4: 30 hari bagi pelapor untuk melengkapi syarat formil (unit not stated)',
    unconfirmed: true,
    remindBefore: 5,
    label: { id: 'Pelapor melengkapi syarat formil', en: 'Reporter completes the formal requirements' },
  },
  {
    key: 'pleno',
    days: 10,
    unit: 'working',
    basis: 'Patuh default: the sources give no day count for the plenary (REFERENCE §4.3 [U])',
    unconfirmed: true,
    remindBefore: 2,
    label: { id: 'Keputusan rapat pleno', en: 'Plenary decision' },
  },
  {
    key: 'pemeriksaan',
    days: 60,
    unit: 'working',
    basis:
      'Patuh default: no PO 58/2023 figure in the sources; 60 days as the national target for cases needing field examination (REFERENCE §7)',
    unconfirmed: true,
    remindBefore: 10,
    label: { id: 'Pemeriksaan sampai LHP', en: 'Examination until the LHP' },
  },
  {
    key: 'jawaban_klarifikasi',
    days: 14,
    unit: 'calendar',
    basis: 'Patuh default: 14 days to answer a clarification request (UU 25/2009 complaint response, [S])',
    unconfirmed: true,
    remindBefore: 3,
    label: { id: 'Jawaban atas permintaan klarifikasi', en: 'Reply to a clarification request' },
  },
  {
    key: 'tanggapan_lhp',
    days: 14,
    unit: 'calendar',
    basis: 'PO 48/2020: pelapor diberi 14 hari untuk menanggapi LAHP',
    unconfirmed: false,
    remindBefore: 3,
    label: { id: 'Tanggapan pelapor atas LHP', en: "Reporter's response to the LHP" },
  },
  {
    key: 'tindakan_korektif',
    days: 30,
    unit: 'working',
    basis: 'PO 58/2023 Pasal 54: tanpa tindak lanjut dalam 30 hari kerja, ke Resolusi dan Monitoring',
    unconfirmed: false,
    remindBefore: 5,
    label: { id: 'Pelaksanaan tindakan korektif', en: 'Corrective actions carried out' },
  },
  {
    key: 'laporan_rekomendasi',
    days: 60,
    unit: 'calendar',
    basis:
      'UU 37/2008 Pasal 38(2): atasan terlapor melaporkan pelaksanaan rekomendasi dalam 60 hari sejak diterima',
    unconfirmed: false,
    remindBefore: 10,
    label: { id: 'Laporan pelaksanaan rekomendasi', en: 'Report on implementing the recommendation' },
  },
  {
    key: 'rco',
    days: 5,
    unit: 'working',
    basis:
      'Patuh default: no RCO day count in the sources (REFERENCE §4.4 [U]); 5 days as the LAPOR! complaint target',
    unconfirmed: true,
    remindBefore: 1,
    label: { id: 'Penyelesaian RCO', en: 'RCO resolution' },
  },
];

/** The rule of `key` in a set (every valid set has each key once). */
export function ruleOf(rules: readonly DeadlineRule[], key: DeadlineKey): DeadlineRule {
  const rule = rules.find((r) => r.key === key);
  if (!rule) throw new RangeError(`deadline rule missing: ${key}`);
  return rule;
}

/** The clock each stage starts (entering the stage starts it; leaving it meets it). */
export const STAGE_DEADLINE: Readonly<Partial<Record<string, DeadlineKey>>> = {
  penerimaan: 'verifikasi',
  verifikasi_formil: 'verifikasi',
  menunggu_kelengkapan: 'kelengkapan_formil',
  verifikasi_materiil: 'verifikasi',
  pleno: 'pleno',
  pemeriksaan: 'pemeriksaan',
  tindakan_korektif: 'tindakan_korektif',
  rekomendasi: 'laporan_rekomendasi',
  rco: 'rco',
};
