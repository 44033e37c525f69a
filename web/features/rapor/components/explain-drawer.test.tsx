/**
 * The explain drawer names the survey behind a value a survey set (issue 16 §6): the period, the
 * question, the share of "Tidak pernah" among the interviews, and the mapping to the scale; a
 * value an assessor set shows its reason instead.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Explain } from '../../../../shared/contracts/assessments-results';
import { FakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { ExplainDrawer } from './explain-drawer';

const CYCLE = '00000000-0000-4000-8000-0000000000c1';
const GOV = '00000000-0000-4000-8000-0000000000b1';
const PERIOD = '00000000-0000-4000-8000-0000000000f1';

const answer = {
  unitId: null,
  unitName: null,
  productId: null,
  productName: null,
  na: false,
  verifyStatus: 'adjusted',
};
const explain: Explain = {
  cycleId: CYCLE,
  governmentId: GOV,
  unitId: null,
  cycleState: 'open',
  rules: [],
  score: 50,
  rounded: 50,
  band: null,
  zone: null,
  nodes: [
    {
      code: 'OUTPUT',
      name: { id: 'Dimensi Output', en: 'Output' },
      weight: 100,
      share: 100,
      score: 50,
      status: 'scored',
      missing: 0,
      children: [
        {
          code: 'OUTPUT.1',
          name: { id: 'Penundaan berlarut', en: 'Undue delay' },
          weight: 50,
          share: 50,
          score: 66.67,
          status: 'scored',
          missing: 0,
          answers: [
            {
              ...answer,
              answerId: 'a1',
              value: 2,
              selfValue: null,
              reason: 'teks alasan survei',
              survey: {
                periodId: PERIOD,
                periodTitle: 'Wawancara persepsi 2024',
                instrumentId: 'persepsi-maladministrasi-2023',
                question: 'OUTPUT.1',
                element: { id: 'Penundaan berlarut', en: 'Undue delay' },
                bestAnswer: { id: 'Tidak pernah', en: 'Never' },
                interviews: 30,
                best: 24,
                share: 80,
                levels: [
                  { min: 0, value: 0 },
                  { min: 50, value: 1 },
                  { min: 80, value: 2 },
                  { min: 100, value: 3 },
                ],
                value: 2,
                appliedAt: '2024-05-01T03:00:00.000Z',
              },
            },
          ],
        },
        {
          code: 'OUTPUT.2',
          name: { id: 'Permintaan imbalan', en: 'Requests' },
          weight: 50,
          share: 50,
          score: 33.33,
          status: 'scored',
          missing: 0,
          answers: [{ ...answer, answerId: 'a2', value: 1, selfValue: 3, reason: 'Bukti tidak lengkap' }],
        },
      ],
    },
  ],
};

describe('explain drawer: survey source', () => {
  it('shows the survey, question, share and mapping for a survey value, the reason otherwise', async () => {
    const api = new FakeApi().on('GET', '/cycles/:id/governments/:governmentId/explain', { body: explain });
    const { user } = renderApp(
      <ExplainDrawer
        cycleId={CYCLE}
        governmentId={GOV}
        unitId={null}
        focus={null}
        opened
        onClose={() => {}}
      />,
      { api },
    );
    await user.click(await screen.findByTestId('explain-node-OUTPUT.1'));
    const line = await screen.findByTestId('explain-survey');
    expect(line.textContent).toContain('Wawancara persepsi 2024');
    expect(line.textContent).toContain('OUTPUT.1 Penundaan berlarut');
    expect(line.textContent).toMatch(/80(,0)?\s?% dari 30 responden menjawab “Tidak pernah” → nilai 2/);
    expect(line.textContent).toMatch(/≥ 50\s?% → 1; ≥ 80\s?% → 2; ≥ 100\s?% → 3/);
    // The survey's own reason text is not repeated beside it.
    expect(
      within(screen.getByTestId('explain-answers-OUTPUT.1')).queryByText(/teks alasan survei/),
    ).toBeNull();
    await user.click(screen.getByTestId('explain-node-OUTPUT.2'));
    expect(
      within(screen.getByTestId('explain-answers-OUTPUT.2')).getByText(/Bukti tidak lengkap/),
    ).toBeTruthy();
    expect(screen.getAllByTestId('explain-survey')).toHaveLength(1);
  });
});
