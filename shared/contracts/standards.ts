/**
 * Service standards (issue 15): the content of a standard (the 14 components of REFERENCE §2.1,
 * structured where the content is structured), its versions and their life, and what the API
 * answers. A version is `draft` while a unit PIC or the coordinator writes it, `diajukan` once
 * submitted to the coordinator, `ditetapkan` once set by decree (SK) — then frozen — and `diganti`
 * when a later version is set. At most one open draft (draft or diajukan) and one set version per
 * product. A set version is public only while `publishedAt` is not null.
 */
import { z } from 'zod';
import {
  CHANNEL_KINDS,
  DURATION_UNITS,
  STANDARD_COMPONENT_KEYS,
  type StandardComponentKey,
} from '../standards/components';

const line = (max: number) =>
  z.string().trim().min(1, 'wajib diisi').max(max, `paling banyak ${max} karakter`);
const longText = z.string().trim().max(8000, 'paling banyak 8000 karakter');
const isoDate = z.iso.date('tanggal tidak valid (YYYY-MM-DD)');

export const REQUIREMENT_FORMS = ['asli', 'fotokopi', 'asli_dan_fotokopi', 'digital'] as const;
export type RequirementForm = (typeof REQUIREMENT_FORMS)[number];
export const REQUIREMENT_FORM_LABELS: Record<RequirementForm, { id: string; en: string }> = {
  asli: { id: 'Asli', en: 'Original' },
  fotokopi: { id: 'Fotokopi', en: 'Copy' },
  asli_dan_fotokopi: { id: 'Asli dan fotokopi', en: 'Original and copy' },
  digital: { id: 'Berkas digital', en: 'Digital file' },
};

export const RequirementItemSchema = z.object({
  document: line(300),
  form: z.enum(REQUIREMENT_FORMS),
  /** How many (sheets, copies); null when it does not apply. */
  count: z.number().int().min(1).max(99).nullable(),
  note: z.string().trim().max(300).nullable().default(null),
});
export const ProcedureStepSchema = z.object({
  title: line(300),
  /** Who does the step (Pemohon, Petugas loket …). */
  actor: z.string().trim().max(120).nullable().default(null),
});
export const DurationSchema = z.object({
  value: z.number().positive('harus lebih dari 0').max(10000),
  unit: z.enum(DURATION_UNITS),
});
export const FeeItemSchema = z.object({
  name: line(200),
  /** Whole rupiah. */
  amount: z.number().int().min(0).max(1_000_000_000_000),
});
export const FeesSchema = z.object({
  free: z.boolean(),
  items: z.array(FeeItemSchema).max(50).default([]),
  /** The regulation that sets the fee (or makes it free). */
  legalBasis: z.string().trim().max(1000).default(''),
});
export const ChannelSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  detail: z.string().trim().max(300).default(''),
});

/**
 * A standard's content. Every component may be absent in a draft; completeness
 * (shared/standards/completeness.ts) says which are missing. A unit may set an incomplete
 * standard (units do); completeness then shows the gap to the coordinator and the office.
 */
export const StandardContentSchema = z.object({
  dasar_hukum: longText.optional(),
  persyaratan: z.array(RequirementItemSchema).max(100).optional(),
  prosedur: z.array(ProcedureStepSchema).max(60).optional(),
  jangka_waktu: DurationSchema.nullable().optional(),
  biaya: FeesSchema.nullable().optional(),
  produk: z.array(line(300)).max(30).optional(),
  sarana: longText.optional(),
  kompetensi: longText.optional(),
  pengawasan: longText.optional(),
  pengaduan: z.array(ChannelSchema).max(20).optional(),
  jumlah_pelaksana: longText.optional(),
  jaminan_pelayanan: longText.optional(),
  jaminan_keamanan: longText.optional(),
  evaluasi_kinerja: longText.optional(),
});
export type StandardContent = z.infer<typeof StandardContentSchema>;
export type RequirementItem = z.infer<typeof RequirementItemSchema>;
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;
export type Fees = z.infer<typeof FeesSchema>;

