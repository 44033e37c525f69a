/**
 * The public home (/publik): the map of one year's released results, the year and layer switches,
 * the legend with counts, the distribution of zones and categories, the counts per government type
 * and the full list as a table — all in the HTML, so it reads with JavaScript off and to a screen
 * reader; peta.js only adds a tooltip. Data only from public.service.ts (released results).
 */
import { methodOfYear, type PublicResult, type PublicSummary } from '../../../shared/contracts/public';
import { formatNumber, formatPercent, formatScore, EMPTY } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { th } from './home-i18n';
import { href, html, page, raw, type Raw } from './html';
import { mapScriptPath } from './map/map-script';
import { mapShapes, type MapLayer } from './map/map-shapes';
import { renderMapSvg, type MapRegion } from './map/map-svg';
import { tp, type PublicLang } from './public-i18n';
import { publicMapRegions, publicResults, publicSummary } from './public.service';
import { searchForm } from './search-page';

export const DEFAULT_LAYER: MapLayer = 'kabkota';

export interface HomeQuery {
  lang: PublicLang;
  /** The request's path and query (language switch). */
  path: string;
  /** Chosen year, or undefined for the newest released one. */
  year: number | undefined;
  layer: MapLayer;
}

const ZONE_ORDER = ['hijau', 'kuning', 'merah'] as const;
const BANDS = ['A', 'B', 'C', 'D', 'E'] as const;

/** Share of `n` in `total` as a percentage (0 when total is 0). */
const share = (n: number, total: number) => (total === 0 ? 0 : (n / total) * 100);

function bar(cls: string, pct: number): Raw {
  return html`<div
    class="bar ${cls}"
    style="--w: ${pct.toFixed(1)}%; margin-top: 0.25rem"
    aria-hidden="true"
  ></div>`;
}

