/**
 * Small pieces the government page, rankings and comparison share: the zone badge, the source
 * label, a figure in words, and the request's origin for absolute links (Open Graph, badge code).
 */
import type { PublicFigure, PublicResult, Zone } from '../../../shared/contracts/public';
import { EMPTY, formatScore } from '../../../shared/format/format';
import { html, type Raw } from './html';
import { tp, type PublicLang } from './public-i18n';

/** "Zona Hijau" / "Belum dinilai". */
export function zoneLabel(lang: PublicLang, zone: Zone | null): string {
  return tp(lang, zone ? `zone.${zone}` : 'zone.none');
}

/** The coloured zone pill (text always says the zone: colour is never the only cue). */
export function zoneBadge(lang: PublicLang, zone: Zone | null): Raw {
  return html`<span class="badge z-${zone ?? 'belum'}">${zoneLabel(lang, zone)}</span>`;
}

/** "B — Kualitas Tinggi", the 2025 opinion as announced, or "—". */
export function categoryLabel(lang: PublicLang, f: PublicFigure): string {
  if (f.opinion) return f.opinion;
  if (f.band) return tp(lang, `band.${f.band}`);
  return EMPTY;
}

/** "Angka resmi Ombudsman" / "Dihitung oleh Patuh". */
export function sourceLabel(lang: PublicLang, source: PublicResult['source']): string {
  return tp(lang, `source.${source}`);
}

/** "Pemerintah Kabupaten Balangan" → "Kabupaten Balangan" (titles, the badge). */
export const shortName = (name: string): string => name.replace(/^Pemerintah\s+/i, '');

export const score = (lang: PublicLang, v: number | null | undefined): string => formatScore(v, lang);

/** Patuh's computed score differs from the official one shown (rounded to two decimals). */
export function computedDiffers(r: PublicResult): boolean {
  if (r.source !== 'official' || !r.computed) return false;
  const a = r.shown.score;
  const b = r.computed.score;
  if (b === null) return false;
  return a === null || Math.round(a * 100) !== Math.round(b * 100);
}
