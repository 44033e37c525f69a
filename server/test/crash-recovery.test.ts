/**
 * Fault test (issue 8): the real server runs as a child process on the test's PostgreSQL database
 * while a write loop goes through its HTTP API (verifications and unit creates); the server is
 * killed with SIGKILL several times mid-loop and restarted. Afterwards every acknowledged write
 * (2xx received) is stored, a write whose answer never came is either wholly there or wholly
 * absent, and every stored score equals a full recompute of the stored answers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildServerBundle, SERVER_NODE_FLAGS, serverEnv } from '../../bin/build-server.mjs';
import { units } from '../db/schema';
import { answers, cycles, governmentResults, unitResults } from '../db/schema-assessments';
import { loadFramework } from '../modules/frameworks/frameworks.sync';
import {
  makeAssessmentFixture,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { governmentAnswers } from '../modules/assessments/results/scoring.repository';
import { scoreRows } from '../modules/assessments/results/scoring.service';
import { makeTenant, type Tenant } from './factories';
import { createTestContext, type Agent, type TestContext } from './harness';

/** Kills, and acknowledged writes waited for after each start before the next kill. */
const KILLS = 3;
const WRITES_PER_LIFE = 6;
const WORKERS = 4;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// kill -9 of PGlite would kill the engine inside this very test process: the scenario is a
// server process on PostgreSQL dying, so this test runs in the PostgreSQL phase only.
describe.skipIf(inject('dbEngine') !== 'postgres')(
  'kill -9 of the server mid-write (PostgreSQL only: PGlite runs inside the test process)',
  () => {
    let ctx: TestContext;
    let t: Tenant;
    let f: AssessmentFixture;
    let bundle: string;
    let child: ChildProcess | null = null;
    /** True while the server answers: between a successful start and the next kill. */
    let up = false;
    let port = 0;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-crash-'));

    beforeAll(async () => {
      ctx = await createTestContext();
      t = await makeTenant(ctx);
      f = await makeAssessmentFixture(ctx, t);
      const head = await t.as('oversight_head');
      const adv = await head.post(`/api/cycles/${f.cycleId}/advance`, { to: 'verification' });
      expect(adv.statusCode, adv.body).toBe(200);
      bundle = await buildServerBundle('server/main.ts', 'server');
      port = await freePort();
    }, 120_000);

    afterAll(async () => {
      child?.kill('SIGKILL');
      await ctx?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    /** Starts the server on the test database and waits until /api/health answers. */
    const startMs: number[] = [];
    async function startServer(): Promise<void> {
      const t0 = Date.now();
      const url = (ctx.database.db as unknown as { $client: pg.Pool }).$client.options.connectionString!;
      const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, bundle], {
        env: serverEnv({
          ...process.env,
          DATABASE_URL: url,
          PATUH_DEMO: '0',
          PORT: String(port),
          HOST: '127.0.0.1',
          PATUH_DATA_DIR: dataDir,
          PATUH_LOG_LEVEL: 'error',
          PATUH_LOGIN_RATE_LIMIT: '100000',
          PATUH_READ_CACHE_SECONDS: '0',
        }),
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child = proc;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}: ${stderr}`);
        const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) {
          startMs.push(Date.now() - t0);
          up = true;
          return;
        }
        await sleep(50);
      }
      throw new Error(`server did not start: ${stderr}`);
    }

    async function killServer(): Promise<void> {
      const proc = child!;
      const exited = new Promise((r) => proc.once('exit', r));
      up = false;
      proc.kill('SIGKILL');
      await exited;
      child = null;
    }

    /** One POST over real HTTP with an agent's session (sessions live in the database). */
    async function post(agent: Agent, url: string, body: unknown) {
      const res = await fetch(`http://127.0.0.1:${port}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: agent.cookie, 'x-csrf-token': agent.csrf },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: await res.text() };
    }

    it(`${KILLS} kills mid-loop: every acknowledged write is stored and every score equals a recompute`, async () => {
      const assessor = await t.as('assessor');
      const head = await t.as('oversight_head');
      const list = await assessor.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/verification`);
      const items = list.json<{ items: Array<{ answerId: string; scaleMin: number; scaleMax: number }> }>()
        .items;
      expect(items.length).toBeGreaterThan(20);

      // Per answer: the last acknowledged value, and the value of a write still unanswered when
      // the server died (it may or may not have committed).
      const acked = new Map<string, number>();
      const uncertain = new Map<string, number>();
      const unitsAcked: Array<{ id: string; name: string }> = [];
      const unitsUncertain: string[] = [];
      let writes = 0;
      let ackedWrites = 0;
      const acknowledged = () => ackedWrites;
      let next = 0;
      let stop = false;

      async function worker(w: number) {
        for (let n = 0; !stop; n++) {
          if (!up) {
            await sleep(20);
            continue;
          }
          if (n % 3 === 2) {
            const name = `Unit Uji Mati ${w}-${n}-${Date.now()}`;
            const res = await post(head, `/api/governments/${t.governmentId}/units`, {
              name,
              type: 'opd',
              sector: 'kesehatan',
            }).catch(() => null);
            if (res && res.status === 201) {
              unitsAcked.push({ id: JSON.parse(res.body).id, name });
              ackedWrites++;
            } else if (res) expect(res.status, res.body).toBeLessThan(500);
            else unitsUncertain.push(name);
            writes++;
            continue;
          }
          const item = items[next++ % items.length]!;
          // Only one write in flight per answer, so "last acknowledged" is well defined.
          if (uncertain.has(item.answerId) || [...inFlight].includes(item.answerId)) continue;
          inFlight.add(item.answerId);
          const value =
            (acked.get(item.answerId) ?? item.scaleMax) === item.scaleMax ? item.scaleMin : item.scaleMax;
          const res = await post(assessor, `/api/answers/${item.answerId}/verify`, {
            action: 'adjust',
            value,
            na: false,
            reason: 'Uji matikan server',
          }).catch(() => null);
          inFlight.delete(item.answerId);
          if (res && res.status === 200) {
            acked.set(item.answerId, value);
            ackedWrites++;
          } else if (res) expect(res.status, res.body).toBeLessThan(500);
          else uncertain.set(item.answerId, value);
          writes++;
        }
      }
      const inFlight = new Set<string>();

      const started = Date.now();
      await startServer();
      const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
      /** Waits until the running server acknowledged WRITES_PER_LIFE more writes. */
      const lived = async () => {
        const base = acknowledged();
        const deadline = Date.now() + 20_000;
        while (acknowledged() - base < WRITES_PER_LIFE && Date.now() < deadline) await sleep(20);
      };
      for (let k = 0; k < KILLS; k++) {
        await lived();
        await sleep(Math.floor(Math.random() * 150)); // workers have requests in flight
        await killServer();
        await startServer();
      }
      await lived();
      stop = true;
      await Promise.all(workers);
      await killServer();
      const seconds = (Date.now() - started) / 1000;

      // Acknowledged verifications are stored with their value; unanswered ones are all or nothing.
      const db = ctx.database.db;
      const ids = [...new Set([...acked.keys(), ...uncertain.keys()])];
      const stored = new Map(
        (
          await db
            .select({ id: answers.id, value: answers.verifiedValue, status: answers.verifyStatus })
            .from(answers)
            .where(inArray(answers.id, ids))
        ).map((r) => [r.id, r]),
      );
      for (const [id, value] of acked) {
        const row = stored.get(id)!;
        if (uncertain.has(id)) expect([value, uncertain.get(id)]).toContain(row.value);
        else expect(row, id).toMatchObject({ value, status: 'adjusted' });
      }
      for (const [id, value] of uncertain)
        if (!acked.has(id)) expect([null, value]).toContain(stored.get(id)!.value);
      // Acknowledged unit creates exist.
      const storedUnits = await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(eq(units.governmentId, t.governmentId));
      for (const u of unitsAcked) expect(storedUnits).toContainEqual(u);

      // Every stored score equals a full recompute of the stored answers.
      const [cycle] = await db.select().from(cycles).where(eq(cycles.id, f.cycleId));
      const framework = await loadFramework(db, cycle!.frameworkId);
      const rows = await governmentAnswers(db, f.cycleId, t.governmentId);
      const { score } = scoreRows(framework, rows, { status: cycle!.status, governmentType: 'lembaga' });
      const [gov] = await db
        .select()
        .from(governmentResults)
        .where(
          and(eq(governmentResults.cycleId, f.cycleId), eq(governmentResults.governmentId, t.governmentId)),
        );
      expect(gov!.score).toBeCloseTo(score.score!, 9);
      const unitRows = await db
        .select()
        .from(unitResults)
        .where(and(eq(unitResults.cycleId, f.cycleId), eq(unitResults.governmentId, t.governmentId)));
      for (const u of score.units)
        expect(unitRows.find((r) => r.unitId === u.unit)?.score ?? null, u.unit).toBeCloseTo(u.score!, 9);

      const summary = {
        kills: KILLS,
        seconds,
        startMs,
        writes,
        ackedWrites,
        ackedVerifications: acked.size,
        uncertainVerifications: uncertain.size,
        ackedUnits: unitsAcked.length,
        uncertainUnits: unitsUncertain.length,
      };
      process.stdout.write(`crash-recovery ${JSON.stringify(summary)}\n`);
      // Each life of the server acknowledged writes of both kinds before it was killed.
      expect(ackedWrites).toBeGreaterThanOrEqual(WRITES_PER_LIFE * (KILLS + 1));
      expect(acked.size).toBeGreaterThan(0);
      expect(unitsAcked.length).toBeGreaterThan(0);
      expect(startMs).toHaveLength(KILLS + 1);
    }, 120_000);
  },
);
