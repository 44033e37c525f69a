/** A page address with unknown parameters redirects to the page without them (one cached copy per page). */
import { describe, expect, it } from 'vitest';
import { canonicalPageUrl } from './public-cache';

describe('canonicalPageUrl', () => {
  it.each([
    ['/publik', null],
    ['/publik?tahun=2023&peta=provinsi&lang=en', null],
    ['/publik/bandingkan?g=63.11&g=63', null],
    ['/publik?fbclid=abc', '/publik'],
    ['/publik?tahun=2023&x=1&utm_source=wa', '/publik?tahun=2023'],
    ['/publik/pemerintah/63.11?bust=1&lang=en&bust=2', '/publik/pemerintah/63.11?lang=en'],
    ['/publik/bandingkan?g=63.11&zz=&g=63', '/publik/bandingkan?g=63.11&g=63'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalPageUrl(url)).toBe(expected);
  });
});
