/**
 * Test helpers for the sign-in and session tests: an app with its own settings (rate limit,
 * trusted proxies, a captured log) on a fresh test database, and a second app on the same
 * database standing in for a second server process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/client';
import type { AppLogger } from '../../plugins/errors-log';
import { openTestDatabase, type TestContext } from '../../test/harness';

/** Builds an app on an existing database, as another process would; `env` overrides the test settings. */
export async function buildAppOn(
  database: Database,
  env: Record<string, string> = {},
  logger?: AppLogger,
): Promise<FastifyInstance> {
  const config = loadConfig({
    PATUH_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-data-')),
    PATUH_DEMO: '0',
    PATUH_LOGIN_RATE_LIMIT: '100000',
    ...env,
  } as NodeJS.ProcessEnv);
  const app = await buildApp({ config, database, ...(logger ? { logger } : {}) });
  await app.ready();
  return app;
}

/** A test context like the harness's, with the app built from `env` (and an optional logger). */
export async function createContextWith(
  env: Record<string, string>,
  logger?: AppLogger,
): Promise<TestContext> {
  const { database, drop } = await openTestDatabase();
  const app = await buildAppOn(database, env, logger);
  return {
    app,
    database,
    dataDir: app.deps.config.dataDir,
    close: async () => {
      await app.close();
      await drop();
      fs.rmSync(app.deps.config.dataDir, { recursive: true, force: true });
    },
  };
}

/** A log stream that keeps every line written to it. */
export function captureLog(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}
