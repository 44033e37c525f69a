/** Provinces and regencies/cities with their Kemendagri codes (idn-area-data): the `/regions` contract. */
import { z } from 'zod';
import { itemsSchema } from './common';
import { REGION_KINDS, REGION_LEVELS } from './enums';

export const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  kind: z.enum(REGION_KINDS),
  provinceCode: z.string(),
});
export const RegionListSchema = itemsSchema(RegionSchema);

export const RegionQuerySchema = z.object({
  level: z.enum(REGION_LEVELS).optional(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  q: z.string().trim().max(100).optional(),
  unregistered: z.enum(['true', 'false']).optional(),
});

export type RegionDto = z.infer<typeof RegionSchema>;
export type RegionList = z.infer<typeof RegionListSchema>;
export type RegionQuery = z.infer<typeof RegionQuerySchema>;

export const regionKeys = {
  all: ['regions'] as const,
  list: (q: RegionQuery) => ['regions', 'list', q] as const,
  /** The 38 provinces (pickers). */
  provinces: () => ['regions', 'provinces'] as const,
};
