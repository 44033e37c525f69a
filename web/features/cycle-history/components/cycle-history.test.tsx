/**
 * "The next cycle sees the last one" below the browser (issue 17 §5): the verification table's rows
 * with last cycle's line (one request per unit, shared by its rows) and the rapor's "done / not
 * done since last year" per unit, against a fake API.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  PreviousCycleSchema,
  SinceLastYearSchema,
  type PreviousCycle,
} from '../../../../shared/contracts/crosswalk';
import {
  VerificationListSchema,
  type VerificationItem,
} from '../../../../shared/contracts/assessments-verification';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { VerificationTable } from '../../verification/components/verification-table';
import { PreviousLine } from './previous-line';
import { SinceLastYearPanel } from './since-last-year';

const BASE = `/cycles/${ids.cycle}/governments/${ids.government}`;
const prev = { id: ids.answer(900), year: 2023, name: 'Penilaian Kepatuhan 2023', frameworkId: 'lama' };

const row = (n: number, unitId: string, indicator: string): VerificationItem => ({
  answerId: ids.answer(n),
  indicator,
  name: { id: `Indikator ${indicator}`, en: `Indicator ${indicator}` },
  level: 'unit',
  unitId,
  unitName: unitId === ids.unitA ? 'Dinas A' : 'Dinas B',
  productId: null,
  productName: null,
  scaleMin: 0,
  scaleMax: 3,
  selfValue: 2,
  selfNa: false,
  selfComment: null,
  evidenceCount: 0,
  verifyStatus: 'pending',
  verifiedValue: null,
  verifiedNa: false,
  verifyReason: null,
});

const previousOf = (value: number, done: boolean): PreviousCycle => ({
  cycleId: ids.cycle,
  previous: prev,
  indicators: [
    {
      indicator: 'IN.1',
      previousCodes: ['IN.1'],
      value,
      max: 3,
      items: [
        {
          id: ids.answer(950 + value),
          kind: 'saran_perbaikan',
          status: done ? 'selesai' : 'dikirim',
          done,
          action: 'Perbaiki',
          dueOn: null,
          indicatorCode: 'IN.1',
        },
      ],
    },
    { indicator: 'IN.2', previousCodes: ['IN.2'], value: 3, max: 3, items: [] },
  ],
});

describe('verification rows show last cycle', () => {
  it('per unit: its own value and item state; one request per unit', async () => {
    const api = new FakeApi();
    const items = [row(1, ids.unitA, 'IN.1'), row(2, ids.unitA, 'IN.2'), row(3, ids.unitB, 'IN.1')];
    api.on('GET', `${BASE}/verification`, { body: VerificationListSchema.parse({ items }) });
    api.on('GET', `${BASE}/sample`, {
      body: {
        governmentId: ids.government,
        units: [ids.unitA, ids.unitB].map((unitId) => ({
          unitId,
          name: unitId === ids.unitA ? 'Dinas A' : 'Dinas B',
          type: 'dinas',
          sector: 'umum',
          selfStatus: 'submitted',
          products: [],
        })),
        assessors: [],
      },
    });
    api.on('GET', `${BASE}/checklist`, { body: { items: [] } });
    api.on('GET', `/cycles/${ids.cycle}/units/:unitId/checklist`, { body: { items: [] } });
    api.on('GET', `/cycles/${ids.cycle}/units/${ids.unitA}/previous`, {
      body: PreviousCycleSchema.parse(previousOf(1, true)),
    });
    api.on('GET', `/cycles/${ids.cycle}/units/${ids.unitB}/previous`, {
      body: PreviousCycleSchema.parse(previousOf(2, false)),
    });
    const { user } = renderApp(
      <VerificationTable
        cycleId={ids.cycle}
        governmentId={ids.government}
        editable
        renderContext={(item) => (
          <PreviousLine cycleId={ids.cycle} unitId={item.unitId} indicator={item.indicator} />
        )}
      />,
      { api },
    );
    // Unit A's rows: its own history, both rows from one request.
    expect((await screen.findByTestId('previous-IN.1')).textContent).toBe(
      '2023: 1 / 3· Saran perbaikan: selesai ✓',
    );
    expect(screen.getByTestId('previous-IN.2').textContent).toBe('2023: 3 / 3');
    // Unit B's history is asked for when its rows are shown.
    expect(api.sent('GET', `/cycles/${ids.cycle}/units/${ids.unitB}/previous`)).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), ids.unitB);
    await waitFor(() =>
      expect(screen.getByTestId('previous-IN.1').textContent).toBe(
        '2023: 2 / 3· Saran perbaikan: belum selesai',
      ),
    );
    expect(api.sent('GET', `/cycles/${ids.cycle}/units/${ids.unitA}/previous`)).toHaveLength(1);
  });
});

describe('rapor: done / not done since last year', () => {
  it('lists each unit and the government’s own items with their counts', async () => {
    const api = new FakeApi();
    api.on('GET', `${BASE}/since-last-year`, {
      body: SinceLastYearSchema.parse({
        previous: prev,
        units: [
          { unitId: null, unitName: null, done: 1, notDone: 0 },
          { unitId: ids.unitA, unitName: 'Dinas A', done: 2, notDone: 1 },
        ],
      }),
    });
    renderApp(<SinceLastYearPanel cycleId={ids.cycle} governmentId={ids.government} />, { api });
    expect(await screen.findByRole('heading', { name: 'Tindak lanjut sejak 2023' })).toBeTruthy();
    expect(screen.getByTestId(`since-${ids.unitA}`).textContent).toBe('Dinas A2 selesai1 belum');
    expect(screen.getByTestId('since-government').textContent).toBe(
      'Tingkat pemerintah daerah1 selesai0 belum',
    );
  });

  it('says nothing when there is no earlier cycle', async () => {
    const api = new FakeApi();
    api.on('GET', `${BASE}/since-last-year`, { body: { previous: null, units: [] } });
    renderApp(<SinceLastYearPanel cycleId={ids.cycle} governmentId={ids.government} />, { api });
    await waitFor(() => expect(api.sent('GET', `${BASE}/since-last-year`)).toHaveLength(1));
    expect(screen.queryByTestId('rapor-since-last-year')).toBeNull();
  });
});
