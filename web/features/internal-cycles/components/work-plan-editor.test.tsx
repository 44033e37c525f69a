/**
 * The work plan below the browser: WorkPlanEditor against a fake API (GET/PUT
 * /api/cycles/:id/work-plan, the government's internal verifiers from assessor-options). The
 * coordinator sets a date and a team; only the changed units are sent, as the contract says.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WorkPlanSchema,
  WorkPlanUpdateSchema,
  type WorkPlan,
  type WorkPlanItem,
} from '../../../../shared/contracts/assessments-internal';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp, testUser } from '../../../test/render';
import { WorkPlanEditor } from './work-plan-editor';

const PLAN = `/cycles/${ids.cycle}/work-plan`;
const AUDITOR_1 = '88888888-8888-4888-8888-000000000001';
const AUDITOR_2 = '88888888-8888-4888-8888-000000000002';

const item = (over: Partial<WorkPlanItem>): WorkPlanItem => ({
  unitId: ids.unitA,
  name: 'Dinas Kependudukan dan Pencatatan Sipil',
  type: 'opd',
  sector: 'kependudukan',
  scheduledDate: null,
  team: [],
  selfStatus: 'draft',
  total: 20,
  answered: 0,
  verified: 0,
  doneAt: null,
  status: 'unscheduled',
  ...over,
});

const plan: WorkPlan = WorkPlanSchema.parse({
  cycleId: ids.cycle,
  today: '2024-04-10',
  items: [
    item({}),
    item({
      unitId: ids.unitB,
      name: 'Puskesmas Muntok',
      type: 'puskesmas',
      scheduledDate: '2024-04-02',
      team: [{ userId: AUDITOR_1, name: 'Auditor Satu' }],
      selfStatus: 'submitted',
      answered: 20,
      verified: 12,
      status: 'late',
    }),
  ],
  counts: { unscheduled: 1, not_started: 0, in_progress: 0, done_on_time: 0, done_late: 0, late: 1 },
});

function api() {
  return new FakeApi()
    .on('GET', PLAN, { body: plan })
    .on('GET', `/cycles/${ids.cycle}/assessor-options`, {
      body: {
        items: [
          { id: AUDITOR_1, name: 'Auditor Satu', email: 'a1@inspektorat.go.id' },
          { id: AUDITOR_2, name: 'Auditor Dua', email: 'a2@inspektorat.go.id' },
        ],
      },
    })
    .on('PUT', PLAN, { body: plan });
}

const coordinator = testUser({ role: 'gov_coordinator', governmentId: ids.government });
const originalMatchMedia = window.matchMedia;
afterEach(() => {
  window.matchMedia = originalMatchMedia;
});

describe('work plan', () => {
  it('shows each unit’s status and the counts, and filters by a status', async () => {
    const view = renderApp(<WorkPlanEditor cycleId={ids.cycle} editable={false} zone="WIB" />, {
      api: api(),
      user: coordinator,
    });
    const table = await screen.findByTestId('work-plan-table');
    const late = within(table).getByTestId(`work-plan-row-${ids.unitB}`);
    expect(within(late).getByTestId('work-plan-status').textContent).toBe('Terlambat');
    expect(within(late).getByText('20/20 terjawab · 12/20 terverifikasi')).toBeTruthy();
    expect(within(late).getByText('Auditor Satu')).toBeTruthy();
    expect(within(late).getByText('2 Apr 2024')).toBeTruthy();
    expect(screen.getByTestId('work-plan-count-late').textContent).toBe('Terlambat: 1');
    expect(screen.getByTestId('work-plan-count-done_on_time').textContent).toBe('Selesai tepat waktu: 0');
    // Read only: no inputs and no save button, and no request for the verifier options.
    expect(within(table).queryByRole('textbox')).toBeNull();
    expect(screen.queryByTestId('work-plan-save')).toBeNull();

    await view.user.click(screen.getByTestId('work-plan-count-late'));
    expect(screen.getByTestId('work-plan-count-late').getAttribute('aria-pressed')).toBe('true');
    expect(within(table).queryByTestId(`work-plan-row-${ids.unitA}`)).toBeNull();
    expect(within(table).getByTestId(`work-plan-row-${ids.unitB}`)).toBeTruthy();
    expect(view.api.sent('GET', `/cycles/${ids.cycle}/assessor-options`)).toEqual([]);
  });

  it('saves a unit’s date and Inspektorat team, sending only the units that changed', async () => {
    const view = renderApp(<WorkPlanEditor cycleId={ids.cycle} editable zone="WIB" />, {
      api: api(),
      user: coordinator,
    });
    const save = await screen.findByTestId('work-plan-save');
    expect(save.hasAttribute('disabled')).toBe(true);
    const date = screen.getByLabelText('Tanggal terjadwal Dinas Kependudukan dan Pencatatan Sipil');
    await view.user.type(date, '2024-04-22');
    await view.user.click(
      screen.getByRole('combobox', { name: 'Tim Inspektorat Dinas Kependudukan dan Pencatatan Sipil' }),
    );
    await view.user.click(await screen.findByRole('option', { name: 'Auditor Dua' }));
    expect(screen.getByText('1 unit belum disimpan')).toBeTruthy();
    await view.user.click(save);

    await waitFor(() => expect(view.api.sent('PUT', PLAN)).toHaveLength(1));
    const body = view.api.sent('PUT', PLAN)[0]!.body;
    expect(body).toEqual({ items: [{ unitId: ids.unitA, scheduledDate: '2024-04-22', team: [AUDITOR_2] }] });
    expect(WorkPlanUpdateSchema.safeParse(body).success).toBe(true);
    expect(await screen.findByText('Rencana kerja 1 unit disimpan.')).toBeTruthy();
  });

  it('lays the units out as cards on a phone', async () => {
    window.matchMedia = ((query: string) => ({
      ...originalMatchMedia(query),
      matches: query.includes('max-width'),
    })) as typeof window.matchMedia;
    renderApp(<WorkPlanEditor cycleId={ids.cycle} editable zone="WIB" />, { api: api(), user: coordinator });
    const cards = await screen.findByTestId('work-plan-cards');
    expect(screen.queryByTestId('work-plan-table')).toBeNull();
    expect(within(cards).getByLabelText('Tanggal terjadwal Puskesmas Muntok')).toBeTruthy();
    expect(
      within(cards)
        .getAllByTestId('work-plan-status')
        .map((b) => b.textContent),
    ).toEqual(['Belum dijadwalkan', 'Terlambat']);
  });
});
