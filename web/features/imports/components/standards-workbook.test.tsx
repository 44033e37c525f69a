/**
 * The standards workbook panel: everyone can download; who may edit standards uploads a file, and a
 * file with bad rows shows each row and column the server named (nothing written); a good file
 * tells how many drafts it made. Against a fake API.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { StandardsWorkbook } from './standards-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsx = (name: string) =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])], name, { type: XLSX });
const coordinator = testUser({ role: 'gov_coordinator', governmentId: ids.government });
const fileInput = (container: HTMLElement) =>
  container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('standards workbook panel', () => {
  it('lists the row errors of a refused file, then reports the drafts of a good one', async () => {
    const api = new FakeApi();
    let uploads = 0;
    api.on('POST', `/governments/${ids.government}/standards/import`, () => {
      uploads += 1;
      if (uploads === 1)
        return apiError(400, 'VALIDATION_FAILED', 'Berkas berisi 2 kesalahan; tidak ada yang disimpan.', {
          '3.Nama Layanan': 'Layanan "KTP" pada unit "Disdukcapil" tidak ditemukan di pemerintah ini.',
          '4.Jangka waktu penyelesaian': 'Tulis angka dan satuannya (menit, jam, atau hari kerja).',
        });
      return { body: { rows: 2, created: 1, updated: 1, unchanged: 0 } };
    });
    const { container, user } = renderApp(<StandardsWorkbook governmentId={ids.government} />, {
      api,
      user: coordinator,
    });
    expect(await screen.findByRole('button', { name: 'Unduh standar (Excel)' })).toBeTruthy();
    await screen.findByRole('button', { name: 'Unggah standar (Excel)' });

    await user.upload(fileInput(container), xlsx('standar.xlsx'));
    expect(await screen.findByText('Berkas berisi 2 kesalahan; tidak ada yang disimpan.')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Baris 3 · Nama Layanan: Layanan "KTP" pada unit "Disdukcapil" tidak ditemukan di pemerintah ini.',
      'Baris 4 · Jangka waktu penyelesaian: Tulis angka dan satuannya (menit, jam, atau hari kerja).',
    ]);

    await user.upload(fileInput(container), xlsx('standar-perbaikan.xlsx'));
    expect(
      await screen.findByText('Standar diimpor ke draf: 1 draf baru, 1 draf diperbarui, 0 tanpa perubahan.'),
    ).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(uploads).toBe(2);
  });

  it('offers only the download to who may not edit standards', async () => {
    const api = new FakeApi();
    renderApp(<StandardsWorkbook governmentId={ids.government} />, {
      api,
      user: testUser({ role: 'assessor' }),
    });
    expect(await screen.findByRole('button', { name: 'Unduh standar (Excel)' })).toBeTruthy();
    // The signed-in user is known (the upload would show by now for a coordinator).
    await waitFor(() => expect(api.sent('GET', '/auth/me').length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button', { name: 'Unggah standar (Excel)' })).toBeNull();
  });
});
