import { z } from 'zod';

/** Request/response contracts of the registry (offices, governments, units, products, contacts, agreements). */
export const GOVERNMENT_TYPES = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'] as const;
export const UNIT_TYPES = [
  'opd',
  'upt',
  'puskesmas',
  'rsud',
  'kecamatan',
  'kelurahan',
  'sekolah',
  'lainnya',
] as const;
export const SECTORS = [
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
export const PRODUCT_TYPES = ['administratif', 'barang', 'jasa'] as const;

export const IdParamsSchema = z.object({ id: z.uuid() });

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const ListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const OfficeSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  isHeadOffice: z.boolean(),
  address: z.string().nullable(),
  provinceCodes: z.array(z.string()),
  provinces: z.array(z.object({ code: z.string(), name: z.string() })),
  governmentCount: z.number(),
  archivedAt: z.string().nullable(),
});
export const OfficeCreateSchema = z.object({
  name: trimmed(200),
  code: z
    .string()
    .trim()
    .min(2)
    .max(20)
    .regex(/^[A-Z0-9-]+$/, 'field.invalid'),
  isHeadOffice: z.boolean().default(false),
  address: optionalText(500),
  provinceCodes: z
    .array(z.string().regex(/^\d{2}$/, 'field.regionUnknown'))
    .max(38)
    .default([]),
});
export const OfficeUpdateSchema = OfficeCreateSchema.partial();

export const GovernmentSchema = z.object({
  id: z.string(),
  type: z.enum(GOVERNMENT_TYPES),
  name: z.string(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  officeId: z.string(),
  officeName: z.string(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  unitCount: z.number(),
  productCount: z.number(),
  contactCount: z.number(),
  archivedAt: z.string().nullable(),
});
export const GovernmentCreateSchema = z.object({
  type: z.enum(GOVERNMENT_TYPES),
  name: z.string().trim().max(200).optional(),
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, 'field.regionUnknown')
    .optional()
    .nullable(),
  officeId: z.uuid().optional(),
  address: optionalText(500),
  website: optionalText(300),
});
// The outer .optional() keeps an absent field absent, so a PATCH leaves that column alone.
export const GovernmentUpdateSchema = z.object({
  name: trimmed(200).optional(),
  officeId: z.uuid().optional(),
  address: optionalText(500).optional(),
  website: optionalText(300).optional(),
});
export const GovernmentListQuerySchema = ListQuerySchema.extend({
  type: z.enum(GOVERNMENT_TYPES).optional(),
  officeId: z.uuid().optional(),
});

export const UnitSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string(),
  type: z.enum(UNIT_TYPES),
  sector: z.enum(SECTORS),
  address: z.string().nullable(),
  productCount: z.number(),
  contactCount: z.number(),
  archivedAt: z.string().nullable(),
});
export const UnitCreateSchema = z.object({
  name: trimmed(200),
  type: z.enum(UNIT_TYPES),
  sector: z.enum(SECTORS),
  parentId: z.uuid().optional().nullable(),
  code: optionalText(50),
  address: optionalText(500),
});
export const UnitUpdateSchema = UnitCreateSchema.partial();

export const ProductSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  governmentId: z.string(),
  name: z.string(),
  type: z.enum(PRODUCT_TYPES),
  description: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export const ProductCreateSchema = z.object({
  name: trimmed(300),
  type: z.enum(PRODUCT_TYPES),
  description: optionalText(2000),
});
export const ProductUpdateSchema = ProductCreateSchema.partial();

/** Indonesian phone numbers: 0…, +62…, or 62…, with spaces, dashes or dots; 8–15 digits. */
export const PHONE_RE = /^(\+62|62|0)[0-9 .\-()]{6,18}$/;
export const ContactSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  governmentId: z.string(),
  name: z.string(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  userId: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export const ContactCreateSchema = z.object({
  name: trimmed(200),
  position: optionalText(200),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(PHONE_RE, 'field.phone')
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  email: z
    .email()
    .max(200)
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
});
export const ContactUpdateSchema = ContactCreateSchema.partial();

export type GovernmentDto = z.infer<typeof GovernmentSchema>;
export type UnitDto = z.infer<typeof UnitSchema>;
export type ProductDto = z.infer<typeof ProductSchema>;
export type ContactDto = z.infer<typeof ContactSchema>;
export type OfficeDto = z.infer<typeof OfficeSchema>;

export const IncludeArchivedQuerySchema = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const UnitDetailSchema = UnitSchema.extend({
  governmentName: z.string(),
  parentName: z.string().nullable(),
});
export const ProductListItemSchema = ProductSchema.extend({ unitName: z.string() });
export const ContactListItemSchema = ContactSchema.extend({ unitName: z.string() });

export const ContactAccountBodySchema = z.object({
  password: z.string().min(10, 'field.password').max(200).optional(),
});
export const ContactAccountSchema = z.object({
  userId: z.string(),
  email: z.string(),
  temporaryPassword: z.string().nullable(),
});

export const AGREEMENT_KINDS = ['mou', 'pks'] as const;
const isoDate = z.iso.date('field.date');
export const AgreementSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  officeId: z.string(),
  kind: z.enum(AGREEMENT_KINDS),
  number: z.string(),
  title: z.string(),
  parties: z.string(),
  signedOn: z.string(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  scope: z.string().nullable(),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  document: z
    .object({ id: z.string(), originalName: z.string(), size: z.number(), mimeType: z.string() })
    .nullable(),
  archivedAt: z.string().nullable(),
});
export const AgreementCreateSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS),
  number: trimmed(100),
  title: trimmed(300),
  parties: trimmed(2000),
  signedOn: isoDate,
  validFrom: isoDate
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  validUntil: isoDate
    .optional()
    .nullable()
    .or(z.literal('').transform(() => null)),
  scope: optionalText(4000),
  unitIds: z.array(z.uuid()).max(500).default([]),
});
export const AgreementUpdateSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS).optional(),
  number: trimmed(100).optional(),
  title: trimmed(300).optional(),
  parties: trimmed(2000).optional(),
  signedOn: isoDate.optional(),
  validFrom: isoDate
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  validUntil: isoDate
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  scope: z
    .string()
    .trim()
    .max(4000)
    .nullable()
    .transform((v) => (v ? v : null))
    .optional(),
  unitIds: z.array(z.uuid()).max(500).optional(),
});
export const FileUploadedSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  size: z.number(),
  mimeType: z.string(),
  sha256: z.string(),
});

export type UnitDetailDto = z.infer<typeof UnitDetailSchema>;
export type ProductListItemDto = z.infer<typeof ProductListItemSchema>;
export type ContactListItemDto = z.infer<typeof ContactListItemSchema>;
export type AgreementDto = z.infer<typeof AgreementSchema>;
