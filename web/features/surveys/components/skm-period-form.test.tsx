/**
 * The coordinator's SKM period form: the required sample follows the population as it is typed
 * (the printed Krejcie–Morgan rows, e.g. 50 → 44, 500 → 217, between rows the next larger row),
 * rows the browser can already judge are refused before sending, the request carries the units
 * with their population and products, and the server's field errors land on the row they name.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateSkmPeriodSchema } from '../../../../shared/contracts/surveys';
import SurveysNewPage from '../../../app/routes/surveys-new-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { skmInstrument, skmPeriod, sv } from '../test/fixtures';

const product = (id: string, unitId: string, name: string) => ({
  id,
  unitId,
  governmentId: sv.government,
  name,
  type: 'administratif',
  description: null,
  archivedAt: null,
  unitName: '',
});
const unit = (id: string, name: string) => ({
  id,
  governmentId: sv.government,
  parentId: null,
  code: null,
  name,
  type: 'opd',
  sector: 'kesehatan',
  address: null,
  archivedAt: null,
});

function fakeApi() {
  return new FakeApi()
    .on('GET', '/survey-instruments', {
      body: {
        items: [
          {
            id: skmInstrument.id,
            version: skmInstrument.version,
            kind: 'skm',
            name: skmInstrument.name,
            source: 'builtin',
            basedOn: null,
            frozen: true,
            questions: 9,
            periods: 0,
          },
        ],
      },
    })
    .on('GET', `/governments/${sv.government}/units`, {
      body: { items: [unit(sv.unitA, 'Disdukcapil'), unit(sv.unitB, 'Dinas Kesehatan')] },
    })
    .on('GET', `/governments/${sv.government}/products`, {
      body: { items: [product(sv.productA, sv.unitA, 'Akta kelahiran')], nextCursor: null },
    });
}

const coordinator = testUser({ role: 'gov_coordinator', governmentId: sv.government });

describe('SKM period form', () => {
  it('shows the required sample live as the population is typed, and the total', async () => {
    const { user } = renderApp(<SurveysNewPage kind="skm" />, {
      path: '/survei/skm/baru',
      user: coordinator,
      api: fakeApi(),
    });
    const row = (await screen.findAllByTestId('skm-unit-row'))[0]!;
    const population = within(row).getByRole('textbox', { name: /Populasi/ });
    const required = within(row).getByTestId('skm-required');
    expect(required.textContent).toBe('Isi populasi untuk melihat sampel minimal.');

    await user.type(population, '50');
    expect(required.textContent).toBe('Sampel minimal (tabel Krejcie–Morgan): 44 responden');
    await user.clear(population);
    await user.type(population, '500');
    expect(required.textContent).toContain(': 217 responden');
    // Between two printed rows (500 and 550) the next larger row: 550 → 226.
    await user.clear(population);
    await user.type(population, '501');
    expect(required.textContent).toContain(': 226 responden');
    // Written with a thousands dot, as people do: 2.000 → 322.
    await user.clear(population);
    await user.type(population, '2.000');
    expect(required.textContent).toContain(': 322 responden');

    await user.click(screen.getByTestId('skm-add-unit'));
    const second = screen.getAllByTestId('skm-unit-row')[1]!;
    await user.type(within(second).getByRole('textbox', { name: /Populasi/ }), '100000');
    expect(within(second).getByTestId('skm-required').textContent).toContain(': 384 responden');
    expect(screen.getByTestId('skm-total').textContent).toBe('Total sampel minimal: 706');
  });

  it('refuses rows without a unit or a population before sending anything', async () => {
    const api = fakeApi();
    const { user } = renderApp(<SurveysNewPage kind="skm" />, {
      path: '/survei/skm/baru',
      user: coordinator,
      api,
    });
    const row = (await screen.findAllByTestId('skm-unit-row'))[0]!;
    await user.type(within(row).getByRole('textbox', { name: /Populasi/ }), '0');
    await user.click(screen.getByTestId('skm-submit'));
    expect(
      await within(row).findByText('Pilih unit', { selector: '.mantine-InputWrapper-error' }),
    ).toBeTruthy();
    expect(within(row).getByText('Isi bilangan bulat 1 atau lebih.')).toBeTruthy();
    expect(api.sent('POST', '/survey-periods/skm')).toHaveLength(0);
  });

  it('sends the units with population and products; shows the server’s field errors on the row', async () => {
    const api = fakeApi().on('POST', '/survey-periods/skm', () =>
      apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
        'units.0.population': 'Populasi terlalu besar.',
        endsOn: 'Tanggal selesai harus dalam tahun yang sama.',
      }),
    );
    const { user } = renderApp(<SurveysNewPage kind="skm" />, {
      path: '/survei/skm/baru',
      user: coordinator,
      api,
    });
    const row = (await screen.findAllByTestId('skm-unit-row'))[0]!;
    await waitFor(() => expect(within(row).getAllByRole('option').length).toBe(3));
    await user.selectOptions(within(row).getByRole('combobox', { name: /Unit layanan/ }), 'Disdukcapil');
    await user.type(within(row).getByRole('textbox', { name: /Populasi/ }), '1.250');
    await user.click(within(row).getByTestId('skm-products'));
    await user.click(await screen.findByRole('option', { name: 'Akta kelahiran' }));
    await user.click(screen.getByTestId('skm-submit'));

    expect(await within(row).findByText('Populasi terlalu besar.')).toBeTruthy();
    expect(screen.getByText('Tanggal selesai harus dalam tahun yang sama.')).toBeTruthy();
    const [sent] = api.sent('POST', '/survey-periods/skm');
    const body = CreateSkmPeriodSchema.parse(sent!.body);
    expect(body.governmentId).toBe(sv.government);
    expect(body.instrumentId).toBe('skm-permenpan-14-2017');
    expect(body.units).toEqual([{ unitId: sv.unitA, population: 1250, productIds: [sv.productA] }]);
    expect(body.interimVisible).toBe(false);
  });

  it('goes to the new period once the server opens it', async () => {
    const api = fakeApi().on('POST', '/survey-periods/skm', { status: 201, body: skmPeriod });
    const { user, router } = renderApp(<SurveysNewPage kind="skm" />, {
      path: '/survei/skm/baru',
      user: coordinator,
      api,
    });
    const row = (await screen.findAllByTestId('skm-unit-row'))[0]!;
    await waitFor(() => expect(within(row).getAllByRole('option').length).toBe(3));
    await user.selectOptions(within(row).getByRole('combobox', { name: /Unit layanan/ }), 'Dinas Kesehatan');
    await user.type(within(row).getByRole('textbox', { name: /Populasi/ }), '500');
    await user.click(screen.getByRole('switch', { name: /hasil sementara/ }));
    await user.click(screen.getByTestId('skm-submit'));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/survei/${sv.period}`));
    const body = CreateSkmPeriodSchema.parse(api.sent('POST', '/survey-periods/skm')[0]!.body);
    expect(body.interimVisible).toBe(true);
    expect(body.units[0]).toMatchObject({ unitId: sv.unitB, population: 500 });
  });
});
