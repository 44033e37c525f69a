/**
 * Which cycle is "the previous one" (issue 17 §5): the same government's latest earlier cycle of
 * the same kind — an official one of the same office, published; an internal one of the same
 * owner, final or published (shared, when the office reads it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleGovernments, cycles } from '../../../db/schema-assessments';
import type { TestContext } from '../../../test/harness';
import { createTestContext } from '../../../test/harness';
import { makeReleaseFixture, officialCycle, type ReleaseFixture } from '../../public-release/release-fixture';
import { findPreviousCycle } from './cycle-history.repository';

let ctx: TestContext;
let f: ReleaseFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await makeReleaseFixture(ctx); // official 2023 published + internal 2023 published (govA)
});
afterAll(async () => ctx?.close());

const official = (year: number) => ({
  kind: 'official',
  officeId: f.t.officeId,
  ownerGovernmentId: null,
  year,
});

async function internalCycle(year: number, status: 'final' | 'verification', shared: boolean) {
  const [c] = await ctx.database.db
    .insert(cycles)
    .values({
      kind: 'internal',
      ownerGovernmentId: f.t.governmentId,
      officeId: f.t.officeId,
      year,
      name: `Mandiri ${year}`,
      frameworkId: 'spot-check-2024',
      status,
      sharedAt: shared ? new Date() : null,
    })
    .returning();
  await ctx.database.db.insert(cycleGovernments).values({ cycleId: c!.id, governmentId: f.t.governmentId });
  return c!.id;
}

describe('the previous cycle', () => {
  it('official: the latest published earlier one of the office holding the government', async () => {
    const db = ctx.database.db;
    expect((await findPreviousCycle(db, official(2024), f.govA, false))?.id).toBe(f.cycleId);
    // An older published one and a later unpublished one do not displace it; the same year never counts.
    await officialCycle(ctx, f, 'published', 2022);
    await officialCycle(ctx, f, 'final', 2023);
    expect((await findPreviousCycle(db, official(2024), f.govA, false))?.id).toBe(f.cycleId);
    expect(await findPreviousCycle(db, official(2022), f.govA, false)).toBeUndefined();
    // Another office's cycles are not this one's history.
    const other = { ...official(2024), officeId: '00000000-0000-4000-8000-000000000000' };
    expect(await findPreviousCycle(db, other, f.govA, false)).toBeUndefined();
  });

  it('internal: the owner’s earlier final or published one; the office only a shared one', async () => {
    const db = ctx.database.db;
    const current = {
      kind: 'internal',
      officeId: f.t.officeId,
      ownerGovernmentId: f.t.governmentId,
      year: 2025,
    };
    const unshared = await internalCycle(2024, 'final', false);
    await internalCycle(2024, 'verification', true); // not finished: never history
    expect((await findPreviousCycle(db, current, f.t.governmentId, false))?.id).toBe(unshared);
    // The office reads only shared internal cycles: the 2023 one of the fixture.
    expect((await findPreviousCycle(db, current, f.t.governmentId, true))?.id).toBe(f.internalCycleId);
    // An internal cycle never counts as an official one's history, nor the reverse.
    expect((await findPreviousCycle(db, official(2025), f.t.governmentId, false))?.id).toBe(f.cycleId);
  });
});
