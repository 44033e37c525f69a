/**
 * Issue 8 finding 3: one coordinator's 400,000-row workbook took the server to 2.5 GB and made
 * /api/health wait 10.9 s. Now the zip's declared size is checked on the request, the sheets are
 * streamed in a worker and cut off at MAX_DATA_ROWS, and one import runs per government — while
 * /api/health, polled over real HTTP, keeps answering.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imports } from '../../db/schema';
import { heavyWork } from '../../lib/worker-pool';
import { makeTenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { probeLoop } from '../../test/loop-probe';
import { upload, waitForImport } from './import-fixtures';
import { MAX_DATA_ROWS } from './import-read';
import { headerText, SHEETS } from './import-template';
import { MAX_UNCOMPRESSED_BYTES } from './xlsx-guard';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** What an import may add to health's worst answer (the target is far below; CI is busy). */
const HEALTH_BOUND_MS = 200;
const PGLITE_BOUND_MS = 1000;

let ctx: TestContext;
beforeAll(async () => {
  // Uploads up to 16 MB here, so the 8 MB workbook reaches the import code instead of the 413.
  [ctx] = await Promise.all([createTestContext({ PATUH_UPLOAD_MAX_MB: '16' }), heavyWork().warm()]);
}, 120_000);
afterAll(async () => ctx.close());

/**
 * A template-layout workbook with `units` rows on the Unit sheet, written by exceljs' streaming
 * writer in a worker thread: 400,000 rows of garbage on this test's heap would make the probe
 * below measure the test's own garbage collection instead of the server.
 */
