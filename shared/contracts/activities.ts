/**
 * The office's activities with a government (issue 15 §10): coaching (bimtek), pendampingan,
 * coordination visits, audiences, workshops — one record per government with the people and
 * units present, topics, minutes (notulen), photos and the actions agreed. Office staff record
 * them for the governments their office supervises; the government's coordinator reads its own.
 * Issue 17 turns the agreed actions into follow-up items, so an action keeps its id across edits.
 */
import { z } from 'zod';
import { optionalText, PageQuerySchema, pageSchema, trimmed } from './common';

export const ACTIVITY_KINDS = [
  'bimtek',
  'pendampingan',
  'kunjungan_koordinasi',
  'audiensi',
  'lokakarya',
  'lainnya',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, { id: string; en: string }> = {
  bimtek: { id: 'Bimbingan teknis (bimtek)', en: 'Technical guidance (bimtek)' },
  pendampingan: { id: 'Pendampingan', en: 'Mentoring (pendampingan)' },
  kunjungan_koordinasi: { id: 'Kunjungan koordinasi', en: 'Coordination visit' },
  audiensi: { id: 'Audiensi', en: 'Audience' },
  lokakarya: { id: 'Lokakarya', en: 'Workshop' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** Whose side a person present was on. */
export const PERSON_SIDES = ['ombudsman', 'pemerintah', 'lainnya'] as const;
export type PersonSide = (typeof PERSON_SIDES)[number];
export const PERSON_SIDE_LABELS: Record<PersonSide, { id: string; en: string }> = {
  ombudsman: { id: 'Ombudsman', en: 'Ombudsman' },
  pemerintah: { id: 'Pemerintah', en: 'Government' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** How far ahead an activity may be dated (a planned one is fine; a typo in the year is not). */
export const ACTIVITY_MAX_DAYS_AHEAD = 366;
export const ACTIVITY_LIMITS = { people: 100, units: 200, actions: 100, photos: 30 } as const;

const isoDate = z.iso.date({ message: 'field.date' });

export const ActivityPersonSchema = z.object({
  name: trimmed(200),
  /** Role or position (jabatan). */
  role: optionalText(200),
  side: z.enum(PERSON_SIDES),
});
export type ActivityPerson = z.infer<typeof ActivityPersonSchema>;

export const ActivityActionInputSchema = z.object({
  /** An existing action's id (kept across edits); absent for a new one. */
  id: z.uuid().optional(),
  description: trimmed(2_000),
  /** A unit of the activity's government, or none (the government as a whole). */
  unitId: z.uuid().nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  /** Who on the government's side owes it: a name or a position. */
  owner: optionalText(200),
});
export type ActivityActionInput = z.input<typeof ActivityActionInputSchema>;

export const ActivityInputSchema = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  title: trimmed(200),
  heldOn: isoDate,
  place: optionalText(300),
  people: z.array(ActivityPersonSchema).max(ACTIVITY_LIMITS.people).default([]),
  unitIds: z.array(z.uuid()).max(ACTIVITY_LIMITS.units).default([]),
  topics: optionalText(5_000),
  minutes: optionalText(50_000),
  actions: z.array(ActivityActionInputSchema).max(ACTIVITY_LIMITS.actions).default([]),
});
export type ActivityInput = z.input<typeof ActivityInputSchema>;
export type ActivityInputParsed = z.infer<typeof ActivityInputSchema>;

/** An edit names the row version it was made on: a stale one answers 409 `activity.stale`. */
export const ActivityUpdateSchema = ActivityInputSchema.extend({ rowVersion: z.number().int().min(1) });
export type ActivityUpdate = z.input<typeof ActivityUpdateSchema>;

export const ActivityArchiveSchema = z.object({ rowVersion: z.number().int().min(1) });

export const ActivityListQuerySchema = PageQuerySchema.extend({
  governmentId: z.uuid().optional(),
  officeId: z.uuid().optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ActivityListQuery = z.input<typeof ActivityListQuerySchema>;

export const ActivityIdParams = z.object({ id: z.uuid() });
export const ActivityPhotoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

export const ActivitySummarySchema = z.object({
  id: z.uuid(),
  governmentId: z.uuid(),
  governmentName: z.string(),
  officeId: z.uuid().nullable(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  unitCount: z.number().int(),
  actionCount: z.number().int(),
  photoCount: z.number().int(),
});
export type ActivitySummary = z.infer<typeof ActivitySummarySchema>;

export const ActivityListSchema = pageSchema(ActivitySummarySchema);
export type ActivityList = z.infer<typeof ActivityListSchema>;

export const ActivityActionSchema = z.object({
  id: z.uuid(),
  description: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  dueOn: z.string().nullable(),
  owner: z.string().nullable(),
});
export type ActivityAction = z.infer<typeof ActivityActionSchema>;

export const ActivityPhotoSchema = z.object({
  id: z.uuid(),
  caption: z.string().nullable(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type ActivityPhoto = z.infer<typeof ActivityPhotoSchema>;

export const ActivitySchema = ActivitySummarySchema.extend({
  people: z.array(z.object({ name: z.string(), role: z.string().nullable(), side: z.enum(PERSON_SIDES) })),
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  topics: z.string().nullable(),
  minutes: z.string().nullable(),
  actions: z.array(ActivityActionSchema),
  photos: z.array(ActivityPhotoSchema),
  rowVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** Query keys of the activities feature. */
/** GET /api/offices/:id/unmet-governments?year= — the office's governments with no activity that year. */
export const UnmetGovernmentsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});
export const UnmetGovernmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** The last activity ever held with it (any year), or null: never met. */
  lastHeldOn: z.string().nullable(),
});
export const UnmetGovernmentListSchema = z.object({
  officeId: z.string(),
  year: z.number().int(),
  /** How many governments the office supervises (the unmet ones are among them). */
  total: z.number().int(),
  items: z.array(UnmetGovernmentSchema),
});
export type UnmetGovernmentList = z.infer<typeof UnmetGovernmentListSchema>;

export const activityKeys = {
  all: ['activities'] as const,
  list: (q: Omit<ActivityListQuery, 'cursor'>) => ['activities', 'list', q] as const,
  government: (governmentId: string) => ['activities', 'government', governmentId] as const,
  detail: (id: string) => ['activities', 'detail', id] as const,
  unmet: (officeId: string, year: number) => ['activities', 'unmet', officeId, year] as const,
};
