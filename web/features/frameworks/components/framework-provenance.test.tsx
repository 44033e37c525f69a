/**
 * Where a framework comes from, below the browser: the spot-check set says "disusun Patuh" in the
 * list; an office's own copy shows its office, and its head marks it as the office's spot-check set
 * from its page. Fixtures are checked against the shared contract.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  FrameworkDetailSchema,
  FrameworkSummarySchema,
  type FrameworkSummary,
} from '../../../../shared/contracts/frameworks';
import FrameworkDetailPage from '../../../app/routes/framework-detail-page';
import { FakeApi } from '../../../test/fake-api';
import { testFramework, testFrameworkDetail } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { FrameworkList } from './framework-list';

const OFFICE = '00000000-0000-4000-8000-0000000000f1';

const summary = (over: Partial<FrameworkSummary>): FrameworkSummary =>
  FrameworkSummarySchema.parse({
    ...testFrameworkDetail,
    definition: undefined,
    problems: undefined,
    ...over,
  });

const spotCheck = summary({
  id: 'spot-check-2024',
  name: 'Penilaian Mandiri Spot Check 2024',
  nameLocalized: { id: 'Penilaian Mandiri Spot Check 2024', en: 'Self-assessment spot check 2024' },
  compiledBy: 'patuh',
});
const officeCopy = summary({
  id: 'spot-check-babel-2025',
  name: 'Spot check Babel 2025',
  nameLocalized: { id: 'Spot check Babel 2025', en: 'Babel spot check 2025' },
  source: 'custom',
  basedOn: 'spot-check-2024',
  frozen: false,
  frozenAt: null,
  usedByCycles: 0,
  officeId: OFFICE,
  officeName: 'Ombudsman RI Perwakilan Kepulauan Bangka Belitung',
  mayChange: true,
});

describe('framework provenance', () => {
  it('labels Patuh’s spot-check set and an office’s own version in the list', async () => {
    const api = new FakeApi();
    api.on('GET', '/frameworks', { body: [spotCheck, officeCopy, summary({ id: 'ombudsman-2022-2024' })] });
    renderApp(<FrameworkList />, { api });
    const row = await screen.findByTestId('framework-row-spot-check-2024');
    expect(row.textContent).toContain('disusun Patuh');
    const office = screen.getByTestId('framework-row-spot-check-babel-2025');
    expect(office.textContent).toContain('Ombudsman RI Perwakilan Kepulauan Bangka Belitung');
    expect(office.textContent).not.toContain('disusun Patuh');
    expect(screen.getByTestId('framework-row-ombudsman-2022-2024').textContent).not.toContain(
      'disusun Patuh',
    );
  });

  it('lets the office’s head mark its copy as the office’s spot-check set', async () => {
    const api = new FakeApi();
    let marked = false;
    const detail = () =>
      FrameworkDetailSchema.parse({
        ...officeCopy,
        officeSpotCheck: marked,
        definition: { ...testFramework, id: officeCopy.id },
        problems: [],
      });
    api.on('GET', `/frameworks/${officeCopy.id}`, () => ({ body: detail() }));
    api.on('PUT', `/frameworks/${officeCopy.id}/spot-check`, (req) => {
      marked = (req.body as { spotCheck: boolean }).spotCheck;
      return { body: { ...officeCopy, officeSpotCheck: marked } };
    });
    const { user } = renderApp(<FrameworkDetailPage />, {
      api,
      path: '/frameworks/:id',
      at: `/frameworks/${officeCopy.id}`,
      user: testUser({ role: 'oversight_head', officeId: OFFICE }),
    });
    await user.click(await screen.findByRole('button', { name: 'Jadikan set spot check kantor' }));
    expect(api.sent('PUT', `/frameworks/${officeCopy.id}/spot-check`)[0]!.body).toEqual({ spotCheck: true });
    expect(await screen.findByTestId('framework-office-spot-check')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Lepas tanda set spot check' })).toBeTruthy(),
    );
    expect(screen.getByTestId('fw-edit')).toBeTruthy();
  });
});
