/**
 * The embeddable badge (issue 13): a small SVG a regency can put on its own site — "Zona Hijau
 * 2023 · 82,10", or "Belum dinilai" before any release. Every text is escaped (a government's name
 * never becomes markup) and the whole file stays well under 2 KB.
 */
import type { PublicGovernment } from '../../../shared/contracts/public';
import { categoryLabel, score, shortName, zoneLabel } from './government-fragments';
import { html } from './html';
import { tp, type PublicLang } from './public-i18n';
import { ZONE_FILL } from './trend-chart';

const W = 260;
const H = 44;
const SPLIT = 62;

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The headline of the newest released result: "Zona Hijau 2023 · 82,10" / "Belum dinilai". */
export function badgeHeadline(lang: PublicLang, gov: PublicGovernment): string {
  const r = gov.results[0];
  if (!r) return tp(lang, 'badge.none');
  const what = r.shown.zone ? zoneLabel(lang, r.shown.zone) : categoryLabel(lang, r.shown);
  const figure = r.shown.score !== null ? ` · ${score(lang, r.shown.score)}` : '';
  return `${what} ${r.year}${figure}`;
}

/** The badge's SVG document. */
export function badgeSvg(lang: PublicLang, gov: PublicGovernment): string {
  const zone = gov.results[0]?.shown.zone ?? null;
  const fill = ZONE_FILL[zone ?? 'belum'];
  const ink = zone === 'hijau' || zone === 'merah' ? '#fff' : '#1a1d21';
  const headline = badgeHeadline(lang, gov);
  const name = shortName(gov.government.name);
  const label = `${name}: ${headline}`;
  const doc = html`<svg
    xmlns="http://www.w3.org/2000/svg"
    width="${W}"
    height="${H}"
    viewBox="0 0 ${W} ${H}"
    role="img"
    aria-label="${label}"
  >
    <title>${label}</title>
    <rect width="${W}" height="${H}" rx="6" fill="${fill}" />
    <rect width="${SPLIT}" height="${H}" rx="6" fill="#0b5c8a" />
    <rect x="${SPLIT - 6}" width="6" height="${H}" fill="#0b5c8a" />
    <g font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
      <text x="${SPLIT / 2}" y="27" fill="#fff" text-anchor="middle" font-weight="bold">Patuh</text>
      <text x="${SPLIT + 8}" y="18" fill="${ink}">${clip(name, 34)}</text>
      <text x="${SPLIT + 8}" y="34" fill="${ink}" font-weight="bold">${clip(headline, 30)}</text>
    </g>
  </svg>`;
  return doc.value;
}
