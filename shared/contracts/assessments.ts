/**
 * What every assessment sub-area's contract shares: the enumerations of cycles, self-assessment,
 * verification, appeals and results (defined once: the database columns, the routes and the web
 * app read them from here), the path parameters, and the one shape of an attached file.
 * The sub-areas: assessments-cycles.ts, assessments-checklist.ts, assessments-verification.ts,
 * assessments-appeals.ts, assessments-results.ts and rapor.ts.
 */
import { z } from 'zod';
import { BinaryFileSchema, IdParamsSchema } from './common';

/** Phases of an assessment cycle, in order (REFERENCE §5). */
export const CYCLE_STATUSES = [
  'planning',
  'self_assessment',
  'verification',
  'appeal',
  'final',
  'published',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * `official`: the Ombudsman office assesses governments. `internal`: a government's own penilaian
 * mandiri over its units (no appeal phase; never in the office's rankings or public pages).
 */
export const CYCLE_KINDS = ['official', 'internal'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

/** How an internal cycle is labelled wherever it shows (page, PDF, Excel). */
export const INTERNAL_CYCLE_LABEL = {
  id: 'Penilaian mandiri — hasil internal pemerintah, bukan hasil resmi Ombudsman RI',
  en: "Self-assessment — the government's internal result, not an official Ombudsman RI result",
} as const;

/** A unit's self-assessment: still being filled, or handed in. */
export const SELF_STATUSES = ['draft', 'submitted'] as const;
export type SelfStatus = (typeof SELF_STATUSES)[number];

/** An answer cell's verification: not yet looked at, the self value accepted, or adjusted with a reason. */
export const VERIFY_STATUSES = ['pending', 'accepted', 'adjusted'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

export const APPEAL_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_DECISIONS = ['accept', 'reject'] as const;

/** Compliance zones of a score band (merah/kuning/hijau). */
export const ZONES = ['merah', 'kuning', 'hijau'] as const;
export type Zone = (typeof ZONES)[number];

/** A stored zone text as a Zone, or null for anything else (an unassessed or unknown value). */
export const asZone = (z: string | null | undefined): Zone | null =>
  (ZONES as readonly string[]).includes(z ?? '') ? (z as Zone) : null;

/** Where an indicator is answered: per service product, per unit, or once for the government. */
export const INDICATOR_LEVELS = ['product', 'unit', 'entity'] as const;

/** The cycle's phase dates, in phase order. */
export const PHASE_DATE_FIELDS = [
  'selfStart',
  'selfEnd',
  'verifyStart',
  'verifyEnd',
  'appealStart',
  'appealEnd',
  'finalDate',
] as const;
export type PhaseDateField = (typeof PHASE_DATE_FIELDS)[number];
export type PhaseDates = Record<PhaseDateField, string>;

export const LocalizedSchema = z.object({ id: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

export const isoDate = z.iso.date({ message: 'field.date' });

/** `:id` of a cycle, answer, evidence, visit, appeal or improvement (the shared `IdParamsSchema`). */
export const IdParams = IdParamsSchema;
export const CycleIdParams = z.object({ id: z.uuid() });
export const CycleGovParams = z.object({ id: z.uuid(), governmentId: z.uuid() });
export const CycleUnitParams = z.object({ id: z.uuid(), unitId: z.uuid() });
export const CycleProductParams = z.object({ id: z.uuid(), productId: z.uuid() });
export const CycleGovUnitParams = CycleGovParams.extend({ unitId: z.uuid() });
export const VisitFileParams = z.object({ visitId: z.uuid(), fileId: z.uuid() });
export const AppealFileParams = z.object({ appealId: z.uuid(), fileId: z.uuid() });

/** A stored upload as the upload routes answer it. */
export const FileUploadedSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  size: z.number(),
  mimeType: z.string(),
});
export type FileUploaded = z.infer<typeof FileUploadedSchema>;

/**
 * One file attached to a field visit (a photo) or to an appeal: the same shape for both, listed
 * with the visit or by the appeal's files route, downloaded from `url` (a path under /api that
 * checks the reader's reach again).
 */
export const AttachmentSchema = z.object({
  fileId: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  url: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
export const AttachmentListSchema = z.object({ items: z.array(AttachmentSchema) });
export type AttachmentList = z.infer<typeof AttachmentListSchema>;

/** The download paths of attachments (relative to the site root; the web app and the server agree). */
export const attachmentUrl = {
  visitPhoto: (visitId: string, fileId: string) => `/api/visits/${visitId}/photos/${fileId}`,
  appealFile: (appealId: string, fileId: string) => `/api/appeals/${appealId}/files/${fileId}`,
  evidence: (evidenceId: string) => `/api/evidence/${evidenceId}/file`,
};

/** A file download: the bytes, with the sniffed content type (the shared `BinaryFileSchema`). */
export const DownloadSchema = BinaryFileSchema;

export const ArchivedSchema = z.object({ archived: z.boolean() });
export type Archived = z.infer<typeof ArchivedSchema>;
