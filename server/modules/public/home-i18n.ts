/**
 * Words of the public home, search, about page and map, Bahasa Indonesia first. `{name}` slots are
 * filled by `th`; values are plain text (the html template escapes them).
 */
export type HomeLang = 'id' | 'en';

const dict = {
  'map.title': { id: 'Peta hasil penilaian kepatuhan {year}', en: 'Map of compliance results {year}' },
  'map.titleEmpty': {
    id: 'Peta Indonesia — belum ada hasil yang dirilis',
    en: 'Map of Indonesia — nothing released yet',
  },
  'zone.hijau': { id: 'Zona Hijau', en: 'Green zone' },
  'zone.kuning': { id: 'Zona Kuning', en: 'Yellow zone' },
  'zone.merah': { id: 'Zona Merah', en: 'Red zone' },
  'zone.belum': { id: 'Belum dinilai', en: 'Not assessed' },
  'zone.dinilai': { id: 'Dinilai (tanpa zona)', en: 'Assessed (no zone)' },
  'map.notAssessed': { id: 'belum dinilai', en: 'not assessed' },
  'map.band': { id: 'kategori {band}', en: 'category {band}' },
  'map.official': { id: 'angka resmi', en: 'official figure' },
} satisfies Record<string, Record<HomeLang, string>>;

export type HomeKey = keyof typeof dict;

/** A message of the public home in `lang`, with `{slot}`s filled. */
export function th(lang: HomeLang, key: HomeKey, vars: Record<string, string | number> = {}): string {
  return dict[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
