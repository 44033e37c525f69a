/**
 * "Survei": the periods in reach with their progress, and the next steps by permission — a
 * coordinator opens SKM periods, an office head perception surveys, an admin the instruments.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PeriodSummarySchema } from '../../../../shared/contracts/surveys';
import SurveysPage from '../../../app/routes/surveys-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmPeriod, sv } from '../test/fixtures';

const { units: _u, instrument: _i, ...rest } = skmPeriod;
const summary = PeriodSummarySchema.parse({ ...rest, units: 2, responses: 1234, required: 261 });

describe('survey list', () => {
  it('lists the periods with progress; a coordinator may open an SKM period, not a perception survey', async () => {
    const api = new FakeApi().on('GET', '/survey-periods', { body: { items: [summary] } });
    renderApp(<SurveysPage />, {
      path: '/survei',
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    const row = await screen.findByTestId('period-row');
    expect(row.getAttribute('href')).toBe(`/survei/${sv.period}`);
    expect(within(row).getByText('SKM 2026')).toBeTruthy();
    expect(within(row).getByTestId('period-progress').textContent).toBe(
      '1.234 respons masuk untuk sampel minimal 261 · 2 unit',
    );
    expect(within(row).getByRole('progressbar')).toBeTruthy();
    expect(screen.getByTestId('survey-new-skm')).toBeTruthy();
    expect(screen.queryByTestId('survey-new-perception')).toBeNull();
    expect(screen.queryByTestId('survey-instruments')).toBeNull();
  });

  it('an office head opens perception surveys; an empty list says who opens periods', async () => {
    const api = new FakeApi().on('GET', '/survey-periods', { body: { items: [] } });
    renderApp(<SurveysPage />, {
      path: '/survei',
      user: testUser({ role: 'oversight_head', officeId: '99999999-9999-4999-8999-999999999999' }),
      api,
    });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('Belum ada periode survei.');
    expect(screen.getByTestId('survey-new-perception')).toBeTruthy();
    expect(screen.queryByTestId('survey-new-skm')).toBeNull();
  });
});
