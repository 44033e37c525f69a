/** Builds the web app once before the browser journeys (the server serves web/dist). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
