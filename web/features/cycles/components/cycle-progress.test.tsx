/**
 * A cycle's progress tab at national size: fifty governments at a time with a name filter, and one
 * progress request per shown government only (it asked for all ~600 at once, and was 36,000 px
 * tall on a phone). Sixty governments: a page and ten more.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../../../test/fake-api';
import { cycleDetail, cycleGovernments } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { CycleProgress } from './cycle-progress';

const governments = cycleGovernments(60);

const cycle = cycleDetail({ governmentCount: governments.length, governments, status: 'verification' });

function api() {
  return new FakeApi()
    .on('GET', '/cycles/:id/summary', {
      body: {
        cycleId: cycle.id,
        status: 'verification',
        zones: { hijau: 0, kuning: 0, merah: 0, none: 60 },
        ranking: [],
        progress: {
          unitsSubmitted: 4,
          unitsTotal: 360,
          itemsVerified: 0,
          itemsTotal: 3116517,
          openAppeals: 0,
        },
        officeMean: null,
        nationalMean: null,
      },
    })
    .on('GET', '/cycles/:id/governments/:gid/progress', (_req, p) => ({
      body: {
        governmentId: p.gid,
        units: [
          {
            unitId: 'u1',
            name: 'Dinas A',
            answered: 5,
            total: 10,
            selfStatus: 'submitted',
            submittedAt: null,
          },
          { unitId: 'u2', name: 'Dinas B', answered: 2, total: 10, selfStatus: 'draft', submittedAt: null },
        ],
        entity: { answered: 0, total: 0 },
        itemsVerified: 3,
        itemsTotal: 20,
        openAppeals: 0,
      },
    }));
}

// Plain DOM queries: waitFor runs its check on every DOM change, and testing-library's queries walk
// sixty rows of Mantine markup each time (seconds under load).
const rows = () => document.querySelectorAll('[data-testid^="progress-row-"]').length;
const itemBars = () => document.querySelectorAll('[data-testid="bar-items"]');
const progressRequests = (fake: FakeApi) => fake.requests.filter((r) => r.path.endsWith('/progress'));

describe('the progress of a large cycle', () => {
  // Sixty rows of Mantine in jsdom render for seconds on a loaded machine: a minute, not thirty seconds.
  it(
    'shows 50 governments at a time, asks only for their progress, and filters by name',
    { timeout: 60_000 },
    async () => {
      const fake = api();
      const view = renderApp(<CycleProgress cycle={cycle} review />, { api: fake });
      expect(rows()).toBe(50);
      expect(screen.getByTestId('progress-gov-count').textContent).toBe('Menampilkan 50 dari 60 pemerintah');
      await waitFor(() => expect(itemBars()).toHaveLength(50));
      expect(progressRequests(fake)).toHaveLength(50);
      expect(itemBars()[0]!.textContent).toContain('7 / 20');
      // Counts through the format layer: the office's items with the thousands separator.
      expect(screen.getByTestId('progress-verified').textContent).toContain('0 / 3.116.517');

      await view.user.click(screen.getByTestId('load-more'));
      expect(rows()).toBe(60);
      expect(screen.queryByTestId('load-more')).toBeNull();
      await waitFor(() => expect(progressRequests(fake)).toHaveLength(60));

      // "uji 5" in any case: 5 and 50–59, eleven (not 15 or 25).
      await view.user.click(screen.getByTestId('progress-gov-filter'));
      await view.user.paste('UJI 5');
      await screen.findByText('Menampilkan 11 dari 11 pemerintah');
      expect(rows()).toBe(11);
      expect(screen.getByText('Pemerintah Kabupaten Uji 59')).toBeTruthy();
      expect(screen.queryByText('Pemerintah Kabupaten Uji 15')).toBeNull();

      await view.user.clear(screen.getByTestId('progress-gov-filter'));
      await view.user.paste('Kota Tidak Ada');
      expect(await screen.findByText('Tidak ada pemerintah dengan nama itu')).toBeTruthy();
      expect(rows()).toBe(0);
      expect(screen.queryByTestId('progress-table')).toBeNull();
    },
  );
});
