/**
 * A unit's service profile and maklumat pelayanan (issue 15, parts 3 and 7): opening hours per
 * weekday, visi-misi-moto, pelayanan khusus for vulnerable groups, integrated services, facilities,
 * and the service pledge (UU 25/2009 Pasal 22). Both are saved with an optimistic lock: every save
 * names the `rowVersion` it loaded (0 for "nothing saved yet"); a stale one answers 409.
 * Custom zod messages are message keys (server/modules/unit-profile/unit-profile.messages.ts).
 */
import { z } from 'zod';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const WEEKDAY_LABELS: Record<number, { id: string; en: string }> = {
  1: { id: 'Senin', en: 'Monday' },
  2: { id: 'Selasa', en: 'Tuesday' },
  3: { id: 'Rabu', en: 'Wednesday' },
  4: { id: 'Kamis', en: 'Thursday' },
  5: { id: 'Jumat', en: 'Friday' },
  6: { id: 'Sabtu', en: 'Saturday' },
  7: { id: 'Minggu', en: 'Sunday' },
};

/** "07:30" — hours 00–23, minutes 00–59. */
export const ClockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'unitProfile.time');

/** Minutes since midnight of a valid "HH:MM". */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** One weekday: closed, or open–close with an optional break inside it. */
export const OpeningDaySchema = z
  .object({
    /** 1 = Senin … 7 = Minggu (ISO weekday). */
    day: z.number().int().min(1).max(7),
    closed: z.boolean(),
    open: ClockTimeSchema.nullable().optional(),
    close: ClockTimeSchema.nullable().optional(),
    breakStart: ClockTimeSchema.nullable().optional(),
    breakEnd: ClockTimeSchema.nullable().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.closed) return;
    if (!d.open) ctx.addIssue({ code: 'custom', path: ['open'], message: 'unitProfile.openRequired' });
    if (!d.close) ctx.addIssue({ code: 'custom', path: ['close'], message: 'unitProfile.closeRequired' });
    if (!d.open || !d.close) return;
    if (minutesOf(d.close) <= minutesOf(d.open))
      ctx.addIssue({ code: 'custom', path: ['close'], message: 'unitProfile.closeAfterOpen' });
    if (!d.breakStart !== !d.breakEnd)
      ctx.addIssue({
        code: 'custom',
        path: [d.breakStart ? 'breakEnd' : 'breakStart'],
        message: 'unitProfile.breakBoth',
      });
    if (d.breakStart && d.breakEnd) {
      const [bs, be] = [minutesOf(d.breakStart), minutesOf(d.breakEnd)];
      if (be <= bs) ctx.addIssue({ code: 'custom', path: ['breakEnd'], message: 'unitProfile.breakOrder' });
      else if (bs <= minutesOf(d.open) || be >= minutesOf(d.close))
        ctx.addIssue({ code: 'custom', path: ['breakStart'], message: 'unitProfile.breakInside' });
    }
  });
export type OpeningDay = z.infer<typeof OpeningDaySchema>;

