/**
 * Finishing verification below the browser: the head moves the cycle from verification to the
 * appeal phase; while answered items remain unverified the server refuses (ADR 0006 rule 1) and
 * the page says so.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, FakeApi } from '../../../test/fake-api';
import { cycleDetail, ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import type { CycleDetail } from '../api/cycles-api';
import { CycleActions } from './cycle-actions';

const cycle = cycleDetail({ governmentCount: 1 });

async function advance(api: FakeApi) {
  const view = renderApp(<CycleActions cycle={cycle} canManage canApprove={false} canRecompute={false} />, {
    api,
  });
  await view.user.click(screen.getByRole('button', { name: 'Lanjut ke Banding' }));
  const dialog = await screen.findByRole('dialog', { name: 'Pindah ke tahap berikutnya?' });
  expect(within(dialog).getByText(/Semua butir yang dijawab harus sudah diverifikasi/)).toBeTruthy();
  await view.user.click(within(dialog).getByRole('button', { name: 'Lanjutkan' }));
  return view;
}

describe('finishing verification (cycle actions)', () => {
  it('is refused with the server’s message while answered items are unverified', async () => {
    const api = new FakeApi().on(
      'POST',
      `/cycles/${ids.cycle}/advance`,
      apiError(409, 'CONFLICT', 'Masih ada butir yang dijawab tetapi belum diverifikasi.', {
        to: '12 butir yang dijawab belum diverifikasi (terima atau tetapkan nilainya). 3 butir tidak dijawab tidak perlu diverifikasi: dihitung 0.',
      }),
    );
    await advance(api);
    // ADR 0006: the refusal names both counts, the answered-but-unverified and the blank ones.
    expect(
      await screen.findByText(
        /Masih ada butir yang dijawab tetapi belum diverifikasi\. 12 butir yang dijawab belum diverifikasi .* 3 butir tidak dijawab/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Siklus kini pada tahap/)).toBeNull();
    expect(api.sent('POST', `/cycles/${ids.cycle}/advance`).map((r) => r.body)).toEqual([{ to: 'appeal' }]);
  });

  it('moves to the appeal phase once every answered item is verified', async () => {
    const api = new FakeApi().on('POST', `/cycles/${ids.cycle}/advance`, {
      body: { ...cycle, status: 'appeal' },
    });
    await advance(api);
    expect(await screen.findByText('Siklus kini pada tahap Banding.')).toBeTruthy();
  });
});

describe('phase actions of an internal cycle (penilaian mandiri)', () => {
  const internal: CycleDetail = {
    ...cycle,
    kind: 'internal',
    ownerGovernmentId: ids.government,
    ownerGovernmentName: 'Pemerintah Kabupaten Bangka Barat',
    appealStart: null,
    appealEnd: null,
  };

  it('skips the appeal phase: verification moves to the final result', async () => {
    const api = new FakeApi().on('POST', `/cycles/${ids.cycle}/advance`, {
      body: { ...internal, status: 'final' },
    });
    const view = renderApp(<CycleActions cycle={internal} canManage canApprove canRecompute={false} />, {
      api,
    });
    expect(screen.queryByRole('button', { name: 'Lanjut ke Banding' })).toBeNull();
    await view.user.click(screen.getByRole('button', { name: 'Lanjut ke Hasil akhir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pindah ke tahap berikutnya?' });
    expect(within(dialog).getByText(/tidak memiliki tahap banding/)).toBeTruthy();
    await view.user.click(within(dialog).getByRole('button', { name: 'Lanjutkan' }));
    expect(await screen.findByText('Siklus kini pada tahap Hasil akhir.')).toBeTruthy();
    expect(api.sent('POST', `/cycles/${ids.cycle}/advance`).map((r) => r.body)).toEqual([{ to: 'final' }]);
  });

  it('is approved as the government’s own result, not published as the Ombudsman’s', async () => {
    const api = new FakeApi().on('POST', `/cycles/${ids.cycle}/approve`, { body: {} });
    const view = renderApp(
      <CycleActions cycle={{ ...internal, status: 'final' }} canManage canApprove canRecompute={false} />,
      { api },
    );
    await view.user.click(screen.getByRole('button', { name: 'Setujui & tetapkan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Setujui & tetapkan' });
    expect(
      within(dialog).getByText(/tidak masuk peringkat, dasbor, atau data terbuka Ombudsman/),
    ).toBeTruthy();
    await view.user.click(within(dialog).getByRole('button', { name: 'Setujui & tetapkan' }));
    expect(await screen.findByText('Hasil penilaian mandiri ditetapkan.')).toBeTruthy();
    expect(api.sent('POST', `/cycles/${ids.cycle}/approve`)).toHaveLength(1);
  });
});
