/**
 * A government's trend, one small server-rendered SVG per assessment method (REFERENCE §1.1): the
 * 2015–2021 zones, the 2022–2024 scores with their A–E bands, the 2025 opinions. Different scales
 * are never joined into one line. Each chart is followed by a table that says the same in text
 * (the chart's text alternative, and what a screen reader or a text browser reads).
 */
import {
  PUBLIC_METHODS,
  type PublicMethod,
  type PublicResult,
  type Zone,
} from '../../../shared/contracts/public';
import { EMPTY } from '../../../shared/format/format';
import { categoryLabel, score, sourceLabel, zoneBadge } from './government-fragments';
import { html, type Raw } from './html';
import { tp, type PublicLang } from './public-i18n';

const W = 320;
const H = 170;
const LEFT = 52;
const RIGHT = 18;
const TOP = 12;
const BOTTOM = 28;
const PLOT_W = W - LEFT - RIGHT;
const PLOT_H = H - TOP - BOTTOM;

export const ZONE_FILL: Record<Zone | 'belum', string> = {
  hijau: '#2e7d32',
  kuning: '#f2c230',
  merah: '#c62828',
  belum: '#c9ced4',
};

/** x of a year: spread over the plot by year (one year sits in the middle). */
function xOf(year: number, years: number[]): number {
  const min = Math.min(...years);
  const max = Math.max(...years);
  if (min === max) return LEFT + PLOT_W / 2;
  return LEFT + 12 + ((year - min) / (max - min)) * (PLOT_W - 24);
}

const yOfScore = (s: number) => TOP + ((100 - Math.max(0, Math.min(100, s))) / 100) * PLOT_H;
const n1 = (v: number) => Math.round(v * 10) / 10;

function yearAxis(years: number[]): Raw {
  return html`${years.map(
    (y) => html`<text x="${n1(xOf(y, years))}" y="${H - 8}" text-anchor="middle" font-size="12">${y}</text>`,
  )}`;
}

function svg(label: string, body: Raw): Raw {
  return html`<svg
    class="trend"
    viewBox="0 0 ${W} ${H}"
    width="100%"
    style="max-width: 28rem; display: block"
    role="img"
    aria-label="${label}"
    preserveAspectRatio="xMidYMid meet"
    fill="#1a1d21"
    font-family="system-ui, sans-serif"
  >
    ${body}
  </svg>`;
}

const ZONE_ROWS: Zone[] = ['hijau', 'kuning', 'merah'];

/** Zones by year: a coloured marker on the zone's row (the row says it without colour). */
function zonaChart(lang: PublicLang, rows: PublicResult[], years: number[]): Raw {
  const rowY = (z: Zone) => TOP + 12 + ZONE_ROWS.indexOf(z) * ((PLOT_H - 12) / 2);
  const guides = ZONE_ROWS.map(
    (z) =>
      html`<line
          x1="${LEFT}"
          x2="${W - RIGHT}"
          y1="${n1(rowY(z))}"
          y2="${n1(rowY(z))}"
          stroke="#d5d9de"
          stroke-dasharray="3 3"
        />
        <text x="2" y="${n1(rowY(z) + 4)}" font-size="12">${tp(lang, `gov.zoneShort.${z}`)}</text>`,
  );
  const marks = rows.map((r) => {
    const z = r.shown.zone;
    if (!z) return '';
    return html`<circle
      cx="${n1(xOf(r.year, years))}"
      cy="${n1(rowY(z))}"
      r="7"
      fill="${ZONE_FILL[z]}"
      stroke="#1a1d21"
      stroke-width="1"
    />`;
  });
  return svg(tp(lang, 'method.zona'), html`${guides}${marks}${yearAxis(years)}`);
}

const BAND_LINES: Array<[number, string]> = [
  [88, 'A'],
  [78, 'B'],
  [54, 'C'],
  [32, 'D'],
  [0, 'E'],
];

