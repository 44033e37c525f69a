/** A product's standard as the API answers it, for the component tests (values of the contract). */
import type { StandardOverview, StandardVersion } from '../../../../shared/contracts/standards';

export const PRODUCT_ID = '00000000-0000-4000-8000-00000000b001';
export const UNIT_ID = '00000000-0000-4000-8000-00000000b002';
export const GOVERNMENT_ID = '00000000-0000-4000-8000-00000000b003';
export const DRAFT_ID = '00000000-0000-4000-8000-00000000b004';
export const PIC = { id: '00000000-0000-4000-8000-00000000b005', name: 'Sari Lestari' };
export const COORDINATOR = { id: '00000000-0000-4000-8000-00000000b006', name: 'Budi Santoso' };

export function version(over: Partial<StandardVersion> = {}): StandardVersion {
  return {
    id: DRAFT_ID,
    productId: PRODUCT_ID,
    unitId: UNIT_ID,
    governmentId: GOVERNMENT_ID,
    version: 1,
    status: 'draft',
    rowVersion: 3,
    content: { dasar_hukum: 'UU No. 24 Tahun 2013' },
    publishManufacturing: false,
    basedOnVersion: null,
    returnNote: null,
    skNumber: null,
    skDate: null,
    skSignatory: null,
    skFile: null,
    consultationDate: null,
    consultationParticipants: null,
    consultationMinutes: null,
    reviewDate: null,
    publishedAt: null,
    createdAt: '2026-12-01T02:00:00.000Z',
    createdBy: PIC,
    updatedAt: '2026-12-01T02:00:00.000Z',
    updatedBy: PIC,
    submittedAt: null,
    submittedBy: null,
    setAt: null,
    setBy: null,
    ...over,
  };
}

export function overview(over: Partial<StandardOverview> = {}): StandardOverview {
  const draft = over.draft === undefined ? version() : over.draft;
  return {
    product: {
      id: PRODUCT_ID,
      name: 'Penerbitan KTP-el',
      unitId: UNIT_ID,
      unitName: 'Disdukcapil',
      governmentId: GOVERNMENT_ID,
      governmentName: 'Kabupaten Balangan',
    },
    current: null,
    draft,
    versions: [],
    completeness: {
      state: 'draf',
      missing: [],
      filled: 1,
      stale: false,
      reviewDate: null,
      published: false,
    },
    can: { edit: true, set: false },
    ...over,
  };
}
