/**
 * The action dialogs: each asks for what its action needs and refuses to send without it (in
 * Bahasa Indonesia, on the field), sends the case's version with a body the server's schema
 * accepts, shows the server's field errors on the same fields, and on a 409 says another officer
 * changed the case and reloads it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TransitionBodySchema } from '../../../../shared/contracts/complaints';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import ComplaintDetailPage from '../../../app/routes/complaint-detail-page';
import { CASE_ID, caseDetail, OFFICE_ID } from '../test/case-fixture';

function server(detail: ReturnType<typeof caseDetail>) {
  const api = new FakeApi();
  api.on('GET', `/complaints/${CASE_ID}`, { body: detail });
  api.on('GET', '/maladministration-forms', { body: { items: [] } });
  return api;
}

const dialog = () => screen.getByRole('dialog');
/** Types by pasting: fast enough on a loaded machine, same events for a controlled input. */
async function fill(user: ReturnType<typeof renderApp>['user'], el: HTMLElement, text: string) {
  await user.click(el);
  await user.paste(text);
}
const sent = (api: FakeApi) => api.sent('POST', `/complaints/${CASE_ID}/transitions`);

function open(
  detail: ReturnType<typeof caseDetail>,
  api = server(detail),
  role: 'assessor' | 'oversight_head' = 'assessor',
) {
  return renderApp(<ComplaintDetailPage />, {
    api,
    path: '/pengaduan/:id',
    at: `/pengaduan/${CASE_ID}`,
    user: testUser({ role }),
  });
}

