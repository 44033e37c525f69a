/**
 * The draft editor against the API at the network boundary: a change is saved when the field is
 * left (with the row version it loaded) and the status says when; a stale save (409) stops
 * autosave, names who saved last and when, never sends again by itself, and reloads on request;
 * submitting sends the row version of the last save; a submitted draft is read-only for its PIC,
 * and the coordinator returns it with a note.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveDraftBodySchema, type StandardVersion } from '../../../../shared/contracts/standards';
import StandardEditorPage from '../../../app/routes/standard-editor-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { COORDINATOR, DRAFT_ID, GOVERNMENT_ID, overview, PIC, PRODUCT_ID, version } from '../test/fixtures';

const pic = testUser({ role: 'unit_pic', governmentId: GOVERNMENT_ID });

function open(api: FakeApi) {
  return renderApp(<StandardEditorPage />, {
    api,
    path: '/standards/:productId',
    at: `/standards/${PRODUCT_ID}`,
    user: pic,
  });
}

describe('draft editor', () => {
  it('saves on leaving a field with the loaded row version, and shows "Tersimpan" with the time', async () => {
    const api = new FakeApi().on('GET', `/products/${PRODUCT_ID}/standard`, { body: overview() });
    api.on('PUT', `/standards/${DRAFT_ID}`, (req) => ({
      body: version({
        rowVersion: 4,
        content: (req.body as { content: StandardVersion['content'] }).content,
        updatedAt: '2026-12-05T03:32:00.000Z',
      }),
    }));
    api.on('POST', `/standards/${DRAFT_ID}/submit`, { body: version({ status: 'diajukan', rowVersion: 5 }) });
    const { user } = open(api);

    const field = await screen.findByRole('textbox', { name: 'Kompetensi pelaksana' });
    expect(screen.getByTestId('save-status').textContent).toBe('Semua perubahan tersimpan');
    await user.click(field);
    await user.paste('Memahami aplikasi SIAK');
    expect(screen.getByTestId('save-status').textContent).toBe('Ada perubahan yang belum tersimpan…');
    await user.tab();

    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Tersimpan 10.32 WIB'));
    const [put] = api.sent('PUT', `/standards/${DRAFT_ID}`);
    const body = SaveDraftBodySchema.parse(put!.body);
    expect(body.rowVersion).toBe(3);
    expect(body.content).toMatchObject({
      dasar_hukum: 'UU No. 24 Tahun 2013',
      kompetensi: 'Memahami aplikasi SIAK',
    });
    expect(screen.getByTestId('completeness-count').textContent).toBe('2 dari 14 komponen terisi');

    // Submitting carries the row version of the last save, not the one loaded.
    await user.click(screen.getByRole('button', { name: 'Ajukan ke koordinator' }));
    await waitFor(() => expect(api.sent('POST', `/standards/${DRAFT_ID}/submit`)).toHaveLength(1));
    expect(api.sent('POST', `/standards/${DRAFT_ID}/submit`)[0]!.body).toEqual({ rowVersion: 4 });
  });

  it('a stale save (409) names who saved last and when, stops saving, and reloads their version', async () => {
    const api = new FakeApi().on('GET', `/products/${PRODUCT_ID}/standard`, { body: overview() });
    api.on('PUT', `/standards/${DRAFT_ID}`, {
      ...apiError(409, 'standard_conflict', 'Draf ini sudah diubah orang lain.'),
    });
    const theirs = version({
      rowVersion: 7,
      content: { dasar_hukum: 'Perbup Balangan No. 12 Tahun 2025' },
      updatedBy: COORDINATOR,
      updatedAt: '2026-12-05T03:45:00.000Z',
    });
    api.on('GET', `/standards/${DRAFT_ID}`, { body: theirs });
    const { user } = open(api);

    const field = await screen.findByRole('textbox', { name: 'Dasar hukum' });
    await user.click(field);
    await user.paste(' Pasal 79A');
    await user.tab();

    const alert = await screen.findByTestId('standard-conflict');
    expect(alert.textContent).toContain('Budi Santoso menyimpan draf ini pada 5 Des 2026, 10.45 WIB');
    expect(alert.textContent).toContain('Perubahan terakhir Anda belum disimpan');
    expect(screen.getByTestId('save-status').textContent).toBe('Penyimpanan otomatis dihentikan');
    expect(screen.getByRole('button', { name: 'Ajukan ke koordinator' })).toHaveProperty('disabled', true);

    // Nothing more is sent: typing and leaving the field again does not overwrite theirs.
    await user.click(field);
    await user.paste(' lagi');
    await user.tab();
    await new Promise((r) => setTimeout(r, 1800));
    expect(api.sent('PUT', `/standards/${DRAFT_ID}`)).toHaveLength(1);

    // Reload: the editor shows the server's draft now.
    api.on('GET', `/products/${PRODUCT_ID}/standard`, { body: overview({ draft: theirs }) });
    await user.click(screen.getByRole('button', { name: 'Muat ulang versi terbaru' }));
    await waitFor(() => expect(api.sent('GET', `/products/${PRODUCT_ID}/standard`)).toHaveLength(2));
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Dasar hukum' }) as HTMLTextAreaElement).value).toBe(
        'Perbup Balangan No. 12 Tahun 2025',
      ),
    );
    expect(screen.queryByTestId('standard-conflict')).toBeNull();
  });

  it('a submitted draft is read-only for the PIC; the coordinator returns it with a note the PIC then sees', async () => {
    const submitted = overview({ draft: version({ status: 'diajukan', submittedBy: PIC, rowVersion: 5 }) });
    const api = new FakeApi().on('GET', `/products/${PRODUCT_ID}/standard`, { body: submitted });
    const first = open(api);
    expect((await screen.findByTestId('submitted-note')).textContent).toContain('Diajukan oleh Sari Lestari');
    expect(screen.queryByTestId('draft-editor')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Dasar hukum' })).toBeNull();
    first.unmount();

    const coordinatorApi = new FakeApi().on('GET', `/products/${PRODUCT_ID}/standard`, {
      body: { ...submitted, can: { edit: true, set: true } },
    });
    coordinatorApi.on('POST', `/standards/${DRAFT_ID}/return`, {
      body: version({ status: 'draft', rowVersion: 6, returnNote: 'Lengkapi biaya dan dasar hukumnya.' }),
    });
    const { user } = renderApp(<StandardEditorPage />, {
      api: coordinatorApi,
      path: '/standards/:productId',
      at: `/standards/${PRODUCT_ID}`,
      user: testUser({ role: 'gov_coordinator', governmentId: GOVERNMENT_ID }),
    });
    await screen.findByTestId('draft-editor');
    // The coordinator sets or returns; submitting is the PIC's step.
    expect(screen.queryByRole('button', { name: 'Ajukan ke koordinator' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kembalikan dengan catatan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('textbox', { name: /Catatan untuk PIC/ }));
    await user.paste('Lengkapi biaya dan dasar hukumnya.');
    coordinatorApi.on('GET', `/products/${PRODUCT_ID}/standard`, {
      body: overview({
        draft: version({ status: 'draft', rowVersion: 6, returnNote: 'Lengkapi biaya dan dasar hukumnya.' }),
        can: { edit: true, set: true },
      }),
    });
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan dengan catatan' }));
    await waitFor(() => expect(coordinatorApi.sent('POST', `/standards/${DRAFT_ID}/return`)).toHaveLength(1));
    expect(coordinatorApi.sent('POST', `/standards/${DRAFT_ID}/return`)[0]!.body).toEqual({
      rowVersion: 5,
      note: 'Lengkapi biaya dan dasar hukumnya.',
    });
    expect((await screen.findByTestId('return-note')).textContent).toContain(
      'Lengkapi biaya dan dasar hukumnya.',
    );
  });
});
