/**
 * The demo's complaints: at least one case in every stage (an RCO and a transferred one among them),
 * from the seeds' offices and governments, every reporter fictional and sealed, clocks consistent
 * with the stage, seeded once.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_DEADLINE } from '../../../shared/complaints/deadline-rules';
import { COMPLAINT_STAGES } from '../../../shared/complaints/stages';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import { offices } from '../../db/schema';
import { complaintDeadlines, complaintEvents, complaints } from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { decryptJson, identityKeysOf } from '../../lib/identity-crypto';
import { createTestContext, type TestContext } from '../../test/harness';
import { DEMO_CASES, seedDemoComplaints } from './demo-complaints';
import { seedDemo } from './demo.service';

let ctx: TestContext;
let made: number;
const keys = () => identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  made = await seedDemoComplaints(ctx.database, keys());
}, 180_000);
afterAll(async () => ctx.close());

describe('demo complaints', () => {
  it('has at least one case in every stage, an RCO and a transfer, once', async () => {
    expect(made).toBe(DEMO_CASES.length);
    expect(await seedDemoComplaints(ctx.database, keys())).toBe(0);
    const rows = await ctx.database.db.select().from(complaints);
    expect(rows).toHaveLength(DEMO_CASES.length);
    for (const stage of COMPLAINT_STAGES)
      expect(rows.filter((r) => r.stage === stage).length, stage).toBeGreaterThanOrEqual(1);
    expect(rows.some((r) => r.track === 'rco' && r.stage === 'selesai')).toBe(true);
    expect(
      new Set(rows.filter((r) => r.stage === 'selesai').map((r) => r.closureReason)).size,
    ).toBeGreaterThanOrEqual(4);
    const transfers = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.action, 'alihkan'));
    expect(transfers).toHaveLength(1);
    const [sulbar] = await ctx.database.db.select().from(offices).where(eq(offices.code, 'SULBAR'));
    const moved = rows.find((r) => r.id === transfers[0]!.complaintId)!;
    expect(moved.officeId).toBe(sulbar!.id);
    expect((transfers[0]!.data as { toOfficeId: string }).toOfficeId).toBe(sulbar!.id);
  });

  it('comes from the seeds’ offices and governments', async () => {
    const res = await ctx.database.db.execute(sql`
      select o.code, count(*)::int as n from complaints c join offices o on o.id = c.office_id group by o.code`);
    const byOffice = Object.fromEntries(
      (res as unknown as { rows: { code: string; n: number }[] }).rows.map((r) => [r.code, r.n]),
    );
    expect(Object.keys(byOffice).sort()).toEqual(['BABEL', 'KALSEL', 'SULBAR']);
    const names = (await ctx.database.db.select().from(complaints)).map((c) => c.bodyName).join(' | ');
    for (const n of ['Balangan', 'Mamuju Tengah', 'Bangka Barat', 'Kalimantan Selatan'])
      expect(names).toContain(n);
  });

  it('reporters are fictional and sealed; closed cases have no running clock, open ones their stage’s', async () => {
    const db = ctx.database.db;
    const rows = await db.select().from(complaints);
    for (const r of rows) {
      expect(JSON.stringify(r)).not.toContain('Warga Uji');
      const id = decryptJson<PartialIdentity>(keys(), r.identityCipher!);
      expect(id.fullName).toMatch(/^Warga Uji \d{2}$/);
      expect(id.email).toMatch(/@example\.test$/);
      const running = await db
        .select()
        .from(complaintDeadlines)
        .where(
          sql`${complaintDeadlines.complaintId} = ${r.id} and ${complaintDeadlines.status} = 'berjalan'`,
        );
      const expected = STAGE_DEADLINE[r.stage];
      if (r.stage === 'selesai' || !expected) expect(running, r.stage).toHaveLength(0);
      else
        expect(
          running.map((d) => d.key),
          r.stage,
        ).toEqual([expected]);
      if (r.stage === 'selesai') expect(r.closedAt && r.closureReason).toBeTruthy();
    }
  });
});