async function unitWorkbook(units: number): Promise<string> {
  const file = path.join(ctx.dataDir, `units-${units}.xlsx`);
  const sheets = SHEETS.map((s) => ({
    name: s.name,
    header: s.columns.map(headerText),
    rows: s.key === 'units' ? units : 0,
  }));
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    const ExcelJS = require(workerData.exceljs);
    (async () => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: workerData.file, useSharedStrings: false });
      for (const s of workerData.sheets) {
        const ws = wb.addWorksheet(s.name);
        ws.addRow(s.header).commit();
        for (let i = 0; i < s.rows; i++)
          ws.addRow(['U' + i, 'Unit Layanan Nomor ' + i, 'upt', 'pendidikan', null, 'Jalan Contoh ' + i]).commit();
        ws.commit();
      }
      await wb.commit();
      parentPort.postMessage('done');
    })();`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { exceljs: require.resolve('exceljs'), file, sheets },
  });
  await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await worker.terminate();
  return file;
}

/**
 * Uploads over real HTTP (multipart), as the browser does, from a separate node process: sending
 * 12 MB from this process would put the client's work on the loop being measured.
 */
async function uploadHttp(agent: Agent, governmentId: string, file: string, fileName: string) {
  const script = `
    const [url, file, name, cookie, csrf] = process.argv.slice(1);
    const form = new FormData();
    form.append('file', new Blob([require('node:fs').readFileSync(file)]), name);
    fetch(url, { method: 'POST', body: form, headers: { cookie, 'x-csrf-token': csrf } })
      .then(async (res) => process.stdout.write(JSON.stringify({ statusCode: res.status, body: await res.json() })));`;
  const url = `${baseUrl()}/api/governments/${governmentId}/imports`;
  const { stdout } = await run(process.execPath, [
    '-e',
    script,
    url,
    file,
    fileName,
    agent.cookie,
    agent.csrf,
  ]);
  return JSON.parse(stdout) as { statusCode: number; body: { id?: string; error?: Record<string, unknown> } };
}

function baseUrl() {
  const address = ctx.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

const mbOf = (file: string) => (fs.statSync(file).size / 1024 / 1024).toFixed(1);

describe('a huge import does not stop the server', () => {
  it(
    'a 400,000-row workbook is refused on its declared size; a 25,000-row one stops at the row bound; health answers throughout',
    { timeout: 600_000 },
    async () => {
      const t = await makeTenant(ctx);
      const coord = await t.as('gov_coordinator');
      const huge = await unitWorkbook(400_000);
      const overRows = await unitWorkbook(MAX_DATA_ROWS + 5000);

      // The same probe with nothing running: what this machine's load alone costs.
      const idle = await probeLoop(ctx.app);
      await new Promise((r) => setTimeout(r, 2000));
      const baseline = await idle.stop();
      const probe = await probeLoop(ctx.app);
      const t0 = performance.now();
      const hugeRes = await uploadHttp(coord, t.governmentId, huge, 'registri-besar.xlsx');
      const tHuge = performance.now() - t0;
      const overRes = await uploadHttp(coord, t.governmentId, overRows, 'registri-25rb.xlsx');
      const over = overRes.statusCode === 202 ? await waitForImport(coord, overRes.body.id!) : null;
      const tOver = performance.now() - t0;
      const figures = await probe.stop();
      const idleAfter = await probeLoop(ctx.app);
      await new Promise((r) => setTimeout(r, 2000));
      const noise = Math.max(baseline.worstMs, (await idleAfter.stop()).worstMs);

      // The 400k-row file declares far more than MAX_UNCOMPRESSED_BYTES once inflated: refused
      // before anything is inflated, on the `file` field, in Indonesian.
      expect(hugeRes.statusCode).toBe(400);
      expect(hugeRes.body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: { file: expect.stringContaining(`lebih dari ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`) },
      });
      // The 25k-row file is within the size limit; the streaming read stops at the bound.
      expect(overRes.statusCode).toBe(202);
      expect(over).toMatchObject({ status: 'invalid', summary: { units: 0, products: 0, contacts: 0 } });
      expect(over!.errors[0]!.message).toContain('lebih dari 20.000 baris data');
      const stored = await ctx.database.db
        .select()
        .from(imports)
        .where(eq(imports.governmentId, t.governmentId));
      expect(stored).toHaveLength(1); // the refused upload stored nothing

      console.info(
        `[import-heavy] ${ctx.database.engine}: 400k rows (${mbOf(huge)} MB) → ${hugeRes.statusCode}; ` +
          `${MAX_DATA_ROWS + 5000} rows (${mbOf(overRows)} MB) → ${over?.status}; health ${figures.requests} requests, ` +
          `worst ${figures.worstMs} ms (at ${figures.worstAtMs} ms; huge answered at ${tHuge.toFixed(0)}, ` +
          `25k done at ${tOver.toFixed(0)}), p50 ${figures.p50Ms} ms; RSS ${figures.baseRssMb} → peak ${figures.peakRssMb} MB ` +
          `(+${figures.peakRssMb - figures.baseRssMb} MB); idle worst (before/after) ${noise} ms, p50 ${baseline.p50Ms} ms`,
      );
      expect(figures.requests).toBeGreaterThan(5);
      // Bounded against this machine's own idle noise (a busy CI shows 200+ ms stalls with nothing
      // running); before the fix the import alone stalled health for 10.9 s.
      // PGlite shares this thread and heap with the test runner (~700 MB RSS): a collection while a
      // 12 MB upload is buffered measured up to ~450 ms there, so it gets a looser bound that still
      // catches the old 10.9 s.
      const allowed = ctx.database.engine === 'postgres' ? HEALTH_BOUND_MS : PGLITE_BOUND_MS;
      expect(figures.worstMs).toBeLessThan(noise + allowed);
      expect(figures.peakRssMb - figures.baseRssMb).toBeLessThan(400);
    },
  );

  it('a second import of the same government while one runs answers 409; another government is not held up', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const otherCoord = await other.as('gov_coordinator');
    const file = fs.readFileSync(await unitWorkbook(3000));
    // Two uploads at the same moment: the partial unique index lets exactly one through.
    const [a, b, c] = await Promise.all([
      upload(coord, t.governmentId, file),
      upload(coord, t.governmentId, file),
      upload(otherCoord, other.governmentId, file),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([202, 409]);
    const refused = a.statusCode === 409 ? a : b;
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Impor lain untuk pemerintah ini sedang diproses'),
    });
    expect(c.statusCode).toBe(202);
    const accepted = (a.statusCode === 202 ? a : b).json<{ id: string }>().id;
    expect((await waitForImport(coord, accepted)).status).toBe('ready');
    expect((await waitForImport(otherCoord, c.json<{ id: string }>().id)).status).toBe('ready');
    // Once it finished, the government can import again.
    const again = await upload(coord, t.governmentId, file);
    expect(again.statusCode).toBe(202);
    await waitForImport(coord, again.json<{ id: string }>().id);
  });

  it('an import a dead process left running blocks the government for 15 minutes, then gives way', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const file = fs.readFileSync(await unitWorkbook(10));
    const [left] = await ctx.database.db
      .insert(imports)
      .values({ governmentId: t.governmentId, fileName: 'terputus.xlsx', status: 'validating' })
      .returning();
    expect((await upload(coord, t.governmentId, file)).statusCode).toBe(409);
    await ctx.database.db
      .update(imports)
      .set({ updatedAt: new Date(Date.now() - 16 * 60 * 1000) })
      .where(eq(imports.id, left!.id));
    const res = await upload(coord, t.governmentId, file);
    expect(res.statusCode).toBe(202);
    const [old] = await ctx.database.db.select().from(imports).where(eq(imports.id, left!.id));
    expect(old!.status).toBe('failed');
    expect((await waitForImport(coord, res.json<{ id: string }>().id)).status).toBe('ready');
  });
});
