/**
 * The ranking page's query and paging, without a database: what `jenis`, `tahun`, `provinsi`, `q`
 * and `halaman` mean, and which rows a page shows (fifty a page, the national rank kept).
 */
import { describe, expect, it } from 'vitest';
import type { PublicResult } from '../../../shared/contracts/public';
import { parseRankingQuery, RANKING_PAGE_SIZE, rankingPageHtml, rankingRows } from './ranking-page';

const YEARS = [2024, 2023];

describe('parseRankingQuery', () => {
  it.each([
    [{}, { type: 'pemkab', year: 2024, province: null, name: null, page: 1, fellBack: false }],
    [
      { jenis: 'pemkot', tahun: '2023', provinsi: '63', q: '  Banjar ', halaman: '3' },
      { type: 'pemkot', year: 2023, province: '63', name: 'Banjar', page: 3, fellBack: false },
    ],
    [{ q: '' }, { name: null, fellBack: false }],
    [{ q: '   ' }, { name: null, fellBack: false }],
    [{ q: 'x'.repeat(81) }, { name: null, fellBack: true }],
    [{ q: ['a', 'b'] }, { name: null, fellBack: true }],
    [{ halaman: '0' }, { page: 1, fellBack: true }],
    [{ halaman: '-2' }, { page: 1, fellBack: true }],
    [{ halaman: '2.5' }, { page: 1, fellBack: true }],
    [{ halaman: '99999' }, { page: 1, fellBack: true }],
    [{ halaman: 'dua' }, { page: 1, fellBack: true }],
    [{ halaman: '9999' }, { page: 9999, fellBack: false }],
    [{ tahun: '1999' }, { year: 2024, fellBack: true }],
    [{ jenis: 'desa' }, { type: 'pemkab', fellBack: true }],
  ])('%j', (query, expected) => {
    expect(parseRankingQuery(query, YEARS)).toMatchObject(expected);
  });
});

/** `n` results of one type and year; rank i + 1 for the i-th, a province per ten. */
function results(n: number): PublicResult[] {
  return Array.from({ length: n }, (_, i) => {
    const figure = { score: 100 - i / 10, band: null, zone: null, opinion: null };
    return {
      governmentId: `g${i}`,
      key: `key${i}`,
      name: i === 7 ? 'Kabupaten Balangan' : `Kabupaten Uji ${i + 1}`,
      type: 'pemkab',
      regionCode: null,
      provinceCode: String(11 + Math.floor(i / 10)),
      provinceName: null,
      year: 2024,
      method: 'skor',
      cycleId: null,
      shown: figure,
      source: 'patuh',
      computed: null,
      rank: i + 1,
      assessed: n,
      releasedAt: '2024-12-01T00:00:00Z',
    } satisfies PublicResult;
  }).reverse();
}

