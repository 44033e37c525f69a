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
    const held = screen.getByLabelText(/Tanggal pelaksanaan/) as HTMLInputElement;
    // A new activity starts on today's date.
    expect(held.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.clear(held);
    await user.type(held, '2026-03-10');

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

  it('an edit sends the row version and keeps action ids; a 409 says someone else changed it', async () => {
    const api = new FakeApi();
    const ID = '44444444-4444-4444-8444-444444444444';
    const ACTION = '55555555-5555-4555-8555-555555555555';
    api.on('GET', `/activities/${ID}`, {
      body: {
        id: ID,
        governmentId: GOV,
        governmentName: 'Kabupaten Balangan',
        officeId: null,
        kind: 'audiensi',
        title: 'Audiensi hasil 2023',
        heldOn: '2026-02-02',
        place: null,
        unitCount: 1,
        actionCount: 1,
        photoCount: 0,
        people: [],
        units: [{ id: UNIT_A, name: 'Dinas Kesehatan' }],
        topics: null,
        minutes: null,
        actions: [
          { id: ACTION, description: 'Lapor', unitId: null, unitName: null, dueOn: null, owner: null },
        ],
        photos: [],
        rowVersion: 4,
        createdAt: '2026-02-02T03:00:00.000Z',
        updatedAt: '2026-02-02T03:00:00.000Z',
        updatedByName: 'Asesor',
      },
    });
    api.on('GET', `/governments/${GOV}/units`, { body: { items: [unit(UNIT_A, 'Dinas Kesehatan')] } });
    api.on('PUT', `/activities/${ID}`, () =>
      apiError(409, 'CONFLICT', 'Kegiatan ini baru saja diubah orang lain.'),
    );
    const { user } = renderApp(<ActivityFormPage />, {
      path: '/kegiatan/:id/ubah',
      at: `/kegiatan/${ID}/ubah`,
      user: testUser({ role: 'assessor' }),
      api,
    });
    const title = await screen.findByRole('textbox', { name: /Judul kegiatan/ });
    expect((title as HTMLInputElement).value).toBe('Audiensi hasil 2023');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    const alert = await screen.findByTestId('activity-conflict');
    expect(alert.textContent).toContain('Kegiatan ini baru saja diubah orang lain.');
    const sent = api.sent('PUT', `/activities/${ID}`)[0]!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      rowVersion: 4,
      unitIds: [UNIT_A],
      actions: [{ id: ACTION, description: 'Lapor', unitId: null, dueOn: null, owner: null }],
    });
  }, 60_000);
});
