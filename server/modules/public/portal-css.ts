/**
 * The portal's stylesheet, read once and served under a name carrying its content hash, so a
 * browser keeps it for a year and a new version is a new URL.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths';

let css: { body: string; path: string } | undefined;

function load(): { body: string; path: string } {
  if (!css) {
    const body = fs.readFileSync(path.join(projectRoot(), 'server/modules/public/assets/portal.css'), 'utf8');
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    css = { body, path: `/publik/aset/portal.${hash}.css` };
  }
  return css;
}

/** The stylesheet's URL (with its hash). */
export function portalCssPath(): string {
  return load().path;
}

/** The stylesheet's text. */
export function portalCss(): string {
  return load().body;
}
