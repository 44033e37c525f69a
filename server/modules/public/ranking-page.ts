/**
 * Rankings (issue 13): the released results of one government type and year, ranked by the shown
 * score, with the number assessed, a province filter and a name filter (`q`), fifty rows a page
 * (`halaman`; 416 regencies made a 44,000 px page on a phone). The rank is always the national one.
 * Every choice is a plain link or a GET form; a choice the page does not know falls back to the
 * default with a notice (never an error).
 */
import { formatNumber } from '../../../shared/format/format';
import { GOVERNMENT_TYPES, type GovernmentType } from '../../../shared/contracts/enums';
import type { PublicResult } from '../../../shared/contracts/public';
import type { Executor } from '../../db/client';
import { categoryLabel, score, sourceLabel, zoneBadge } from './government-fragments';
import { govPath } from './government-page';
import './government-i18n';
import { href, html, page } from './html';
import { tp, type PublicLang } from './public-i18n';
import { publicResults, publicYears } from './public.service';

export const DEFAULT_TYPE: GovernmentType = 'pemkab';

/** Rows on one page of the ranking. */
export const RANKING_PAGE_SIZE = 50;

/** The longest name filter the page reads (the longest government name is under 60 characters). */
const NAME_MAX = 80;

export interface RankingQuery {
  type: GovernmentType;
  year: number | null;
  province: string | null;
  /** Part of a government's name (trimmed, any case), or null for all. */
  name: string | null;
  /** The page asked for, from 1 (checked against the number of pages when the rows are known). */
  page: number;
  /** A parameter was given but not understood (the page says so). */
  fellBack: boolean;
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads `jenis`, `tahun`, `provinsi`, `q` and `halaman`; anything unknown becomes the default and sets `fellBack`. */
export function parseRankingQuery(query: Record<string, unknown>, years: number[]): RankingQuery {
  let fellBack = false;
  const jenis = query.jenis;
  let type = DEFAULT_TYPE;
  if (jenis !== undefined) {
    const j = one(jenis);
    if (j && (GOVERNMENT_TYPES as readonly string[]).includes(j)) type = j as GovernmentType;
    else fellBack = true;
  }
  let year = years[0] ?? null;
  if (query.tahun !== undefined) {
    const t = one(query.tahun);
    const n = t && /^\d{4}$/.test(t) ? Number(t) : NaN;
    if (years.includes(n)) year = n;
    else fellBack = true;
  }
  let province: string | null = null;
  if (query.provinsi !== undefined && query.provinsi !== '') {
    const p = one(query.provinsi);
    if (p && /^\d{2}$/.test(p)) province = p;
    else fellBack = true;
  }
  let name: string | null = null;
  if (query.q !== undefined) {
    const n = one(query.q)?.trim();
    if (n === undefined || n.length > NAME_MAX) fellBack = true;
    else if (n !== '') name = n;
  }
  let page = 1;
  if (query.halaman !== undefined) {
    const h = one(query.halaman);
    if (h && /^[1-9]\d{0,3}$/.test(h)) page = Number(h);
    else fellBack = true;
  }
  return { type, year, province, name, page, fellBack };
}

function row(lang: PublicLang, r: PublicResult) {
  return html`<tr>
    <td class="num">${r.rank ?? '—'}</td>
    <th scope="row">
      <a href="${href(govPath(r.key), lang)}">${r.name}</a>
      <span class="narrow-only sub">${r.provinceName ?? '—'}</span>
    </th>
    <td class="wide-only">${r.provinceName ?? '—'}</td>
    <td class="num">${score(lang, r.shown.score)}</td>
    <td>${categoryLabel(lang, r.shown)}</td>
    <td>${zoneBadge(lang, r.shown.zone)}</td>
    <td>${sourceLabel(lang, r.source)}</td>
  </tr>`;
}

const byRank = (a: PublicResult, b: PublicResult) =>
  (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'id');

export interface RankingRows {
  /** Every result of the province and name, by rank. */
  matching: PublicResult[];
  /** The page's rows. */
  shown: PublicResult[];
  /** Index in `matching` of the first shown row. */
  first: number;
  /** The page shown (1 when the one asked for is past the last). */
  page: number;
  pages: number;
  outOfRange: boolean;
}

/** The rows of one page: the province's, whose name contains `name` (any case), by rank. */
export function rankingRows(
  all: PublicResult[],
  o: { province: string | null; name: string | null; page: number },
): RankingRows {
  const needle = o.name?.toLocaleLowerCase('id') ?? null;
  const matching = all
    .filter((r) => o.province === null || r.provinceCode === o.province)
    .filter((r) => needle === null || r.name.toLocaleLowerCase('id').includes(needle))
    .sort(byRank);
  const pages = Math.max(1, Math.ceil(matching.length / RANKING_PAGE_SIZE));
  const outOfRange = o.page > pages;
  const page = outOfRange ? 1 : o.page;
  const first = (page - 1) * RANKING_PAGE_SIZE;
  return {
    matching,
    shown: matching.slice(first, first + RANKING_PAGE_SIZE),
    first,
    page,
    pages,
    outOfRange,
  };
}

/** The rankings page for the (already parsed) query. */
export async function renderRankingPage(
  db: Executor,
  lang: PublicLang,
  path: string,
  query: Record<string, unknown>,
): Promise<string> {
  const years = await publicYears(db);
  const q = parseRankingQuery(query, years);
  const all = q.year === null ? [] : await publicResults(db, { year: q.year, type: q.type });
  return rankingPageHtml(lang, path, years, q, all);
}

/** The page for a parsed query, given the years released and the type and year's results. */
export function rankingPageHtml(
  lang: PublicLang,
  path: string,
  years: number[],
  q: RankingQuery,
  all: PublicResult[],
): string {
  const provinces = [
    ...new Map(
      all.filter((r) => r.provinceCode).map((r) => [r.provinceCode!, r.provinceName ?? r.provinceCode!]),
    ),
  ].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  let fellBack = q.fellBack;
  let province = q.province;
  if (province !== null && !provinces.some(([code]) => code === province)) {
    province = null;
    fellBack = true;
  }
  const {
    matching,
    shown,
    first,
    page: pageNo,
    pages,
    outOfRange,
  } = rankingRows(all, { province, name: q.name, page: q.page });
  if (outOfRange) fellBack = true;
  const typeLabel = tp(lang, `type.${q.type}`);
  const title = tp(lang, 'rank.title', { type: typeLabel, year: q.year ?? '' }).trim();
  const keep = {
    jenis: q.type,
    tahun: q.year ?? undefined,
    provinsi: province ?? undefined,
    q: q.name ?? undefined,
  };
  const pageLink = (n: number, label: string, rel: string) =>
    html`<a
      href="${href('/publik/peringkat', lang, { ...keep, halaman: n > 1 ? n : undefined })}"
      rel="${rel}"
      >${label}</a
    >`;
  const pager =
    pages > 1
      ? html`<nav class="pager" aria-label="${tp(lang, 'rank.pages')}" data-testid="rank-pager">
          ${pageNo > 1 ? pageLink(pageNo - 1, tp(lang, 'rank.previous'), 'prev') : ''}
          <span
            >${tp(lang, 'rank.pageOf', { page: formatNumber(pageNo, lang), pages: formatNumber(pages, lang) })}</span
          >
          ${pageNo < pages ? pageLink(pageNo + 1, tp(lang, 'rank.next'), 'next') : ''}
        </nav>`
      : '';
  const body = html`<h1>${title}</h1>
    ${fellBack ? html`<p class="notice" role="status">${tp(lang, 'rank.badParams')}</p>` : ''}
    <nav aria-label="${tp(lang, 'rank.type')}">
      <ul class="pills">
        ${GOVERNMENT_TYPES.map(
          (t) =>
            html`<li>
              <a
                href="${href('/publik/peringkat', lang, { ...keep, jenis: t, provinsi: undefined, q: undefined })}"
                ${t === q.type ? html` aria-current="true"` : ''}
                >${tp(lang, `type.${t}`)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>
    ${
      years.length > 0
        ? html`<nav aria-label="${tp(lang, 'rank.year')}">
            <ul class="pills">
              ${years.map(
                (y) =>
                  html`<li>
                    <a
                      href="${href('/publik/peringkat', lang, { ...keep, tahun: y })}"
                      ${y === q.year ? html` aria-current="true"` : ''}
                      >${y}</a
                    >
                  </li>`,
              )}
            </ul>
          </nav>`
        : html`<p class="notice">${tp(lang, 'rank.noYears')}</p>`
    }
    <form class="form-row" action="/publik/peringkat" method="get">
      <input type="hidden" name="jenis" value="${q.type}" />
      ${q.year !== null ? html`<input type="hidden" name="tahun" value="${q.year}" />` : ''}
      ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
      <label
        >${tp(lang, 'rank.province')}
        <select name="provinsi">
          <option value="">${tp(lang, 'rank.allProvinces')}</option>
          ${provinces.map(
            ([code, name]) =>
              html`<option value="${code}" ${code === province ? html` selected` : ''}>${name}</option>`,
          )}
        </select>
      </label>
      <label
        >${tp(lang, 'rank.nameFilter')}
        <input type="search" name="q" value="${q.name ?? ''}" maxlength="${NAME_MAX}" autocomplete="off" />
      </label>
      <button type="submit">${tp(lang, 'rank.filter')}</button>
    </form>
    <p data-testid="rank-assessed"><strong>${tp(lang, 'rank.assessed', { n: all.length })}</strong></p>
    ${
      matching.length > 0 && (pages > 1 || matching.length < all.length)
        ? html`<p role="status" data-testid="rank-showing">
            ${tp(lang, 'rank.showing', {
              from: formatNumber(first + 1, lang),
              to: formatNumber(first + shown.length, lang),
              n: formatNumber(matching.length, lang),
            })}
          </p>`
        : ''
    }
    ${
      shown.length === 0
        ? html`<p class="notice">
            ${tp(lang, q.name !== null && all.length > 0 ? 'rank.noName' : 'rank.none')}
          </p>`
        : html`<div class="table-scroll" tabindex="0" role="region" aria-label="${title}">
              <table data-testid="ranking">
                <thead>
                  <tr>
                    <th scope="col" class="num">${tp(lang, 'rank.rank')}</th>
                    <th scope="col">${tp(lang, 'rank.name')}</th>
                    <th scope="col" class="wide-only">${tp(lang, 'rank.province')}</th>
                    <th scope="col" class="num">${tp(lang, 'gov.score')}</th>
                    <th scope="col">${tp(lang, 'gov.category')}</th>
                    <th scope="col">${tp(lang, 'gov.zone')}</th>
                    <th scope="col">${tp(lang, 'gov.source')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map((r) => row(lang, r))}
                </tbody>
              </table>
            </div>
            ${pager}`
    }`;
  return page({
    lang,
    path,
    title,
    description: tp(lang, 'rank.description', { type: typeLabel.toLowerCase(), year: q.year ?? '' }),
    body,
    current: 'ranking',
  });
}
