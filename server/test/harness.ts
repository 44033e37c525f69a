/**
 * Per-file test context: a fresh database cloned from the golden image (PGlite) or the template
 * (PostgreSQL), the real app built on it, and helpers to sign in as any role.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/client';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  dataDir: string;
  close: () => Promise<void>;
}

/** Opens a fresh database for one test file (one per file; tests inside make their own tenants). */
export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (inject('dbEngine') === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `patuh_t_${crypto.randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
    await admin.exec(`create database ${name} template ${inject('pgTemplate')}`);
    await admin.close();
    const database = await openDatabase({
      databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${name}`),
      poolMax: 5,
    });
    return {
      database,
      drop: async () => {
        await database.close();
        const a = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
        await a.exec(`drop database if exists ${name} with (force)`);
        await a.close();
      },
    };
  }
  const image = fs.readFileSync(inject('pgliteImage'));
  const database = await openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([image]) });
  return { database, drop: () => database.close() };
}

export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const { database, drop } = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-data-'));
  const config = loadConfig({
    PATUH_DATA_DIR: dataDir,
    PATUH_DEMO: '0',
    PATUH_UPLOAD_MAX_MB: '2',
    PATUH_LOGIN_RATE_LIMIT: '100000',
    PATUH_PUBLIC_RATE_LIMIT: '100000',
    ...env,
  } as NodeJS.ProcessEnv);
  const app = await buildApp({ config, database });
  await app.ready();
  return {
    app,
    database,
    dataDir,
    close: async () => {
      await app.close();
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in HTTP client over app.inject: keeps the session cookie and sends the CSRF header. */
export interface Agent {
  userId: string;
  csrf: string;
  cookie: string;
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  patch: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Agent> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'patuh_session');
  const body = res.json<{ user: { id: string }; csrfToken: string }>();
  const cookieHeader = `patuh_session=${cookie!.value}`;
  const request: Agent['request'] = (method, url, payload, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      payload: payload as never,
      headers: { cookie: cookieHeader, 'x-csrf-token': body.csrfToken, ...headers },
    });
  return {
    userId: body.user.id,
    csrf: body.csrfToken,
    cookie: cookieHeader,
    request,
    get: (url) => request('GET', url),
    post: (url, payload) => request('POST', url, payload ?? {}),
    patch: (url, payload) => request('PATCH', url, payload ?? {}),
  };
}