/** Up to seven days, each at most once; a day not listed is closed. */
export const OpeningHoursSchema = z
  .array(OpeningDaySchema)
  .max(7)
  .superRefine((days, ctx) => {
    const seen = new Set<number>();
    days.forEach((d, i) => {
      if (seen.has(d.day))
        ctx.addIssue({ code: 'custom', path: [i, 'day'], message: 'unitProfile.dayTwice' });
      seen.add(d.day);
    });
  });
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const SPECIAL_SERVICE_GROUPS = ['lansia', 'disabilitas', 'ibu_hamil', 'anak', 'lainnya'] as const;
export type SpecialServiceGroup = (typeof SPECIAL_SERVICE_GROUPS)[number];
export const SPECIAL_SERVICE_GROUP_LABELS: Record<SpecialServiceGroup, { id: string; en: string }> = {
  lansia: { id: 'Lansia', en: 'Older people' },
  disabilitas: { id: 'Penyandang disabilitas', en: 'People with disabilities' },
  ibu_hamil: { id: 'Ibu hamil', en: 'Pregnant women' },
  anak: { id: 'Anak-anak', en: 'Children' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

const text = (max: number) => z.string().trim().max(max);
const requiredLine = (max: number) => z.string().trim().min(1).max(max);

export const SpecialServiceSchema = z.object({
  group: z.enum(SPECIAL_SERVICE_GROUPS),
  description: requiredLine(1000),
});
export type SpecialService = z.infer<typeof SpecialServiceSchema>;

const profileFields = {
  openingHours: OpeningHoursSchema,
  vision: text(2000).nullable(),
  mission: text(4000).nullable(),
  motto: text(300).nullable(),
  specialServices: z.array(SpecialServiceSchema).max(30),
  integratedServices: text(4000).nullable(),
  facilities: z.array(requiredLine(300)).max(60),
};

/** PUT /api/units/:id/profile — the whole profile, with the row version it was loaded at. */
export const ServiceProfileBodySchema = z.object({
  rowVersion: z.number().int().min(0),
  ...profileFields,
});
export type ServiceProfileBody = z.infer<typeof ServiceProfileBodySchema>;

export const ServiceProfileSchema = z.object({
  unitId: z.string(),
  /** The unit's government's zone (its province decides: WIB, WITA or WIT). */
  timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  /** 0 while nothing is saved (the form starts empty). */
  rowVersion: z.number(),
  ...profileFields,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type ServiceProfile = z.infer<typeof ServiceProfileSchema>;

/** The classic maklumat pelayanan, with the unit's name: a starting point, edited freely. */
export function defaultMaklumat(unitName: string): string {
  return (
    `MAKLUMAT PELAYANAN\n${unitName.toUpperCase()}\n\n` +
    'Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang ' +
    'telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai ' +
    'peraturan perundang-undangan yang berlaku.'
  );
}

export const MaklumatBodySchema = z.object({
  rowVersion: z.number().int().min(0),
  body: requiredLine(4000),
  signatory: requiredLine(200),
  signedOn: z.iso.date(),
  published: z.boolean(),
});
export type MaklumatBody = z.infer<typeof MaklumatBodySchema>;

export const MaklumatSchema = z.object({
  unitId: z.string(),
  /** False while nothing is saved: `body` is then the default template with the unit's name. */
  exists: z.boolean(),
  rowVersion: z.number(),
  body: z.string(),
  signatory: z.string(),
  signedOn: z.string().nullable(),
  published: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Maklumat = z.infer<typeof MaklumatSchema>;

export const UnitIdParams = z.object({ id: z.uuid() });

export const unitProfileKeys = {
  all: ['unit-profile'] as const,
  profile: (unitId: string) => ['unit-profile', 'profile', unitId] as const,
  maklumat: (unitId: string) => ['unit-profile', 'maklumat', unitId] as const,
  library: (unitId: string) => ['unit-profile', 'library', unitId] as const,
  context: (cycleId: string, unitId: string) => ['unit-profile', 'context', cycleId, unitId] as const,
};

/** A library document shown as context (a photo of the display, the SK). */
export const ContextDocumentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  mimeType: z.string(),
  madeOn: z.string().nullable(),
});
export type ContextDocument = z.infer<typeof ContextDocumentSchema>;

/** The current set (`ditetapkan`) version of a product's standard, or null: "belum ada standar yang ditetapkan". */
export const ContextStandardSchema = z.object({
  id: z.string(),
  version: z.number(),
  skNumber: z.string().nullable(),
  skDate: z.string().nullable(),
  setAt: z.string().nullable(),
});

export const ContextProductSchema = z.object({
  productId: z.string(),
  productName: z.string(),
  standard: ContextStandardSchema.nullable(),
  /** The component's content in the set version (shape: shared/contracts/standards.ts), null when missing. */
  value: z.unknown(),
  photos: z.array(ContextDocumentSchema),
});
export type ContextProduct = z.infer<typeof ContextProductSchema>;

export const ContextItemSchema = z.discriminatedUnion('source', [
  z.object({
    indicator: z.string(),
    productId: z.string().nullable(),
    source: z.literal('standard'),
    component: z.string(),
    /** One product for a product item; every active product of the unit for a unit-level item. */
    products: z.array(ContextProductSchema),
    photos: z.array(ContextDocumentSchema),
  }),
  z.object({
    indicator: z.string(),
    productId: z.string().nullable(),
    source: z.literal('maklumat'),
    maklumat: z
      .object({ body: z.string(), signatory: z.string(), signedOn: z.string(), published: z.boolean() })
      .nullable(),
    photos: z.array(ContextDocumentSchema),
  }),
  z.object({
    indicator: z.string(),
    productId: z.string().nullable(),
    source: z.literal('profile'),
    field: z.string(),
    /** Text for visi-misi/moto/integrated services, SpecialService[] for pelayanan khusus; null when not filled. */
    value: z.unknown(),
    photos: z.array(ContextDocumentSchema),
  }),
]);
export type ContextItem = z.infer<typeof ContextItemSchema>;

export const AssessmentContextQuerySchema = z.object({ productId: z.uuid().optional() });
export const AssessmentContextSchema = z.object({
  cycleId: z.string(),
  unitId: z.string(),
  items: z.array(ContextItemSchema),
});
export type AssessmentContext = z.infer<typeof AssessmentContextSchema>;