describe('action dialogs', () => {
  it('material check: all four conditions must hold; the body carries them and the version', async () => {
    const detail = caseDetail({
      stage: 'verifikasi_materiil',
      actions: ['materiil_lolos', 'materiil_ditolak'],
    });
    const api = server(detail);
    api.on('POST', `/complaints/${CASE_ID}/transitions`, {
      body: { id: CASE_ID, stage: 'pleno', closureReason: null, officeId: OFFICE_ID, version: 4 },
    });
    const { user } = open(detail, api);
    await user.click(await screen.findByRole('button', { name: 'Lolos verifikasi materiil' }));
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Termasuk kewenangan Ombudsman' }));
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Peristiwa belum lewat 2 tahun' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Lolos verifikasi materiil' }));
    // two unticked conditions are named; nothing is sent
    expect(
      within(dialog()).getAllByText('Syarat ini harus terpenuhi untuk lolos verifikasi materiil.'),
    ).toHaveLength(2);
    expect(sent(api)).toHaveLength(0);

    await user.click(
      within(dialog()).getByRole('checkbox', { name: 'Tidak sedang/telah diperiksa pengadilan' }),
    );
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Belum pernah dilaporkan' }));
    await fill(user, within(dialog()).getByRole('textbox', { name: 'Catatan' }), 'Dokumen lengkap.');
    await user.click(within(dialog()).getByRole('button', { name: 'Lolos verifikasi materiil' }));
    await waitFor(() => expect(sent(api)).toHaveLength(1));
    const body = TransitionBodySchema.parse(sent(api)[0]!.body);
    expect(body).toMatchObject({
      action: 'materiil_lolos',
      version: 3,
      note: 'Dokumen lengkap.',
      materialCheck: { withinAuthority: true, notInCourt: true, withinTwoYears: true, notDuplicate: true },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('rejecting the material check needs a reason', async () => {
    const detail = caseDetail({
      stage: 'verifikasi_materiil',
      actions: ['materiil_lolos', 'materiil_ditolak'],
    });
    const api = server(detail);
    api.on('POST', `/complaints/${CASE_ID}/transitions`, {
      body: { id: CASE_ID, stage: 'selesai', closureReason: 'kedaluwarsa', officeId: OFFICE_ID, version: 4 },
    });
    const { user } = open(detail, api);
    await user.click(await screen.findByRole('button', { name: 'Tidak memenuhi syarat materiil' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Tidak memenuhi syarat materiil' }));
    expect(within(dialog()).getByText('Wajib diisi.')).toBeTruthy();
    expect(sent(api)).toHaveLength(0);
    await user.selectOptions(
      within(dialog()).getByRole('combobox', { name: /Alasan tidak memenuhi syarat/ }),
      'Peristiwa lebih dari 2 tahun',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Tidak memenuhi syarat materiil' }));
    await waitFor(() => expect(sent(api)).toHaveLength(1));
    expect(TransitionBodySchema.parse(sent(api)[0]!.body)).toMatchObject({
      action: 'materiil_ditolak',
      rejectReason: 'kedaluwarsa',
      version: 3,
    });
  });

  it('a stale version (409) says another officer changed the case and reloads it', async () => {
    const detail = caseDetail({ stage: 'pleno', actions: ['pleno_terima', 'pleno_tolak', 'alihkan'] });
    const api = server(detail);
    api.on(
      'POST',
      `/complaints/${CASE_ID}/transitions`,
      apiError(
        409,
        'CONFLICT',
        'Laporan ini baru saja diubah oleh petugas lain. Muat ulang untuk melihat keadaan terbaru.',
      ),
    );
    const { user } = open(detail, api, 'oversight_head');
    await user.click(await screen.findByRole('button', { name: 'Pleno: diterima untuk diperiksa' }));
    const date = within(dialog()).getByLabelText(/Tanggal rapat pleno/) as HTMLInputElement;
    // the plenary date is required
    await user.clear(date);
    await user.click(within(dialog()).getByRole('button', { name: 'Pleno: diterima untuk diperiksa' }));
    expect(within(dialog()).getByText('Wajib diisi.')).toBeTruthy();
    expect(sent(api)).toHaveLength(0);
    await user.type(date, '2026-11-10');
    await user.click(within(dialog()).getByRole('button', { name: 'Pleno: diterima untuk diperiksa' }));
    const stale = await within(dialog()).findByTestId('cx-action-stale');
    expect(stale.textContent).toContain('Diubah petugas lain — muat ulang');
    expect(stale.textContent).toContain('diubah oleh petugas lain');
    expect(TransitionBodySchema.parse(sent(api)[0]!.body)).toMatchObject({
      action: 'pleno_terima',
      plenaryDate: '2026-11-10',
      version: 3,
    });
    const before = api.sent('GET', `/complaints/${CASE_ID}`).length;
    await user.click(within(stale).getByRole('button', { name: 'Muat ulang laporan' }));
    await waitFor(() => expect(api.sent('GET', `/complaints/${CASE_ID}`).length).toBe(before + 1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('LHP: corrective actions are rows to add and remove, each checked; server field errors show on their field', async () => {
    const detail = caseDetail({ stage: 'pemeriksaan', actions: ['alihkan', 'tetapkan_lhp', 'cabut'] });
    const api = server(detail);
    let answer = apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
      'lhp.correctiveActions.1.dueOn': 'Tanggal tidak valid.',
    });
    api.on('POST', `/complaints/${CASE_ID}/transitions`, () => answer);
    const { user } = open(detail, api, 'oversight_head');
    await user.click(await screen.findByRole('button', { name: 'Tetapkan LHP' }));
    const d = dialog();
    await user.selectOptions(
      within(d).getByRole('combobox', { name: /Kesimpulan/ }),
      'Ditemukan maladministrasi',
    );
    await fill(user, within(d).getByRole('textbox', { name: /Nomor LHP/ }), 'LHP/0001/2026');
    await fill(user, within(d).getByRole('textbox', { name: /Temuan/ }), 'Penundaan berlarut terbukti.');
    await user.click(within(d).getByRole('button', { name: 'Tambah tindakan korektif' }));
    await user.click(within(d).getByRole('button', { name: 'Tambah tindakan korektif' }));
    expect(within(d).getAllByTestId('cx-corrective-row')).toHaveLength(3);
    await user.click(within(d).getByRole('button', { name: 'Hapus tindakan 3' }));
    expect(within(d).getAllByTestId('cx-corrective-row')).toHaveLength(2);
    await fill(user, within(d).getByTestId('cx-corrective-addressee-0'), 'Bupati Balangan');
    await fill(user, within(d).getByTestId('cx-corrective-action-0'), 'Cetak KTP pelapor.');
    await user.click(within(d).getByRole('button', { name: 'Tetapkan LHP' }));
    // the second row is empty: its two required fields say so, nothing is sent
    const second = within(d).getAllByTestId('cx-corrective-row')[1]!;
    expect(within(second).getAllByText('Wajib diisi.')).toHaveLength(2);
    expect(sent(api)).toHaveLength(0);

    await fill(user, within(d).getByTestId('cx-corrective-addressee-1'), 'Kepala Disdukcapil');
    await fill(user, within(d).getByTestId('cx-corrective-action-1'), 'Perbaiki antrean.');
    await user.click(within(d).getByRole('button', { name: 'Tetapkan LHP' }));
    await waitFor(() => expect(sent(api)).toHaveLength(1));
    expect(await within(second).findByText('Tanggal tidak valid.')).toBeTruthy();
    const body = TransitionBodySchema.parse(sent(api)[0]!.body);
    expect(body.lhp).toMatchObject({
      outcome: 'ditemukan',
      number: 'LHP/0001/2026',
      findings: 'Penundaan berlarut terbukti.',
      correctiveActions: [
        { addressee: 'Bupati Balangan', action: 'Cetak KTP pelapor.' },
        { addressee: 'Kepala Disdukcapil', action: 'Perbaiki antrean.' },
      ],
    });
    expect(body.lhp!.correctiveActions[0]).not.toHaveProperty('dueOn');

    answer = {
      body: { id: CASE_ID, stage: 'tindakan_korektif', closureReason: null, officeId: OFFICE_ID, version: 4 },
    };
    await user.click(within(d).getByRole('button', { name: 'Tetapkan LHP' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(api)).toHaveLength(2);
  }, 60_000);

  it('shows only the actions the server offers, labelled from the state machine', async () => {
    const detail = caseDetail({ stage: 'penerimaan', actions: ['catat_register', 'tutup_konsultasi'] });
    open(detail);
    const bar = await screen.findByTestId('cx-actions');
    expect(
      within(bar)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Registrasi sebagai laporan', 'Selesai sebagai konsultasi']);
  });
});
