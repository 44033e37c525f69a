/**
 * Once before the browser journeys: builds the web app (the server serves web/dist) and seeds the
 * demo into one PGlite data folder. Each journey file copies that folder (startE2E) instead of
 * seeding its own: the seed is the same for every file and took ~14 s each.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { seedDemoAssessments } from '../server/modules/demo/demo-assessments';
import { seedDemo } from '../server/modules/demo/demo.service';
import { importRegions } from '../server/modules/regions/regions.service';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded data folder every journey copies (e2e/support.ts). */
    e2eDataTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // No browser means no journeys: fail here, once, with the fix, rather than in every test.
  if (!fs.existsSync(chromium))
    throw new Error(`Chromium not found at ${chromium} (apt-get install chromium)`);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-e2e-template-'));
  const config = loadConfig({ PATUH_DATA_DIR: template, PATUH_DEMO: '1' } as NodeJS.ProcessEnv);
  const database = await openConfiguredDatabase(config);
  await importRegions(database);
  await seedDemo(database);
  await seedDemoAssessments(database);
  await database.close();
  project.provide('e2eDataTemplate', template);
  return () => fs.rmSync(template, { recursive: true, force: true });
}
