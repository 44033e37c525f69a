import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Reach } from '../../lib/reach';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import {
  changeableGovernmentIds,
  changeableUnitIds,
  readableGovernmentIds,
  readableOfficeIds,
  readableUnitIds,
  requireReadableGovernment,
  requireReadableUnit,
} from './registry.access';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const actor = (role: Actor['role'], reach: Partial<Reach>): Actor => ({
  id: '00000000-0000-4000-8000-000000000000',
  name: 'Uji',
  email: 'uji@example.test',
  role,
  officeId: null,
  governmentId: null,
  locale: 'id',
  reach: { all: false, officeIds: [], governmentIds: [], unitIds: null, ...reach },
});

describe('registry access (set-based)', () => {
  it('a unit PIC reads and changes only their units (and those below), among any set of ids', async () => {
    const pic = actor('unit_pic', { governmentIds: [t.governmentId], unitIds: [t.unitId, t.childUnitId] });
    const asked = [t.unitId, t.childUnitId, t.otherUnitId, other.unitId];
    expect(await readableUnitIds(ctx.database.db, pic, asked)).toEqual(new Set([t.unitId, t.childUnitId]));
    expect(await changeableUnitIds(ctx.database.db, pic, asked)).toEqual(new Set([t.unitId, t.childUnitId]));
    await expect(requireReadableUnit(ctx.database.db, pic, t.otherUnitId)).rejects.toMatchObject({
      status: 404,
    });
  });

  it('a coordinator reaches every unit of their government and nothing of another one', async () => {
    const coord = actor('gov_coordinator', { governmentIds: [t.governmentId] });
    const units = [t.unitId, t.otherUnitId, other.unitId];
    expect(await readableUnitIds(ctx.database.db, coord, units)).toEqual(new Set([t.unitId, t.otherUnitId]));
    expect(changeableGovernmentIds(coord, [t.governmentId, other.governmentId])).toEqual(
      new Set([t.governmentId]),
    );
    // Out of reach and missing answer alike.
    await expect(requireReadableGovernment(ctx.database.db, coord, other.governmentId)).rejects.toMatchObject(
      {
        status: 404,
      },
    );
    await expect(
      requireReadableGovernment(ctx.database.db, coord, '00000000-0000-4000-8000-00000000abcd'),
    ).rejects.toMatchObject({ status: 404 });
    expect((await requireReadableGovernment(ctx.database.db, coord, t.governmentId)).id).toBe(t.governmentId);
  });

  it('an admin reaches every existing id; ids that do not exist are never returned', async () => {
    const admin = actor('admin', { all: true });
    const missing = '00000000-0000-4000-8000-00000000dead';
    expect(await readableUnitIds(ctx.database.db, admin, [t.unitId, other.unitId, missing])).toEqual(
      new Set([t.unitId, other.unitId]),
    );
    expect(readableGovernmentIds(admin, [t.governmentId, other.governmentId]).size).toBe(2);
    expect(readableOfficeIds(admin, [t.officeId, other.officeId]).size).toBe(2);
  });

  it('Ombudsman staff read the offices they belong to only', () => {
    const head = actor('oversight_head', { officeIds: [t.officeId], governmentIds: [t.governmentId] });
    expect(readableOfficeIds(head, [t.officeId, other.officeId])).toEqual(new Set([t.officeId]));
    expect(readableGovernmentIds(head, [t.governmentId, other.governmentId])).toEqual(
      new Set([t.governmentId]),
    );
  });
});