describe('rankingRows', () => {
  const all = results(123);
  const ranks = (rows: PublicResult[]) => rows.map((r) => r.rank);

  it('is fifty a page', () => {
    expect(RANKING_PAGE_SIZE).toBe(50);
  });

  // 123 rows → pages of 50, 50 and 23.
  it.each([
    [1, 1, 50, 1, 3, false],
    [2, 51, 100, 2, 3, false],
    [3, 101, 123, 3, 3, false],
    [4, 1, 50, 1, 3, true],
  ])(
    'page %i shows ranks %i–%i (page %i of %i, out of range %s)',
    (page, from, to, shownPage, pages, out) => {
      const r = rankingRows(all, { province: null, name: null, page });
      expect(r.matching).toHaveLength(123);
      expect(ranks(r.shown)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
      expect(r.first).toBe(from - 1);
      expect(r.page).toBe(shownPage);
      expect(r.pages).toBe(pages);
      expect(r.outOfRange).toBe(out);
    },
  );

  it('a province keeps the national rank (province 13 holds ranks 21–30)', () => {
    const r = rankingRows(all, { province: '13', name: null, page: 1 });
    expect(ranks(r.shown)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(r.pages).toBe(1);
  });

  it('the name filter ignores case and keeps the rank', () => {
    expect(ranks(rankingRows(all, { province: null, name: 'BALANGAN', page: 1 }).shown)).toEqual([8]);
    // "Uji 12" is in "Kabupaten Uji 12" and "Kabupaten Uji 120".."123".
    expect(ranks(rankingRows(all, { province: null, name: 'uji 12', page: 1 }).shown)).toEqual([
      12, 120, 121, 122, 123,
    ]);
    expect(ranks(rankingRows(all, { province: '12', name: 'uji 12', page: 1 }).shown)).toEqual([12]);
  });

  it('nothing matches: one empty page', () => {
    const r = rankingRows(all, { province: null, name: 'tidak ada', page: 1 });
    expect(r.shown).toEqual([]);
    expect(r.pages).toBe(1);
    expect(r.outOfRange).toBe(false);
  });
});

describe('rankingPageHtml', () => {
  const all = results(123);
  const render = (query: Record<string, unknown>, lang: 'id' | 'en' = 'id') =>
    rankingPageHtml(lang, '/publik/peringkat', YEARS, parseRankingQuery(query, YEARS), all);
  const rowRanks = (body: string) =>
    [...body.matchAll(/<tr>\s*<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));

  it('page 2 of 3: ranks 51–100, both links keep the choices, the count of all assessed', () => {
    const body = render({ tahun: '2024', halaman: '2' });
    expect(rowRanks(body)).toEqual(Array.from({ length: 50 }, (_, i) => 51 + i));
    expect(body).toContain('123 pemerintah dinilai');
    expect(body).toMatch(/Menampilkan 51–100 dari 123/);
    expect(body).toMatch(/Halaman 2 dari 3/);
    expect(body).toMatch(/href="\/publik\/peringkat\?jenis=pemkab&amp;tahun=2024"\s+rel="prev"/);
    expect(body).toMatch(
      /href="\/publik\/peringkat\?jenis=pemkab&amp;tahun=2024&amp;halaman=3"\s+rel="next"/,
    );
    expect(body).not.toContain('Sebagian pilihan tidak dikenali');
  });

  it('the first page has no "previous", the last no "next"', () => {
    const first = render({});
    expect(rowRanks(first)).toHaveLength(50);
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const last = render({ halaman: '3' });
    expect(rowRanks(last)).toEqual(Array.from({ length: 23 }, (_, i) => 101 + i));
    expect(last).toContain('rel="prev"');
    expect(last).not.toContain('rel="next"');
  });

  it('a name filter is kept in the pager and the year links, dropped by the type links', () => {
    const body = render({ q: 'Uji 1', halaman: '1' });
    // "Uji 1", "Uji 10".."Uji 19", "Uji 100".."Uji 123": 1 + 10 + 24 = 35, one page.
    expect(rowRanks(body)).toHaveLength(35);
    expect(body).toMatch(/Menampilkan 1–35 dari 35/);
    expect(body).not.toContain('data-testid="rank-pager"');
    expect(body).toContain('value="Uji 1"');
    expect(body).toContain('href="/publik/peringkat?jenis=pemkab&amp;tahun=2023&amp;q=Uji+1"');
    expect(body).toContain('href="/publik/peringkat?jenis=pemkot&amp;tahun=2024"');
  });

  it('a page past the end shows the first with a notice; no match says so', () => {
    const past = render({ halaman: '9' });
    expect(past).toContain('Sebagian pilihan tidak dikenali');
    expect(rowRanks(past)[0]).toBe(1);
    const none = render({ q: 'Kota Tidak Ada' });
    expect(none).toContain('Tidak ada pemerintah dengan nama itu pada pilihan ini.');
    expect(none).not.toContain('data-testid="ranking"');
  });

  it('in English', () => {
    const body = render({ halaman: '2' }, 'en');
    expect(body).toMatch(/Showing 51–100 of 123/);
    expect(body).toMatch(/Page 2 of 3/);
    expect(body).toMatch(/&amp;halaman=3&amp;lang=en"\s+rel="next"/);
  });
});
