/**
 * A national cycle holds ~600 governments: the list shows 50 at a time with a name filter, so a
 * phone does not get one accordion row per government (80,000 px tall on the national data).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../../test/fake-api';
import { cycleDetail, cycleGovernments } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { CycleGovernments } from './cycle-governments';

const governments = cycleGovernments(120);

const cycle = cycleDetail({ governmentCount: governments.length, governments });

const rows = () => document.querySelectorAll('[data-testid^="cycle-gov-0"]').length;

describe('the governments of a large cycle', () => {
  it('shows 50 at a time, more on request, and filters by name', async () => {
    const view = renderApp(<CycleGovernments cycle={cycle} canManage={false} canVerify />, {
      api: new FakeApi(),
    });
    expect(rows()).toBe(50);
    expect(screen.getByTestId('cycle-gov-count').textContent).toBe('Menampilkan 50 dari 120 pemerintah');
    await view.user.click(screen.getByTestId('load-more'));
    expect(rows()).toBe(100);
    await view.user.click(screen.getByTestId('load-more'));
    expect(rows()).toBe(120);
    expect(screen.queryByTestId('load-more')).toBeNull();

    // "uji 7" in any case: 7 and 70–79, eleven (not 17 or 107).
    await view.user.type(screen.getByTestId('cycle-gov-filter'), 'UJI 7');
    await screen.findByText('Menampilkan 11 dari 11 pemerintah');
    expect(rows()).toBe(11);
    expect(screen.getByText('Pemerintah Kabupaten Uji 79')).toBeTruthy();
    expect(screen.queryByText('Pemerintah Kabupaten Uji 17')).toBeNull();

    await view.user.clear(screen.getByTestId('cycle-gov-filter'));
    await view.user.type(screen.getByTestId('cycle-gov-filter'), 'Kota Tidak Ada');
    expect(await screen.findByText('Tidak ada pemerintah dengan nama itu')).toBeTruthy();
    expect(rows()).toBe(0);
  });
});
