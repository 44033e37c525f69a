/**
 * Rankings (issue 13): the released results of one government type and year, ranked by the shown
 * score, with the number assessed, and a province filter. Every choice is a plain link or a GET
 * form; a choice the page does not know falls back to the default with a notice (never an error).
 */
import { GOVERNMENT_TYPES, type GovernmentType } from '../../../shared/contracts/enums';
import type { PublicResult } from '../../../shared/contracts/public';
import type { Executor } from '../../db/client';
import { categoryLabel, score, sourceLabel, zoneBadge } from './government-fragments';
import { govPath } from './government-page';
import { href, html, page } from './html';
import { tp, type PublicLang } from './public-i18n';
import { publicResults, publicYears } from './public.service';

export const DEFAULT_TYPE: GovernmentType = 'pemkab';

export interface RankingQuery {
  type: GovernmentType;
  year: number | null;
  province: string | null;
  /** A parameter was given but not understood (the page says so). */
  fellBack: boolean;
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads `jenis`, `tahun` and `provinsi`; anything unknown becomes the default and sets `fellBack`. */
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
  return { type, year, province, fellBack };
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
  const shown = (province === null ? all : all.filter((r) => r.provinceCode === province)).sort(byRank);
  const typeLabel = tp(lang, `type.${q.type}`);
  const title = tp(lang, 'rank.title', { type: typeLabel, year: q.year ?? '' }).trim();
  const keep = { jenis: q.type, tahun: q.year ?? undefined, provinsi: province ?? undefined };
  const body = html`<h1>${title}</h1>
    ${fellBack ? html`<p class="notice" role="status">${tp(lang, 'rank.badParams')}</p>` : ''}
    <nav aria-label="${tp(lang, 'rank.type')}">
      <ul class="pills">
        ${GOVERNMENT_TYPES.map(
          (t) =>
            html`<li>
              <a
                href="${href('/publik/peringkat', lang, { ...keep, jenis: t, provinsi: undefined })}"
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
      <button type="submit">${tp(lang, 'rank.filter')}</button>
    </form>
    <p data-testid="rank-assessed"><strong>${tp(lang, 'rank.assessed', { n: all.length })}</strong></p>
    ${
      shown.length === 0
        ? html`<p class="notice">${tp(lang, 'rank.none')}</p>`
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
          </div>`
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
