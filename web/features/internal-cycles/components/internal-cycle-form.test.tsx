/**
 * A coordinator opens a penilaian mandiri below the browser: the form against a fake API (the
 * frameworks, the government's units, POST /api/governments/:id/internal-cycles). What is sent is
 * checked against the shared contract; the server's field errors show beside their fields.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InternalCycleCreateSchema } from '../../../../shared/contracts/assessments-internal';
import type { UnitDto } from '../../../../shared/contracts/registry';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids, testFrameworkDetail } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { InternalCycleForm } from './internal-cycle-form';

const unit = (id: string, name: string, over: Partial<UnitDto> = {}): UnitDto => ({
  id,
  governmentId: ids.government,
  parentId: null,
  code: null,
  name,
  type: 'opd',
  sector: 'lainnya',
  address: null,
  productCount: 2,
  contactCount: 1,
  archivedAt: null,
  ...over,
});

const DINKES = '33333333-3333-4333-8333-000000000001';
const PKM_A = '33333333-3333-4333-8333-000000000002';
const PKM_B = '33333333-3333-4333-8333-000000000003';
const DUKCAPIL = '33333333-3333-4333-8333-000000000004';
const CLOSED = '33333333-3333-4333-8333-000000000005';

const units = [
  unit(DINKES, 'Dinas Kesehatan', { sector: 'kesehatan' }),
  unit(PKM_A, 'Puskesmas Muntok', { parentId: DINKES, type: 'puskesmas', sector: 'kesehatan' }),
  unit(PKM_B, 'Puskesmas Kundi', { parentId: DINKES, type: 'puskesmas', sector: 'kesehatan' }),
  unit(DUKCAPIL, 'Dinas Kependudukan dan Pencatatan Sipil'),
  unit(CLOSED, 'Kantor Lama', { archivedAt: '2024-01-01T00:00:00.000Z' }),
];

const spotCheck = {
  ...testFrameworkDetail,
  id: 'spot-check-2024',
  compiledBy: 'patuh' as const,
  name: 'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024',
  nameLocalized: {
    id: 'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024',
    en: 'Self-assessment spot check 2024',
  },
};
const ombudsman = { ...testFrameworkDetail, id: 'ombudsman-2022-2024' };
const officeSet = {
  ...testFrameworkDetail,
  id: 'spot-check-kalsel-2025',
  version: '2025',
  nameLocalized: { id: 'Spot Check Kalsel 2025', en: 'Kalsel spot check 2025' },
  source: 'custom' as const,
  officeId: '77777777-7777-4777-8777-777777777777',
  officeName: 'Ombudsman RI Perwakilan Kalimantan Selatan',
  officeSpotCheck: true,
};

function api(
  fallback: { framework: typeof spotCheck | typeof officeSet; origin: 'builtin' | 'office' } = {
    framework: spotCheck,
    origin: 'builtin',
  },
) {
  return new FakeApi()
    .on('GET', '/frameworks', { body: [ombudsman, spotCheck, officeSet] })
    .on('GET', `/governments/${ids.government}/internal-framework`, { body: fallback })
    .on('GET', `/governments/${ids.government}/units`, { body: { items: units } })
    .on('POST', `/governments/${ids.government}/internal-cycles`, (req) => ({
      status: 201,
      body: { id: ids.cycle, name: (req.body as { name: string }).name },
    }));
}

const coordinator = testUser({ role: 'gov_coordinator', governmentId: ids.government });

function renderForm(fake = api()) {
  const onDone = vi.fn();
  const view = renderApp(
    <InternalCycleForm governmentId={ids.government} onDone={onDone} onCancel={() => {}} />,
    {
      api: fake,
      user: coordinator,
    },
  );
  return { ...view, onDone };
}

describe('opening an internal cycle', () => {
  it('sends all units with the spot-check set, labelled as compiled by Patuh, and the five phase dates', async () => {
    const view = renderForm();
    const framework = await screen.findByRole('combobox', { name: 'Kerangka penilaian' });
    await waitFor(() =>
      expect((framework as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
        'Penilaian Mandiri Spot Check Kepatuhan Pelayanan Publik 2024 (disusun Patuh) (2024.1)',
      ),
    );
    // The archived unit is not counted among the units that will be assessed.
    expect(await screen.findByLabelText('Semua unit aktif (4)')).toBeTruthy();
    expect(screen.queryByLabelText(/Tanggal banding|Banding mulai/)).toBeNull();
    const year = screen.getByRole('textbox', { name: 'Tahun' });
    await view.user.clear(year);
    await view.user.type(year, '2024');
    await view.user.click(screen.getByRole('button', { name: 'Buka penilaian mandiri' }));

    await waitFor(() => expect(view.onDone).toHaveBeenCalled());
    const [sent] = view.api.sent('POST', `/governments/${ids.government}/internal-cycles`);
    expect(sent?.body).toEqual({
      year: 2024,
      name: 'Penilaian Mandiri Kepatuhan Pelayanan Publik 2024',
      frameworkId: 'spot-check-2024',
      allUnits: true,
      unitIds: [],
      selfStart: '2024-02-01',
      selfEnd: '2024-03-31',
      verifyStart: '2024-04-01',
      verifyEnd: '2024-05-31',
      finalDate: '2024-06-14',
    });
    expect(InternalCycleCreateSchema.safeParse(sent?.body).success).toBe(true);
  });

  it('defaults to the office’s own spot-check set when it has one', async () => {
    const view = renderForm(api({ framework: officeSet, origin: 'office' }));
    const framework = await screen.findByRole('combobox', { name: 'Kerangka penilaian' });
    await waitFor(() =>
      expect((framework as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
        'Spot Check Kalsel 2025 (2025) — set spot check Ombudsman RI Perwakilan Kalimantan Selatan',
      ),
    );
    expect(screen.getByText(/Set spot check milik kantor perwakilan/)).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Buka penilaian mandiri' }));
    await waitFor(() => expect(view.onDone).toHaveBeenCalled());
    const [sent] = view.api.sent('POST', `/governments/${ids.government}/internal-cycles`);
    expect((sent?.body as { frameworkId: string }).frameworkId).toBe('spot-check-kalsel-2025');
  });

  it('sends a chosen subset from the searchable unit tree (ticking an OPD ticks its Puskesmas)', async () => {
    const view = renderForm();
    await view.user.click(await screen.findByLabelText('Unit pilihan'));
    const picker = await screen.findByTestId('unit-picker');
    expect(within(picker).queryByLabelText('Kantor Lama')).toBeNull();
    await view.user.click(within(picker).getByLabelText('Dinas Kesehatan'));
    expect(within(picker).getByTestId('unit-picker-count').textContent).toBe('3 dari 4 unit dipilih');
    await view.user.click(within(picker).getByLabelText('Puskesmas Kundi'));

    // Searching keeps a match's parent in view, and hides the rest.
    await view.user.type(within(picker).getByRole('textbox', { name: 'Cari unit' }), 'muntok');
    expect(within(picker).getByLabelText('Puskesmas Muntok')).toBeTruthy();
    expect(within(picker).getByLabelText('Dinas Kesehatan')).toBeTruthy();
    expect(within(picker).queryByLabelText('Dinas Kependudukan dan Pencatatan Sipil')).toBeNull();

    await view.user.click(screen.getByRole('button', { name: 'Buka penilaian mandiri' }));
    await waitFor(() => expect(view.onDone).toHaveBeenCalled());
    const [sent] = view.api.sent('POST', `/governments/${ids.government}/internal-cycles`);
    const body = sent?.body as { allUnits: boolean; unitIds: string[] };
    expect(body.allUnits).toBe(false);
    expect([...body.unitIds].sort()).toEqual([DINKES, PKM_A].sort());
  });

  it('shows the server’s field errors beside their fields and stays open', async () => {
    const fake = api().on(
      'POST',
      `/governments/${ids.government}/internal-cycles`,
      apiError(400, 'VALIDATION', 'Periksa isian yang ditandai.', {
        verifyStart: 'Verifikasi mulai harus sesudah penilaian mandiri selesai.',
        // A refused unit is named by its place in the list, as the server does.
        'unitIds.0': 'Unit ini bukan unit aktif pemerintah Anda.',
      }),
    );
    const view = renderForm(fake);
    await view.user.click(await screen.findByLabelText('Unit pilihan'));
    await view.user.click(await screen.findByLabelText('Dinas Kependudukan dan Pencatatan Sipil'));
    await view.user.click(screen.getByRole('button', { name: 'Buka penilaian mandiri' }));

    const verifyStart = await screen.findByLabelText('Verifikasi mulai');
    await waitFor(() => expect(verifyStart.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = verifyStart.getAttribute('aria-describedby') ?? '';
    expect(
      document.getElementById(describedBy.split(' ').find((id) => id.includes('error')) ?? '')?.textContent,
    ).toBe('Verifikasi mulai harus sesudah penilaian mandiri selesai.');
    expect(within(screen.getByTestId('unit-picker')).getByRole('alert').textContent).toBe(
      'Unit ini bukan unit aktif pemerintah Anda.',
    );
    expect(screen.getByLabelText('Penilaian mandiri selesai').getAttribute('aria-invalid')).not.toBe('true');
    expect(view.onDone).not.toHaveBeenCalled();
  });
});
