/**
 * The SKM context beside the indicators that ask whether the government ran, published and followed
 * up an SKM: its periods of the cycle's year with the IKM once closed; nothing for other indicators.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SkmContextSchema } from '../../../../shared/contracts/survey-feed';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { SkmContextPanel } from './skm-context-panel';

const CYCLE = '11111111-1111-4111-8111-111111111111';
const GOV = '22222222-2222-4222-8222-222222222222';
const context = SkmContextSchema.parse({
  cycleId: CYCLE,
  governmentId: GOV,
  year: 2023,
  indicators: [{ code: 'KEBIJAKAN.6', name: { id: 'SKM dilaksanakan', en: 'SKM run' } }],
  periods: [
    {
      periodId: '33333333-3333-4333-8333-333333333333',
      title: 'SKM Balangan 2023',
      startsOn: '2023-02-01',
      endsOn: '2023-11-30',
      status: 'closed',
      closed: true,
      respondents: 1234,
      ikm: 88.31,
      grade: 'A',
      units: [],
    },
  ],
});

function show(indicator: string) {
  const api = new FakeApi().on('GET', `/cycles/${CYCLE}/governments/${GOV}/skm-context`, { body: context });
  return renderApp(<SkmContextPanel cycleId={CYCLE} governmentId={GOV} indicator={indicator} />, {
    user: testUser({ role: 'gov_coordinator', governmentId: GOV }),
    api,
  });
}

describe('SKM context panel', () => {
  it('shows the closed period with its respondents, IKM and grade beside an SKM indicator', async () => {
    show('KEBIJAKAN.6');
    const panel = await screen.findByTestId('skm-context-KEBIJAKAN.6');
    expect(panel.textContent).toContain('SKM tahun 2023');
    expect(panel.textContent).toContain('SKM Balangan 2023');
    expect(panel.textContent).toContain('1.234 responden diterima');
    expect(panel.textContent).toContain('IKM 88,31 (A — Sangat Baik)');
    expect(screen.getByRole('link', { name: 'SKM Balangan 2023' }).getAttribute('href')).toBe(
      '/survei/33333333-3333-4333-8333-333333333333',
    );
  });

  it('renders nothing beside an indicator that does not ask about the SKM', async () => {
    const { container } = show('KEBIJAKAN.1');
    // Let the context load, then check the panel stayed away.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('skm-context-KEBIJAKAN.1')).toBeNull();
    expect(container.textContent).not.toContain('SKM tahun');
  });
});
