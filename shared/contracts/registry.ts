/**
 * The registry's contract: offices, governments, units, service products and contact persons (PIC).
 * Request and response schemas used by server/modules/registry/*.routes.ts, their `z.infer` types
 * used by services and the web app, and one query-key factory per feature. Agreements (MoU/PKS)
 * are in ./agreements.ts, regions in ./regions.ts, the enumerations in ./enums.ts.
 */
import { z } from 'zod';
import { itemsSchema, ListQuerySchema, optionalText, pageSchema, trimmed } from './common';
import { GOVERNMENT_TYPES, PRODUCT_TYPES, SECTORS, UNIT_TYPES } from './enums';

// Offices ------------------------------------------------------------------------------------

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
export const OfficeListSchema = itemsSchema(OfficeSchema);
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
export type OfficeDto = z.infer<typeof OfficeSchema>;
export type OfficeList = z.infer<typeof OfficeListSchema>;
export type OfficeInput = z.input<typeof OfficeCreateSchema>;

// Governments --------------------------------------------------------------------------------

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
export const GovernmentPageSchema = pageSchema(GovernmentSchema);
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
export type GovernmentDto = z.infer<typeof GovernmentSchema>;
export type GovernmentPage = z.infer<typeof GovernmentPageSchema>;
export type GovernmentCreateInput = z.input<typeof GovernmentCreateSchema>;
export type GovernmentUpdateInput = z.input<typeof GovernmentUpdateSchema>;
/** What the government form sends: a create body, or for an existing government its editable fields. */
export type GovernmentInput = GovernmentCreateInput | GovernmentUpdateInput;

// Units --------------------------------------------------------------------------------------

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
export const UnitListSchema = itemsSchema(UnitSchema);
export const UnitDetailSchema = UnitSchema.extend({
  governmentName: z.string(),
  parentName: z.string().nullable(),
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
export type UnitDto = z.infer<typeof UnitSchema>;
export type UnitList = z.infer<typeof UnitListSchema>;
export type UnitDetailDto = z.infer<typeof UnitDetailSchema>;
export type UnitInput = z.input<typeof UnitCreateSchema>;

// Service products ---------------------------------------------------------------------------

export const ProductSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  governmentId: z.string(),
  name: z.string(),
  type: z.enum(PRODUCT_TYPES),
  description: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export const ProductListItemSchema = ProductSchema.extend({ unitName: z.string() });
export const ProductPageSchema = pageSchema(ProductListItemSchema);
export const ProductCreateSchema = z.object({
  name: trimmed(300),
  type: z.enum(PRODUCT_TYPES),
  description: optionalText(2000),
});
export const ProductUpdateSchema = ProductCreateSchema.partial();
export type ProductDto = z.infer<typeof ProductSchema>;
export type ProductListItemDto = z.infer<typeof ProductListItemSchema>;
export type ProductPage = z.infer<typeof ProductPageSchema>;
export type ProductInput = z.input<typeof ProductCreateSchema>;

// Contact persons (PIC) ----------------------------------------------------------------------

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
export const ContactListItemSchema = ContactSchema.extend({ unitName: z.string() });
export const ContactPageSchema = pageSchema(ContactListItemSchema);
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
export const ContactAccountBodySchema = z.object({
  password: z.string().min(10, 'field.password').max(200).optional(),
});
/** A PIC account made from a contact; the temporary password is shown once. */
export const ContactAccountSchema = z.object({
  userId: z.string(),
  email: z.string(),
  temporaryPassword: z.string().nullable(),
});
export type ContactDto = z.infer<typeof ContactSchema>;
export type ContactListItemDto = z.infer<typeof ContactListItemSchema>;
export type ContactInput = z.input<typeof ContactCreateSchema>;
export type ContactAccountDto = z.infer<typeof ContactAccountSchema>;

// Query keys (TanStack Query): one factory per feature, invalidated by their `all` prefix -----

export interface GovernmentFilters {
  q: string;
  type: (typeof GOVERNMENT_TYPES)[number] | '';
  includeArchived: boolean;
}

export const officeKeys = {
  all: ['offices'] as const,
  list: (includeArchived: boolean) => ['offices', 'list', includeArchived] as const,
};

export const governmentKeys = {
  all: ['governments'] as const,
  list: (filters: GovernmentFilters) => ['governments', 'list', filters] as const,
  detail: (id: string | undefined) => ['governments', 'detail', id] as const,
  /** The short list for pickers (other features). */
  options: () => ['governments', 'options'] as const,
  /** The counts on the home page. */
  summary: () => ['governments', 'summary'] as const,
};

export const unitKeys = {
  all: ['units'] as const,
  byGovernment: (governmentId: string, includeArchived: boolean) =>
    ['units', 'byGovernment', governmentId, includeArchived] as const,
  detail: (id: string | undefined) => ['units', 'detail', id] as const,
};

/** Keys of a resource listed per unit and per government (service products, contact persons). */
function unitResourceKeys<N extends 'products' | 'contacts'>(name: N) {
  return {
    all: [name] as const,
    byUnit: (unitId: string, includeArchived: boolean) => [name, 'byUnit', unitId, includeArchived] as const,
    byGovernment: (governmentId: string, q: string) => [name, 'byGovernment', governmentId, q] as const,
  };
}
export type UnitResourceKeys = ReturnType<typeof unitResourceKeys>;
export const productKeys = unitResourceKeys('products');
export const contactKeys = unitResourceKeys('contacts');
