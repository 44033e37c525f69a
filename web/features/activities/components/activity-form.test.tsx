/**
 * The activity form's repeatable rows: people and actions are added and removed row by row (the
 * remaining rows keep what was typed in them), the request carries exactly the rows left with
 * empty optional fields as null, and the server's field errors land on the row they name.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActivityInputSchema } from '../../../../shared/contracts/activities';
import ActivityFormPage from '../../../app/routes/activity-form-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';

const GOV = '22222222-2222-4222-8222-222222222222';
const UNIT_A = '33333333-3333-4333-8333-00000000000a';
const UNIT_B = '33333333-3333-4333-8333-00000000000b';
const unit = (id: string, name: string) => ({
  id,
  governmentId: GOV,
  parentId: null,
  code: null,
  name,
  type: 'opd',
  sector: 'kesehatan',
  address: null,
  archivedAt: null,
});

async function type(user: ReturnType<typeof renderApp>['user'], el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}

describe('activity form', () => {
  it('adds and removes people and action rows, sends the rows left, shows row errors', async () => {
    const api = new FakeApi();
    api.on('GET', '/governments', {
      body: { items: [{ id: GOV, name: 'Kabupaten Balangan' }], nextCursor: null },
    });
    api.on('GET', `/governments/${GOV}/units`, {
      body: { items: [unit(UNIT_A, 'Dinas Kesehatan'), unit(UNIT_B, 'Disdukcapil')] },
    });
    api.on('POST', `/governments/${GOV}/activities`, () =>
      apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
        'actions.0.dueOn': 'Batas waktu tidak boleh sebelum tanggal kegiatan.',
      }),
    );
    const { user } = renderApp(<ActivityFormPage />, {
      path: '/kegiatan/baru',
      at: `/kegiatan/baru?pemerintah=${GOV}`,
      user: testUser({ role: 'assessor' }),
      api,
    });

    await type(user, await screen.findByRole('textbox', { name: /Judul kegiatan/ }), 'Bimtek standar');
    await user.type(screen.getByLabelText(/Tanggal pelaksanaan/), '2026-03-10');

    const people = screen.getByTestId('activity-people');
    expect(within(people).getByText('Belum ada yang dicatat hadir.')).toBeTruthy();
    await user.click(within(people).getByRole('button', { name: '+ Tambah orang' }));
    await user.click(within(people).getByRole('button', { name: '+ Tambah orang' }));
    const rows = within(people).getAllByRole('group');
    expect(rows).toHaveLength(2);
    await type(user, within(rows[0]!).getByRole('textbox', { name: /Nama/ }), 'Dihapus');
    await type(user, within(rows[1]!).getByRole('textbox', { name: /Nama/ }), 'Budi Santoso');
    await type(user, within(rows[1]!).getByRole('textbox', { name: /Jabatan/ }), 'Kabag Organisasi');
    await user.selectOptions(within(rows[1]!).getByRole('combobox', { name: /Pihak/ }), 'Ombudsman');
    await user.click(within(people).getByRole('button', { name: 'Hapus Yang hadir baris 1' }));
    const left = within(people).getAllByRole('group');
    expect(left).toHaveLength(1);
    expect((within(left[0]!).getByRole('textbox', { name: /Nama/ }) as HTMLInputElement).value).toBe(
      'Budi Santoso',
    );

    const actions = screen.getByTestId('activity-actions');
    await user.click(within(actions).getByRole('button', { name: '+ Tambah tindak lanjut' }));
    const action = within(actions).getByRole('group', { name: /baris 1/ });
    await type(user, within(action).getByRole('textbox', { name: /Tindak lanjut/ }), 'Tetapkan SK');
    await waitFor(() => expect(within(action).getByRole('option', { name: 'Disdukcapil' })).toBeTruthy());
    await user.selectOptions(within(action).getByRole('combobox', { name: 'Unit' }), 'Disdukcapil');
    await user.type(within(action).getByLabelText('Batas waktu'), '2026-01-01');

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(api.sent('POST', `/governments/${GOV}/activities`)).toHaveLength(1));
    const sent = api.sent('POST', `/governments/${GOV}/activities`)[0]!.body;
    expect(ActivityInputSchema.parse(sent)).toMatchObject({
      kind: 'bimtek',
      title: 'Bimtek standar',
      heldOn: '2026-03-10',
      place: null,
      unitIds: [],
      people: [{ name: 'Budi Santoso', role: 'Kabag Organisasi', side: 'ombudsman' }],
      actions: [{ description: 'Tetapkan SK', unitId: UNIT_B, dueOn: '2026-01-01', owner: null }],
    });
    const due = within(action).getByLabelText('Batas waktu');
    await waitFor(() => expect(due.getAttribute('aria-invalid')).toBe('true'));
    expect(within(action).getByText('Batas waktu tidak boleh sebelum tanggal kegiatan.')).toBeTruthy();
  }, 60_000);
});