function yearLinks(q: HomeQuery, years: number[], shown: number | null): Raw {
  if (years.length === 0) return html``;
  const peta = q.layer === DEFAULT_LAYER ? undefined : q.layer;
  return html`<nav
    class="pilihan"
    style="display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.6rem"
    aria-label="${th(q.lang, 'home.years')}"
  >
    <span>${th(q.lang, 'home.years')}:</span>
    <ul class="pills">
      ${years.map(
        (y) =>
          html`<li>
            <a
              href="${href('/publik', q.lang, { tahun: y, peta })}"
              ${y === shown ? raw(' aria-current="page"') : ''}
              >${y}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

function layerLinks(q: HomeQuery, year: number | null): Raw {
  const layers: MapLayer[] = ['kabkota', 'provinsi'];
  return html`<nav
    class="pilihan"
    style="display: flex; flex-wrap: wrap; align-items: center; gap: 0 0.6rem"
    aria-label="${th(q.lang, 'home.layers')}"
  >
    <span>${th(q.lang, 'home.layers')}:</span>
    <ul class="pills">
      ${layers.map(
        (l) =>
          html`<li>
            <a
              href="${href('/publik', q.lang, { tahun: q.year === undefined ? undefined : (year ?? undefined), peta: l === DEFAULT_LAYER ? undefined : l })}"
              ${l === q.layer ? raw(' aria-current="page"') : ''}
              >${th(q.lang, `layer.${l}`)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

/** The legend: each colour with how many regions of this layer carry it. */
function legend(lang: PublicLang, layer: MapLayer, regions: MapRegion[]): Raw {
  const counts = { hijau: 0, kuning: 0, merah: 0, dinilai: 0 };
  const known = new Set(mapShapes(layer).regions.map((s) => s.code));
  const drawn = regions.filter((r) => known.has(r.code));
  for (const r of drawn) counts[r.zone ?? 'dinilai'] += 1;
  const belum = known.size - new Set(drawn.map((r) => r.code)).size;
  const items: Array<[string, string, number]> = [
    ...ZONE_ORDER.map((z) => [`z-${z}`, th(lang, `zone.${z}`), counts[z]] as [string, string, number]),
    ...(counts.dinilai > 0
      ? [['z-dinilai', th(lang, 'zone.dinilai'), counts.dinilai] as [string, string, number]]
      : []),
    ['z-belum', th(lang, 'zone.belum'), belum],
  ];
  return html`<ul class="legend" aria-label="${th(lang, 'home.legend')}">
    ${items.map(
      ([cls, label, n]) =>
        html`<li>
          <span class="swatch ${cls}" aria-hidden="true"></span>${label}:
          <strong>${formatNumber(n, lang)}</strong>
        </li>`,
    )}
  </ul>`;
}

function zonesSection(lang: PublicLang, s: PublicSummary): Raw {
  const zoned = s.zones.hijau + s.zones.kuning + s.zones.merah;
  if (zoned === 0) return html``;
  return html`<section class="card" style="min-width: 0" aria-labelledby="h-zona">
    <h2 id="h-zona">${th(lang, 'home.zonesHeading', { year: s.year ?? '' })}</h2>
    <p>${th(lang, 'home.assessed', { count: formatNumber(s.assessed, lang) })}</p>
    <div class="table-scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${th(lang, 'col.zone')}</th>
            <th scope="col" class="num">${th(lang, 'col.count')}</th>
            <th scope="col" class="num">${th(lang, 'col.share')}</th>
          </tr>
        </thead>
        <tbody>
          ${ZONE_ORDER.map((z) => {
            const pct = share(s.zones[z], zoned);
            return html`<tr>
              <th scope="row"><span class="badge z-${z}">${th(lang, `zone.${z}`)}</span></th>
              <td class="num">${formatNumber(s.zones[z], lang)}</td>
              <td class="num">${formatPercent(pct, lang, 1)}${bar(`z-${z}`, pct)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

function bandsSection(lang: PublicLang, s: PublicSummary): Raw {
  const total = BANDS.reduce((sum, b) => sum + (s.bands[b] ?? 0), 0);
  if (total === 0) return html``;
  return html`<section class="card" style="min-width: 0" aria-labelledby="h-kategori">
    <h2 id="h-kategori">${th(lang, 'home.bandsHeading', { year: s.year ?? '' })}</h2>
    <div class="table-scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${th(lang, 'col.category')}</th>
            <th scope="col" class="num">${th(lang, 'col.count')}</th>
            <th scope="col" class="num">${th(lang, 'col.share')}</th>
          </tr>
        </thead>
        <tbody>
          ${BANDS.map((b) => {
            const n = s.bands[b] ?? 0;
            const pct = share(n, total);
            return html`<tr>
              <th scope="row">${tp(lang, `band.${b}`)}</th>
              <td class="num">${formatNumber(n, lang)}</td>
              <td class="num">${formatPercent(pct, lang, 1)}${bar('', pct)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** 2025 onwards: the opinions as announced (free text), counted. */
function opinionsSection(lang: PublicLang, year: number, results: PublicResult[]): Raw {
  const counts = new Map<string, number>();
  for (const r of results)
    if (r.shown.opinion) counts.set(r.shown.opinion, (counts.get(r.shown.opinion) ?? 0) + 1);
  if (counts.size === 0) return html``;
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return html`<section class="card" style="min-width: 0" aria-labelledby="h-opini">
    <h2 id="h-opini">${th(lang, 'home.opinionsHeading', { year })}</h2>
    <div class="table-scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${th(lang, 'col.opinion')}</th>
            <th scope="col" class="num">${th(lang, 'col.count')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([o, n]) =>
              html`<tr>
                <th scope="row">${o}</th>
                <td class="num">${formatNumber(n, lang)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function typesSection(lang: PublicLang, s: PublicSummary): Raw {
  if (s.byType.length === 0) return html``;
  return html`<section class="card" style="min-width: 0" aria-labelledby="h-jenis">
    <h2 id="h-jenis">${th(lang, 'home.typesHeading')}</h2>
    <div class="table-scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${th(lang, 'col.type')}</th>
            <th scope="col" class="num">${th(lang, 'col.assessed')}</th>
            ${ZONE_ORDER.map((z) => html`<th scope="col" class="num">${th(lang, `zone.${z}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${s.byType.map(
            (t) =>
              html`<tr>
                <th scope="row">${tp(lang, `type.${t.type}`)}</th>
                <td class="num">${formatNumber(t.assessed, lang)}</td>
                ${ZONE_ORDER.map((z) => html`<td class="num">${formatNumber(t.zones[z], lang)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

/** The text fallback of the map: every released result of the year, linked. */
function resultsTable(lang: PublicLang, year: number, results: PublicResult[]): Raw {
  if (results.length === 0) return html``;
  const sorted = [...results].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return html`<details class="card daftar-hasil">
    <summary>${th(lang, 'home.listSummary', { year, count: formatNumber(results.length, lang) })}</summary>
    <div class="table-scroll" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${th(lang, 'col.name')}</th>
            <th scope="col">${th(lang, 'col.type')}</th>
            <th scope="col">${th(lang, 'col.province')}</th>
            <th scope="col">${th(lang, 'col.zone')}</th>
            <th scope="col" class="num">${th(lang, 'col.score')}</th>
            <th scope="col">${th(lang, 'col.category')}</th>
            <th scope="col">${th(lang, 'col.source')}</th>
          </tr>
        </thead>
        <tbody>
          ${sorted.map((r) => {
            return html`<tr>
              <th scope="row">
                <a href="${href(`/publik/pemerintah/${encodeURIComponent(r.key)}`, lang)}">${r.name}</a>
              </th>
              <td>${tp(lang, `type.${r.type}`)}</td>
              <td>${r.provinceName ?? EMPTY}</td>
              <td>
                ${r.shown.zone ? html`<span class="badge z-${r.shown.zone}">${th(lang, `zone.${r.shown.zone}`)}</span>` : (r.shown.opinion ?? EMPTY)}
              </td>
              <td class="num">${formatScore(r.shown.score, lang)}</td>
              <td>${r.shown.band ?? EMPTY}</td>
              <td>${tp(lang, `source.${r.source}`)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** The whole home page. */
export async function renderHomePage(db: Executor, q: HomeQuery): Promise<string> {
  const { lang } = q;
  const summary = await publicSummary(db, q.year);
  const year = summary.year;
  const released = year !== null && summary.years.includes(year);
  const regions = released ? await publicMapRegions(db, year, q.layer) : [];
  const results = released ? await publicResults(db, { year }) : [];
  const map = renderMapSvg({ layer: q.layer, regions, lang, year: released ? year : null });
  const emptyText =
    summary.years.length === 0 || year === null
      ? th(lang, 'home.empty')
      : th(lang, 'home.emptyYear', { year });
  const body = html` <h1>${th(lang, 'home.h1')}</h1>
    <p>${th(lang, 'home.intro')}</p>
    ${searchForm(lang)}
    <section aria-labelledby="h-peta">
      <h2 id="h-peta">
        ${released ? th(lang, 'home.mapHeading', { year }) : th(lang, 'home.mapHeadingEmpty')}
      </h2>
      ${yearLinks(q, summary.years, released ? year : null)} ${layerLinks(q, year)}
      ${released ? html`<p class="muted">${th(lang, 'home.method', { year, method: tp(lang, `method.${methodOfYear(year)}`) })}</p>` : html`<p class="notice" role="status">${emptyText}</p>`}
      <figure class="peta" style="margin: 0.5rem 0">
        <div class="peta-wadah">${raw(map)}</div>
        <figcaption>
          ${legend(lang, q.layer, regions)}
          ${released ? html`<p class="muted">${th(lang, 'home.mapHelp')}</p>` : ''}
        </figcaption>
      </figure>
    </section>
    ${
      released
        ? html`<div class="grid-2">
              ${zonesSection(lang, summary)}${bandsSection(lang, summary)}${opinionsSection(lang, year, results)}${typesSection(lang, summary)}
            </div>
            ${resultsTable(lang, year, results)}`
        : ''
    }`;
  return page({
    lang,
    path: q.path,
    title: released ? `${th(lang, 'home.title')} ${year}` : th(lang, 'home.title'),
    description: th(lang, 'home.description'),
    body,
    scripts: [mapScriptPath()],
    current: 'home',
  });
}
