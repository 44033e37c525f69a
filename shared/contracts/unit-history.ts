/**
 * Unit history (issue 11 part 6): renames, merges and splits of a government's units with the
 * decree and the date they take effect, the lineage of a unit (its predecessors and successors,
 * transitively) and the past results and improvement points that follow a unit through them.
 * Used by server/modules/registry/unit-history.routes.ts and web/features/units (z.infer).
 * Custom messages are message keys of server/lib/messages.ts (id + en).
 */
import { z } from 'zod';

export const UNIT_CHANGE_KINDS = ['rename', 'merge', 'split'] as const;
export type UnitChangeKind = (typeof UNIT_CHANGE_KINDS)[number];

// The registry's unit types and sectors (server/modules/registry/registry.schemas.ts has the same
// lists; they move here or to a registry contract when the registry routes take shared contracts).
export const NEW_UNIT_TYPES = [
  'opd',
  'upt',
  'puskesmas',
  'rsud',
  'kecamatan',
  'kelurahan',
  'sekolah',
  'lainnya',
] as const;
export const NEW_UNIT_SECTORS = [
  'kesehatan',
  'pendidikan',
  'sosial',
  'perizinan',
  'kependudukan',
  'pengawasan',
  'infrastruktur',
  'ekonomi',
  'lingkungan',
  'perhubungan',
  'ketenagakerjaan',
  'keuangan',
  'kepegawaian',
  'komunikasi',
  'kebencanaan',
  'lainnya',
] as const;

/** How far ahead a decree's effective date may lie (a decree signed now, in force next quarter). */
export const EFFECTIVE_MAX_DAYS_AHEAD = 90;
/** The earliest effective date accepted (older reorganisations are not worth recording here). */
export const EFFECTIVE_MIN = '2000-01-01';

const name = z.string().trim().min(1).max(200);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** What every change records: the day it takes effect, the decree and a note. */
const DecreeFields = {
  effectiveOn: z.iso.date('field.date'),
  reference: optionalText(200),
  note: optionalText(1000),
};

export const RenameUnitBodySchema = z.strictObject({ name, ...DecreeFields });
export type RenameUnitBody = z.input<typeof RenameUnitBodySchema>;

export const NewUnitSchema = z.strictObject({
  name,
  type: z.enum(NEW_UNIT_TYPES),
  sector: z.enum(NEW_UNIT_SECTORS),
  parentId: z.uuid().optional().nullable(),
  code: optionalText(50),
});
export type NewUnit = z.input<typeof NewUnitSchema>;

/** A successor: an existing unit of the government, or a new unit created by the change. */
export const UnitTargetSchema = z
  .strictObject({ unitId: z.uuid().optional(), newUnit: NewUnitSchema.optional() })
  .superRefine((v, ctx) => {
    if (Boolean(v.unitId) === Boolean(v.newUnit))
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'field.targetChoose' });
  });
export type UnitTarget = z.input<typeof UnitTargetSchema>;

/**
 * Merge the unit of the path (and `with`, more predecessors) into `into`. A new successor needs at
 * least two predecessors; an existing one at least the unit of the path.
 */
export const MergeUnitBodySchema = z.strictObject({
  into: UnitTargetSchema,
  with: z.array(z.uuid()).max(50).default([]),
  ...DecreeFields,
});
export type MergeUnitBody = z.input<typeof MergeUnitBodySchema>;

/** Split the unit of the path into two or more successors (existing or new units). */
export const SplitUnitBodySchema = z.strictObject({
  into: z.array(UnitTargetSchema).min(2, 'field.splitMin').max(20),
  ...DecreeFields,
});
export type SplitUnitBody = z.input<typeof SplitUnitBodySchema>;

export const UnitChangeLinkSchema = z.object({
  fromUnitId: z.string(),
  fromName: z.string(),
  toUnitId: z.string(),
  toName: z.string(),
});

export const UnitChangeSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  kind: z.enum(UNIT_CHANGE_KINDS),
  effectiveOn: z.string(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  links: z.array(UnitChangeLinkSchema),
});
export type UnitChangeDto = z.infer<typeof UnitChangeSchema>;

/** A unit related through merges and splits; depth 1 = directly. */
export const LineageUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  archivedAt: z.string().nullable(),
  depth: z.number(),
});

/** A name a unit carried, from the day it took it (null: since it was registered) until a rename. */
export const UnitNameSpanSchema = z.object({
  name: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

export const UnitLineageSchema = z.object({
  unitId: z.string(),
  names: z.array(UnitNameSpanSchema),
  predecessors: z.array(LineageUnitSchema),
  successors: z.array(LineageUnitSchema),
  /** Every change of the unit and the units of its lineage, oldest effective date first. */
  changes: z.array(UnitChangeSchema),
});
export type UnitLineage = z.infer<typeof UnitLineageSchema>;

/**
 * One cycle's result of the unit or of a predecessor, under the name it was assessed as (`asName`;
 * differs from the unit's name for a predecessor or a renamed unit: shown "sebagai <asName>"), with
 * the improvement points the assessors left for it.
 */
export const UnitPastResultSchema = z.object({
  cycleId: z.string(),
  year: z.number(),
  cycleName: z.string(),
  unitId: z.string(),
  asName: z.string(),
  /** True for the unit's own rows, false for a predecessor's. */
  own: z.boolean(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.string().nullable(),
  improvementPoints: z.array(z.string()),
});
export type UnitPastResult = z.infer<typeof UnitPastResultSchema>;

export const UnitResultsHistorySchema = z.object({
  unitId: z.string(),
  items: z.array(UnitPastResultSchema),
});
export type UnitResultsHistory = z.infer<typeof UnitResultsHistorySchema>;

export const unitHistoryKeys = {
  all: ['unit-history'] as const,
  lineage: (unitId: string) => ['unit-history', 'lineage', unitId] as const,
  results: (unitId: string) => ['unit-history', 'results', unitId] as const,
};
