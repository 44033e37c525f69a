/** Reading the home's `?tahun=&peta=` and the search box by hand (a bad value is a 400 page, never a 500). */
import { describe, expect, it } from 'vitest';
import { readHomeQuery } from './public-home.routes';
import { readSearchQuery } from './search-page';
import { originOf, robotsTxt } from './seo';
import type { FastifyRequest } from 'fastify';

describe('readHomeQuery', () => {
  it.each([
    [{}, { year: undefined, layer: 'kabkota', problems: [] }],
    [
      { tahun: '', peta: '' },
      { year: undefined, layer: 'kabkota', problems: [] },
    ],
    [{ tahun: '2023' }, { year: 2023, layer: 'kabkota', problems: [] }],
    [
      { tahun: '2019', peta: 'provinsi' },
      { year: 2019, layer: 'provinsi', problems: [] },
    ],
    [{ tahun: '23' }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ tahun: '2023.5' }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ tahun: ' 2023' }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ tahun: '1999' }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ tahun: '2101' }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ tahun: ['2023', '2022'] }, { year: undefined, layer: 'kabkota', problems: ['bad.year'] }],
    [{ peta: 'Provinsi' }, { year: undefined, layer: 'kabkota', problems: ['bad.layer'] }],
    [
      { tahun: 'x', peta: ['kabkota'] },
      { year: undefined, layer: 'kabkota', problems: ['bad.year', 'bad.layer'] },
    ],
  ])('%o → %o', (query, expected) => {
    expect(readHomeQuery(query)).toEqual(expected);
  });
});

describe('readSearchQuery', () => {
  it.each([
    [undefined, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['a', { kind: 'invalid', q: 'a' }],
    ['  ab  ', { kind: 'ok', q: 'ab' }],
    ['kota   bandung', { kind: 'ok', q: 'kota bandung' }],
    ['x'.repeat(100), { kind: 'ok', q: 'x'.repeat(100) }],
    ['x'.repeat(101), { kind: 'invalid', q: 'x'.repeat(100) }],
    [['ab', 'cd'], { kind: 'invalid', q: '' }],
  ])('%j → %o', (raw, expected) => {
    expect(readSearchQuery(raw)).toEqual(expected);
  });
});

describe('robots.txt origin', () => {
  const req = (host: string | undefined, protocol = 'http') =>
    ({ host, protocol }) as unknown as FastifyRequest;
  it.each([
    [req('patuh.example.go.id'), 'http://patuh.example.go.id'],
    [req('Patuh.Example.go.id:8443', 'https'), 'https://patuh.example.go.id:8443'],
    [req('evil.test/"><script>'), 'http://localhost:3000'],
    [req('a b'), 'http://localhost:3000'],
    [req(undefined), 'http://localhost:3000'],
  ])('%o → %s', (request, origin) => {
    expect(originOf(request, 'http://localhost:3000/')).toBe(origin);
    expect(robotsTxt(origin)).toContain(`Sitemap: ${origin}/sitemap.xml\n`);
  });

  it('with PATUH_PUBLIC_URL set, every Host gives the configured origin', () => {
    for (const host of ['patuh.example.go.id', 'evil.test', 'a.b.c:81', undefined])
      expect(originOf(req(host), 'https://patuh.go.id/', true)).toBe('https://patuh.go.id');
  });
});
