/**
 * A unit's evidence library (issue 15, part 8): documents kept once — the SK of the standards, a
 * photo of the displayed standard or maklumat, an SKM report, a PEKPPP form — and attached as
 * evidence of an answer in any cycle of any framework (the evidence row points to the same file).
 */
import { z } from 'zod';

export const UNIT_DOCUMENT_KINDS = [
  'sk_standar',
  'foto_standar',
  'foto_maklumat',
  'laporan_skm',
  'formulir_pekppp',
  'lainnya',
] as const;
export type UnitDocumentKind = (typeof UNIT_DOCUMENT_KINDS)[number];
export const UNIT_DOCUMENT_KIND_LABELS: Record<UnitDocumentKind, { id: string; en: string }> = {
  sk_standar: { id: 'SK penetapan standar pelayanan', en: 'Decree setting the service standards' },
  foto_standar: { id: 'Foto standar pelayanan yang dipajang', en: 'Photo of the displayed service standard' },
  foto_maklumat: { id: 'Foto maklumat pelayanan yang dipajang', en: 'Photo of the displayed service pledge' },
  laporan_skm: {
    id: 'Laporan Survei Kepuasan Masyarakat (SKM)',
    en: 'Public satisfaction survey (SKM) report',
  },
  formulir_pekppp: { id: 'Formulir PEKPPP', en: 'PEKPPP form' },
  lainnya: { id: 'Dokumen lain', en: 'Other document' },
};

/** Query string of the upload (multipart field "file" carries the document). */
export const UnitDocumentUploadQuerySchema = z.object({
  kind: z.enum(UNIT_DOCUMENT_KINDS),
  title: z.string().trim().min(1).max(200),
  productId: z.uuid().optional(),
  madeOn: z.iso.date().optional(),
  note: z.string().trim().max(1000).optional(),
});
export type UnitDocumentUploadQuery = z.infer<typeof UnitDocumentUploadQuerySchema>;

export const UnitDocumentListQuerySchema = z.object({
  kind: z.enum(UNIT_DOCUMENT_KINDS).optional(),
  archived: z.enum(['true', 'false']).optional(),
});

export const UnitDocumentSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(UNIT_DOCUMENT_KINDS),
  title: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  madeOn: z.string().nullable(),
  note: z.string().nullable(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type UnitDocument = z.infer<typeof UnitDocumentSchema>;

export const UnitDocumentListSchema = z.object({ items: z.array(UnitDocumentSchema) });
export type UnitDocumentList = z.infer<typeof UnitDocumentListSchema>;

/** POST /api/answers/:id/evidence/from-library — the answer gets an evidence row on the same file. */
export const EvidenceFromLibraryBodySchema = z.object({ documentId: z.uuid() });
export type EvidenceFromLibraryBody = z.infer<typeof EvidenceFromLibraryBodySchema>;

export const unitDocumentFileUrl = (documentId: string) => `/api/unit-documents/${documentId}/file`;
