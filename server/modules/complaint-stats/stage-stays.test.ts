/**
 * Each stage change keeps how long the case stayed in its stage (`stay_seconds`, written by
 * migration 0031's trigger when the next change is inserted), both engines. The days-per-stage
 * statistics read it instead of a window over every event, so it must equal that window: hand-computed
 * below for one case, one change per statement and many in one statement (synth's COPY), and under
 * concurrent transitions through the API (PostgreSQL: each case's changes are written under its row
 * lock, so two heads racing one case cannot interleave).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintEvents } from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createReport } from '../complaints/complaints.create';
import { caseInStage, keysOf, staffReport } from '../complaints/complaints-fixtures';
import { atWib, placeInStage } from '../demo/demo-complaint-stage';

let ctx: TestContext;
let t: Tenant;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
}, 120_000);
afterAll(async () => ctx.close());

const HOUR = 3600;
const DAY = 24 * HOUR;

/** The case's stage changes in order: [stage entered, seconds stayed or null]. */
async function staysOf(id: string): Promise<[string, number | null][]> {
  const rows = await ctx.database.query<{ to_stage: string; stay_seconds: string | number | null }>(
    `select to_stage, stay_seconds from complaint_events
      where complaint_id = $1 and to_stage is not null order by id`,
    [id],
  );
  return rows.map((r) => [r.to_stage, r.stay_seconds === null ? null : Number(r.stay_seconds)]);
}

/** Stage changes whose kept stay differs from the window over the case's history (should be none). */
async function mismatches(): Promise<number> {
  const [row] = await ctx.database.query<{ n: number }>(
    `select count(*)::int as n
       from (select e.id, e.stay_seconds, e.action, e.at, e.complaint_id,
                    lead(e.at) over (partition by e.complaint_id order by e.id) as next_at
               from complaint_events e where e.to_stage is not null) w
       join complaints c on c.id = w.complaint_id
      where w.stay_seconds is distinct from
            round(extract(epoch from w.next_at - case when w.action = 'diterima' then c.received_at else w.at end))::bigint`,
  );
  return row!.n;
}

const newCase = (receivedOn: string) =>
  createReport(ctx.database.db, keysOf(ctx), { ...staffReport(t), receivedOn });

describe('stays kept on stage changes', () => {
  it('one change at a time: each stay ends at the next change; the first counts from receipt', async () => {
    const c = await newCase('2026-03-02'); // received 2 Mar 2026, 12:00 WIB
    await placeInStage(ctx.database.db, c.id, [
      { action: 'catat_register', to: 'verifikasi_formil', on: '2026-03-04' }, // 4 Mar 10:00 WIB
      // A note in the same stage (no stage change) ends nothing.
      { action: 'catatan', to: 'verifikasi_formil', on: '2026-03-05' }, // 5 Mar 11:00
      { action: 'formil_lengkap', to: 'verifikasi_materiil', on: '2026-03-09' }, // 9 Mar 12:00
      { action: 'materiil_lolos', to: 'pleno', on: '2026-03-12' }, // 12 Mar 13:00
    ]);
    expect(await staysOf(c.id)).toEqual([
      ['penerimaan', 1 * DAY + 22 * HOUR], // 2 Mar 12:00 → 4 Mar 10:00
      ['verifikasi_formil', 5 * DAY + 2 * HOUR], // 4 Mar 10:00 → 9 Mar 12:00
      ['verifikasi_materiil', 3 * DAY + 1 * HOUR], // 9 Mar 12:00 → 12 Mar 13:00
      ['pleno', null], // still there
    ]);
  });

  it('many changes in one statement (a bulk load) give the same stays', async () => {
    const c = await newCase('2026-04-01'); // 1 Apr 12:00 WIB
    const change = (action: string, from: string, to: string, at: Date) => ({
      complaintId: c.id,
      at,
      actorKind: 'sistem' as const,
      action,
      fromStage: from,
      toStage: to,
    });
    await ctx.database.db
      .insert(complaintEvents)
      .values([
        change('catat_register', 'penerimaan', 'verifikasi_formil', atWib('2026-04-06', 9)),
        change('formil_lengkap', 'verifikasi_formil', 'verifikasi_materiil', atWib('2026-04-06', 15)),
        change('materiil_lolos', 'verifikasi_materiil', 'pleno', atWib('2026-04-10', 8)),
      ]);
    expect(await staysOf(c.id)).toEqual([
      ['penerimaan', 4 * DAY + 21 * HOUR], // 1 Apr 12:00 → 6 Apr 09:00
      ['verifikasi_formil', 6 * HOUR], // 6 Apr 09:00 → 15:00
      ['verifikasi_materiil', 3 * DAY + 17 * HOUR], // 6 Apr 15:00 → 10 Apr 08:00
      ['pleno', null],
    ]);
  });

  it('concurrent transitions on many cases, two heads racing each: every stay equals the window', async () => {
    const head = await t.as('oversight_head');
    const cases = await Promise.all([0, 1, 2, 3, 4, 5].map(() => caseInStage(ctx, t, 'pleno')));
    const answers = await Promise.all(
      cases.flatMap((c) =>
        [0, 1].map(() =>
          head.post(`/api/complaints/${c.id}/transitions`, {
            action: 'pleno_terima',
            version: c.version,
            plenaryDate: '2026-06-11',
          }),
        ),
      ),
    );
    const codes = answers.map((r) => r.statusCode);
    // Per case, one head wins and the other is told the case moved on.
    for (let i = 0; i < cases.length; i++)
      expect([codes[2 * i], codes[2 * i + 1]].sort(), answers[2 * i]!.body).toEqual([200, 409]);
    for (const c of cases) {
      const stays = await staysOf(c.id);
      expect(stays.map(([stage]) => stage)).toEqual(['penerimaan', 'pemeriksaan']);
      expect(stays[0]![1]).toEqual(expect.any(Number));
      expect(stays[1]![1]).toBeNull();
    }
    expect(await mismatches()).toBe(0);
  });
});
