/**
 * The staff dashboard map: each government in reach is drawn in its zone colour (unreleased pale,
 * dashed and said so in its tooltip), regions outside the reach are grey and not links, a click
 * opens the rapor in the app, the table lists every government (ministries too), and the cycle
 * picker and layer switch ask the server for what they show.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MapGeometry, StaffMap } from '../../../../shared/contracts/open-data';
import { ZONE_COLORS } from '../../../components/ui/zone-badge';
import { FakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { StaffMapCard } from './staff-map';

const c2023 = {
  id: '11111111-1111-4111-8111-000000002023',
  year: 2023,
  name: 'Penilaian 2023',
  status: 'published',
};
const c2024 = {
  id: '11111111-1111-4111-8111-000000002024',
  year: 2024,
  name: 'Penilaian 2024',
  status: 'verification',
};
const balangan = '22222222-2222-4222-8222-000000006311';

function map2023(): StaffMap {
  return {
    cycle: c2023,
    cycles: [c2024, c2023],
    items: [
      {
        governmentId: balangan,
        name: 'Kabupaten Balangan',
        type: 'pemkab',
        code: '63.11',
        score: 81.23,
        band: 'B',
        zone: 'hijau',
        released: true,
      },
      {
        governmentId: '22222222-2222-4222-8222-000000006309',
        name: 'Kabupaten Tabalong',
        type: 'pemkab',
        code: '63.09',
        score: 45.5,
        band: 'D',
        zone: 'merah',
        released: false,
      },
      {
        governmentId: '22222222-2222-4222-8222-000000000001',
        name: 'Kementerian Contoh',
        type: 'kementerian',
        code: null,
        score: null,
        band: null,
        zone: null,
        released: false,
      },
    ],
  };
}

const geometry = (layer: 'provinsi' | 'kabkota'): MapGeometry => ({
  layer,
  viewBox: '0 0 1000 400',
  regions:
    layer === 'kabkota'
      ? [
          { code: '63.11', name: 'Balangan', d: 'm500 200l10 0 0 10-10 0z' },
          { code: '63.09', name: 'Tabalong', d: 'm520 190l10 0 0 10-10 0z' },
          { code: '64.01', name: 'Paser', d: 'm560 200l10 0 0 10-10 0z' },
        ]
      : [{ code: '63', name: 'Kalimantan Selatan', d: 'm500 190l40 0 0 30-40 0z' }],
});

function api() {
  return new FakeApi()
    .on('GET', '/dashboard/map', (req) => {
      const cycleId = req.query.get('cycleId');
      if (cycleId === c2024.id) return { body: { ...map2023(), cycle: c2024, items: [] } };
      return { body: map2023() };
    })
    .on('GET', '/public/v1/map/kabkota.json', { body: geometry('kabkota') })
    .on('GET', '/public/v1/map/provinsi.json', { body: geometry('provinsi') });
}

const pathOf = (code: string) => document.querySelector(`path[data-code="${code}"]`);

describe('StaffMapCard', () => {
  it('draws the reach in zone colours, unreleased pale with its tooltip saying so, the rest grey', async () => {
    renderApp(<StaffMapCard />, { api: api() });
    await waitFor(() => expect(pathOf('63.11')).not.toBeNull());
    expect(pathOf('63.11')!.getAttribute('fill')).toBe(ZONE_COLORS.hijau);
    expect(pathOf('63.11')!.getAttribute('fill-opacity')).toBe('1');
    expect(pathOf('63.11')!.querySelector('title')!.textContent).toBe(
      'Kabupaten Balangan · Hijau · 81,23 · dirilis ke publik',
    );
    expect(pathOf('63.09')!.getAttribute('fill')).toBe(ZONE_COLORS.merah);
    expect(pathOf('63.09')!.getAttribute('fill-opacity')).toBe('0.45');
    expect(pathOf('63.09')!.querySelector('title')!.textContent).toContain('belum dirilis');
    // Paser is outside the reach: grey, a name only, not a link.
    const svg = screen.getByTestId('staff-map-svg');
    const paser = [...svg.querySelectorAll('path')].find((p) => p.textContent === 'Paser')!;
    expect(paser.getAttribute('fill')).toBe('#eef0f2');
    expect(paser.closest('a')).toBeNull();
    expect(svg.querySelectorAll('a')).toHaveLength(2);
    // Framed on the reach, not the whole country.
    expect(svg.getAttribute('viewBox')).not.toBe('0 0 1000 400');
    expect(within(screen.getByTestId('staff-map-legend')).getByText('belum dirilis')).toBeTruthy();
    expect(screen.getByText(/Kementerian dan lembaga tidak tergambar/)).toBeTruthy();
  });

  it('a click on a region opens its rapor in the app', async () => {
    const { user, router } = renderApp(<StaffMapCard />, { api: api() });
    await waitFor(() => expect(pathOf('63.11')).not.toBeNull());
    await user.click(pathOf('63.11')!);
    expect(router.state.location.pathname).toBe(`/cycles/${c2023.id}/governments/${balangan}/rapor`);
  });

  it('the table lists every government with zone, score and release, ministries too', async () => {
    const { user } = renderApp(<StaffMapCard />, { api: api() });
    const table = await screen.findByTestId('staff-map-table');
    expect(table.hasAttribute('open')).toBe(false);
    // Closed, the rows are not even made; the summary opens them.
    expect(within(table).queryAllByRole('row')).toEqual([]);
    await user.click(within(table).getByText(/3 pemerintah/));
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(4));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Kabupaten Balangan', 'Hijau', '81,23', 'dirilis ke publik'],
      ['Kabupaten Tabalong', 'Merah', '45,50', 'belum dirilis'],
      ['Kementerian Contoh', '—', '—', 'belum dirilis'],
    ]);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe(
      `/cycles/${c2023.id}/governments/${balangan}/rapor`,
    );
  });

  it('the layer switch loads the province geometry; the cycle picker asks for that cycle', async () => {
    const fake = api();
    const { user } = renderApp(<StaffMapCard />, { api: fake });
    await waitFor(() => expect(pathOf('63.11')).not.toBeNull());
    expect(fake.sent('GET', '/dashboard/map')[0]!.query.get('cycleId')).toBeNull();
    await user.click(screen.getByText('Provinsi'));
    await waitFor(() => expect(fake.sent('GET', '/public/v1/map/provinsi.json')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('staff-map-svg').querySelector('title')?.textContent).toBe(
        'Kalimantan Selatan',
      ),
    );
    await user.click(screen.getByRole('combobox', { name: 'Siklus' }));
    await user.click(await screen.findByRole('option', { name: '2024 · Penilaian 2024' }));
    await waitFor(() =>
      expect(fake.sent('GET', '/dashboard/map').map((r) => r.query.get('cycleId'))).toContain(c2024.id),
    );
  });
});
