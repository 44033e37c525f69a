/**
 * The period's settings: a new end date is sent with the row version the page loaded; when someone
 * else changed the period first (409), the page says so; closing sends the status.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SurveyPeriodPage from '../../../app/routes/survey-period-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmPeriod, sv } from '../test/fixtures';

describe('period settings', () => {
  it('sends the row version with a change and shows a conflict; closes the period', async () => {
    let calls = 0;
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, () => ({
        body: calls < 2 ? { ...skmPeriod, rowVersion: 4 } : { ...skmPeriod, status: 'closed', rowVersion: 5 },
      }))
      .on('PATCH', `/survey-periods/${sv.period}`, () =>
        ++calls === 1
          ? apiError(409, 'CONFLICT', 'Periode ini baru saja diubah orang lain. Muat ulang halaman.')
          : { body: { ...skmPeriod, status: 'closed', rowVersion: 5 } },
      );
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=settings`,
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    const ends = (await screen.findByTestId('period-ends')) as HTMLInputElement;
    await user.clear(ends);
    await user.type(ends, '2026-11-30');
    await user.click(screen.getByTestId('period-save'));
    expect((await screen.findByTestId('period-conflict')).textContent).toContain('diubah orang lain');
    expect(api.sent('PATCH', `/survey-periods/${sv.period}`)[0]!.body).toEqual({
      rowVersion: 4,
      title: 'SKM 2026',
      endsOn: '2026-11-30',
    });

    await user.click(screen.getByTestId('period-close'));
    await waitFor(() => expect(api.sent('PATCH', `/survey-periods/${sv.period}`)).toHaveLength(2));
    expect(api.sent('PATCH', `/survey-periods/${sv.period}`)[1]!.body).toEqual({
      rowVersion: 4,
      status: 'closed',
    });
    expect((await screen.findByTestId('period-status')).textContent).toBe('Ditutup');
  });
});
