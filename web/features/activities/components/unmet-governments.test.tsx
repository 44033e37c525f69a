/**
 * The activities page of an office shows which of its governments it has not met in the year
 * (the filter's year, else this year): the API's list, each with a link to record an activity and
 * when one was last held; a coordinator's page has no such panel.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ActivitiesPage from '../../../app/routes/activities-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';

const OFFICE = '11111111-1111-4111-8111-111111111111';
const GOV_A = '22222222-2222-4222-8222-00000000000a';
const GOV_B = '22222222-2222-4222-8222-00000000000b';

function fakeApi() {
  const api = new FakeApi();
  api.on('GET', '/activities', { body: { items: [], nextCursor: null } });
  api.on('GET', '/governments', { body: { items: [], nextCursor: null } });
  api.on('GET', `/offices/${OFFICE}/unmet-governments`, (req) => ({
    body: {
      officeId: OFFICE,
      year: Number(req.query.get('year')),
      total: 5,
      items: [
        { id: GOV_A, name: 'Kabupaten Balangan', type: 'pemkab', lastHeldOn: '2024-08-17' },
        { id: GOV_B, name: 'Kota Banjarbaru', type: 'pemkot', lastHeldOn: null },
      ],
    },
  }));
  return api;
}

describe('governments not met this year', () => {
  it("lists the office's unmet governments for the filter's year with a link to record one", async () => {
    const api = fakeApi();
    renderApp(<ActivitiesPage />, {
      path: '/kegiatan',
      at: '/kegiatan?tahun=2025',
      user: testUser({ role: 'assessor', officeId: OFFICE }),
      api,
    });
    expect(await screen.findByText('Belum ditemui pada 2025')).toBeTruthy();
    expect(await screen.findByText('2 dari 5 pemerintah')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Kabupaten Balangan' });
    expect(link.getAttribute('href')).toBe(`/kegiatan/baru?pemerintah=${GOV_A}`);
    expect(screen.getByText('terakhir 17 Agu 2024')).toBeTruthy();
    expect(screen.getByText('belum pernah ada kegiatan')).toBeTruthy();
    expect(api.sent('GET', `/offices/${OFFICE}/unmet-governments`)[0]!.query.get('year')).toBe('2025');
  });

  it("a coordinator's page has no panel and asks nothing of it", async () => {
    const api = fakeApi();
    renderApp(<ActivitiesPage />, {
      path: '/kegiatan',
      at: '/kegiatan',
      user: testUser({ role: 'gov_coordinator', governmentId: GOV_A }),
      api,
    });
    expect(await screen.findByText('Kegiatan')).toBeTruthy();
    expect(screen.queryByTestId('unmet-governments')).toBeNull();
    expect(api.sent('GET', `/offices/${OFFICE}/unmet-governments`)).toEqual([]);
  });
});
