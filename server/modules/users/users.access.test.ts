/**
 * users.access.ts through the service: who may list, create and change which accounts. The HTTP
 * routes need `user.manage` (admins); the service is also called by the contacts (an Ombudsman head
 * or a coordinator gives a PIC an account and resets its password), so the access file is what
 * keeps those callers to the unit PICs of their own governments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Reach, Role } from '../../lib/reach';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createUser, listUserAccounts, setUserArchived, updateUserAccount } from './users.service';

let ctx: TestContext;
let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  a = await makeTenant(ctx);
  b = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

function actor(t: Tenant, role: Role, reach: Partial<Reach>): Actor {
  return {
    id: t.userIds[role],
    name: role,
    email: t.emails[role],
    role,
    officeId: role === 'oversight_head' || role === 'assessor' ? t.officeId : null,
    governmentId: role === 'gov_coordinator' || role === 'unit_pic' ? t.governmentId : null,
    locale: 'id',
    reach: { all: false, officeIds: [], governmentIds: [], unitIds: null, ...reach },
  };
}
const headOf = (t: Tenant) =>
  actor(t, 'oversight_head', { officeIds: [t.officeId], governmentIds: [t.governmentId] });
const coordinatorOf = (t: Tenant) => actor(t, 'gov_coordinator', { governmentIds: [t.governmentId] });
const adminOf = (t: Tenant) => actor(t, 'admin', { all: true });
const status = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (err: { status?: number }) => err.status ?? 500,
  );

describe('users.access', () => {
  it("a head or coordinator resets the password of their own government's PIC, no other account", async () => {
    const reset = { password: 'kata-sandi-baru-1' };
    for (const who of [headOf(a), coordinatorOf(a)]) {
      expect(await status(updateUserAccount(ctx.database.db, who, a.userIds.unit_pic, reset))).toBe(200);
      // Another government's PIC, and accounts that are not PICs, are out of reach: 404 like a missing id.
      expect(await status(updateUserAccount(ctx.database.db, who, b.userIds.unit_pic, reset))).toBe(404);
      for (const role of ['admin', 'oversight_head', 'assessor', 'gov_coordinator'] as const)
        expect(await status(updateUserAccount(ctx.database.db, who, a.userIds[role], reset))).toBe(404);
      expect(await status(setUserArchived(ctx.database.db, who, b.userIds.unit_pic, true))).toBe(404);
    }
    // An assessor (no `contact.account`) changes no account, not even a PIC in reach.
    const assessor = actor(a, 'assessor', { officeIds: [a.officeId], governmentIds: [a.governmentId] });
    expect(await status(updateUserAccount(ctx.database.db, assessor, a.userIds.unit_pic, reset))).toBe(404);
    // An admin changes any account.
    expect(
      await status(updateUserAccount(ctx.database.db, adminOf(a), b.userIds.gov_coordinator, reset)),
    ).toBe(200);
  });

  it('a coordinator creates PIC accounts in their government only', async () => {
    const s = Math.random().toString(36).slice(2, 10);
    const pic = (t: Tenant, role: Role = 'unit_pic') => ({
      email: `akses-${role}-${s}-${t.governmentId.slice(0, 4)}@uji.test`,
      name: 'PIC Baru',
      password: 'kata-sandi-baru-1',
      role,
      governmentId: t.governmentId,
      unitIds: [t.unitId],
    });
    const own = await createUser(ctx.database.db, coordinatorOf(a), pic(a));
    expect(own.governmentId).toBe(a.governmentId);
    await expect(createUser(ctx.database.db, coordinatorOf(a), pic(b))).rejects.toMatchObject({
      status: 400,
      fields: { governmentId: { message: 'field.outOfReach' } },
    });
    await expect(
      createUser(ctx.database.db, coordinatorOf(a), pic(a, 'gov_coordinator')),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('internal verifiers: linked to their government; its coordinator creates and resets them, a head does not', async () => {
    const s = Math.random().toString(36).slice(2, 10);
    const verifier = (t: Tenant, n: string) => ({
      email: `inspektorat-${n}-${s}@uji.test`,
      name: 'Auditor Inspektorat',
      password: 'kata-sandi-baru-1',
      role: 'internal_verifier' as const,
      governmentId: t.governmentId,
      unitIds: [t.unitId],
    });
    // The factory's verifier (created without an actor) keeps its government; units are dropped.
    const made = await createUser(ctx.database.db, null, verifier(a, 'cli'));
    expect(made.governmentId).toBe(a.governmentId);
    const own = await createUser(ctx.database.db, coordinatorOf(a), verifier(a, 'coord'));
    expect(own).toMatchObject({ role: 'internal_verifier', governmentId: a.governmentId, officeId: null });
    const reset = { password: 'kata-sandi-baru-2' };
    const updated = await updateUserAccount(ctx.database.db, coordinatorOf(a), own.id, reset);
    expect(updated.units).toEqual([]);
    // Another government's coordinator and an Ombudsman head: out of reach.
    expect(await status(updateUserAccount(ctx.database.db, coordinatorOf(b), own.id, reset))).toBe(404);
    expect(await status(updateUserAccount(ctx.database.db, headOf(a), own.id, reset))).toBe(404);
    await expect(createUser(ctx.database.db, headOf(a), verifier(a, 'head'))).rejects.toMatchObject({
      status: 400,
    });
    await expect(createUser(ctx.database.db, coordinatorOf(b), verifier(a, 'b'))).rejects.toMatchObject({
      status: 400,
    });
    // Without a government the role is refused.
    await expect(
      createUser(ctx.database.db, null, { ...verifier(a, 'none'), governmentId: null }),
    ).rejects.toMatchObject({
      status: 400,
      fields: { governmentId: { message: 'field.governmentRequired' } },
    });
  });

  it('lists only the accounts of offices and governments in reach', async () => {
    const q = { includeArchived: true, limit: 200 };
    const ids = async (who: Actor) => {
      const seen = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await listUserAccounts(ctx.database.db, who, { ...q, cursor });
        page.items.forEach((u) => seen.add(u.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const byCoordinator = await ids(coordinatorOf(a));
    expect(byCoordinator.has(a.userIds.unit_pic)).toBe(true);
    expect(byCoordinator.has(a.userIds.gov_coordinator)).toBe(true);
    expect(byCoordinator.has(a.userIds.assessor)).toBe(false);
    expect(byCoordinator.has(b.userIds.unit_pic)).toBe(false);
    const byHead = await ids(headOf(a));
    expect(byHead.has(a.userIds.assessor)).toBe(true);
    expect(byHead.has(a.userIds.unit_pic)).toBe(true);
    expect(byHead.has(b.userIds.assessor)).toBe(false);
    const byAdmin = await ids(adminOf(a));
    expect(byAdmin.has(b.userIds.unit_pic) && byAdmin.has(a.userIds.unit_pic)).toBe(true);
    expect(
      (await ids(actor(a, 'unit_pic', { governmentIds: [a.governmentId], unitIds: [a.unitId] }))).size,
    ).toBe(0);
  });
});
