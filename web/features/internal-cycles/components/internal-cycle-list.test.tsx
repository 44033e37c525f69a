/**
 * The Penilaian mandiri list below the browser: only the government's own internal cycles of the
 * cycles in reach (never the Ombudsman's, never another government's), labelled, with sharing
 * state, and the verifier's way to the verification once it is open.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CycleDto } from '../../../../shared/contracts/assessments-cycles';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { InternalCycleList } from './internal-cycle-list';

const OTHER_GOV = '22222222-2222-4222-8222-999999999999';
const base: CycleDto = {
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
};
const OFFICIAL = '11111111-1111-4111-8111-0000000000a1';
const ELSEWHERE = '11111111-1111-4111-8111-0000000000a2';
const PRIVATE = '11111111-1111-4111-8111-0000000000a3';
const cycles: CycleDto[] = [
  base,
  {
    ...base,
    id: OFFICIAL,
    kind: 'official',
    ownerGovernmentId: null,
    ownerGovernmentName: null,
    sharedAt: null,
  },
  { ...base, id: ELSEWHERE, ownerGovernmentId: OTHER_GOV, name: 'Penilaian Mandiri pemerintah lain' },
  {
    ...base,
    id: PRIVATE,
    year: 2023,
    name: 'Penilaian Mandiri 2023',
    sharedAt: null,
    status: 'self_assessment',
  },
];

describe('the Penilaian mandiri list', () => {
  it('lists only the government’s own internal cycles, labelled, with their sharing state', async () => {
    renderApp(<InternalCycleList governmentId={ids.government} canManage canVerify />, {
      api: new FakeApi().on('GET', '/cycles', { body: { items: cycles } }),
      user: testUser({ role: 'internal_verifier', governmentId: ids.government }),
    });
    const list = await screen.findByTestId('internal-cycle-list');
    expect(
      within(list)
        .getAllByRole('link', { name: /Penilaian Mandiri/ })
        .map((a) => a.textContent),
    ).toEqual(['Penilaian Mandiri 2024', 'Penilaian Mandiri 2023']);
    expect(screen.queryByTestId(`internal-cycle-${OFFICIAL}`)).toBeNull();
    expect(screen.queryByTestId(`internal-cycle-${ELSEWHERE}`)).toBeNull();
    const shared = screen.getByTestId(`internal-cycle-${ids.cycle}`);
    expect(within(shared).getByTestId('internal-badge').textContent).toBe('Penilaian mandiri');
    expect(within(shared).getByText('Dibagikan')).toBeTruthy();
    expect(within(screen.getByTestId(`internal-cycle-${PRIVATE}`)).getByText('Tidak dibagikan')).toBeTruthy();
    // Verification opens once the units have submitted: not during self-assessment.
    expect(within(shared).getByTestId(`internal-verify-${ids.cycle}`).getAttribute('href')).toBe(
      `/cycles/${ids.cycle}/governments/${ids.government}/verification`,
    );
    expect(screen.queryByTestId(`internal-verify-${PRIVATE}`)).toBeNull();
  });
});
