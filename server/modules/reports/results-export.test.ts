import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments } from '../../db/schema';
import { cycleGovernments, cycles, governmentResults } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let a: AssessmentFixture;
/** Governments added to the cycle with fixed scores: two of the tenant's office, one of another office. */
const extra: Array<{ id: string; name: string; score: number; sameOffice: boolean }> = [];

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  a = await makeAssessmentFixture(ctx, t);
  const db = ctx.database.db;
  const tag = Math.random().toString(36).slice(2, 8);
  for (const [name, score, sameOffice] of [
    [`Kota Ekspor A ${tag}`, 91.25, true],
    [`Kota Ekspor B ${tag}`, 55.5, true],
    [`Kota Ekspor C ${tag}`, 73, false],
  ] as const) {
    const [g] = await db
      .insert(governments)
      .values({ type: 'pemkot', name, officeId: sameOffice ? t.officeId : other.officeId })
      .returning();
    await db.insert(cycleGovernments).values({ cycleId: a.cycleId, governmentId: g!.id });
    extra.push({ id: g!.id, name, score, sameOffice });
  }
  const head = await t.as('oversight_head');
  const res = await head.post(`/api/cycles/${a.cycleId}/recompute`);
  if (res.statusCode >= 300) throw new Error(`recompute: ${res.statusCode} ${res.body}`);
  // Fixed scores after the recompute (these governments have no sampled units of their own).
  for (const { id: governmentId, score } of extra) {
    const values = {
      score,
      rounded: score,
      band: score >= 80 ? 'A' : 'C',
      zone: score >= 80 ? 'hijau' : 'kuning',
      dimensions: {},
    };
    await db
      .insert(governmentResults)
      .values({ cycleId: a.cycleId, governmentId, ...values })
      .onConflictDoUpdate({
        target: [governmentResults.cycleId, governmentResults.governmentId],
        set: values,
      });
  }
});
afterAll(async () => ctx.close());

type Agent = Awaited<ReturnType<Tenant['as']>>;

/** Starts an export, polls (bounded) until it is done, downloads it and reads the sheet back. */
async function exportAs(agent: Agent) {
  const start = await agent.post(`/api/cycles/${a.cycleId}/results-export`);
  expect(start.statusCode, start.body).toBe(202);
  const { id, status } = start.json<{ id: string; status: string }>();
  expect(status).toBe('queued');
  let job: { status: string; processedRows: number; totalRows: number; fileName: string } | undefined;
  for (let i = 0; i < 200; i++) {
    const res = await agent.get(`/api/results-exports/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    job = res.json();
    if (job!.status === 'done' || job!.status === 'failed') break;
    await new Promise((r) => setTimeout(r, 25));
  }
  expect(job!.status).toBe('done');
  expect(job!.processedRows).toBe(job!.totalRows);
  const file = await agent.get(`/api/results-exports/${id}/file`);
  expect(file.statusCode).toBe(200);
  expect(file.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  expect(file.headers['content-disposition']).toMatch(/^attachment; filename="hasil-.*-2024\.xlsx"/);
  expect(file.headers['x-content-type-options']).toBe('nosniff');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Hasil')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const rows: Array<{ name: string; score: number | null }> = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const v = row.values as unknown[];
    rows.push({ name: String(v[2]), score: typeof v[4] === 'number' ? v[4] : null });
  });
  return { id, job: job!, header, rows };
}

describe('results export (.xlsx, background job)', () => {
  it('gives the head one row per government of the office, sorted by score, with the file kept', async () => {
    const { id, job, header, rows } = await exportAs(await t.as('oversight_head'));
    expect(header.slice(0, 6)).toEqual([
      'Peringkat (sejenis)',
      'Pemerintah/Instansi',
      'Jenis',
      'Nilai',
      'Opini',
      'Zona',
    ]);
    expect(header.length).toBeGreaterThan(6); // one column per dimension
    expect(job.totalRows).toBe(3);
    expect(rows).toHaveLength(3);
    const names = rows.map((r) => r.name);
    expect(names).toContain(extra[0]!.name);
    expect(names).toContain(extra[1]!.name);
    expect(names).not.toContain(extra[2]!.name); // another office's government
    const scores = rows.map((r) => r.score ?? -1);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(rows[0]).toEqual({ name: extra[0]!.name, score: 91.25 });
    // Kept for download: a second download reads the same file.
    const again = await (await t.as('oversight_head')).get(`/api/results-exports/${id}/file`);
    expect(again.statusCode).toBe(200);
    const stored = fs.readdirSync(path.join(ctx.dataDir, 'exports'));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('gives the admin every government of the cycle', async () => {
    const { rows } = await exportAs(await t.as('admin'));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.name)).toContain(extra[2]!.name);
    const scores = rows.map((r) => r.score ?? -1);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('withholds it from the government until publication, then gives it only its own row', async () => {
    const coord = await t.as('gov_coordinator');
    const early = await coord.post(`/api/cycles/${a.cycleId}/results-export`);
    expect(early.statusCode).toBe(409);
    await ctx.database.db.update(cycles).set({ status: 'published' }).where(eq(cycles.id, a.cycleId));
    const { rows } = await exportAs(coord);
    expect(rows).toHaveLength(1);
    expect(rows.map((r) => r.name)).not.toContain(extra[0]!.name);
  });

  it('shows an export only to whoever requested it; another tenant gets 404', async () => {
    const start = await (await t.as('oversight_head')).post(`/api/cycles/${a.cycleId}/results-export`);
    const { id } = start.json<{ id: string }>();
    expect((await (await t.as('assessor')).get(`/api/results-exports/${id}`)).statusCode).toBe(404);
    expect((await (await t.as('assessor')).get(`/api/results-exports/${id}/file`)).statusCode).toBe(404);
    expect(
      (await (await other.as('oversight_head')).post(`/api/cycles/${a.cycleId}/results-export`)).statusCode,
    ).toBe(404);
  });
});
