/**
 * The state machine as a table, through the API (issue 14 tests): every action × every stage ×
 * every role, generated from TRANSITIONS. Allowed → 200 and the stage the table says (on a fresh
 * case put in that stage directly); refused → 403 when the role may never take the action (or
 * holds no complaint permission), 409 complaint.notAllowed when the stage does not allow it — and
 * a refused request changes nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPLAINT_ACTIONS,
  stageAfter,
  TRANSITIONS,
  type ComplaintAction,
} from '../../../shared/complaints/machine';
import { COMPLAINT_STAGES, type ComplaintStage } from '../../../shared/complaints/stages';
import { ROLES, roleCan, type Role } from '../../../shared/permissions';
import { complaintEvents, complaints } from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext, type Agent } from '../../test/harness';
import { caseInStage } from './complaints-fixtures';

let ctx: TestContext;
let t: Tenant;
let elsewhere: Tenant;
const agents = new Map<Role, Agent>();
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  elsewhere = await makeTenant(ctx);
  for (const role of ROLES) agents.set(role, await t.as(role));
});
afterAll(async () => ctx.close());

/** A body that carries what every action needs (each action reads its own fields). */
const bodyFor = (action: ComplaintAction, version: number) => ({
  action,
  version,
  note: 'Catatan uji',
  materialCheck: { withinAuthority: true, notInCourt: true, withinTwoYears: true, notDuplicate: true },
  rejectReason: 'bukan_kewenangan',
  plenaryDate: '2026-06-10',
  targetOfficeId: elsewhere.officeId,
  lhp: {
    outcome: 'ditemukan',
    number: 'LHP/001/2026',
    date: '2026-06-15',
    findings: 'Penundaan berlarut terbukti.',
    correctiveActions: [{ addressee: 'Kepala Dinas', action: 'Menerbitkan akta kelahiran pelapor' }],
  },
  closeReason: 'ditindaklanjuti',
});

function expected(action: ComplaintAction, stage: ComplaintStage, role: Role): 200 | 403 | 409 {
  const t = TRANSITIONS[action];
  if (!roleCan(role, 'complaint.handle') || !t.roles.includes(role)) return 403;
  return t.from.includes(stage) ? 200 : 409;
}

async function eventCount(id: string) {
  const rows = await ctx.database.db
    .select()
    .from(complaintEvents)
    .where(eq(complaintEvents.complaintId, id));
  return rows.length;
}

describe('state machine table (every action × stage × role)', () => {
  for (const stage of COMPLAINT_STAGES) {
    it(`from ${stage}`, async () => {
      const shared = await caseInStage(ctx, t, stage);
      let allowed = 0;
      for (const action of COMPLAINT_ACTIONS) {
        for (const role of ROLES) {
          const want = expected(action, stage, role);
          const target = want === 200 ? await caseInStage(ctx, t, stage) : shared;
          const res = await agents
            .get(role)!
            .post(`/api/complaints/${target.id}/transitions`, bodyFor(action, 0));
          const label = `${action} from ${stage} as ${role} → ${res.statusCode} ${res.body.slice(0, 160)}`;
          expect(res.statusCode, label).toBe(want);
          if (want === 409) expect(res.json().error.message, label).toContain('tidak tersedia');
          if (want !== 200) continue;
          allowed++;
          const outcome = action === 'tetapkan_lhp' ? 'tindakan_korektif' : stageAfter(action, stage);
          expect(res.json().stage, label).toBe(outcome);
          expect(res.json().version, label).toBe(1);
          const [row] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, target.id));
          expect(row!.stage, label).toBe(outcome);
          if (outcome === 'selesai') expect(row!.closureReason, label).not.toBeNull();
          // One history line more than the case's first ('diterima').
          expect(await eventCount(target.id), label).toBe(2);
        }
      }
      // What the table allows from this stage, counted from TRANSITIONS directly.
      const fromTable = COMPLAINT_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(stage)).reduce(
        (n, a) => n + TRANSITIONS[a].roles.length,
        0,
      );
      expect(allowed).toBe(fromTable);
      // Every refusal left the shared case as it was.
      const [after] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, shared.id));
      expect(after).toMatchObject({ stage, version: 0 });
      expect(await eventCount(shared.id)).toBe(1);
    }, 300_000);
  }
});
