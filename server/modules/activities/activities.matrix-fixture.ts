/**
 * The authorization matrix's records of the activities (block `// activities` of
 * server/test/authorization-matrix.ts): an activity with the tenant's government and one
 * photo on disk, recorded through the API by the tenant's admin.
 */
import type { Tenant } from '../../test/factories';
import { jpegWithGps } from '../../lib/strip-metadata.fixture';
import { multipart } from '../complaint-letters/letters.fixture';

export interface ActivityMatrixFixture {
  activityId: string;
  photoId: string;
}

export async function activityMatrixFixture(t: Tenant): Promise<ActivityMatrixFixture> {
  const admin = await t.as('admin');
  const created = await admin.post(`/api/governments/${t.governmentId}/activities`, {
    kind: 'bimtek',
    title: 'Bimtek Matriks',
    heldOn: '2026-01-05',
    unitIds: [t.unitId],
    actions: [{ description: 'Tindak lanjut matriks', unitId: t.unitId }],
  });
  if (created.statusCode !== 201) throw new Error(`fixture activity failed: ${created.body}`);
  const activityId = (created.json() as { id: string }).id;
  const m = multipart(
    { caption: 'Foto matriks' },
    { name: 'foto.jpg', type: 'image/jpeg', bytes: jpegWithGps() },
  );
  const photo = await admin.request('POST', `/api/activities/${activityId}/photos`, m.body, m.headers);
  if (photo.statusCode !== 201) throw new Error(`fixture activity photo failed: ${photo.body}`);
  return { activityId, photoId: (photo.json() as { id: string }).id };
}
