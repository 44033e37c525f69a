/**
 * The case list below the browser: each filter goes to the page address and to the API as a query
 * the server's own schema accepts; "Muat lebih banyak" follows the keyset cursor; an empty answer
 * says so, a failing one says it failed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComplaintListQuerySchema, type ComplaintSummary } from '../../../../shared/contracts/complaints';
import ComplaintsPage from '../../../app/routes/complaints-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { summary } from '../test/case-fixture';

const FORMS = {
  items: [
    { code: 'penundaan_berlarut', nameId: 'Penundaan berlarut', nameEn: 'Undue delay', retired: false },
    { code: 'belum_dikategorikan', nameId: 'Belum dikategorikan', nameEn: 'Uncategorised', retired: false },
  ],
};

function server(all: ComplaintSummary[]) {
  const api = new FakeApi();
  api.on('GET', '/maladministration-forms', { body: FORMS });
  api.on('GET', '/complaints', (req) => {
    const parsed = ComplaintListQuerySchema.safeParse(Object.fromEntries(req.query));
    if (!parsed.success) return apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.');
    const q = parsed.data;
    const items = all.filter(
      (c) =>
        (!q.stage || c.stage === q.stage) &&
        (!q.status || (q.status === 'open') === (c.stage !== 'selesai')) &&
        (!q.channel || c.channel === q.channel) &&
        (!q.form || c.forms.includes(q.form)) &&
        (q.overdue !== 'true' || c.nextDeadline?.overdue === true) &&
        (!q.q || c.trackingNumber.includes(q.q) || c.subject.toLowerCase().includes(q.q.toLowerCase())),
    );
    const start = q.cursor ? Number(q.cursor) : 0;
    const page = items.slice(start, start + q.limit);
    const next = start + q.limit < items.length ? String(start + q.limit) : null;
    return { body: { items: page, nextCursor: next, total: items.length } };
  });
  return api;
}

const lastQuery = (api: FakeApi) => Object.fromEntries(api.sent('GET', '/complaints').at(-1)!.query);
const rows = () => screen.queryAllByTestId('cx-row').map((r) => r.getAttribute('data-tracking'));

describe('the case list', () => {
  it('puts each filter in the address and in the API query, and shows the matching cases', async () => {
    const cases = [
      summary(1),
      summary(2, { stage: 'pleno', channel: 'surat' }),
      summary(3, {
        stage: 'pleno',
        channel: 'whatsapp',
        forms: ['penundaan_berlarut'],
        nextDeadline: { key: 'pleno', dueOn: '2026-11-03', overdue: true, paused: false },
      }),
      summary(4, { stage: 'selesai', closureReason: 'konsultasi', nextDeadline: null }),
    ];
    const api = server(cases);
    const { user, router } = renderApp(<ComplaintsPage />, {
      path: '/pengaduan',
      user: testUser({ role: 'assessor' }),
      api,
    });
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00001', 'LM-2026-00002', 'LM-2026-00003']));
    // open cases by default; 25 a page
    expect(lastQuery(api)).toEqual({ status: 'open', limit: '25' });
    expect(screen.getByTestId('cx-total').textContent).toBe('Menampilkan 3 dari 3 laporan');
    // the overdue one says so beside its due date
    const third = screen.getAllByTestId('cx-row')[2]!;
    expect(within(third).getByText('Lewat tenggat')).toBeTruthy();
    expect(within(third).getByText('Rapat pleno')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tahap' }), 'Rapat pleno');
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00002', 'LM-2026-00003']));
    expect(lastQuery(api)).toEqual({ stage: 'pleno', limit: '25' });
    expect(router.state.location.search).toBe('?stage=pleno');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Bentuk maladministrasi' }),
      'Penundaan berlarut',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang lewat tenggat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Ditugaskan ke saya' }));
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00003']));
    expect(lastQuery(api)).toEqual({
      stage: 'pleno',
      form: 'penundaan_berlarut',
      overdue: 'true',
      mine: 'true',
      limit: '25',
    });
    expect(new URLSearchParams(router.state.location.search).get('mine')).toBe('true');

    // search by tracking number, applied on Enter
    await user.click(screen.getByRole('button', { name: 'Hapus semua filter' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(router.state.location.search).toBe('');
    await user.type(screen.getByRole('textbox', { name: 'Cari laporan' }), 'LM-2026-00002{Enter}');
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00002']));
    expect(lastQuery(api)).toEqual({ status: 'open', q: 'LM-2026-00002', limit: '25' });

    // closed cases, with the closure reason beside the stage
    await user.click(screen.getByRole('button', { name: 'Hapus semua filter' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Selesai');
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00004']));
    expect(lastQuery(api)).toEqual({ status: 'closed', limit: '25' });
    expect(screen.getByText('Selesai · Konsultasi')).toBeTruthy();
  });

  it('reads the filters from the address it is opened at', async () => {
    const api = server([summary(1, { channel: 'telepon' }), summary(2)]);
    renderApp(<ComplaintsPage />, {
      path: '/pengaduan',
      at: '/pengaduan?channel=telepon&status=all&bogus=1&stage=nope',
      api,
    });
    await waitFor(() => expect(rows()).toEqual(['LM-2026-00001']));
    expect(lastQuery(api)).toEqual({ channel: 'telepon', limit: '25' });
    expect((screen.getByRole('combobox', { name: 'Saluran' }) as HTMLSelectElement).value).toBe('telepon');
  });

  it('loads the next page with the cursor; says when nothing is there and when loading failed', async () => {
    const many = Array.from({ length: 30 }, (_, i) => summary(i + 1));
    const api = server(many);
    const { user, unmount } = renderApp(<ComplaintsPage />, { path: '/pengaduan', api });
    await waitFor(() => expect(rows()).toHaveLength(25));
    expect(screen.getByTestId('cx-total').textContent).toBe('Menampilkan 25 dari 30 laporan');
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(rows()).toHaveLength(30));
    expect(lastQuery(api)).toMatchObject({ cursor: '25' });
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    unmount();

    renderApp(<ComplaintsPage />, { path: '/pengaduan', api: server([]) });
    expect(await screen.findByText('Belum ada laporan yang ditangani kantor Anda.')).toBeTruthy();
  });

  it('shows the server error when the list cannot load', async () => {
    const api = new FakeApi();
    api.on('GET', '/maladministration-forms', { body: FORMS });
    api.on('GET', '/complaints', apiError(400, 'VALIDATION_FAILED', 'Filter tidak dikenal.'));
    renderApp(<ComplaintsPage />, { path: '/pengaduan', api });
    expect(await screen.findByText('Data tidak dapat dimuat')).toBeTruthy();
    expect(screen.getByText('Filter tidak dikenal.')).toBeTruthy();
  });
});
