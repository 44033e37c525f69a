/**
 * The results tab: the IKM big in the format layer ("88,31"), its grade and label, the 0,11
 * variant labelled for reconciliation, how many were not counted and why, NRR per element (table
 * and chart labels), the lowest elements, per-unit table, suggestions, the government's trend;
 * the report links; a unit scope asks the server for that unit.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SurveyResultsSchema, type SurveyResults } from '../../../../shared/contracts/surveys';
import SurveyPeriodPage from '../../../app/routes/survey-period-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { nrrChartOption } from '../lib/chart-options';
import { skmInstrument, skmPeriod, sv } from '../test/fixtures';

const elements = skmInstrument.questions.map((q, i) => ({
  code: q.code,
  element: q.element,
  answered: 40,
  nrr: 3.5 + i / 100 + 0.0012,
  nrrRounded: Math.round((3.5 + i / 100) * 100) / 100,
}));

const results: SurveyResults = SurveyResultsSchema.parse({
  periodId: sv.period,
  kind: 'skm',
  scope: { unitId: null, productId: null },
  interim: true,
  respondents: 41,
  ikm: 88.3125,
  ikmRounded: 88.31,
  grade: 'A',
  ikmWithRoundedWeight: 87.43,
  received: 47,
  excluded: { total: 6, byFlag: { too_fast: 3, device_reuse: 1 }, byReview: 1, superseded: 1 },
  staffEntered: 5,
  elements,
  lowest: [elements[0], elements[1]],
  units: [
    {
      id: sv.unitA,
      name: 'Disdukcapil',
      respondents: 30,
      ikm: 90.1,
      ikmRounded: 90.1,
      grade: 'A',
      ikmWithRoundedWeight: 89.2,
    },
    {
      id: sv.unitB,
      name: 'Dinas Kesehatan',
      respondents: 11,
      ikm: 76.6,
      ikmRounded: 76.6,
      grade: 'C',
      ikmWithRoundedWeight: 75.8,
    },
  ],
  products: [],
  profile: [
    {
      code: 'jenis_kelamin',
      label: { id: 'Jenis kelamin', en: 'Sex' },
      counts: [
        { code: 'L', label: { id: 'Laki-laki', en: 'Male' }, count: 20 },
        { code: 'P', label: { id: 'Perempuan', en: 'Female' }, count: 21 },
      ],
    },
  ],
  suggestions: [
    { text: 'Ruang tunggu lebih sejuk', unitName: 'Disdukcapil', submittedAt: '2026-06-01T02:00:00.000Z' },
  ],
});

describe('survey results', () => {
  it('shows the index, grade, the 0,11 variant, exclusions, NRR, lowest elements, units, trend and report links', async () => {
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod })
      .on('GET', `/survey-periods/${sv.period}/results`, { body: results })
      .on('GET', `/governments/${sv.government}/surveys/trend`, {
        body: {
          items: [
            {
              periodId: sv.period,
              title: 'SKM 2026',
              startsOn: '2026-01-01',
              endsOn: '2026-12-31',
              status: 'open',
              respondents: 41,
              ikm: 88.3125,
              ikmRounded: 88.31,
              grade: 'A',
              ikmWithRoundedWeight: 87.43,
            },
          ],
        },
      });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=results`,
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    expect((await screen.findByTestId('results-ikm')).textContent).toBe('88,31');
    expect(screen.getByTestId('results-grade').textContent).toBe('A');
    expect(screen.getByText('Sangat Baik')).toBeTruthy();
    expect(screen.getByTestId('results-variant').textContent).toBe(
      'Dengan bobot cetak 0,11: 87,43 — hanya untuk mencocokkan spreadsheet lama',
    );
    expect(screen.getByTestId('results-interim')).toBeTruthy();
    expect(screen.getByTestId('results-respondents').textContent).toBe(
      '41 responden dihitung dari 47 respons masuk',
    );
    const excluded = screen.getByTestId('results-excluded');
    expect(excluded.textContent).toContain('6 respons tidak dihitung');
    expect(excluded.textContent).toContain('Dijawab terlalu cepat: 3');
    expect(excluded.textContent).toContain('Dikeluarkan setelah ditinjau: 1');

    const nrr = screen.getByTestId('nrr-table');
    expect(within(nrr).getAllByRole('row')).toHaveLength(10);
    expect(within(nrr).getByText('U1 Persyaratan').closest('tr')!.textContent).toContain('3,50');
    expect(screen.getByTestId('results-lowest').textContent).toContain('U1 Persyaratan — 3,50');
    const units = screen.getByTestId('results-units');
    expect(within(units).getByText('Dinas Kesehatan').closest('tr')!.textContent).toContain('76,60');
    expect(screen.getByText('“Ruang tunggu lebih sejuk”')).toBeTruthy();
    await screen.findByTestId('results-trend');
    expect(screen.getByTestId('report-pdf').getAttribute('href')).toBe(
      `/api/survey-periods/${sv.period}/report.pdf`,
    );
    expect(screen.getByTestId('report-xlsx').getAttribute('href')).toBe(
      `/api/survey-periods/${sv.period}/report.xlsx`,
    );

    await user.selectOptions(screen.getByTestId('results-unit'), 'Disdukcapil');
    await waitFor(() =>
      expect(
        api.requests.some((r) => r.path.endsWith('/results') && r.query.get('unitId') === sv.unitA),
      ).toBe(true),
    );
  });

  it('shows ten suggestions first, then all of them on request (a phone page stays short)', async () => {
    const many = SurveyResultsSchema.parse({
      ...results,
      suggestions: Array.from({ length: 25 }, (_, i) => ({
        text: `Saran nomor ${i + 1}`,
        unitName: 'Disdukcapil',
        submittedAt: '2026-06-01T02:00:00.000Z',
      })),
    });
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod })
      .on('GET', `/survey-periods/${sv.period}/results`, { body: many })
      .on('GET', `/governments/${sv.government}/surveys/trend`, { body: { items: [] } });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=results`,
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    const list = await screen.findByTestId('results-suggestions');
    expect(within(list).getAllByText(/^“Saran nomor/)).toHaveLength(10);
    const toggle = screen.getByTestId('suggestions-toggle');
    expect(toggle.textContent).toBe('Tampilkan semua 25 saran');
    await user.click(toggle);
    expect(within(list).getAllByText(/^“Saran nomor/)).toHaveLength(25);
    expect(toggle.textContent).toBe('Tampilkan lebih sedikit');
  });

  it('labels the NRR bars with the format layer, first element on top', () => {
    const option = nrrChartOption(results.elements, 'id');
    expect(option.yAxis.data.at(-1)).toBe('U1 Persyaratan');
    expect(option.xAxis.max).toBe(4);
    expect(option.series[0]!.label.formatter({ value: 3.5 })).toBe('3,50');
    expect(nrrChartOption(results.elements, 'en').series[0]!.label.formatter({ value: 3.5 })).toBe('3.50');
  });
});
