/**
 * The report pages' own stylesheet and script (assets/lapor.css, assets/lapor.js: a few KB
 * gzipped), each served under a name carrying its content hash, so a browser keeps it for a year
 * and a new version is a new URL. The pages work without either.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths';
import { html, type Raw } from '../public/html';

interface Asset {
  body: string;
  path: string;
  type: string;
}

const loaded = new Map<string, Asset>();

function load(name: 'lapor.css' | 'lapor.js'): Asset {
  let asset = loaded.get(name);
  if (!asset) {
    const body = fs.readFileSync(
      path.join(projectRoot(), 'server/modules/complaints-public/assets', name),
      'utf8',
    );
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    const [base, ext] = name.split('.');
    asset = {
      body,
      path: `/publik/lapor/aset/${base}.${hash}.${ext}`,
      type: ext === 'css' ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
    };
    loaded.set(name, asset);
  }
  return asset;
}

export const laporAssets = {
  scriptPath: (): string => load('lapor.js').path,
  /** A stylesheet link (body-ok) for the report pages. */
  styleLink: (): Raw => html`<link rel="stylesheet" href="${load('lapor.css').path}" />`,
  /** The asset a request path names, or undefined. */
  byPath(requested: string): Asset | undefined {
    return [load('lapor.css'), load('lapor.js')].find((a) => a.path === requested);
  },
};