export const STANDARD_STATUSES = ['draft', 'diajukan', 'ditetapkan', 'diganti'] as const;
export type StandardStatus = (typeof STANDARD_STATUSES)[number];
export const STANDARD_STATUS_LABELS: Record<StandardStatus, { id: string; en: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  diajukan: { id: 'Diajukan', en: 'Submitted' },
  ditetapkan: { id: 'Ditetapkan', en: 'Set' },
  diganti: { id: 'Diganti versi baru', en: 'Superseded' },
};

/** The decree and the evidence of community involvement, given when a standard is set. */
export const SetStandardFieldsSchema = z.object({
  rowVersion: z.coerce.number().int().min(1),
  skNumber: line(120),
  skDate: isoDate,
  skSignatory: line(200),
  consultationDate: isoDate,
  consultationParticipants: line(2000),
  consultationMinutes: line(8000),
  reviewDate: isoDate,
  /** Publish at once (default) or later. */
  publish: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .default(true),
});
export type SetStandardFields = z.infer<typeof SetStandardFieldsSchema>;

export const SaveDraftBodySchema = z.object({
  /** The row version the editor loaded; a mismatch answers 409 `standard_conflict`. */
  rowVersion: z.number().int().min(1),
  content: StandardContentSchema,
  /** Publish the eight manufacturing components too (the six service-delivery ones always are). */
  publishManufacturing: z.boolean(),
});
export type SaveDraftBody = z.infer<typeof SaveDraftBodySchema>;
export const RowVersionBodySchema = z.object({ rowVersion: z.number().int().min(1) });
export const ReturnDraftBodySchema = z.object({ rowVersion: z.number().int().min(1), note: line(2000) });
export const PublishBodySchema = z.object({ published: z.boolean() });
export const StandardIdParams = z.object({ id: z.uuid() });
export const ProductIdParams = z.object({ productId: z.uuid() });

export const PersonRefSchema = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const StandardVersionSchema = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  unitId: z.uuid(),
  governmentId: z.uuid(),
  version: z.number().int(),
  status: z.enum(STANDARD_STATUSES),
  rowVersion: z.number().int(),
  content: StandardContentSchema,
  publishManufacturing: z.boolean(),
  basedOnVersion: z.number().int().nullable(),
  returnNote: z.string().nullable(),
  skNumber: z.string().nullable(),
  skDate: z.string().nullable(),
  skSignatory: z.string().nullable(),
  /** Download with GET /api/standards/:id/sk. */
  skFile: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  consultationDate: z.string().nullable(),
  consultationParticipants: z.string().nullable(),
  consultationMinutes: z.string().nullable(),
  reviewDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: PersonRefSchema,
  updatedAt: z.string(),
  updatedBy: PersonRefSchema,
  submittedAt: z.string().nullable(),
  submittedBy: PersonRefSchema,
  setAt: z.string().nullable(),
  setBy: PersonRefSchema,
});
export type StandardVersion = z.infer<typeof StandardVersionSchema>;

export const COMPLETENESS_STATES = ['belum_ada', 'draf', 'tidak_lengkap', 'kedaluwarsa', 'lengkap'] as const;
export type CompletenessState = (typeof COMPLETENESS_STATES)[number];
export const COMPLETENESS_STATE_LABELS: Record<CompletenessState, { id: string; en: string }> = {
  belum_ada: { id: 'Belum ada standar', en: 'No standard' },
  draf: { id: 'Masih draf', en: 'Draft only' },
  tidak_lengkap: { id: 'Komponen belum lengkap', en: 'Components missing' },
  kedaluwarsa: { id: 'Lewat tanggal tinjau', en: 'Review date passed' },
  lengkap: { id: 'Lengkap', en: 'Complete' },
};

