/**
 * The office's publication choice (GET/PUT /api/offices/:id/followup-publication): the saved kinds
 * are ticked, a change is sent as the whole list; an assessor (no followup.office.manage) sees the
 * choice but cannot change it. Headquarters' publish switch on a rekomendasi sends its version.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { FollowupDetailView } from './followup-detail';
import { detail, fx, item } from './fixtures.test-data';
import { PublicationSettings } from './publication-settings';

describe('PublicationSettings', () => {
  it('ticks the saved kinds and saves the new list', async () => {
    const api = new FakeApi()
      .on('GET', `/offices/${fx.office}/followup-publication`, { body: { kinds: ['saran_perbaikan'] } })
      .on('PUT', `/offices/${fx.office}/followup-publication`, (req) => ({ body: req.body }));
    const view = renderApp(<PublicationSettings officeId={fx.office} />, {
      api,
      user: testUser({ role: 'oversight_head', officeId: fx.office }),
    });
    const perbaikan = (await screen.findByTestId('fu-publication-saran_perbaikan')) as HTMLInputElement;
    await waitFor(() => expect(perbaikan.checked).toBe(true));
    expect((screen.getByTestId('fu-publication-kegiatan') as HTMLInputElement).checked).toBe(false);
    await view.user.click(screen.getByTestId('fu-publication-kegiatan'));
    await view.user.click(screen.getByTestId('fu-publication-saran_perbaikan'));
    await view.user.click(screen.getByTestId('fu-publication-save'));
    await waitFor(() =>
      expect(api.sent('PUT', `/offices/${fx.office}/followup-publication`)).toHaveLength(1),
    );
    expect(api.sent('PUT', `/offices/${fx.office}/followup-publication`)[0]!.body).toEqual({
      kinds: ['kegiatan'],
    });
    expect(await screen.findByText('Pilihan publikasi disimpan.')).toBeTruthy();
  });

  it('is read-only for an assessor', async () => {
    const api = new FakeApi().on('GET', `/offices/${fx.office}/followup-publication`, {
      body: { kinds: ['saran_perbaikan'] },
    });
    renderApp(<PublicationSettings officeId={fx.office} />, {
      api,
      user: testUser({ role: 'assessor', officeId: fx.office }),
    });
    expect(((await screen.findByTestId('fu-publication-kegiatan')) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('fu-publication-save')).toBeNull();
  });
});

describe('PublishToggle', () => {
  it('shows only with `publish` in can, and sends the decision with the version', async () => {
    const rek = detail(item(8, { kind: 'rekomendasi', status: 'selesai', can: ['publish'], version: 9 }));
    const api = new FakeApi().on('POST', `/followups/${rek.id}/publish`, {
      body: { ...rek, publishedAt: '2026-12-01T00:00:00.000Z' },
    });
    const view = renderApp(<FollowupDetailView item={rek} />, { api, user: testUser({ role: 'admin' }) });
    await view.user.click(await screen.findByTestId('followup-publish'));
    await waitFor(() => expect(api.sent('POST', `/followups/${rek.id}/publish`)).toHaveLength(1));
    expect(api.sent('POST', `/followups/${rek.id}/publish`)[0]!.body).toEqual({ publish: true, version: 9 });
    expect(await screen.findByText('Rekomendasi ditampilkan di halaman publik.')).toBeTruthy();

    view.unmount();
    renderApp(<FollowupDetailView item={{ ...rek, can: [] }} />, {
      api: new FakeApi(),
      user: testUser({ role: 'assessor' }),
    });
    await screen.findByTestId('followup-detail');
    expect(screen.queryByTestId('followup-publish')).toBeNull();
  });
});
