/**
 * The authorization matrix's follow-up records: an office-issued rekomendasi on the tenant PIC's
 * unit (so every reader of the government, the PIC included, reaches it) with an answer's file.
 */
import { followupEvents } from '../../db/schema-complaints';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { insertItems, storedPdf } from './followups.fixture';

export interface FollowupsMatrixFixture {
  itemId: string;
  fileId: string;
  picId: string;
}

export async function followupsMatrixFixture(ctx: TestContext, t: Tenant): Promise<FollowupsMatrixFixture> {
  const [item] = await insertItems(ctx, t, [{ kind: 'rekomendasi', unitId: t.unitId }]);
  const fileId = await storedPdf(ctx, t);
  await ctx.database.db
    .insert(followupEvents)
    .values({ itemId: item!.id, action: 'dijawab', toStatus: 'dijawab', fileId });
  return { itemId: item!.id, fileId, picId: t.userIds.unit_pic };
}
