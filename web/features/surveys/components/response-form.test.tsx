/**
 * Paper forms typed in by unit staff: the nine questions with the regulation's worded answers,
 * nothing sent without a unit and at least one answer, the body carries every question (skipped
 * ones as null), the profile codes and the "saran"; the flags the server raised are told; a field
 * error of the server lands on its question.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StaffResponseSchema, type ResponseView } from '../../../../shared/contracts/surveys';
import SurveyPeriodPage from '../../../app/routes/survey-period-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmPeriod, sv } from '../test/fixtures';

const pic = testUser({ role: 'gov_coordinator', governmentId: sv.government });
const at = `/survei/${sv.period}?tab=entry`;

function fakeApi() {
  return new FakeApi().on('GET', `/survey-periods/${sv.period}`, { body: skmPeriod });
}

const saved = (flags: ResponseView['flags']): ResponseView => ({
  id: '88888888-8888-4888-8888-888888888888',
  unitId: sv.unitA,
  unitName: 'Disdukcapil',
  productId: null,
  productName: null,
  answers: {},
  profile: {},
  suggestion: null,
  channel: 'staff',
  enteredByName: 'Rina Wulandari',
  submittedAt: '2026-06-01T02:00:00.000Z',
  durationMs: null,
  flags,
  accepted: flags.length === 0,
  review: null,
  supersedesId: null,
  supersededById: null,
});

const question = (code: string) => screen.getByTestId(`entry-q-${code}`);

describe('paper-form entry', () => {
  it('shows the nine questions with worded answers and refuses an empty form', async () => {
    const api = fakeApi();
    const { user } = renderApp(<SurveyPeriodPage />, { path: '/survei/:id', at, user: pic, api });
    await screen.findByTestId('response-form');
    expect(screen.getAllByRole('radiogroup')).toHaveLength(9);
    expect(within(question('U4')).getByRole('radio', { name: '4. Gratis' })).toBeTruthy();
    expect(within(question('U1')).getByRole('radio', { name: '1. Tidak sesuai' })).toBeTruthy();

    await user.click(screen.getByTestId('entry-submit'));
    expect(await screen.findByText('Jawab minimal satu pertanyaan.')).toBeTruthy();
    expect(screen.getByText('Pilih unit', { selector: '.mantine-InputWrapper-error' })).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('sends every question (skipped as null), the profile and the saran; tells the flags; starts a new form', async () => {
    const api = fakeApi().on('POST', `/survey-periods/${sv.period}/responses`, {
      status: 201,
      body: saved(['outside_hours']),
    });
    const { user } = renderApp(<SurveyPeriodPage />, { path: '/survei/:id', at, user: pic, api });
    await screen.findByTestId('response-form');
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit layanan/ }), 'Disdukcapil');
    await user.selectOptions(screen.getByRole('combobox', { name: /Jenis layanan/ }), 'Akta kelahiran');
    await user.click(within(question('U1')).getByRole('radio', { name: '4. Sangat sesuai' }));
    await user.click(within(question('U4')).getByRole('radio', { name: '4. Gratis' }));
    await user.click(within(question('U9')).getByRole('radio', { name: /^2\./ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Usia' }), '30–39 tahun');
    await user.type(screen.getByRole('textbox', { name: /Saran/ }), 'Antrean lebih tertib');
    await user.click(screen.getByTestId('entry-submit'));

    expect(await screen.findByText('Tersimpan, dengan tanda: Di luar jam layanan unit')).toBeTruthy();
    const body = StaffResponseSchema.parse(
      api.sent('POST', `/survey-periods/${sv.period}/responses`)[0]!.body,
    );
    expect(body).toEqual({
      unitId: sv.unitA,
      productId: sv.productA,
      answers: { U1: 4, U2: null, U3: null, U4: 4, U5: null, U6: null, U7: null, U8: null, U9: 2 },
      profile: { usia: '30-39' },
      suggestion: 'Antrean lebih tertib',
    });
    // A new blank form for the next paper, on the same unit.
    await waitFor(() =>
      expect(
        within(question('U1')).getByRole('radio', { name: '4. Sangat sesuai' }).getAttribute('aria-checked'),
      ).toBe('false'),
    );
    expect((screen.getByRole('combobox', { name: /Unit layanan/ }) as HTMLSelectElement).value).toBe(
      sv.unitA,
    );
    expect(screen.getByTestId('entry-saved').textContent).toBe('1 formulir tersimpan di sesi ini.');
  });

  it('shows the server’s field error on its question', async () => {
    const api = fakeApi().on('POST', `/survey-periods/${sv.period}/responses`, () =>
      apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
        'answers.U3': 'Jawaban harus 1 sampai 4.',
      }),
    );
    const { user } = renderApp(<SurveyPeriodPage />, { path: '/survei/:id', at, user: pic, api });
    await screen.findByTestId('response-form');
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit layanan/ }), 'Dinas Kesehatan');
    await user.click(within(question('U3')).getByRole('radio', { name: '3. Cepat' }));
    await user.click(screen.getByTestId('entry-submit'));
    expect(await within(question('U3')).findByText('Jawaban harus 1 sampai 4.')).toBeTruthy();
    // Nothing was cleared: the typist fixes the one answer.
    expect(within(question('U3')).getByRole('radio', { name: '3. Cepat' }).getAttribute('aria-checked')).toBe(
      'true',
    );
  });
});

describe('interview on a phone (perception)', () => {
  it('chooses the government first, then one of its units; sends the interview', async () => {
    const GOV_B = '22222222-2222-4222-8222-22222222222b';
    const UNIT_C = '33333333-3333-4333-8333-33333333333c';
    const base = skmPeriod.units[0]!;
    const perception = {
      ...skmPeriod,
      kind: 'persepsi_maladministrasi' as const,
      governmentId: null,
      governmentName: null,
      cycleId: '11111111-1111-4111-8111-111111111111',
      cycleName: 'Penilaian Kalsel 2026',
      instrument: { ...skmPeriod.instrument, kind: 'persepsi_maladministrasi' as const, profile: [] },
      units: [
        { ...base, sampleSource: 'target' as const, population: null, required: 15, products: [] },
        {
          ...base,
          unitId: UNIT_C,
          unitName: 'RSUD Tabalong',
          governmentId: GOV_B,
          governmentName: 'Kabupaten Tabalong',
          sampleSource: 'target' as const,
          population: null,
          required: 30,
          products: [],
        },
      ],
    };
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: perception })
      .on('POST', `/survey-periods/${sv.period}/responses`, { status: 201, body: saved([]) });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at,
      user: testUser({ role: 'assessor', officeId: '99999999-9999-4999-8999-999999999999' }),
      api,
    });
    expect(await screen.findByRole('tab', { name: 'Wawancara' })).toBeTruthy();
    const unitSelect = (await screen.findByRole('combobox', { name: /Unit layanan/ })) as HTMLSelectElement;
    expect(unitSelect.disabled).toBe(true);
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Pemerintah daerah/ }),
      'Kabupaten Tabalong',
    );
    expect(
      within(unitSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pilih unit', 'RSUD Tabalong']);
    await user.selectOptions(unitSelect, 'RSUD Tabalong');
    await user.click(within(question('U2')).getByRole('radio', { name: /^1\./ }));
    await user.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(api.sent('POST', `/survey-periods/${sv.period}/responses`)).toHaveLength(1));
    const body = StaffResponseSchema.parse(
      api.sent('POST', `/survey-periods/${sv.period}/responses`)[0]!.body,
    );
    expect(body.unitId).toBe(UNIT_C);
    expect(body.answers.U2).toBe(1);
    expect(body.profile).toEqual({});
  });
});
