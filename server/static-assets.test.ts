/**
 * The built web app is served precompressed (brotli, gzip) with long-lived caching for hashed
 * assets and revalidation for index.html.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../vite.config';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openTestDatabase } from './test/harness';

let app: FastifyInstance;
let dist = '';
let drop: () => Promise<void>;
const ASSET = '/assets/index-Bx7Qk2aZ.js';
const SOURCE = `export const greeting = ${JSON.stringify('Selamat datang di Patuh. '.repeat(200))};\n`;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), `<!doctype html><script src="${ASSET}"></script>`);
  fs.writeFileSync(path.join(dist, ASSET), SOURCE);
  await precompressDir(dist); // what `vite build` runs (vite.config.ts)
  const db = await openTestDatabase();
  drop = db.drop;
  const config = loadConfig({ PATUH_DATA_DIR: dist, PATUH_DEMO: '0' } as NodeJS.ProcessEnv);
  app = await buildApp({ config, database: db.database, webDist: dist });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await drop?.();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('static assets', () => {
  it('the build step wrote brotli and gzip copies', () => {
    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, `${ASSET}.br`))).toString()).toBe(
      SOURCE,
    );
    expect(zlib.gunzipSync(fs.readFileSync(path.join(dist, `${ASSET}.gz`))).toString()).toBe(SOURCE);
  });

  it('a hashed asset comes as brotli, cached for a year, immutable', async () => {
    const res = await app.inject({ method: 'GET', url: ASSET, headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(SOURCE);
    expect(res.rawPayload.length).toBeLessThan(SOURCE.length / 5);
  });

  it('gzip for a client without brotli, plain bytes for one without either', async () => {
    const gz = await app.inject({ method: 'GET', url: ASSET, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(SOURCE);
    const plain = await app.inject({ method: 'GET', url: ASSET, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SOURCE);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('index.html and the app routes are revalidated on every visit', async () => {
    for (const url of ['/', '/index.html', '/cycles/abc']) {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br' },
        cookies: { patuh_session: 'any' },
      });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
    }
  });

  it('a visitor without a session cookie is sent from / to the public portal', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/publik');
  });

  it("a missing hashed asset is a 404, not the app's HTML", async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-gone1234.js' });
    expect(res.statusCode).toBe(404);
  });
});
