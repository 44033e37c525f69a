/**
 * The overdue table of the backlog at an office's size: the ten worst governments first, all of them
 * on request, and back; a government's row filters the backlog to it.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { OVERDUE_SHOWN, OverdueSection } from './overdue-section';

const head = testUser({ role: 'oversight_head', officeId: '00000000-0000-4000-8000-00000000000f' });
// 14 governments; government i has i overdue items of 20 open, so the worst is number 14.
const rows = Array.from({ length: 14 }, (_, i) => ({
  governmentId: `00000000-0000-4000-8000-0000000001${String(i + 10)}`,
  governmentName: `Kabupaten Uji ${i + 1}`,
  officeId: '00000000-0000-4000-8000-00000000000f',
  open: 20,
  overdue: i + 1,
  oldestDue: '2026-01-15',
}));

describe('overdue per government', () => {
  it('shows the ten worst, then all fourteen, then the ten again', async () => {
    const api = new FakeApi().on('GET', '/followups/overdue', { body: { items: rows } });
    const onPick = vi.fn();
    const view = renderApp(<OverdueSection onPick={onPick} />, { api, user: head });
    await waitFor(() => expect(screen.getAllByTestId('fu-overdue-row')).toHaveLength(OVERDUE_SHOWN));
    const names = () =>
      screen.getAllByTestId('fu-overdue-row').map((r) => r.querySelector('td')!.textContent);
    expect(names()[0]).toBe('Kabupaten Uji 14');
    expect(names().at(-1)).toBe('Kabupaten Uji 5');

    await view.user.click(screen.getByRole('button', { name: 'Tampilkan semua 14 pemerintah' }));
    expect(names()).toHaveLength(14);
    expect(names().at(-1)).toBe('Kabupaten Uji 1');

    await view.user.click(screen.getByRole('button', { name: 'Tampilkan 10 teratas saja' }));
    expect(names()).toHaveLength(OVERDUE_SHOWN);

    await view.user.click(screen.getByRole('button', { name: 'Kabupaten Uji 14' }));
    expect(onPick).toHaveBeenCalledWith(rows[13]!.governmentId);
  });

  it('offers no button for ten governments or fewer', async () => {
    const api = new FakeApi().on('GET', '/followups/overdue', {
      body: { items: rows.slice(0, OVERDUE_SHOWN) },
    });
    renderApp(<OverdueSection onPick={() => undefined} />, { api, user: head });
    await waitFor(() => expect(screen.getAllByTestId('fu-overdue-row')).toHaveLength(OVERDUE_SHOWN));
    expect(screen.queryByTestId('fu-overdue-all')).toBeNull();
  });
});
