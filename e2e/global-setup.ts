/** Builds the web app once before the browser journeys (the server serves web/dist). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // No browser means no journeys: fail here, once, with the fix, rather than in every test.
  if (!fs.existsSync(chromium))
    throw new Error(`Chromium not found at ${chromium} (apt-get install chromium)`);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
