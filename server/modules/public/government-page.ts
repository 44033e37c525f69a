/**
 * The government page (issue 13): one page per government. The body is a list of section
 * renderers (GOVERNMENT_SECTIONS): the later capabilities — published service standards, IKM,
 * complaint statistics, follow-ups — each append a section here rather than a page of their own.
 */
import type { PublicGovernment, PublicResultDetail } from '../../../shared/contracts/public';
import { formatDate, formatNumber } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import {
  categoryLabel,
  computedDiffers,
  shortName,
  score,
  sourceLabel,
  zoneBadge,
  zoneLabel,
} from './government-fragments';
import { href, html, page, type Raw } from './html';
import { tp, type PublicLang } from './public-i18n';
import { trendCharts } from './trend-chart';
import { complaintsSection } from '../complaint-stats/public-complaints.section';
import { standardsSection } from '../standards-public/government-section';
import { followupsSection } from '../followup-reports/public-followups.section';

export interface GovernmentPageContext {
  lang: PublicLang;
  db: Executor;
  gov: PublicGovernment;
  /** Absolute URL of this page (with `lang`), for sharing. */
  pageUrl: string;
  /** Absolute URL of the government's badge. */
  badgeUrl: string;
}

/** One part of the page; renders nothing (null) when it has nothing to say. */
export interface GovernmentSection {
  id: string;
  render: (c: GovernmentPageContext) => Raw | null | Promise<Raw | null>;
}

export const govPath = (key: string) => `/publik/pemerintah/${encodeURIComponent(key)}`;
export const badgePath = (key: string) => `/publik/lencana/${encodeURIComponent(key)}.svg`;

function header({ lang, gov: { government: g } }: GovernmentPageContext): Raw {
  const safeSite = g.website && /^https?:\/\//i.test(g.website) ? g.website : null;
  return html`<p class="muted">${tp(lang, `type.${g.type}`)}</p>
    <h1>${g.name}</h1>
    <ul class="facts">
      ${
        g.provinceName && g.type !== 'pemprov'
          ? html`<li>${tp(lang, 'gov.province')}: ${g.provinceName}</li>`
          : ''
      }
      <li>${tp(lang, 'gov.office')}: ${g.officeName}</li>
      ${
        safeSite
          ? html`<li>
              ${tp(lang, 'gov.website')}: <a href="${safeSite}" rel="nofollow noopener">${safeSite}</a>
            </li>`
          : ''
      }
    </ul>`;
}

/** The headline figure of a result: zone, score, category, source, and Patuh's beside an official one. */
function figure(lang: PublicLang, r: PublicResultDetail): Raw {
  return html`<p>${zoneBadge(lang, r.shown.zone)}</p>
    ${
      r.shown.score !== null
        ? html`<p>
            <span class="muted">${tp(lang, 'gov.score')}</span><br /><span class="big-figure"
              >${score(lang, r.shown.score)}</span
            >
          </p>`
        : ''
    }
    ${
      r.shown.band || r.shown.opinion
        ? html`<p>
            ${tp(lang, r.shown.opinion ? 'gov.opinion' : 'gov.category')}:
            <strong>${categoryLabel(lang, r.shown)}</strong>
          </p>`
        : ''
    }
    <p>
      <span class="badge source-${r.source}" style="border: 1px solid #8a939c"
        >${sourceLabel(lang, r.source)}</span
      >
    </p>
    ${
      r.source === 'official' && r.computed?.score !== null && r.computed
        ? html`<p class="muted">
            ${
              computedDiffers(r)
                ? tp(lang, 'gov.computedBeside', { score: score(lang, r.computed.score) })
                : tp(lang, 'gov.computedSame')
            }
          </p>`
        : ''
    }
    ${
      r.rank !== null
        ? html`<p>
            <a href="${href('/publik/peringkat', lang, { jenis: r.type, tahun: r.year })}"
              >${tp(lang, 'gov.rank', {
                rank: r.rank,
                assessed: r.assessed,
                type: tp(lang, `type.${r.type}`).toLowerCase(),
              })}</a
            >
          </p>`
        : ''
    }`;
}

