/**
 * The authorization matrix's records of service standards (block `// service standards` of
 * server/test/authorization-matrix.ts): an open draft of the tenant's product, and a set
 * version (with its SK file on disk) of a second product of the same unit, made through the API.
 */
import type { StandardVersion } from '../../../shared/contracts/standards';
import type { Tenant } from '../../test/factories';
import { draftAndSet, FULL_CONTENT } from './standards.fixture';

export interface StandardsMatrixFixture {
  draftId: string;
  setId: string;
}

export async function standardsMatrixFixture(t: Tenant): Promise<StandardsMatrixFixture> {
  const coord = await t.as('gov_coordinator');
  const draft = await draftAndSet(coord, coord, t.productId, { sarana: 'Ruang tunggu' }, { set: false });
  const product = await coord.post(`/api/units/${t.unitId}/products`, {
    name: 'Layanan Matriks Standar',
    type: 'administratif',
    description: null,
  });
  const set: StandardVersion = await draftAndSet(
    coord,
    coord,
    product.json<{ id: string }>().id,
    FULL_CONTENT,
  );
  return { draftId: draft.id, setId: set.id };
}
