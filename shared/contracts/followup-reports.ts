/**
 * The follow-up backlog's outputs (issue 17 §7, §9): the Excel export and the per-government PDF
 * report (binary answers), the batch letters' list query, and the public portal's follow-up
 * section as open data (`/api/public/v1/governments/:key/followups.json`). The public shape holds
 * no person: no owner, answerer or verifier, no evidence, nothing of a complaint.
 */
import { z } from 'zod';
import { FOLLOWUP_KINDS } from '../followups/kinds';

export const FollowupLetterListQuerySchema = z.object({ governmentId: z.uuid().optional() });
export type FollowupLetterListQuery = z.infer<typeof FollowupLetterListQuerySchema>;

/** Kinds the public section may ever show (never tindakan_korektif nor the government's own items). */
export const PUBLIC_FOLLOWUP_KINDS = [
  'saran_perbaikan',
  'saran_penyempurnaan',
  'rekomendasi',
  'kegiatan',
] as const satisfies readonly (typeof FOLLOWUP_KINDS)[number][];

export const PublicFollowupItemSchema = z.object({
  kind: z.enum(PUBLIC_FOLLOWUP_KINDS),
  /** The assessment's year, when the item came from a released assessment. */
  year: z.number().int().nullable(),
  unitName: z.string().nullable(),
  indicatorCode: z.string().nullable(),
  action: z.string(),
  dueOn: z.string().nullable(),
  done: z.boolean(),
  overdue: z.boolean(),
});
export type PublicFollowupItem = z.infer<typeof PublicFollowupItemSchema>;

export const PublicFollowupUnitSchema = z.object({
  unitName: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
});

export const PublicFollowupsSchema = z.object({
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  /** The kinds shown (the offices' choices, and rekomendasi headquarters published). */
  kinds: z.array(z.enum(PUBLIC_FOLLOWUP_KINDS)),
  units: z.array(PublicFollowupUnitSchema),
  items: z.array(PublicFollowupItemSchema),
});
export type PublicFollowups = z.infer<typeof PublicFollowupsSchema>;

/** GET /api/public/v1/governments/:key/followups.json (the open-data envelope, then the section). */
export const OpenDataFollowupsSchema = z.object({
  version: z.literal(1),
  licence: z.object({ name: z.string(), url: z.string(), attribution: z.string() }),
  government: z.object({ key: z.string(), name: z.string() }),
  followups: PublicFollowupsSchema,
});