function latest({ lang, gov }: GovernmentPageContext): Raw {
  const r = gov.results[0];
  if (!r) return html`<p class="notice" data-testid="gov-empty">${tp(lang, 'gov.empty')}</p>`;
  return html`<section class="card" aria-labelledby="terbaru" data-testid="gov-latest">
    <h2 id="terbaru">${tp(lang, 'gov.latest', { year: r.year })}</h2>
    ${figure(lang, r)}
    ${
      r.cycleId
        ? html`<p class="muted">${tp(lang, 'gov.released', { date: formatDate(r.releasedAt, lang) })}</p>`
        : ''
    }
  </section>`;
}

function trend({ lang, gov }: GovernmentPageContext): Raw | null {
  if (gov.results.length === 0) return null;
  return html`<section aria-labelledby="tren">
    <h2 id="tren">${tp(lang, 'gov.trend')}</h2>
    <p class="muted">${tp(lang, 'gov.trendNote')}</p>
    <div class="grid-2">${trendCharts(lang, gov.results)}</div>
  </section>`;
}

/** A 0–100 bar under a score; decorative (the number beside it says it). */
function bar(v: number | null, zone: string | null): Raw {
  const w = `${Math.max(0, Math.min(100, v ?? 0))}%`;
  return html`<div
    class="${zone ? `bar z-${zone}` : 'bar'}"
    style="--w: ${w}; margin-top: 0.25rem"
    aria-hidden="true"
  ></div>`;
}