/** Scores 0–100 by year, one line, with the A–E category boundaries as guides. */
function skorChart(lang: PublicLang, rows: PublicResult[], years: number[]): Raw {
  const guides = BAND_LINES.map(([at, band], i) => {
    const top = i === 0 ? 100 : BAND_LINES[i - 1]![0];
    const mid = (top + at) / 2;
    return html`<line
        x1="${LEFT}"
        x2="${W - RIGHT}"
        y1="${n1(yOfScore(at))}"
        y2="${n1(yOfScore(at))}"
        stroke="#d5d9de"
        stroke-dasharray="3 3"
      />
      <text x="4" y="${n1(yOfScore(mid) + 4)}" font-size="12" font-weight="bold">${band}</text>
      <text x="${LEFT - 4}" y="${n1(yOfScore(at) + 3)}" font-size="10" text-anchor="end">${at}</text>`;
  });
  const points = rows
    .filter((r) => r.shown.score !== null)
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ x: n1(xOf(r.year, years)), y: n1(yOfScore(r.shown.score!)), r }));
  const line =
    points.length > 1
      ? html`<polyline
          fill="none"
          stroke="#0b5c8a"
          stroke-width="2"
          points="${points.map((p) => `${p.x},${p.y}`).join(' ')}"
        />`
      : '';
  const dots = points.map(
    (p) =>
      html`<circle
          cx="${p.x}"
          cy="${p.y}"
          r="4"
          fill="${ZONE_FILL[p.r.shown.zone ?? 'belum']}"
          stroke="#1a1d21"
          stroke-width="1"
        />
        <text x="${p.x}" y="${n1(p.y - 8)}" font-size="12" text-anchor="middle"
          >${score(lang, p.r.shown.score)}</text
        >`,
  );
  return svg(tp(lang, 'method.skor'), html`${guides}${line}${dots}${yearAxis(years)}`);
}

/** The 2025 opinions by year, as labels (no scale to draw). */
function opiniChart(lang: PublicLang, rows: PublicResult[], years: number[]): Raw {
  const labels = rows.map((r) => {
    const text = categoryLabel(lang, r.shown);
    const short = text.length > 22 ? `${text.slice(0, 21)}…` : text;
    const x = n1(xOf(r.year, years));
    return html`<rect
        x="${n1(x - 48)}"
        y="${TOP + 30}"
        width="96"
        height="34"
        rx="6"
        fill="${ZONE_FILL[r.shown.zone ?? 'belum']}"
        fill-opacity="0.25"
        stroke="#1a1d21"
      />
      <text x="${x}" y="${TOP + 51}" font-size="11" text-anchor="middle">${short}</text>`;
  });
  return svg(tp(lang, 'method.opini'), html`${labels}${yearAxis(years)}`);
}

function table(lang: PublicLang, method: PublicMethod, rows: PublicResult[]): Raw {
  const head =
    method === 'zona'
      ? html`<th>${tp(lang, 'gov.zone')}</th>`
      : method === 'skor'
        ? html`<th class="num">${tp(lang, 'gov.score')}</th>
            <th>${tp(lang, 'gov.category')}</th>`
        : html`<th>${tp(lang, 'gov.opinion')}</th>`;
  const cells = (r: PublicResult) =>
    method === 'zona'
      ? html`<td>${zoneBadge(lang, r.shown.zone)}</td>`
      : method === 'skor'
        ? html`<td class="num">${score(lang, r.shown.score)}</td>
            <td>${categoryLabel(lang, r.shown)}</td>`
        : html`<td>${r.shown.opinion ?? EMPTY}</td>`;
  return html`<div
    class="table-scroll"
    tabindex="0"
    role="region"
    aria-label="${tp(lang, 'gov.trendTable', { method: tp(lang, `method.${method}`) })}"
  >
    <table>
      <caption class="muted">
        ${tp(lang, 'gov.trendTable', { method: tp(lang, `method.${method}`) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${tp(lang, 'gov.year')}</th>
          ${head}
          <th>${tp(lang, 'gov.source')}</th>
        </tr>
      </thead>
      <tbody>
        ${[...rows]
          .sort((a, b) => b.year - a.year)
          .map(
            (r) =>
              html`<tr>
                <th scope="row">${r.year}</th>
                ${cells(r)}
                <td>${sourceLabel(lang, r.source)}</td>
              </tr>`,
          )}
      </tbody>
    </table>
  </div>`;
}

/** One chart and its table per method present in `results`, oldest method first. */
export function trendCharts(lang: PublicLang, results: PublicResult[]): Raw[] {
  return PUBLIC_METHODS.flatMap((method) => {
    const rows = results.filter((r) => r.method === method);
    if (rows.length === 0) return [];
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const chart =
      method === 'zona'
        ? zonaChart(lang, rows, years)
        : method === 'skor'
          ? skorChart(lang, rows, years)
          : opiniChart(lang, rows, years);
    return [
      html`<figure class="card trend-method" data-method="${method}">
        <figcaption><h3>${tp(lang, `method.${method}`)}</h3></figcaption>
        ${chart} ${table(lang, method, rows)}
      </figure>`,
    ];
  });
}
