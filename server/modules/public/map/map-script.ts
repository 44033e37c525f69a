/**
 * The map's tooltip script (assets/peta.js, a few hundred bytes gzipped), served under a name with
 * its content hash so a browser keeps it for a year and a new version is a new URL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../../lib/paths';

let script: { body: string; path: string } | undefined;

function load(): { body: string; path: string } {
  if (!script) {
    const body = fs.readFileSync(path.join(projectRoot(), 'server/modules/public/assets/peta.js'), 'utf8');
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    script = { body, path: `/publik/aset/peta.${hash}.js` };
  }
  return script;
}

/** The script's URL (with its hash). */
export function mapScriptPath(): string {
  return load().path;
}

/** The script's text. */
export function mapScript(): string {
  return load().body;
}
