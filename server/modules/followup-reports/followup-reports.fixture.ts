/**
 * Follow-up items written straight to the table for the exports', letters' and public section's
 * tests, and the authorization matrix's letter (block `// follow-up exports and letters`).
 */
import { followupItems } from '../../db/schema-complaints';
import { followupLetters } from '../../db/schema-followups';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';

export type ItemValues = typeof followupItems.$inferInsert;

/** One item of the tenant's government issued by its office (override anything). */
export async function addItem(ctx: TestContext, t: Tenant, v: Partial<ItemValues> = {}): Promise<string> {
  const issuer = v.issuer ?? 'office';
  const [row] = await ctx.database.db
    .insert(followupItems)
    .values({
      kind: 'saran_perbaikan',
      issuer,
      sourceType: 'manual',
      officeId: issuer === 'office' ? t.officeId : null,
      governmentId: t.governmentId,
      unitId: t.unitId,
      addressee: 'Kepala Dinas',
      action: 'Tindak lanjut uji',
      dueOn: '2030-01-31',
      ...v,
    })
    .returning({ id: followupItems.id });
  return row!.id;
}

export interface FollowupReportsMatrixFixture {
  itemId: string;
  letterId: string;
}

/** An item of the tenant's office and a letter sending it to the tenant's government. */
export async function followupReportsMatrixFixture(
  ctx: TestContext,
  t: Tenant,
): Promise<FollowupReportsMatrixFixture> {
  const itemId = await addItem(ctx, t, { action: 'Butir matriks' });
  const [letter] = await ctx.database.db
    .insert(followupLetters)
    .values({
      officeId: t.officeId,
      governmentId: t.governmentId,
      number: `B/${itemId.slice(0, 8)}/TL/2026`,
      letterDate: '2026-03-02',
      subject: 'Penyampaian tindak lanjut',
      signatoryName: 'Kepala Matriks',
      signatoryPosition: 'Kepala Perwakilan',
      itemIds: [itemId],
    })
    .returning({ id: followupLetters.id });
  return { itemId, letterId: letter!.id };
}
