/**
 * The office head's perception survey: the office's official cycles only, the cycle's governments
 * to choose from, a target per government; nothing sent without a government; the body as the
 * contract takes it. "Terapkan ke siklus" shows what it set, per government, in a table.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreatePerceptionPeriodSchema } from '../../../../shared/contracts/surveys';
import SurveyPeriodPage from '../../../app/routes/survey-period-page';
import SurveysNewPage from '../../../app/routes/surveys-new-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmPeriod, sv } from '../test/fixtures';

const CYCLE = '11111111-1111-4111-8111-111111111111';
const INTERNAL = '11111111-1111-4111-8111-111111111112';
const GOV_B = '22222222-2222-4222-8222-22222222222b';
const cycle = (id: string, name: string, kind: string) => ({
  id,
  officeId: '99999999-9999-4999-8999-999999999999',
  officeName: 'Perwakilan Kalimantan Selatan',
  officeTimeZone: 'WITA',
  year: 2026,
  name,
  frameworkId: 'ombudsman-2022-2024',
  kind,
  ownerGovernmentId: null,
  ownerGovernmentName: null,
  sharedAt: null,
  status: 'self_assessment',
  selfStart: null,
  selfEnd: null,
  verifyStart: null,
  verifyEnd: null,
  appealStart: null,
  appealEnd: null,
  finalDate: null,
  productsPerUnit: 3,
  approvedAt: null,
  publishedAt: null,
  governmentCount: 2,
});
const gov = (id: string, name: string) => ({
  id,
  name,
  type: 'pemkab',
  unitCount: 4,
  productCount: 8,
  assessors: [],
});

describe('perception survey form', () => {
  it('chooses a cycle and its governments, sends the target per government', async () => {
    const api = new FakeApi()
      .on('GET', '/survey-instruments', { body: { items: [] } })
      .on('GET', '/cycles', {
        body: {
          items: [
            cycle(CYCLE, 'Penilaian Kalsel 2026', 'official'),
            cycle(INTERNAL, 'Mandiri Balangan', 'internal'),
          ],
        },
      })
      .on('GET', `/cycles/${CYCLE}`, {
        body: {
          ...cycle(CYCLE, 'Penilaian Kalsel 2026', 'official'),
          governments: [gov(sv.government, 'Kabupaten Balangan'), gov(GOV_B, 'Kabupaten Tabalong')],
        },
      })
      .on('POST', '/survey-periods/perception', {
        status: 400,
        body: { error: { code: 'X', message: 'Ditolak.' } },
      });
    const { user } = renderApp(<SurveysNewPage kind="perception" />, {
      path: '/survei/persepsi/baru',
      user: testUser({ role: 'oversight_head', officeId: '99999999-9999-4999-8999-999999999999' }),
      api,
    });
    const select = await screen.findByRole('combobox', { name: /Siklus penilaian/ });
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Pilih siklus', 'Penilaian Kalsel 2026']),
    );
    await user.selectOptions(select, 'Penilaian Kalsel 2026');
    expect((screen.getByRole('textbox', { name: /Judul/ }) as HTMLInputElement).value).toBe(
      'Persepsi maladministrasi — Penilaian Kalsel 2026',
    );
    await user.type(screen.getByLabelText(/Selesai/), '2026-12-31');
    await user.click(screen.getByTestId('perception-submit'));
    expect(await screen.findByText('Pilih minimal satu pemerintah daerah.')).toBeTruthy();
    expect(api.sent('POST', '/survey-periods/perception')).toHaveLength(0);

    await user.click(await screen.findByRole('checkbox', { name: /Kabupaten Tabalong/ }));
    const target = screen.getByRole('textbox', { name: /Target wawancara/ });
    await user.clear(target);
    await user.type(target, '32');
    await user.click(screen.getByTestId('perception-submit'));
    await waitFor(() => expect(api.sent('POST', '/survey-periods/perception')).toHaveLength(1));
    const body = CreatePerceptionPeriodSchema.parse(api.sent('POST', '/survey-periods/perception')[0]!.body);
    expect(body).toMatchObject({
      cycleId: CYCLE,
      governmentIds: [GOV_B],
      targetPerGovernment: 32,
      endsOn: '2026-12-31',
    });
    expect(body.instrumentId).toBe('persepsi-maladministrasi-2023');
  });

  it('applies the interviews to the cycle and shows the values set', async () => {
    const perception = {
      ...skmPeriod,
      kind: 'persepsi_maladministrasi' as const,
      governmentId: null,
      governmentName: null,
      cycleId: CYCLE,
      cycleName: 'Penilaian Kalsel 2026',
      units: skmPeriod.units.map((u) => ({
        ...u,
        sampleSource: 'target' as const,
        population: null,
        required: 15,
      })),
    };
    const api = new FakeApi()
      .on('GET', `/survey-periods/${sv.period}`, { body: perception })
      .on('POST', `/survey-periods/${sv.period}/apply-to-cycle`, {
        body: {
          cycleId: CYCLE,
          applied: [
            { governmentId: sv.government, indicator: 'OUTPUT.1', value: 2, share: 83.33, interviews: 30 },
          ],
          skipped: [{ governmentId: sv.government, indicator: 'OUTPUT.2', reason: 'no_responses' }],
        },
      });
    const { user } = renderApp(<SurveyPeriodPage />, {
      path: '/survei/:id',
      at: `/survei/${sv.period}?tab=settings`,
      user: testUser({ role: 'oversight_head', officeId: '99999999-9999-4999-8999-999999999999' }),
      api,
    });
    await user.click(await screen.findByRole('button', { name: 'Terapkan ke siklus' }));
    const table = await screen.findByTestId('apply-result');
    const cells = within(table).getAllByRole('row')[1]!.textContent;
    expect(cells).toBe('Kabupaten BalanganOUTPUT.13083,3%2');
    expect(screen.getByTestId('apply-skipped').textContent).toContain('OUTPUT.2Tidak diubah');
  });
});
