/**
 * End-to-end support: the real server on a random port (PGlite in a temp dir, a copy of the demo
 * seeded once by e2e/global-setup.ts) and Debian's Chromium driven by playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './chromium';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { openConfiguredDatabase } from '../server/db/open';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface E2E {
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  browser: Browser;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export { DEMO_PASSWORD };

export async function startE2E(): Promise<E2E> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-e2e-'));
  // The demo as e2e/global-setup.ts seeded it: database, stored files and keys, copied whole.
  fs.cpSync(inject('e2eDataTemplate'), dataDir, { recursive: true });
  const config = loadConfig({ PATUH_DATA_DIR: dataDir, PATUH_DEMO: '1' } as NodeJS.ProcessEnv);
  const database = await openConfiguredDatabase(config);
  const app = await buildApp({ config, database, webDist: path.join(root, 'web', 'dist') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchChromium();
  // Every context asks for reduced motion unless a test says otherwise: the theme respects it
  // (web/app/theme.ts), so no notification, drawer or modal fades and axe never reads a colour
  // mid-transition.
  const openContext = browser.newContext.bind(browser);
  browser.newContext = (options) => openContext({ reducedMotion: 'reduce', ...options });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    database,
    browser,
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'id-ID' });
      return context.newPage();
    },
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form. */
export async function loginAs(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
