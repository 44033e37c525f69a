/**
 * The responses tab: flagged responses stay visible with their reason; the coordinator accepts or
 * excludes one with a reason (none → refused before sending); the filter asks the server for the
 * flagged ones; staff correct a typed-in form (a new record with a reason); a refused Excel
 * import lists its row errors.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResponseView } from '../../../../shared/contracts/surveys';
import SurveyPeriodPage from '../../../app/routes/survey-period-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmPeriod, sv } from '../test/fixtures';

const RESPONSE = '88888888-8888-4888-8888-888888888881';
const flagged: ResponseView = {
  id: RESPONSE,
  unitId: sv.unitA,
  unitName: 'Disdukcapil',
  productId: null,
  productName: null,
  answers: { U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 },
  profile: {},
  suggestion: null,
  channel: 'counter',
  enteredByName: null,
  submittedAt: '2026-06-01T02:00:00.000Z',
  durationMs: 4_000,
  flags: ['too_fast'],
  accepted: false,
  review: null,
  supersedesId: null,
  supersededById: null,
};

describe('responses and review', () => {
  it('shows a flagged response with its reason and excludes it with a reason', async () => {
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod })
      .on('GET', `/survey-periods/${sv.period}/responses`, { body: { items: [flagged], nextCursor: null } })
      .on('POST', `/survey-responses/${RESPONSE}/review`, {
        body: {
          ...flagged,
          review: { decision: 'exclude', reason: 'Uji petugas', by: 'Rina', at: '2026-06-02T02:00:00.000Z' },
        },
      });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=responses`,
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    const row = await screen.findByTestId('response-row');
    expect(within(row).getByText('Dijawab terlalu cepat')).toBeTruthy();
    expect(within(row).getByText('Tidak dihitung')).toBeTruthy();
    expect(within(row).getByText('QR loket')).toBeTruthy();
    // A respondent's own answer is not a staff entry: no correction offered.
    expect(within(row).queryByTestId('response-correct')).toBeNull();

    await user.click(within(row).getByTestId('response-exclude'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('review-save'));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeTruthy();
    expect(api.sent('POST', `/survey-responses/${RESPONSE}/review`)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Uji petugas');
    await user.click(within(dialog).getByTestId('review-save'));
    await waitFor(() => expect(api.sent('POST', `/survey-responses/${RESPONSE}/review`)).toHaveLength(1));
    expect(api.sent('POST', `/survey-responses/${RESPONSE}/review`)[0]!.body).toEqual({
      decision: 'exclude',
      reason: 'Uji petugas',
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Saring respons' }), 'Ditandai');
    await waitFor(() =>
      expect(
        api.requests.some((r) => r.path.endsWith('/responses') && r.query.get('filter') === 'flagged'),
      ).toBe(true),
    );
  });

  it('corrects a staff-entered response: a new record with a reason, the unit kept', async () => {
    const typed: ResponseView = {
      ...flagged,
      channel: 'staff',
      flags: [],
      accepted: true,
      enteredByName: 'Rina',
    };
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod })
      .on('GET', `/survey-periods/${sv.period}/responses`, { body: { items: [typed], nextCursor: null } })
      .on('POST', `/survey-responses/${RESPONSE}/correct`, {
        status: 201,
        body: { ...typed, supersedesId: RESPONSE },
      });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=responses`,
      user: testUser({ role: 'unit_pic', governmentId: sv.government, unitIds: [sv.unitA] }),
      api,
    });
    const row = await screen.findByTestId('response-row');
    expect(within(row).getByText('Diisi petugas (formulir kertas)')).toBeTruthy();
    // A PIC collects but does not review.
    expect(within(row).queryByTestId('response-exclude')).toBeNull();
    await user.click(within(row).getByTestId('response-correct'));
    const dialog = await screen.findByRole('dialog');
    expect(
      (within(dialog).getByRole('combobox', { name: /Unit layanan/ }) as HTMLSelectElement).disabled,
    ).toBe(true);
    await user.click(
      within(within(dialog).getByTestId('entry-q-U3')).getByRole('radio', { name: '2. Kurang cepat' }),
    );
    await user.click(within(dialog).getByTestId('entry-submit'));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeTruthy();
    expect(api.sent('POST', `/survey-responses/${RESPONSE}/correct`)).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Alasan koreksi/ }), 'Salah ketik U3');
    await user.click(within(dialog).getByTestId('entry-submit'));
    await waitFor(() => expect(api.sent('POST', `/survey-responses/${RESPONSE}/correct`)).toHaveLength(1));
    const body = api.sent('POST', `/survey-responses/${RESPONSE}/correct`)[0]!.body as Record<
      string,
      unknown
    >;
    expect(body).toMatchObject({ reason: 'Salah ketik U3', productId: null, suggestion: null });
    expect(body).not.toHaveProperty('unitId');
    expect(body.answers).toEqual({ U1: 4, U2: 4, U3: 2, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 4 });
  });

  it('a refused import lists its row errors', async () => {
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod })
      .on('POST', `/survey-periods/${sv.period}/import`, {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Impor ditolak: 2 kesalahan.',
            fields: { '7.U3': 'Jawaban harus 1 sampai 4.', '3.unit': 'Unit tidak ada di periode ini.' },
          },
          errors: [],
        },
      });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=import`,
      user: testUser({ role: 'gov_coordinator', governmentId: sv.government }),
      api,
    });
    const file = new File(['x'], 'skm.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const panel = await screen.findByTestId('survey-import');
    await user.upload(panel.querySelector('input[type="file"]') as HTMLInputElement, file);
    await user.click(screen.getByTestId('import-send'));
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getByText('Impor ditolak: 2 kesalahan.')).toBeTruthy();
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['3unitUnit tidak ada di periode ini.', '7U3Jawaban harus 1 sampai 4.']);
  });
});
