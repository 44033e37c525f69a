/**
 * Cooperation agreements (MoU / PKS) between an Ombudsman office and a government, with the units
 * they cover and the signed document. Schemas for server/modules/registry/agreements.routes.ts, types
 * and query keys for web/features/agreements.
 */
import { z } from 'zod';
import { itemsSchema, optionalText, trimmed } from './common';
import { AGREEMENT_KINDS } from './enums';

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
export const AgreementListSchema = itemsSchema(AgreementSchema);

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

export type AgreementDto = z.infer<typeof AgreementSchema>;
export type AgreementList = z.infer<typeof AgreementListSchema>;
export type AgreementInput = z.input<typeof AgreementCreateSchema>;

export const agreementKeys = {
  all: ['agreements'] as const,
  byGovernment: (governmentId: string, includeArchived: boolean) =>
    ['agreements', 'byGovernment', governmentId, includeArchived] as const,
};
