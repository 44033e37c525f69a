/**
 * Revealing the reporter's identity: only offered when the server says the user may; a
 * confirmation says the reveal is audited; the identity shows in a modal and, once closed, is
 * neither on the page nor anywhere in the query client's caches.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ComplaintDetailPage from '../../../app/routes/complaint-detail-page';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CASE_ID, caseDetail } from '../test/case-fixture';

function render(canReveal: boolean) {
  const api = new FakeApi();
  api.on('GET', `/complaints/${CASE_ID}`, { body: caseDetail({ canReveal, confidential: true }) });
  api.on('POST', `/complaints/${CASE_ID}/identity`, {
    body: {
      identity: { fullName: 'Siti Pelapor', nik: '6311010101900001', phone: '081234567890' },
      confidential: true,
    },
  });
  return {
    ...renderApp(<ComplaintDetailPage />, {
      api,
      path: '/pengaduan/:id',
      at: `/pengaduan/${CASE_ID}`,
      user: testUser({ role: 'oversight_head' }),
    }),
  };
}

describe('reveal the identity', () => {
  it('asks first, shows the identity in a modal only, and keeps it in no cache', async () => {
    const { api, user, queryClient } = render(true);
    await user.click(await screen.findByRole('button', { name: 'Buka identitas pelapor' }));
    const confirm = screen.getByRole('dialog');
    expect(confirm.textContent).toContain('dicatat di log audit');
    expect(api.sent('POST', `/complaints/${CASE_ID}/identity`)).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Buka identitas' }));

    const shown = await screen.findByTestId('cx-identity-shown-fullName');
    expect(shown.textContent).toBe('Siti Pelapor');
    expect(screen.getByTestId('cx-identity-shown-nik').textContent).toBe('6311010101900001');
    expect(screen.getByText(/jangan cantumkan di surat/)).toBeTruthy();

    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Tutup' }));
    await waitFor(() => expect(screen.queryByText('Siti Pelapor')).toBeNull());
    await waitFor(() => {
      const cached = JSON.stringify([
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
        queryClient
          .getMutationCache()
          .getAll()
          .map((m) => m.state.data),
      ]);
      expect(cached).not.toContain('Siti Pelapor');
      expect(cached).not.toContain('6311010101900001');
    });
  });

  it('offers no reveal to a user the server does not allow', async () => {
    render(false);
    await screen.findByTestId('cx-reporter-label');
    expect(screen.queryByRole('button', { name: 'Buka identitas pelapor' })).toBeNull();
  });
});
