/**
 * The map as SVG markup, rendered on the server: every region a <path> coloured by its zone, with a
 * <title> a sighted visitor sees on hover; a region with a released result is a link (focusable,
 * labelled) to its government's page. Regions without a released result are "belum dinilai" —
 * grey, never zero. Works with JavaScript off; the tooltip script only enhances it.
 */
import type { Zone } from '../../../../shared/contracts/public';
import { formatScore } from '../../../../shared/format/format';
import { th, type HomeLang } from '../home-i18n';
import { mapShapes, type MapLayer } from './map-shapes';

/** One released result on the map (publicMapRegions). */
export interface MapRegion {
  code: string;
  key: string;
  name: string;
  zone: Zone | null;
  score: number | null;
  band: string | null;
  source: 'official' | 'patuh';
}

export type ZoneClass = 'z-hijau' | 'z-kuning' | 'z-merah' | 'z-dinilai' | 'z-belum';

export interface MapSvgInput {
  layer: MapLayer;
  regions: MapRegion[];
  lang: HomeLang;
  /** The year shown; null when nothing is released. */
  year: number | null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The class a region is drawn with: its zone, "dinilai" when released without a zone (2025 opinion). */
export function zoneClass(region: MapRegion | undefined): ZoneClass {
  if (!region) return 'z-belum';
  return region.zone ? `z-${region.zone}` : 'z-dinilai';
}

/** "Kabupaten Balangan — Zona Hijau, 81,20 (2023)" / "Kota X — belum dinilai". */
export function regionLabel(
  name: string,
  region: MapRegion | undefined,
  lang: HomeLang,
  year: number | null,
): string {
  if (!region) return `${name} — ${th(lang, 'map.notAssessed')}`;
  const parts: string[] = [];
  if (region.zone) parts.push(th(lang, `zone.${region.zone}`));
  if (region.score !== null) parts.push(formatScore(region.score, lang));
  if (region.band) parts.push(th(lang, 'map.band', { band: region.band }));
  if (parts.length === 0) parts.push(th(lang, 'zone.dinilai'));
  if (region.source === 'official') parts.push(th(lang, 'map.official'));
  return `${name} — ${parts.join(', ')}${year === null ? '' : ` (${year})`}`;
}

/** A government page's address, keeping the English switch. */
export function governmentHref(key: string, lang: HomeLang): string {
  return `/publik/pemerintah/${encodeURIComponent(key)}${lang === 'en' ? '?lang=en' : ''}`;
}

// Colours of the legend and the map (portal.css may restyle them; these make the SVG stand alone).
const STYLE =
  '.z-hijau{fill:#2b8a3e}.z-kuning{fill:#f0b400}.z-merah{fill:#c92a2a}.z-dinilai{fill:#1c7ed6}' +
  '.z-belum{fill:#ced4da}.peta-svg path{stroke:#fff;stroke-width:.3;stroke-linejoin:round}' +
  '.peta-svg a:hover path,.peta-svg a:focus path{stroke:#111;stroke-width:1.2}' +
  '.peta-svg .batas-prov{fill:none;stroke:#495057;stroke-width:.6;pointer-events:none}';

/** The whole map as one <svg> element. */
export function renderMapSvg({ layer, regions, lang, year }: MapSvgInput): string {
  const shapes = mapShapes(layer);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const title = year === null ? th(lang, 'map.titleEmpty') : th(lang, 'map.title', { year });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="peta-svg" viewBox="${shapes.viewBox}" ` +
      `preserveAspectRatio="xMidYMid meet" aria-labelledby="peta-judul" data-lapisan="${layer}">`,
    `<title id="peta-judul">${escapeXml(title)}</title><style>${STYLE}</style>`,
  ];
  for (const shape of shapes.regions) {
    const region = byCode.get(shape.code);
    const label = escapeXml(regionLabel(region?.name ?? shape.name, region, lang, year));
    const path = `<path class="${zoneClass(region)}" data-kode="${escapeXml(shape.code)}" d="${shape.d}"><title>${label}</title></path>`;
    parts.push(
      region
        ? `<a href="${escapeXml(governmentHref(region.key, lang))}" aria-label="${label}">${path}</a>`
        : path,
    );
  }
  if (shapes.provinceBorders) {
    parts.push(`<path class="batas-prov" aria-hidden="true" d="${shapes.provinceBorders}"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
