/**
 * The survey pages' stylesheet (assets/survei.css, about 1 KB gzipped), served under a name carrying
 * its content hash so a browser keeps it for a year. The pages carry no script at all.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../lib/paths';
import { html, type Raw } from '../public/html';

interface Asset {
  body: string;
  path: string;
}

let css: Asset | undefined;

function load(): Asset {
  if (!css) {
    const body = fs.readFileSync(
      path.join(projectRoot(), 'server/modules/surveys-public/assets/survei.css'),
      'utf8',
    );
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 10);
    css = { body, path: `/publik/survei/aset/survei.${hash}.css` };
  }
  return css;
}

export const surveyAssets = {
  /** A stylesheet link (body-ok) for the survey pages. */
  styleLink: (): Raw => html`<link rel="stylesheet" href="${load().path}" />`,
  /** The stylesheet when a request path names it, else undefined. */
  byPath: (requested: string): Asset | undefined => (load().path === requested ? load() : undefined),
};
