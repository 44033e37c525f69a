/**
 * The cycle page of an internal cycle (penilaian mandiri) below the browser: labelled, with its
 * owner, work plan, results and sharing; its phase actions belong to the owner's coordinator and
 * skip the appeal phase; the office's head who reads it (shared) gets no way to change it.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../../shared/contracts/assessments-cycles';
import { FakeApi } from '../../test/fake-api';
import { ids, testFrameworkDetail } from '../../test/fixtures';
import { renderApp, testUser } from '../../test/render';
import CycleDetailPage from './cycle-detail-page';

const cycle: CycleDetail = {
  id: ids.cycle,
  officeId: '77777777-7777-4777-8777-777777777777',
  officeName: 'Ombudsman RI Perwakilan Kalimantan Selatan',
  officeTimeZone: 'WITA',
  year: 2024,
  name: 'Penilaian Mandiri 2024',
  kind: 'internal',
  ownerGovernmentId: ids.government,
  ownerGovernmentName: 'Pemerintah Kabupaten Balangan',
  sharedAt: '2024-04-02T03:00:00.000Z',
  frameworkId: 'spot-check-2024',
  status: 'verification',
  productsPerUnit: 2,
  approvedAt: null,
  publishedAt: null,
  governmentCount: 1,
  selfStart: '2024-02-01',
  selfEnd: '2024-03-31',
  verifyStart: '2024-04-01',
  verifyEnd: '2024-05-31',
  appealStart: null,
  appealEnd: null,
  finalDate: '2024-06-14',
  governments: [
    {
      id: ids.government,
      name: 'Pemerintah Kabupaten Balangan',
      type: 'pemkab',
      unitCount: 2,
      productCount: 4,
      assessors: [],
    },
  ],
};

function api() {
  const base = `/cycles/${ids.cycle}/governments/${ids.government}`;
  return new FakeApi()
    .on('GET', `/cycles/${ids.cycle}`, { body: cycle })
    .on('GET', '/frameworks/spot-check-2024', {
      body: {
        ...testFrameworkDetail,
        id: 'spot-check-2024',
        compiledBy: 'patuh',
        nameLocalized: { id: 'Spot Check 2024', en: 'Spot check 2024' },
      },
    })
    .on('GET', `${base}/progress`, {
      body: {
        governmentId: ids.government,
        units: [],
        entity: { answered: 0, total: 0 },
        itemsVerified: 0,
        itemsTotal: 0,
        openAppeals: 0,
      },
    })
    .on('GET', `${base}/sample`, { body: { governmentId: ids.government, units: [], assessors: [] } });
}

const render = (user: ReturnType<typeof testUser>) =>
  renderApp(<CycleDetailPage />, { path: '/cycles/:id', at: `/cycles/${ids.cycle}`, api: api(), user });

describe('the cycle page of an internal cycle', () => {
  it('gives the owner’s coordinator the panel, sharing, and the step straight to the final result', async () => {
    render(testUser({ role: 'gov_coordinator', governmentId: ids.government }));
    const panel = await screen.findByTestId('internal-cycle-panel');
    expect(screen.getAllByTestId('internal-badge')[0]!.textContent).toBe('Penilaian mandiri');
    expect(within(panel).getByTestId('internal-owner').textContent).toBe('Pemerintah Kabupaten Balangan');
    expect(within(panel).getByTestId('open-work-plan').getAttribute('href')).toBe(
      `/cycles/${ids.cycle}/work-plan`,
    );
    expect(within(panel).getByTestId('open-internal-results').getAttribute('href')).toBe(
      `/cycles/${ids.cycle}/internal-results`,
    );
    expect(
      within(panel).getByRole('switch', { name: 'Bagikan hasil ke Kantor Perwakilan Ombudsman' }),
    ).toBeTruthy();
    expect(screen.getByTestId('cycle-advance').getAttribute('data-to')).toBe('final');
    // The subtitle names the owner and says the spot-check set is Patuh's own compilation.
    expect(
      await screen.findByText(/2024 · Spot Check 2024 \(disusun Patuh\) · Pemerintah Kabupaten Balangan/),
    ).toBeTruthy();
    expect(screen.queryByTestId('tab-results')).toBeNull();
    expect(within(screen.getByTestId('phase-stepper')).queryByText('Banding')).toBeNull();
  });

  it('gives the office’s head who reads a shared cycle no phase action and no switch', async () => {
    render(testUser({ role: 'oversight_head', officeId: cycle.officeId }));
    const panel = await screen.findByTestId('internal-cycle-panel');
    expect(within(panel).queryByRole('switch')).toBeNull();
    expect(within(panel).getByText(/Staf kantor hanya dapat membaca/)).toBeTruthy();
    expect(screen.queryByTestId('cycle-advance')).toBeNull();
    expect(screen.queryByTestId('cycle-recompute')).toBeNull();
    expect(await screen.findByTestId('tab-governments')).toBeTruthy();
  });

  it('gives another government’s coordinator nothing to change', async () => {
    render(testUser({ role: 'gov_coordinator', governmentId: '22222222-2222-4222-8222-999999999999' }));
    await screen.findByTestId('internal-cycle-panel');
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByTestId('cycle-advance')).toBeNull();
  });
});
