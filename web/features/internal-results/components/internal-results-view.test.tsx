/**
 * The internal results page below the browser: the "Penilaian mandiri" label, the unit ranking,
 * the pemetaan kekurangan re-sorted through the API (?sort=), the comparison per shared indicator
 * with the note that totals are not comparable, and its empty state without an official result.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  InternalComparisonSchema,
  InternalGapsSchema,
  InternalRankingSchema,
  TOTALS_NOT_COMPARABLE,
  type InternalCycleHead,
} from '../../../../shared/contracts/assessments-internal-results';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import InternalResultsPage from '../../../app/routes/internal-results-page';

const unitC = '33333333-3333-4333-8333-33333333333c';
const head: InternalCycleHead = {
  id: ids.cycle,
  name: 'Penilaian Mandiri 2024',
  year: 2024,
  status: 'published',
  closed: true,
  sharedAt: null,
  framework: {
    id: 'spot-check-2024',
    version: '2024.1',
    name: { id: 'Penilaian Mandiri Spot Check 2024', en: 'Spot check 2024' },
    issuer: 'Patuh (disusun dari indikator Ombudsman RI 2022–2024)',
    compiledBy: 'patuh',
    scoreMax: 100,
  },
  government: { id: ids.government, name: 'Pemkab Bangka Barat', type: 'pemkab', timeZone: 'WIB' },
};

const ranking = InternalRankingSchema.parse({
  cycle: head,
  units: [
    {
      rank: 1,
      unitId: ids.unitA,
      name: 'Disdukcapil',
      type: 'opd',
      score: 92.5,
      band: 'A',
      zone: 'hijau',
      failing: 1,
    },
    {
      rank: 2,
      unitId: ids.unitB,
      name: 'DPMPTSP',
      type: 'opd',
      score: 70.25,
      band: 'C',
      zone: 'kuning',
      failing: 3,
    },
    {
      rank: null,
      unitId: unitC,
      name: 'Puskesmas Muntok',
      type: 'puskesmas',
      score: null,
      band: null,
      zone: null,
      failing: 0,
    },
  ],
});

const gap = (
  indicator: string,
  failing: number,
  units: Array<[string, string, 'not_fulfilled' | 'partly']>,
) => ({
  indicator,
  name: { id: `Indikator ${indicator}`, en: `Indicator ${indicator}` },
  level: 'product' as const,
  scaleMin: 0,
  scaleMax: 3,
  assessedUnits: 3,
  failing,
  notFulfilled: units.filter((u) => u[2] === 'not_fulfilled').length,
  partly: units.filter((u) => u[2] === 'partly').length,
  unassessed: 0,
  units: units.map(([unitId, name, status]) => ({
    unitId,
    name,
    status,
    fulfilment: status === 'partly' ? 66.67 : 0,
  })),
});
const byFailing = [
  gap('PROSES.4', 2, [
    [ids.unitB, 'DPMPTSP', 'not_fulfilled'],
    [ids.unitA, 'Disdukcapil', 'partly'],
  ]),
  gap('PROSES.1', 1, [[ids.unitB, 'DPMPTSP', 'partly']]),
];

function server(official: boolean, shared = true) {
  const api = new FakeApi();
  api.on('GET', '/cycles/:id/internal/ranking', { body: ranking });
  api.on('GET', '/cycles/:id/internal/gaps', (req) => ({
    body: InternalGapsSchema.parse({
      cycle: head,
      indicators: req.query.get('sort') === 'framework' ? [...byFailing].reverse() : byFailing,
    }),
  }));
  api.on('GET', '/cycles/:id/internal/comparison', {
    body: InternalComparisonSchema.parse({
      cycle: head,
      totalsComparable: false,
      official: official
        ? {
            cycleId: '66666666-6666-4666-8666-666666666666',
            name: 'Penilaian Kepatuhan 2023',
            year: 2023,
            publishedAt: '2023-12-15T03:00:00.000Z',
            framework: {
              id: 'ombudsman-2022-2024',
              version: '2023.1',
              name: { id: 'Ombudsman 2022–2024', en: 'Ombudsman' },
            },
          }
        : null,
      indicators:
        official && shared
          ? [
              {
                indicator: 'PROSES.1',
                name: { id: 'Indikator PROSES.1', en: 'Indicator PROSES.1' },
                level: 'product',
                internal: { fulfilment: 55.56, cells: 6, missing: 0 },
                official: { fulfilment: 33.33, cells: 3, missing: 0 },
                difference: 22.22,
                commonUnits: [{ unitId: ids.unitA, name: 'Disdukcapil', internal: 0, official: 50 }],
              },
            ]
          : [],
      internalOnly: shared ? [] : ['PROSES.1', 'INPUT.KOMP.1'],
    }),
  });
  return api;
}

const render = (official = true, shared = true) =>
  renderApp(<InternalResultsPage />, {
    api: server(official, shared),
    path: '/cycles/:id/internal-results',
    at: `/cycles/${ids.cycle}/internal-results`,
  });

describe('internal results page', () => {
  it('shows the label, the ranking and the report downloads', async () => {
    render();
    expect(await screen.findByTestId('internal-results-title')).toHaveProperty(
      'textContent',
      'Hasil penilaian mandiri Pemkab Bangka Barat',
    );
    expect(screen.getByTestId('internal-label').textContent).toBe('Penilaian mandiri');
    expect(screen.getByText('2024 · Penilaian Mandiri Spot Check 2024 (disusun Patuh)')).toBeTruthy();
    const rows = screen.getAllByTestId('internal-ranking-row');
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', 'Disdukcapil', '92,50 (A)', 'Hijau', '1'],
      ['2', 'DPMPTSP', '70,25 (C)', 'Kuning', '3'],
      ['—', 'Puskesmas Muntok', '—', '—', '0'],
    ]);
    expect(screen.getByRole('button', { name: 'Unduh laporan (PDF)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unduh laporan (Excel)' })).toBeTruthy();
  });

  it('lists the gaps most failing first and re-sorts them in the framework order through the API', async () => {
    const { user } = render();
    await waitFor(() => expect(screen.getAllByTestId('internal-gap-row')).toHaveLength(2));
    const order = () => screen.getAllByTestId('internal-gap-row').map((r) => r.dataset.indicator);
    expect(order()).toEqual(['PROSES.4', 'PROSES.1']);
    const first = screen.getAllByTestId('internal-gap-row')[0]!;
    expect(within(first).getByText('2 / 3')).toBeTruthy();
    expect(within(first).getByText('DPMPTSP · 0%')).toBeTruthy();
    expect(within(first).getByText('Disdukcapil · 66,67%')).toBeTruthy();
    await user.click(screen.getByText('Urutan kerangka'));
    await waitFor(() => expect(order()).toEqual(['PROSES.1', 'PROSES.4']));
  });

  it('compares per shared indicator and says totals are not comparable', async () => {
    render();
    const row = await screen.findByTestId('comparison-row');
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['PROSES.1Indikator PROSES.1', '55,56%', '33,33%', '+22,22', 'Disdukcapil: 0% / 50%']);
    expect(screen.getByTestId('totals-not-comparable').textContent).toBe(TOTALS_NOT_COMPARABLE.id);
    expect(screen.getByText('Mandiri 2024')).toBeTruthy();
    expect(screen.getByText('Ombudsman 2023')).toBeTruthy();
  });

  it('shows an empty state without a published official result', async () => {
    render(false);
    expect((await screen.findByTestId('comparison-empty')).textContent).toContain(
      'Belum ada hasil resmi Ombudsman RI',
    );
    expect(screen.queryByTestId('internal-comparison')).toBeNull();
  });

  it('says so when the official framework shares no indicator code with the internal one', async () => {
    render(true, false);
    expect((await screen.findByTestId('comparison-no-shared')).textContent).toContain(
      'tidak memiliki kode indikator yang sama',
    );
    expect(screen.queryAllByTestId('comparison-row')).toHaveLength(0);
    expect(screen.getByText(/2 indikator penilaian mandiri tidak ada pada kerangka Ombudsman/)).toBeTruthy();
  });
});
