import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments } from '../../db/schema';
import { cycleGovernments, cycles, governmentResults } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { heavyWork } from '../../lib/worker-pool';
import { createTestContext, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/common/assessment-fixtures';
import { recomputeThroughApi } from '../../test/recompute-job';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let a: AssessmentFixture;
let dir: string;
/** Governments added to the cycle with fixed scores: two of the tenant's office, one of another office. */
const extra: Array<{ id: string; name: string; score: number; sameOffice: boolean }> = [];

beforeAll(async () => {
  // The first rendering/import would otherwise pay for starting a worker thread (seconds on a busy CI).
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-results-pdf-'));
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
  await recomputeThroughApi(ctx, head, a.cycleId);
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
afterAll(async () => {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Agent = Awaited<ReturnType<Tenant['as']>>;
interface Job {
  status: string;
  format: string;
  processedRows: number;
  totalRows: number;
  fileName: string;
}

/** Starts an export (body as given; none at all when null), polls (bounded) until it is done. */
async function runExport(agent: Agent, body: { format?: string } | null = {}) {
  const start = await agent.request('POST', `/api/cycles/${a.cycleId}/results-export`, body ?? undefined);
  expect(start.statusCode, start.body).toBe(202);
  const { id, status } = start.json<{ id: string; status: string }>();
  expect(status).toBe('queued');
  let job: Job | undefined;
  for (let i = 0; i < 400; i++) {
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
  return { id, job: job!, file };
}

/** An .xlsx export, downloaded and its sheet read back. */
async function exportAs(agent: Agent, body: { format?: string } | null = {}) {
  const { id, job, file } = await runExport(agent, body);
  expect(job.format).toBe('xlsx');
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
  return { id, job, header, rows };
}

/** A PDF export, downloaded, and its text (whitespace collapsed); skips or, under CI, fails without pdftotext. */
async function exportPdfAs(agent: Agent, skip: (note?: string) => never) {
  const { job, file } = await runExport(agent, { format: 'pdf' });
  expect(job.format).toBe('pdf');
  expect(file.headers['content-type']).toBe('application/pdf');
  expect(file.headers['content-disposition']).toMatch(/^attachment; filename="hasil-.*-2024\.pdf"/);
  expect(file.headers['x-content-type-options']).toBe('nosniff');
  const body = file.rawPayload;
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  requireTools(skip, 'pdftotext');
  const pdf = path.join(dir, `${job.fileName}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(pdf, body);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { job, text };
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

  it('makes an .xlsx file when the request has no body at all', async () => {
    const { rows } = await exportAs(await t.as('oversight_head'), null);
    expect(rows).toHaveLength(3);
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

describe('results export (PDF, background job)', () => {
  it('gives the head a PDF with the title, the framework and one row per government of the office', async ({
    skip,
  }) => {
    const { job, text } = await exportPdfAs(await t.as('oversight_head'), skip);
    expect(job.totalRows).toBe(3);
    expect(job.processedRows).toBe(3);
    expect(text).toContain('Hasil Penilaian Kepatuhan');
    expect(text).toContain('Siklus Uji 2024');
    expect(text).toContain('Kerangka penilaian:');
    expect(text).toContain(extra[0]!.name);
    expect(text).toContain(extra[1]!.name);
    expect(text).not.toContain(extra[2]!.name); // another office's government
    expect(text).toContain('91,25'); // two decimals, decimal comma
    expect(text).toContain('Pemerintah kota');
    expect(text).toContain('Halaman 1 dari 1');
    // Sorted by score: A (91.25) before B (55.5).
    expect(text.indexOf(extra[0]!.name)).toBeLessThan(text.indexOf(extra[1]!.name));
  });

  it('gives the admin every government of the cycle', async ({ skip }) => {
    const { job, text } = await exportPdfAs(await t.as('admin'), skip);
    expect(job.totalRows).toBe(4);
    expect(text).toContain(extra[2]!.name);
  });

  it('gives a coordinator only its own government once the results are published', async ({ skip }) => {
    await ctx.database.db.update(cycles).set({ status: 'published' }).where(eq(cycles.id, a.cycleId));
    const { job, text } = await exportPdfAs(await t.as('gov_coordinator'), skip);
    expect(job.totalRows).toBe(1);
    const own = await ctx.database.db.query.governments.findFirst({
      where: (g, { eq: e }) => e(g.id, t.governmentId),
    });
    expect(text).toContain(own!.name);
    for (const e of extra) expect(text).not.toContain(e.name);
  });

  it("refuses an unknown format with a field error in the user's language", async () => {
    const url = `/api/cycles/${a.cycleId}/results-export`;
    const res = await (await t.as('oversight_head')).post(url, { format: 'docx' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: Record<string, string> } }>();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.fields).toEqual({ format: 'Pilihan tidak valid. Pilih salah satu: xlsx, pdf.' });
    const assessor = await t.as('assessor');
    expect((await assessor.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    try {
      const en = await assessor.post(url, { format: 'PDF' });
      expect(en.statusCode).toBe(400);
      expect(en.json<{ error: { fields: Record<string, string> } }>().error.fields).toEqual({
        format: 'Invalid choice. Pick one of: xlsx, pdf.',
      });
    } finally {
      await assessor.patch('/api/auth/me', { locale: 'id' });
    }
  });
});
