/**
 * Request logging (server/plugins/request-log.plugin.ts): exactly one compact line per request,
 * with the route pattern and never the raw URL, its ids, the query string, a cookie or the body;
 * silent when the level is above info; and the real app wires it in with Fastify's own verbose
 * request lines turned off.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness';
import { logDestination, requestLogPlugin } from './request-log.plugin';

/** A Fastify app as buildApp configures its logging, writing its log lines into `lines`. */
async function appLoggingTo(
  lines: Record<string, unknown>[],
  level: string,
  direct = false,
): Promise<FastifyInstance> {
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = Fastify({
    logger: { level, stream },
    logController: new LogController({ disableRequestLogging: true }),
  });
  // `direct`: as buildApp registers it, writing its lines straight to the logger's stream.
  await app.register(requestLogPlugin, direct ? { stream } : {});
  app.get('/api/governments/:id', async () => ({ ok: true }));
  app.post('/api/answers/:id/verify', async (_req, reply) => reply.status(409).send({ error: 'phase' }));
  await app.ready();
  return app;
}

const SECRET_ID = '0b6f3f0e-8d4e-4c1e-9a57-5f1d2c3b4a59';

describe.each([
  ['through req.log', false],
  ['straight to the stream', true],
])('request log, %s', (_label, direct) => {
  it('writes one line per request: method, route pattern, status and ms — no ids, query, cookie or body', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await appLoggingTo(lines, 'info', direct);
    const get = await app.inject({
      method: 'GET',
      url: `/api/governments/${SECRET_ID}?email=siti%40example.go.id&nik=3174012345678901`,
      headers: { cookie: 'patuh_session=very-secret-token', 'user-agent': 'agent-x' },
    });
    expect(get.statusCode).toBe(200);
    const post = await app.inject({
      method: 'POST',
      url: `/api/answers/${SECRET_ID}/verify`,
      payload: { reason: 'nomor telepon 08123456789' },
    });
    expect(post.statusCode).toBe(409);
    const missing = await app.inject({ method: 'GET', url: '/api/nowhere?token=abc123' });
    expect(missing.statusCode).toBe(404);
    await app.close();

    const requestLines = lines.filter((l) => l.msg === 'req');
    expect(requestLines.map(({ method, route, status }) => ({ method, route, status }))).toEqual([
      { method: 'GET', route: '/api/governments/:id', status: 200 },
      { method: 'POST', route: '/api/answers/:id/verify', status: 409 },
      { method: 'GET', route: '(none)', status: 404 },
    ]);
    for (const l of requestLines) {
      expect(l.level).toBe(30);
      expect(typeof l.ms).toBe('number');
      expect(l.reqId).toBeDefined();
      expect(typeof l.time).toBe('number');
      expect(l.pid).toBe(process.pid);
    }
    // Nothing else about a request is written: Fastify's own two lines per request are off.
    expect(lines.filter((l) => l.msg !== 'req' && l.reqId !== undefined)).toEqual([]);
    const text = JSON.stringify(lines);
    for (const secret of [
      SECRET_ID,
      'siti',
      'email',
      '3174012345678901',
      'very-secret-token',
      'agent-x',
      '08123456789',
      'abc123',
    ])
      expect(text).not.toContain(secret);
  });

  it('writes nothing at PATUH_LOG_LEVEL=warn', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await appLoggingTo(lines, 'warn', direct);
    expect((await app.inject({ method: 'GET', url: `/api/governments/${SECRET_ID}` })).statusCode).toBe(200);
    await app.close();
    expect(lines).toEqual([]);
  });
});

describe('buildApp', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it("registers the request log and turns Fastify's per-request lines off", () => {
    expect(ctx.app.hasPlugin('patuh-request-log')).toBe(true);
    // Fastify keeps its log controller under an internal symbol (fastify/lib/symbols.js).
    const key = Object.getOwnPropertySymbols(ctx.app).find((s) => s.description === 'fastify.logController');
    const controller = (ctx.app as unknown as Record<symbol, LogController>)[key!];
    expect(controller).toBeInstanceOf(LogController);
    expect(controller!.isLogDisabled({} as never)).toBe(true);
  });
});

describe('the log destination of npm start', () => {
  it('buffers lines, but writes a lone line within about a second', async () => {
    const file = path.join(os.tmpdir(), `patuh-log-${process.pid}-${Date.now()}.txt`);
    const dest = logDestination(file) as ReturnType<typeof logDestination> & { end: () => void };
    try {
      dest.write('{"msg":"req"}\n');
      await new Promise((r) => setTimeout(r, 100));
      // Well under the 32 KB buffer: not written yet…
      expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').toBe('');
      // …until the periodic flush.
      let text = '';
      for (let i = 0; i < 40 && !text; i++) {
        await new Promise((r) => setTimeout(r, 100));
        text = fs.readFileSync(file, 'utf8');
      }
      expect(text).toBe('{"msg":"req"}\n');
    } finally {
      dest.end();
      fs.rmSync(file, { force: true });
    }
  });

  it('hands ~32 KB of lines on at once, in the order written, without waiting for the second', async () => {
    const file = path.join(os.tmpdir(), `patuh-log-${process.pid}-${Date.now()}-burst.txt`);
    const dest = logDestination(file);
    try {
      // 400 lines of 100 characters: 40,000 characters, over one batch.
      const lines = Array.from(
        { length: 400 },
        (_, i) => `{"n":${String(i).padStart(5, '0')},"pad":"${'x'.repeat(79)}"}\n`,
      );
      for (const l of lines) dest.write(l);
      let text = '';
      for (let i = 0; i < 20 && text.length < 32 * 1024; i++) {
        await new Promise((r) => setTimeout(r, 20));
        text = fs.readFileSync(file, 'utf8');
      }
      // Within 400 ms (well before the one-second flush) the first batch is in the file, whole lines in order.
      expect(text.length).toBeGreaterThanOrEqual(32 * 1024);
      expect(text).toBe(lines.slice(0, text.split('\n').length - 1).join(''));
    } finally {
      dest.end();
      fs.rmSync(file, { force: true });
    }
  });

  it('writes every gathered line when the process exits straight after logging', () => {
    const file = path.join(os.tmpdir(), `patuh-log-${process.pid}-${Date.now()}-exit.txt`);
    const script = [
      `import { logDestination } from ${JSON.stringify(path.join(import.meta.dirname, 'request-log.plugin.ts'))};`,
      "import fs from 'node:fs';",
      // An open descriptor, as npm start's stdout is.
      `const dest = logDestination(fs.openSync(${JSON.stringify(file)}, 'w'));`,
      `for (let i = 0; i < 1000; i++) dest.write('{"line":' + i + '}\\n');`,
      'process.exit(0);',
    ].join('\n');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: 'pipe',
      });
      const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
      expect(lines).toHaveLength(1000);
      expect(lines.at(-1)).toBe('{"line":999}');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });
});
