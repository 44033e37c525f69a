/**
 * Synthetic complaints at small scale: the stage mix follows REFERENCE §4.4 (konsultasi ≈ 41%,
 * tembusan ≈ 11.5%, RCO ≈ 7.4%, regular ≈ 40% of which ~3/4 closed), every stage holds cases, the
 * forms follow the 2024 closures, each case has its history and exactly its stage's running clock,
 * reporters are sealed, and the statistics read the load. Due dates: weekends skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAGE_DEADLINE } from '../../../shared/complaints/deadline-rules';
import { COMPLAINT_STAGES } from '../../../shared/complaints/stages';
import type { ComplaintStats } from '../../../shared/contracts/complaints-stats';
import { decryptJson } from '../../lib/identity-crypto';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { fixedSynthKeys, synthDue } from './synth-complaints';
import { SYNTH_PASSWORD, runSynth, type SynthReport } from './synth.service';

const SEED = 11;
const N = 4_000;
let ctx: TestContext;
let report: SynthReport;
const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);

beforeAll(async () => {
  ctx = await createTestContext();
  report = await runSynth(ctx.database, { scale: 'small', seed: SEED, complaints: N });
}, 300_000);
afterAll(async () => ctx?.close());

describe('synth complaints', () => {
  it('counts working days without weekends', () => {
    expect(synthDue('2026-06-05', 1, 'working')).toBe('2026-06-08'); // Fri + 1 → Mon
    expect(synthDue('2026-06-08', 14, 'working')).toBe('2026-06-26');
    expect(synthDue('2026-06-08', 30, 'calendar')).toBe('2026-07-08');
  });

  it('loads the stage mix of REFERENCE §4.4', async () => {
    expect(report.counts.complaints).toBe(N);
    const phase = report.phases.find((p) => p.phase.startsWith('complaints'))!;
    expect(phase.rows).toBeGreaterThan(N * 3);
    const rows = await q<{ stage: string; track: string; closure_reason: string | null; n: number }>(
      `select stage, track, closure_reason, count(*)::int as n from complaints group by 1, 2, 3`,
    );
    const share = (f: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(f).reduce((a, r) => a + r.n, 0) / N;
    expect(share((r) => r.closure_reason === 'konsultasi')).toBeCloseTo(0.407, 1);
    expect(share((r) => r.closure_reason === 'tembusan')).toBeCloseTo(0.115, 1);
    expect(share((r) => r.track === 'rco')).toBeCloseTo(0.074, 1);
    const regular = share(
      (r) => r.track === 'reguler' && !['konsultasi', 'tembusan'].includes(r.closure_reason ?? ''),
    );
    const regularOpen = share((r) => r.track === 'reguler' && r.stage !== 'selesai');
    expect(regular).toBeCloseTo(0.404, 1);
    expect(regularOpen / regular).toBeGreaterThan(0.18);
    expect(regularOpen / regular).toBeLessThan(0.3);
    for (const stage of COMPLAINT_STAGES)
      expect(rows.filter((r) => r.stage === stage).length, stage).toBeGreaterThan(0);
  });

  it('classifies registered cases by the 2024 shares and gives each its history and clock', async () => {
    const forms = await q<{ form_code: string; n: number }>(
      `select form_code, count(*)::int as n from complaint_forms f join complaints c on c.id = f.complaint_id
       where c.stage not in ('penerimaan', 'verifikasi_formil', 'menunggu_kelengkapan') and c.closure_reason is distinct from 'konsultasi'
         and c.closure_reason is distinct from 'tembusan' group by 1 order by 2 desc`,
    );
    expect(
      forms
        .slice(0, 3)
        .map((f) => f.form_code)
        .sort(),
    ).toEqual(['penundaan_berlarut', 'penyimpangan_prosedur', 'tidak_memberikan_pelayanan'].sort());
    const noHistory = await q<{ n: number }>(
      `select count(*)::int as n from complaints c where not exists (select 1 from complaint_events e where e.complaint_id = c.id and e.to_stage = c.stage)`,
    );
    expect(noHistory[0]!.n).toBe(0);
    const clocks = await q<{ stage: string; keys: string[] | null }>(
      `select c.stage, array_agg(d.key) filter (where d.status = 'berjalan') as keys from complaints c
       left join complaint_deadlines d on d.complaint_id = c.id group by c.id, c.stage`,
    );
    for (const c of clocks) {
      const expected = c.stage === 'selesai' ? undefined : STAGE_DEADLINE[c.stage];
      expect(c.keys ?? [], c.stage).toEqual(expected ? [expected] : []);
    }
  });

  it('seals the reporters (fixed synth key) and the statistics read the load', async () => {
    const [row] = await q<{ identity_cipher: string; dump: string }>(
      `select identity_cipher, row_to_json(c)::text as dump from complaints c limit 1`,
    );
    expect(row!.dump).not.toContain('Warga Sintetis');
    expect(decryptJson<{ fullName: string }>(fixedSynthKeys(SEED), row!.identity_cipher).fullName).toMatch(
      /^Warga Sintetis 1-\d+$/,
    );
    const admin = await signIn(ctx.app, 'admin@synth.patuh.test', SYNTH_PASSWORD);
    const t0 = performance.now();
    const res = await admin.get('/api/complaint-stats');
    const ms = performance.now() - t0;
    expect(res.statusCode).toBe(200);
    const s = res.json<ComplaintStats>();
    expect(s.total).toBe(N);
    expect(s.byForm[0]!.key).toBe('belum_dikategorikan');
    expect(s.stageDays.find((d) => d.stage === 'pemeriksaan')!.stays).toBeGreaterThan(0);
    console.info(`[synth-complaints] stats over ${N} cases on ${ctx.database.engine}: ${ms.toFixed(0)} ms`);
  });
});