export const ProductCompletenessSchema = z.object({
  state: z.enum(COMPLETENESS_STATES),
  /** Components not filled in the version that counts (the set one, else the draft). */
  missing: z.array(z.enum(STANDARD_COMPONENT_KEYS)),
  /** Filled components out of 14 (0 when there is no standard). */
  filled: z.number().int(),
  stale: z.boolean(),
  reviewDate: z.string().nullable(),
  published: z.boolean(),
});
export type ProductCompleteness = z.infer<typeof ProductCompletenessSchema>;

export const StandardOverviewSchema = z.object({
  product: z.object({
    id: z.uuid(),
    name: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    governmentId: z.uuid(),
    governmentName: z.string(),
  }),
  current: StandardVersionSchema.nullable(),
  draft: StandardVersionSchema.nullable(),
  versions: z.array(
    z.object({
      id: z.uuid(),
      version: z.number().int(),
      status: z.enum(STANDARD_STATUSES),
      setAt: z.string().nullable(),
      skNumber: z.string().nullable(),
    }),
  ),
  completeness: ProductCompletenessSchema,
  /** What the asker may do here (the web shows buttons from it; the server checks again). */
  can: z.object({ edit: z.boolean(), set: z.boolean() }),
});
export type StandardOverview = z.infer<typeof StandardOverviewSchema>;

/** One component's change between two set versions (the history). */
export const ComponentChangeSchema = z.object({
  component: z.enum(STANDARD_COMPONENT_KEYS),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export const StandardHistoryEntrySchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: z.enum(STANDARD_STATUSES),
  setAt: z.string().nullable(),
  setBy: PersonRefSchema,
  editors: z.array(z.string()),
  skNumber: z.string().nullable(),
  /** Against the previous version (empty for version 1: everything is new). */
  changes: z.array(ComponentChangeSchema),
});
export const StandardHistorySchema = z.object({ entries: z.array(StandardHistoryEntrySchema) });
export type StandardHistory = z.infer<typeof StandardHistorySchema>;

export const CompletenessRollupSchema = z.object({
  products: z.number().int(),
  /** Products per state (every state named, 0 when none: an object, so OpenAPI 3.0 can say so). */
  byState: z.object(
    Object.fromEntries(COMPLETENESS_STATES.map((s) => [s, z.number().int()])) as Record<
      CompletenessState,
      z.ZodNumber
    >,
  ),
  /** Filled components over 14 × products, 0–100 (2 decimals). */
  percent: z.number(),
});
export type CompletenessRollup = z.infer<typeof CompletenessRollupSchema>;

export const GovernmentCompletenessSchema = z.object({
  governmentId: z.uuid(),
  governmentName: z.string(),
  today: z.string(),
  total: CompletenessRollupSchema,
  units: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      rollup: CompletenessRollupSchema,
      maklumatPublished: z.boolean(),
      products: z.array(
        z.object({ productId: z.uuid(), productName: z.string(), completeness: ProductCompletenessSchema }),
      ),
    }),
  ),
});
export type GovernmentCompleteness = z.infer<typeof GovernmentCompletenessSchema>;

export const standardKeys = {
  all: ['standards'] as const,
  product: (productId: string) => ['standards', 'product', productId] as const,
  history: (productId: string) => ['standards', 'history', productId] as const,
  government: (governmentId: string) => ['standards', 'government', governmentId] as const,
};

export type { StandardComponentKey };

/** GET /api/standards/completeness: per government in the asker's reach (one office's with officeId). */
export const CompletenessQuerySchema = z.object({ officeId: z.uuid().optional() });
export const GovernmentRollupSchema = z.object({
  governmentId: z.uuid(),
  governmentName: z.string(),
  officeId: z.uuid(),
  rollup: CompletenessRollupSchema,
});
export const GovernmentRollupListSchema = z.array(GovernmentRollupSchema);
export type GovernmentRollup = z.infer<typeof GovernmentRollupSchema>;
