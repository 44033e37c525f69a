/**
 * "Rilis publik" below the browser: the head sees each government's computed and official figure
 * and release state, releases the chosen ones after a confirmation that says they become public,
 * withdraws with a reason (the server's field error shows beside it), records an official figure;
 * before publication nothing can be released. The earlier years' figures on a government's page.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OfficialFigure, ReleaseList, ReleaseRow } from '../../../../shared/contracts/public';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { EarlierFigures } from './earlier-figures';
import { ReleasePanel } from './release-panel';

const GOV_B = '99999999-9999-4999-8999-999999999999';
const none = { score: null, band: null, zone: null, opinion: null };
const row = (over: Partial<ReleaseRow>): ReleaseRow => ({
  governmentId: ids.government,
  name: 'Pemerintah Kabupaten Balangan',
  type: 'pemkab',
  state: 'unreleased',
  releasedAt: null,
  withdrawnAt: null,
  withdrawReason: null,
  computed: { score: 80.58, band: 'B', zone: 'hijau', opinion: null },
  official: null,
  ...over,
});
const list = (items: ReleaseRow[], releasable = true): ReleaseList => ({
  cycleId: ids.cycle,
  year: 2023,
  releasable,
  items,
});
const start = [
  row({}),
  row({
    governmentId: GOV_B,
    name: 'Pemerintah Provinsi Kalimantan Selatan',
    type: 'pemprov',
    computed: { ...none, score: 50, band: 'D', zone: 'merah' },
  }),
];
const url = `/cycles/${ids.cycle}/releases`;
const head = testUser({ role: 'oversight_head', officeId: '77777777-7777-4777-8777-777777777777' });

function render(api: FakeApi) {
  return renderApp(<ReleasePanel cycle={{ id: ids.cycle, year: 2023, officeTimeZone: 'WITA' }} />, {
    api,
    user: head,
  });
}

describe('the release panel', () => {
  it('shows the figures and states, and releases the chosen government after the confirmation', async () => {
    const released = row({ state: 'released', releasedAt: '2024-01-29T03:00:00.000Z' });
    const api = new FakeApi()
      .on('GET', url, { body: list(start) })
      .on('POST', url, { body: list([released, start[1]!]) });
    const view = render(api);
    const table = await screen.findByTestId('release-table');
    expect(within(table).getByTestId(`computed-${ids.government}`).textContent).toContain('80,58');
    expect(within(table).getByTestId(`state-${GOV_B}`).textContent).toBe('Belum dirilis');
    const releaseSelected = screen.getByTestId('release-selected');
    expect((releaseSelected as HTMLButtonElement).disabled).toBe(true);
    await view.user.click(screen.getByRole('checkbox', { name: 'Pilih Pemerintah Kabupaten Balangan' }));
    await view.user.click(releaseSelected);
    const dialog = await screen.findByRole('dialog', { name: 'Rilis hasil ke portal publik?' });
    expect(
      within(dialog).getByText(/Hasil 1 pemerintah akan tampil untuk umum di portal publik/),
    ).toBeTruthy();
    await view.user.click(within(dialog).getByRole('button', { name: 'Rilis ke publik' }));
    await waitFor(() => expect(screen.getByTestId(`state-${ids.government}`).textContent).toBe('Dirilis'));
    expect(api.sent('POST', url).map((r) => r.body)).toEqual([{ governmentIds: [ids.government] }]);
    expect(screen.getByText('Hasil 1 pemerintah tampil di portal publik.')).toBeTruthy();
  });

  it('releases all without naming them', async () => {
    const api = new FakeApi()
      .on('GET', url, { body: list(start) })
      .on('POST', url, { body: list(start.map((r) => ({ ...r, state: 'released' as const }))) });
    const view = render(api);
    await view.user.click(await screen.findByTestId('release-all'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Hasil 2 pemerintah akan tampil/)).toBeTruthy();
    await view.user.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(api.sent('POST', url).map((r) => r.body)).toEqual([{}]));
  });

  it('withdraws with a reason; the server’s field error shows beside it', async () => {
    const live = [row({ state: 'released', releasedAt: '2024-01-29T03:00:00.000Z' }), start[1]!];
    let calls = 0;
    const api = new FakeApi().on('GET', url, { body: list(live) }).on('POST', `${url}/withdraw`, () =>
      ++calls === 1
        ? apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', { reason: 'Wajib diisi.' })
        : {
            body: list([
              row({
                state: 'withdrawn',
                releasedAt: '2024-01-29T03:00:00.000Z',
                withdrawnAt: '2024-02-01T03:00:00.000Z',
                withdrawReason: 'Salah unggah',
              }),
              start[1]!,
            ]),
          },
    );
    const view = render(api);
    await screen.findByTestId('release-table');
    // Only released governments can be withdrawn.
    await view.user.click(
      screen.getByRole('checkbox', { name: 'Pilih Pemerintah Provinsi Kalimantan Selatan' }),
    );
    expect((screen.getByTestId('release-withdraw') as HTMLButtonElement).disabled).toBe(true);
    await view.user.click(screen.getByRole('checkbox', { name: 'Pilih Pemerintah Kabupaten Balangan' }));
    await view.user.click(screen.getByTestId('release-withdraw'));
    const dialog = await screen.findByRole('dialog', { name: 'Tarik kembali dari portal publik' });
    await view.user.click(within(dialog).getByTestId('withdraw-ok'));
    expect(await within(dialog).findByText('Wajib diisi.')).toBeTruthy();
    await view.user.type(within(dialog).getByTestId('withdraw-reason'), 'Salah unggah');
    await view.user.click(within(dialog).getByTestId('withdraw-ok'));
    await waitFor(() => expect(screen.getByTestId(`state-${ids.government}`).textContent).toBe('Ditarik'));
    expect(api.sent('POST', `${url}/withdraw`).at(-1)!.body).toEqual({
      governmentIds: [ids.government],
      reason: 'Salah unggah',
    });
    expect(screen.getByText(/Salah unggah/)).toBeTruthy();
  });

  it('before publication says so and releases nothing', async () => {
    const api = new FakeApi().on('GET', url, { body: list(start, false) });
    const view = render(api);
    expect(await screen.findByTestId('release-not-releasable')).toBeTruthy();
    await view.user.click(screen.getByTestId('release-select-all'));
    expect((screen.getByTestId('release-selected') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('release-all') as HTMLButtonElement).disabled).toBe(true);
  });

  it('records the official figure of the cycle’s year for a government', async () => {
    const saved: OfficialFigure = {
      id: 'f1',
      governmentId: ids.government,
      year: 2023,
      method: 'skor',
      cycleId: ids.cycle,
      score: 81.2,
      band: 'B',
      zone: null,
      opinion: null,
      source: 'Siaran pers',
      note: null,
      recordedAt: '2024-02-01T03:00:00.000Z',
    };
    const figureUrl = `/governments/${ids.government}/official-figures/2023`;
    const api = new FakeApi().on('GET', url, { body: list(start) }).on('PUT', figureUrl, { body: saved });
    const view = render(api);
    await view.user.click(await screen.findByTestId(`figure-edit-${ids.government}`));
    const dialog = await screen.findByRole('dialog', {
      name: /Angka resmi Pemerintah Kabupaten Balangan \(2023\)/,
    });
    expect(within(dialog).getByTestId('figure-method').textContent).toContain('Nilai dan kategori A–E');
    await view.user.type(within(dialog).getByLabelText('Nilai'), '81,2');
    await view.user.selectOptions(within(dialog).getByLabelText('Kategori'), 'B');
    await view.user.type(within(dialog).getByLabelText(/Sumber/), 'Siaran pers');
    await view.user.click(within(dialog).getByTestId('figure-save'));
    await waitFor(() => expect(api.sent('PUT', figureUrl)).toHaveLength(1));
    expect(api.sent('PUT', figureUrl)[0]!.body).toEqual({
      score: 81.2,
      band: 'B',
      zone: null,
      opinion: null,
      source: 'Siaran pers',
      note: null,
    });
  });
});

describe('earlier years’ official figures on a government’s page', () => {
  it('lists them and records a 2019 zone with its source', async () => {
    const base = `/governments/${ids.government}/official-figures`;
    const api = new FakeApi().on('GET', base, { body: { items: [] } }).on('PUT', `${base}/2019`, (req) => ({
      body: {
        id: 'f2',
        governmentId: ids.government,
        year: 2019,
        method: 'zona',
        cycleId: null,
        score: null,
        band: null,
        opinion: null,
        note: null,
        recordedAt: '2024-02-01T03:00:00.000Z',
        ...(req.body as object),
      },
    }));
    const view = renderApp(<EarlierFigures governmentId={ids.government} />, { api, user: head });
    expect(await screen.findByText('Belum ada hasil resmi yang dicatat.')).toBeTruthy();
    await view.user.click(screen.getByTestId('earlier-add'));
    const dialog = await screen.findByRole('dialog');
    const year = within(dialog).getByLabelText(/Tahun/);
    await view.user.clear(year);
    await view.user.type(year, '2019');
    expect(within(dialog).getByTestId('figure-method').textContent).toContain('Zona (2015–2021)');
    expect(within(dialog).queryByLabelText('Kategori')).toBeNull();
    await view.user.selectOptions(within(dialog).getByLabelText(/Zona/), 'hijau');
    await view.user.type(within(dialog).getByLabelText(/Sumber/), 'trans89.com, 30 April 2021');
    await view.user.click(within(dialog).getByTestId('figure-save'));
    await waitFor(() => expect(api.sent('PUT', `${base}/2019`)).toHaveLength(1));
    expect(api.sent('PUT', `${base}/2019`)[0]!.body).toMatchObject({
      zone: 'hijau',
      band: null,
      source: 'trans89.com, 30 April 2021',
    });
  });
});
