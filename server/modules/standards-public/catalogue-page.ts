/**
 * /publik/layanan — the public catalogue of service standards: one search box (government, unit or
 * service name) and a government filter, results grouped government → unit → service, a page
 * number. A plain GET form: works without JavaScript.
 */
import { formatNumber } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { govPath } from '../public/government-page';
import { href, html, page, type Raw } from '../public/html';
import { tp, type PublicLang } from '../public/public-i18n';
import { readSearchQuery, SEARCH_MAX, SEARCH_MIN } from '../public/search-page';
import { durationText } from './component-text';
import {
  catalogueGovernment,
  catalogueGovernments,
  searchCatalogue,
  type CataloguePage,
} from './catalog.service';
import './catalog-i18n';
import { CATALOGUE_PATH, servicePath } from './paths';

/** Pages beyond this are refused (nobody reads page 500 of a catalogue; the offset stays cheap). */
export const MAX_PAGE = 500;
const GOV_KEY = /^(\d{2}(\.\d{2})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export interface CatalogueQuery {
  q: string;
  words: string[];
  gKey: string | null;
  page: number;
  problems: Array<'sp.invalidQ' | 'sp.invalidGov' | 'sp.invalidPage'>;
}

/** `?q=&g=&halaman=` read by hand: the values, or what is wrong with them (→ 400 page). */
export function readCatalogueQuery(query: unknown): CatalogueQuery {
  const raw = (query ?? {}) as Record<string, unknown>;
  const problems: CatalogueQuery['problems'] = [];
  const q = readSearchQuery(raw.q);
  if (q.kind === 'invalid') problems.push('sp.invalidQ');
  let gKey: string | null = null;
  if (raw.g !== undefined && raw.g !== '') {
    if (typeof raw.g === 'string' && GOV_KEY.test(raw.g)) gKey = raw.g.toLowerCase();
    else problems.push('sp.invalidGov');
  }
  let pageNo = 1;
  if (raw.halaman !== undefined && raw.halaman !== '') {
    const n = typeof raw.halaman === 'string' && /^\d{1,4}$/.test(raw.halaman) ? Number(raw.halaman) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE) pageNo = n;
    else problems.push('sp.invalidPage');
  }
  const text = q.kind === 'empty' ? '' : q.q;
  const words = q.kind === 'ok' ? text.toLowerCase().split(' ').filter(Boolean).slice(0, 6) : [];
  return { q: text, words, gKey, page: pageNo, problems };
}

function searchForm(
  lang: PublicLang,
  q: string,
  gKey: string | null,
  governments: Array<{ key: string; name: string }>,
): Raw {
  return html`<form class="form-row catalogue-form" action="${CATALOGUE_PATH}" method="get" role="search">
    <label for="layanan-q"
      >${tp(lang, 'sp.searchLabel')}<input
        id="layanan-q"
        type="search"
        name="q"
        value="${q}"
        minlength="${SEARCH_MIN}"
        maxlength="${SEARCH_MAX}"
        autocomplete="off"
    /></label>
    <label for="layanan-g"
      >${tp(lang, 'sp.govLabel')}<select id="layanan-g" name="g">
        <option value="">${tp(lang, 'sp.govAll')}</option>
        ${governments.map(
          (g) =>
            html`<option value="${g.key}" ${g.key.toLowerCase() === gKey ? html`selected` : ''}>
              ${g.name}
            </option>`,
        )}
      </select></label
    >
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    <button type="submit">${tp(lang, 'sp.searchButton')}</button>
  </form>`;
}

function results(lang: PublicLang, r: CataloguePage): Raw {
  return html`${r.groups.map(
    (g) =>
      html`<section
        class="card catalogue-group"
        aria-labelledby="g-${g.government.id}"
        data-testid="catalogue-government"
      >
        <h2 id="g-${g.government.id}">
          <a href="${href(govPath(g.government.key), lang)}">${g.government.name}</a>
        </h2>
        ${g.units.map(
          (u) =>
            html`<h3>${u.name}</h3>
              <ul class="service-list">
                ${u.services.map(
                  (s) =>
                    html`<li>
                      <a href="${href(servicePath(s.productId), lang)}">${s.name}</a>
                      <span class="muted"
                        >${[
                          s.duration ? tp(lang, 'sp.time', { time: durationText(s.duration, lang) }) : null,
                          s.free === null ? null : tp(lang, s.free ? 'sp.free' : 'sp.paid'),
                        ]
                          .filter(Boolean)
                          .join(' · ')}</span
                      >
                    </li>`,
                )}
              </ul>`,
        )}
      </section>`,
  )}`;
}

function pager(lang: PublicLang, r: CataloguePage, q: string, gKey: string | null): Raw | string {
  if (r.pages <= 1) return '';
  const at = (n: number) => href(CATALOGUE_PATH, lang, { q, g: gKey, halaman: n > 1 ? n : undefined });
  return html`<nav class="pager" aria-label="${tp(lang, 'sp.pagination')}">
    ${r.page > 1 ? html`<a rel="prev" href="${at(r.page - 1)}">${tp(lang, 'sp.prev')}</a>` : ''}
    <span
      >${tp(lang, 'sp.pages', { page: formatNumber(r.page, lang), pages: formatNumber(r.pages, lang) })}</span
    >
    ${r.page < r.pages ? html`<a rel="next" href="${at(r.page + 1)}">${tp(lang, 'sp.next')}</a>` : ''}
  </nav>`;
}

/** The catalogue page (200), or with `problems` the same page saying what was wrong (the route sends 400). */
export async function renderCataloguePage(
  db: Executor,
  lang: PublicLang,
  path: string,
  query: CatalogueQuery,
  /** The filter's governments (the route keeps them between renders); read here when not given. */
  governmentList: () => Promise<Array<{ key: string; name: string }>> = () => catalogueGovernments(db),
): Promise<string> {
  const governments = await governmentList();
  const title = tp(lang, 'sp.title');
  let body: Raw;
  if (query.problems.length > 0) {
    body = html`<ul class="notice" role="alert">
      ${query.problems.map((p) => html`<li>${tp(lang, p)}</li>`)}
    </ul>`;
  } else {
    const gov = query.gKey ? await catalogueGovernment(db, query.gKey) : null;
    const found = await searchCatalogue(db, { words: query.words, governmentId: gov?.id, page: query.page });
    const filtered = query.words.length > 0 || gov !== null;
    body = html`${query.gKey && !gov ? html`<p class="notice" role="status">${tp(lang, 'sp.unknownGov')}</p>` : ''}
    ${
      found.groups.length === 0
        ? html`<p class="notice" role="status" data-testid="catalogue-empty">
            ${tp(lang, filtered || found.total > 0 ? 'sp.none' : 'sp.noneAtAll')}
          </p>`
        : html`<p role="status">${tp(lang, 'sp.count', { count: formatNumber(found.total, lang) })}</p>
            ${results(lang, found)} ${pager(lang, found, query.q, gov ? query.gKey : null)}`
    }`;
  }
  return page({
    lang,
    path,
    title: query.q ? `${title} — “${query.q}”` : title,
    description: tp(lang, 'sp.description'),
    current: 'services',
    body: html`<h1>${title}</h1>
      <p class="muted">${tp(lang, 'sp.lead')}</p>
      ${searchForm(lang, query.q, query.gKey, governments)} ${body}`,
  });
}
