/** The server-rendered map: colour by zone, grey "belum dinilai" elsewhere, links only where released. */
import { describe, expect, it } from 'vitest';
import { mapShapes } from './map-shapes';
import { escapeXml, regionLabel, renderMapSvg, zoneClass, type MapRegion } from './map-svg';

const BALANGAN: MapRegion = {
  code: '63.11',
  key: '63.11',
  name: 'Kabupaten Balangan',
  zone: 'hijau',
  score: 81.2,
  band: null,
  source: 'patuh',
};

/** The <a> and <path> of one region, by its code. */
function regionMarkup(svg: string, code: string): { linked: string | null; path: string } {
  const path = new RegExp(
    `<path class="[^"]+" data-kode="${code.replace('.', '\\.')}"[^>]*><title>[^<]*</title></path>`,
  ).exec(svg);
  if (!path) throw new Error(`no path for ${code}`);
  const linked = new RegExp(
    `<a href="([^"]+)" aria-label="([^"]+)">${path[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a>`,
  ).exec(svg);
  return { linked: linked?.[1] ?? null, path: path[0] };
}

describe('region labels', () => {
  it.each([
    ['zone and score', BALANGAN, 'id', 2023, 'Kabupaten Balangan — Zona Hijau, 81,20 (2023)'],
    ['in English', BALANGAN, 'en', 2023, 'Kabupaten Balangan — Green zone, 81.20 (2023)'],
    [
      'category and an official figure',
      { ...BALANGAN, zone: 'kuning', score: 70.5, band: 'C', source: 'official' },
      'id',
      2022,
      'Kabupaten Balangan — Zona Kuning, 70,50, kategori C, angka resmi (2022)',
    ],
    [
      'released without any figure',
      { ...BALANGAN, zone: null, score: null },
      'id',
      2025,
      'Kabupaten Balangan — Dinilai (tanpa zona) (2025)',
    ],
    ['not released', undefined, 'id', 2023, 'Kabupaten Balangan — belum dinilai'],
  ] as const)('%s', (_label, region, lang, year, text) => {
    expect(regionLabel('Kabupaten Balangan', region as MapRegion | undefined, lang, year)).toBe(text);
  });

  it.each([
    [undefined, 'z-belum'],
    [BALANGAN, 'z-hijau'],
    [{ ...BALANGAN, zone: 'merah' }, 'z-merah'],
    [{ ...BALANGAN, zone: null }, 'z-dinilai'],
  ] as const)('class of %o is %s', (region, cls) => {
    expect(zoneClass(region as MapRegion | undefined)).toBe(cls);
  });

  it('escapes markup', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderMapSvg', () => {
  const svg = renderMapSvg({
    layer: 'kabkota',
    lang: 'id',
    year: 2023,
    regions: [
      BALANGAN,
      {
        ...BALANGAN,
        code: '63.08',
        key: '63.08',
        name: 'Kab. <Hulu> "Sungai" & Utara',
        zone: 'merah',
        score: 40,
      },
    ],
  });

  it('links a released region to its government page, coloured by its zone', () => {
    const balangan = regionMarkup(svg, '63.11');
    expect(balangan.linked).toBe('/publik/pemerintah/63.11');
    expect(balangan.path).toContain('class="z-hijau"');
    expect(svg).toContain('aria-label="Kabupaten Balangan — Zona Hijau, 81,20 (2023)"');
    const hsu = regionMarkup(svg, '63.08');
    expect(hsu.path).toContain('class="z-merah"');
    expect(hsu.path).toContain('<title>Kabupaten Hulu Sungai Utara — Zona Merah, 40,00 (2023)</title>');
  });

  it('escapes names and keys in titles, labels and links', () => {
    const shapes = {
      ...mapShapes('provinsi'),
      regions: [{ code: '99', name: 'Kab. <Hulu> "Sungai" & Utara', d: 'm0 0l1 0 0 1z' }],
      provinceBorders: null,
    };
    const odd = renderMapSvg({
      layer: 'provinsi',
      lang: 'id',
      year: 2023,
      shapes,
      regions: [{ ...BALANGAN, code: '99', key: 'a"b<c>&d', zone: 'merah', score: 40 }],
    });
    expect(odd).not.toContain('<Hulu>');
    expect(odd).not.toContain('a"b');
    expect(odd).toContain(
      '<title>Kab. &lt;Hulu&gt; &quot;Sungai&quot; &amp; Utara — Zona Merah, 40,00 (2023)</title>',
    );
    expect(odd).toContain(
      'aria-label="Kab. &lt;Hulu&gt; &quot;Sungai&quot; &amp; Utara — Zona Merah, 40,00 (2023)"',
    );
    expect(odd).toContain('<a href="/publik/pemerintah/a%22b%3Cc%3E%26d"');
  });

  it('draws every other region grey, unlinked, "belum dinilai"', () => {
    const kabkota = mapShapes('kabkota').regions;
    expect(svg.match(/<path class="z-/g)).toHaveLength(kabkota.length);
    expect(svg.match(/class="z-belum"/g)).toHaveLength(kabkota.length - 2);
    expect(svg.match(/<a /g)).toHaveLength(2);
    const tabalong = regionMarkup(svg, '63.09');
    expect(tabalong.linked).toBeNull();
    expect(tabalong.path).toContain('class="z-belum"');
    expect(tabalong.path).toContain('<title>Kabupaten Tabalong — belum dinilai</title>');
  });

  it('draws the borders between provinces on the kabupaten/kota layer only', () => {
    expect(svg).toContain('class="outline"');
    const provinces = renderMapSvg({ layer: 'provinsi', lang: 'en', year: null, regions: [] });
    expect(provinces).not.toContain('class="outline"');
    expect(provinces.match(/class="z-belum"/g)).toHaveLength(38);
    expect(provinces).toContain('<title id="peta-judul">Map of Indonesia — nothing released yet</title>');
  });

  it('keeps the English switch on links', () => {
    const en = renderMapSvg({ layer: 'kabkota', lang: 'en', year: 2023, regions: [BALANGAN] });
    expect(regionMarkup(en, '63.11').linked).toBe('/publik/pemerintah/63.11?lang=en');
  });
});
