/**
 * Two or three governments side by side (issue 13): a GET form of up to three inputs (a region
 * code, a government id or a name), and the comparison in the newest year they all have plus
 * each one's latest result. A name matching several governments lists the choices as links.
 */
import type { PublicGovernment, PublicResultDetail, PublicSearchHit } from '../../../shared/contracts/public';
import { EMPTY } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { categoryLabel, score, sourceLabel, zoneBadge } from './government-fragments';
import { govPath } from './government-page';
import { href, html, page, type Raw } from './html';
import { tp, type PublicLang } from './public-i18n';
import { publicGovernment, publicSearch } from './public.service';

export const MAX_COMPARE = 3;
const KEY = /^(\d{2}(\.\d{2})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The `g` values of the query: strings only, trimmed, blanks dropped, each at most 100 characters. */
export function compareInputs(query: Record<string, unknown>): { inputs: string[]; tooMany: boolean } {
  const raw = ([query.g].flat().filter((v) => typeof v === 'string') as string[])
    .map((v) => v.trim().slice(0, 100))
    .filter((v) => v.length > 0);
  return { inputs: raw.slice(0, MAX_COMPARE), tooMany: raw.length > MAX_COMPARE };
}

type Resolved =
  | { input: string; gov: PublicGovernment }
  | { input: string; choices: PublicSearchHit[] }
  | { input: string; missing: true };

async function resolve(db: Executor, input: string): Promise<Resolved> {
  if (KEY.test(input)) {
    const gov = await publicGovernment(db, input);
    if (gov) return { input, gov };
  }
  const hits = await publicSearch(db, input, 8);
  const exact = hits.filter((h) => h.name.toLowerCase() === input.toLowerCase());
  const pick = hits.length === 1 ? hits[0] : exact.length === 1 ? exact[0] : undefined;
  if (pick) {
    const gov = await publicGovernment(db, pick.key);
    if (gov) return { input, gov };
  }
  if (hits.length === 0) return { input, missing: true };
  return { input, choices: hits };
}

type Col = { gov: PublicGovernment; r: PublicResultDetail | undefined };

/** "Pemerintah Kabupaten X" loses its first word on a phone, where three names share 390 px. */
function shortOnPhone(name: string): Raw | string {
  const m = /^(Pemerintah) (.+)$/.exec(name);
  return m ? html`<span class="wide-only">${m[1]} </span>${m[2]}` : name;
}

function table(lang: PublicLang, caption: string, cols: Col[], testid: string): Raw {
  const codes = [...new Set(cols.flatMap((c) => c.r?.dimensions.map((d) => d.code) ?? []))];
  const dimName = (code: string) =>
    cols.flatMap((c) => c.r?.dimensions ?? []).find((d) => d.code === code)?.name[lang] ?? code;
  const line = (label: string, cell: (c: Col) => Raw | string, num = false) =>
    html`<tr>
      <th scope="row">${label}</th>
      ${cols.map((c) => html`<td class="${num ? 'num' : ''}">${c.r ? cell(c) : EMPTY}</td>`)}
    </tr>`;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}">
    <table class="compare" data-testid="${testid}">
      <thead>
        <tr>
          <th scope="col">${tp(lang, 'cmp.item')}</th>
          ${cols.map(
            (c) =>
              html`<th scope="col">
                <a href="${href(govPath(c.gov.government.key), lang)}"
                  >${shortOnPhone(c.gov.government.name)}</a
                >
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${line(tp(lang, 'gov.year'), (c) => String(c.r!.year))}
        ${line(tp(lang, 'gov.score'), (c) => score(lang, c.r!.shown.score), true)}
        ${line(tp(lang, 'gov.zone'), (c) => zoneBadge(lang, c.r!.shown.zone))}
        ${line(tp(lang, 'gov.category'), (c) => categoryLabel(lang, c.r!.shown))}
        ${codes.map((code) =>
          line(dimName(code), (c) => score(lang, c.r!.dimensions.find((d) => d.code === code)?.score), true),
        )}
        ${line(tp(lang, 'cmp.unitsCount'), (c) => (c.r!.cycleId ? String(c.r!.units.length) : EMPTY), true)}
        ${line(tp(lang, 'gov.source'), (c) => sourceLabel(lang, c.r!.source))}
      </tbody>
    </table>
  </div>`;
}

/** The comparison page for the query's `g` values. */
export async function renderComparePage(
  db: Executor,
  lang: PublicLang,
  path: string,
  query: Record<string, unknown>,
): Promise<string> {
  const { inputs, tooMany } = compareInputs(query);
  const resolved: Resolved[] = [];
  for (const input of inputs) resolved.push(await resolve(db, input));
  const govs: PublicGovernment[] = [];
  for (const r of resolved)
    if ('gov' in r && !govs.some((g) => g.government.id === r.gov.government.id)) govs.push(r.gov);
  // The keys to keep in a choice link: the other inputs as typed (resolved ones by key).
  const asKey = (r: Resolved) => ('gov' in r ? r.gov.government.key : r.input);
  const messages = resolved.flatMap((r, i) => {
    if ('missing' in r)
      return [html`<p class="notice" role="status">${tp(lang, 'cmp.notFound', { q: r.input })}</p>`];
    if ('choices' in r)
      return [
        html`<div class="notice" role="status">
          <p>${tp(lang, 'cmp.choose', { q: r.input })}</p>
          <ul>
            ${r.choices.map((h) => {
              const g = resolved.map((x, j) => (j === i ? h.key : asKey(x)));
              return html`<li>
                <a href="${href('/publik/bandingkan', lang, { g })}">${h.name}</a>
                ${h.provinceName ? html`<span class="muted">(${h.provinceName})</span>` : ''}
              </li>`;
            })}
          </ul>
        </div>`,
      ];
    return [];
  });
  const values = [...resolved.map((r) => ('gov' in r ? r.gov.government.name : r.input))];
  while (values.length < MAX_COMPARE) values.push('');
  const form = html`<form class="form-row" action="/publik/bandingkan" method="get">
    ${values.map(
      (v, i) =>
        html`<label
          >${tp(lang, 'cmp.field', { n: i + 1 })}<input type="search" name="g" value="${v}" maxlength="100"
        /></label>`,
    )}
    ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
    <button type="submit">${tp(lang, 'cmp.submit')}</button>
  </form>`;
  let result: Raw | string = '';
  if (govs.length >= 2) {
    const yearSets = govs.map((g) => new Set(g.results.map((r) => r.year)));
    const common = [...yearSets[0]!].filter((y) => yearSets.every((s) => s.has(y))).sort((a, b) => b - a)[0];
    result = html`${
        common !== undefined
          ? html`<h2>${tp(lang, 'cmp.common', { year: common })}</h2>
              ${table(
                lang,
                tp(lang, 'cmp.common', { year: common }),
                govs.map((gov) => ({ gov, r: gov.results.find((r) => r.year === common) })),
                'compare-common',
              )}`
          : html`<p class="notice">${tp(lang, 'cmp.noCommon')}</p>`
      }
      <h2>${tp(lang, 'cmp.latest')}</h2>
      ${table(
        lang,
        tp(lang, 'cmp.latest'),
        govs.map((gov) => ({ gov, r: gov.results[0] })),
        'compare-latest',
      )}`;
  } else if (inputs.length > 0) {
    result = html`<p class="notice">${tp(lang, 'cmp.needTwo')}</p>`;
  }
  const body = html`<h1>${tp(lang, 'cmp.title')}</h1>
    <p>${tp(lang, 'cmp.help')}</p>
    ${tooMany ? html`<p class="notice" role="status" data-testid="too-many">${tp(lang, 'cmp.tooMany')}</p>` : ''}
    ${form} ${messages} ${result}`;
  return page({
    lang,
    path,
    title:
      govs.length >= 2
        ? `${tp(lang, 'cmp.title')}: ${govs.map((g) => g.government.name).join(' · ')}`
        : tp(lang, 'cmp.title'),
    description: tp(lang, 'cmp.description'),
    body,
    current: 'compare',
  });
}
