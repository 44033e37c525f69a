/**
 * The map as SVG markup, rendered on the server: every region a <path> coloured by its zone, with a
 * <title> a sighted visitor sees on hover; a region with a released result is a link (focusable,
 * labelled) to its government's page. Regions without a released result are "belum dinilai" —
 * grey, never zero. Works with JavaScript off; the tooltip script only enhances it.
 */
import { formatScore } from '../../../../shared/format/format';
import { th, type HomeLang } from '../home-i18n';
import { escapeHtml } from '../html';
import type { MapRegion } from '../public.service';
import { mapShapes, type MapLayer, type MapShapes } from './map-shapes';

export type { MapRegion };

export type ZoneClass = 'z-hijau' | 'z-kuning' | 'z-merah' | 'z-dinilai' | 'z-belum';

export interface MapSvgInput {
  layer: MapLayer;
  regions: MapRegion[];
  lang: HomeLang;
  /** The year shown; null when nothing is released. */
  year: number | null;
  /** The layer's shapes (tests pass their own; default: the boundary files). */
  shapes?: MapShapes;
}

/** Text safe inside an element or a double-quoted attribute (the portal's one escaper). */
export const escapeXml = escapeHtml;

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

// portal.css colours .z-hijau/.z-kuning/.z-merah/.z-belum; a result released without a zone (the
// 2025 opinion) is drawn blue. A <style> inside the SVG is valid and applies to the page.
const STYLE =
  '.map .z-dinilai{fill:#1864ab}.swatch.z-dinilai,.badge.z-dinilai{background:#1864ab;color:#fff}' +
  '.map path{stroke-linejoin:round}';

/** The whole map as one <svg> element. */
export function renderMapSvg({ layer, regions, lang, year, shapes = mapShapes(layer) }: MapSvgInput): string {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const title = year === null ? th(lang, 'map.titleEmpty') : th(lang, 'map.title', { year });
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="${shapes.viewBox}" ` +
      `preserveAspectRatio="xMidYMid meet" aria-labelledby="peta-judul" data-lapisan="${layer}">`,
    `<title id="peta-judul">${escapeXml(title)}</title><style>${STYLE}</style>`,
  ];
  for (const shape of shapes.regions) {
    const region = byCode.get(shape.code);
    // The region's own name ("Kabupaten Balangan"): the map names places; the link opens the government.
    const label = escapeXml(regionLabel(shape.name, region, lang, year));
    const path = `<path class="${zoneClass(region)}" data-kode="${escapeXml(shape.code)}" d="${shape.d}"><title>${label}</title></path>`;
    parts.push(
      region
        ? `<a href="${escapeXml(governmentHref(region.key, lang))}" aria-label="${label}">${path}</a>`
        : path,
    );
  }
  if (shapes.provinceBorders) {
    parts.push(`<path class="outline" aria-hidden="true" d="${shapes.provinceBorders}"/>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
