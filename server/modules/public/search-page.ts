/**
 * /publik/cari?q= — governments by name (publicSearch: any government, with its newest released
 * zone), and the small pages the home shares with it: the search form and the "address could not
 * be read" page (400 with the portal's layout, never a bare error).
 */
import { formatNumber } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { th, type HomeKey } from './home-i18n';
import { href, html, page, type Raw } from './html';
import { tp, type PublicLang } from './public-i18n';
import { publicSearch } from './public.service';

export const SEARCH_MIN = 2;
export const SEARCH_MAX = 100;

/** The search form (GET, works without JavaScript). */
export function searchForm(lang: PublicLang, value = ''): Raw {
  return html`<form class="form-row" action="/publik/cari" method="get" role="search">
    <label for="cari-q">${th(lang, 'home.searchLabel')}</label>
    <input
      id="cari-q"
      type="search"
      name="q"
      value="${value}"
      minlength="${SEARCH_MIN}"
      maxlength="${SEARCH_MAX}"
      required
      autocomplete="off"
    />
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    <button type="submit">${th(lang, 'home.searchButton')}</button>
  </form>`;
}

/** What the search box holds: absent, valid (trimmed), or invalid (wrong length or repeated). */
export function readSearchQuery(
  raw: unknown,
): { kind: 'empty' } | { kind: 'ok'; q: string } | { kind: 'invalid'; q: string } {
  if (raw === undefined) return { kind: 'empty' };
  if (typeof raw !== 'string') return { kind: 'invalid', q: '' };
  const q = raw.replace(/\s+/g, ' ').trim();
  if (q === '' && raw.length <= SEARCH_MAX) return { kind: 'empty' };
  if ([...q].length < SEARCH_MIN || [...q].length > SEARCH_MAX)
    return { kind: 'invalid', q: q.slice(0, SEARCH_MAX) };
  return { kind: 'ok', q };
}

/** The search page for a valid, empty or invalid query. */
export async function renderSearchPage(
  db: Executor,
  lang: PublicLang,
  path: string,
  query: ReturnType<typeof readSearchQuery>,
): Promise<string> {
  let results: Raw;
  if (query.kind === 'empty') {
    results = html`<p class="muted">${th(lang, 'search.hint')}</p>`;
  } else if (query.kind === 'invalid') {
    results = html`<p class="notice" role="alert">${th(lang, 'search.invalid')}</p>`;
  } else {
    const hits = await publicSearch(db, query.q);
    results =
      hits.length === 0
        ? html`<p class="notice" role="status">${th(lang, 'search.none', { q: query.q })}</p>`
        : html`<p role="status">${th(lang, 'search.count', { count: formatNumber(hits.length, lang) })}</p>
            <div class="table-scroll" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${th(lang, 'col.name')}</th>
                    <th scope="col">${th(lang, 'col.type')}</th>
                    <th scope="col">${th(lang, 'col.province')}</th>
                    <th scope="col">${th(lang, 'col.latest')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${hits.map(
                    (h) =>
                      html`<tr>
                        <th scope="row">
                          <a href="${href(`/publik/pemerintah/${encodeURIComponent(h.key)}`, lang)}"
                            >${h.name}</a
                          >
                        </th>
                        <td>${tp(lang, `type.${h.type}`)}</td>
                        <td>${h.provinceName ?? '—'}</td>
                        <td>
                          ${
                            h.latestYear === null
                              ? html`<span class="muted">${th(lang, 'search.notReleased')}</span>`
                              : h.latestZone
                                ? html`<span class="badge z-${h.latestZone}"
                                      >${th(lang, `zone.${h.latestZone}`)}</span
                                    >
                                    ${h.latestYear}`
                                : String(h.latestYear)
                          }
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`;
  }
  const title = query.kind === 'ok' ? th(lang, 'search.titleFor', { q: query.q }) : th(lang, 'search.title');
  return page({
    lang,
    path,
    title,
    description: th(lang, 'search.description'),
    body: html`<h1>${title}</h1>
      ${searchForm(lang, query.kind === 'empty' ? '' : query.q)}${results}`,
  });
}

/** A 400 page in the portal's layout: what was wrong and the way back. */
export function badRequestPage(lang: PublicLang, path: string, problems: HomeKey[]): string {
  return page({
    lang,
    path,
    title: th(lang, 'bad.title'),
    description: th(lang, 'bad.title'),
    body: html`<h1>${th(lang, 'bad.title')}</h1>
      <ul class="notice" role="alert">
        ${problems.map((p) => html`<li>${th(lang, p)}</li>`)}
      </ul>
      <p><a href="${href('/publik', lang)}">${th(lang, 'bad.back')}</a></p>
      ${searchForm(lang)}`,
  });
}