function dimensions(lang: PublicLang, r: PublicResultDetail): Raw | string {
  if (r.dimensions.length === 0) return '';
  return html`<h4>${tp(lang, 'gov.dimensions')}</h4>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'gov.dimensions')} ${r.year}">
      <table>
        <thead>
          <tr>
            <th scope="col">${tp(lang, 'gov.dimension')}</th>
            <th scope="col" class="num">${tp(lang, 'gov.weight')}</th>
            <th scope="col" class="num">${tp(lang, 'gov.score')}</th>
          </tr>
        </thead>
        <tbody>
          ${r.dimensions.map(
            (d) =>
              html`<tr>
                <th scope="row">${d.name[lang]}</th>
                <td class="num">${formatNumber(d.weight, lang)}%</td>
                <td class="num">${score(lang, d.score)}${bar(d.score, null)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function views(lang: PublicLang, r: PublicResultDetail): Raw[] {
  return r.views.map(
    (v) =>
      html`<h4>${v.name[lang]}</h4>
        <p class="notice" data-testid="view-note">${tp(lang, 'gov.viewNote')}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="${v.name[lang]} ${r.year}">
          <table>
            <thead>
              <tr>
                <th scope="col">${tp(lang, 'gov.group')}</th>
                <th scope="col" class="num">${tp(lang, 'gov.score')}</th>
              </tr>
            </thead>
            <tbody>
              ${v.groups.map(
                (g) =>
                  html`<tr>
                    <th scope="row">${g.label[lang]}</th>
                    <td class="num">${score(lang, g.score)}${bar(g.score, null)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
  );
}

function units(lang: PublicLang, r: PublicResultDetail): Raw | string {
  if (!r.cycleId) return '';
  if (r.units.length === 0) return html`<p class="muted">${tp(lang, 'gov.noUnits')}</p>`;
  return html`<h4>${tp(lang, 'gov.units')}</h4>
    <div class="table-scroll" tabindex="0" role="region" aria-label="${tp(lang, 'gov.units')} ${r.year}">
      <table data-testid="units-${r.year}">
        <thead>
          <tr>
            <th scope="col">${tp(lang, 'gov.unit')}</th>
            <th scope="col" class="num">${tp(lang, 'gov.score')}</th>
            <th scope="col">${tp(lang, 'gov.category')}</th>
            <th scope="col">${tp(lang, 'gov.zone')}</th>
          </tr>
        </thead>
        <tbody>
          ${r.units.map(
            (u) =>
              html`<tr>
                <th scope="row">${u.name}</th>
                <td class="num">${score(lang, u.score)}${bar(u.score, u.zone)}</td>
                <td>${u.band ?? ''}</td>
                <td>${zoneBadge(lang, u.zone)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function years({ lang, gov }: GovernmentPageContext): Raw | null {
  if (gov.results.length === 0) return null;
  return html`<h2>${tp(lang, 'gov.results')}</h2>
    ${gov.results.map(
      (r) =>
        html`<section class="card" aria-labelledby="tahun-${r.year}" data-testid="year-${r.year}">
          <h3 id="tahun-${r.year}">${tp(lang, 'gov.resultOf', { year: r.year })}</h3>
          <p class="muted">${tp(lang, 'gov.method')}: ${tp(lang, `method.${r.method}`)}</p>
          ${figure(lang, r)} ${dimensions(lang, r)} ${views(lang, r)} ${units(lang, r)}
        </section>`,
    )}`;
}

function share({ lang, gov, pageUrl }: GovernmentPageContext): Raw {
  const text = tp(lang, 'gov.shareText', { name: gov.government.name });
  const enc = encodeURIComponent;
  const links = [
    ['WhatsApp', `https://wa.me/?text=${enc(`${text} ${pageUrl}`)}`],
    ['X', `https://twitter.com/intent/tweet?text=${enc(text)}&url=${enc(pageUrl)}`],
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${enc(pageUrl)}`],
  ] as const;
  return html`<section aria-labelledby="bagikan">
    <h2 id="bagikan">${tp(lang, 'gov.share')}</h2>
    <ul class="pills">
      ${links.map(([label, url]) => html`<li><a href="${url}" rel="noopener" target="_blank">${label}</a></li>`)}
      <li>
        <a href="${href('/publik/bandingkan', lang, { g: gov.government.key })}"
          >${tp(lang, 'gov.compareWith')}</a
        >
      </li>
    </ul>
    <div class="form-row">
      <label style="flex: 1 1 100%"
        >${tp(lang, 'gov.pageUrl')}<input type="text" readonly value="${pageUrl}"
      /></label>
    </div>
  </section>`;
}

function embed({ lang, gov, pageUrl, badgeUrl }: GovernmentPageContext): Raw {
  const alt = tp(lang, 'gov.badgeAlt', { name: shortName(gov.government.name) });
  // One line, exactly as a webmaster pastes it (escaped once more inside the textarea).
  // prettier-ignore
  const snippet = html`<a href="${pageUrl}"><img src="${badgeUrl}" alt="${alt}" width="260" height="44" /></a>`;
  // prettier-ignore
  const code = html`<textarea id="kode-lencana" readonly rows="4" style="display: block; width: 100%; font: 0.85rem monospace">${snippet.value}</textarea>`;
  return html`<section aria-labelledby="lencana">
    <h2 id="lencana">${tp(lang, 'gov.embed')}</h2>
    <p><img src="${href(badgePath(gov.government.key), lang)}" alt="${alt}" width="260" height="44" /></p>
    <p class="muted">${tp(lang, 'gov.embedHelp')}</p>
    <label for="kode-lencana">${tp(lang, 'gov.embedCode')}</label>
    ${code}
  </section>`;
}

/** The page's sections in order; a later capability appends its own renderer here. */
export const GOVERNMENT_SECTIONS: GovernmentSection[] = [
  { id: 'header', render: header },
  { id: 'latest', render: latest },
  { id: 'trend', render: trend },
  { id: 'years', render: years },
  standardsSection,
  complaintsSection,
  followupsSection,
  { id: 'share', render: share },
  { id: 'embed', render: embed },
];

/** The whole government page: title and Open Graph from the newest result, then every section. */
export async function renderGovernmentPage(
  c: GovernmentPageContext,
  path: string,
  ogImage: string,
): Promise<string> {
  const { lang, gov } = c;
  const name = gov.government.name;
  const r = gov.results[0];
  const headlineWord = r?.shown.zone ? zoneLabel(lang, r.shown.zone) : r ? categoryLabel(lang, r.shown) : '';
  const title = r
    ? tp(lang, 'gov.ogTitle', { name: shortName(name), zone: headlineWord, year: r.year })
    : `${shortName(name)} — ${tp(lang, 'zone.none')}`;
  const description = !r
    ? tp(lang, 'gov.ogEmpty', { name })
    : r.shown.score !== null
      ? tp(lang, 'gov.ogScore', {
          score: score(lang, r.shown.score),
          band: categoryLabel(lang, r.shown),
          year: r.year,
          source: sourceLabel(lang, r.source),
        })
      : tp(lang, 'gov.ogZoneOnly', { zone: headlineWord, year: r.year, source: sourceLabel(lang, r.source) });
  const parts: Raw[] = [];
  for (const s of GOVERNMENT_SECTIONS) {
    const out = await s.render(c);
    if (out) parts.push(html`<div class="gov-section" data-section="${s.id}">${out}</div>`);
  }
  return page({ lang, path, title, description, body: html`${parts}`, ogImage });
}
