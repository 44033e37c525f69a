/**
 * The "Konteks" panel against a fake API: a product with a set standard shows its version, SK and
 * the component; one without says "Belum ada standar yang ditetapkan"; the maklumat shows with its
 * photo; indicators without context render nothing and ask for nothing.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentContext } from '../../../../shared/contracts/unit-profile';
import { FakeApi } from '../../../test/fake-api';
import { renderApp } from '../../../test/render';
import { AssessmentContextPanel } from './assessment-context-panel';

const CYCLE = '00000000-0000-4000-8000-0000000000c1';
const UNIT = '00000000-0000-4000-8000-0000000000d1';
const P1 = '00000000-0000-4000-8000-0000000000e1';
const P2 = '00000000-0000-4000-8000-0000000000e2';

const context: AssessmentContext = {
  cycleId: CYCLE,
  unitId: UNIT,
  items: [
    {
      indicator: 'PROSES.4',
      productId: P1,
      source: 'standard',
      component: 'biaya',
      products: [
        {
          productId: P1,
          productName: 'KTP-el',
          standard: { id: 's1', version: 2, skNumber: '100/7/2025', skDate: '2025-07-01', setAt: null },
          value: { free: false, items: [{ name: 'Legalisir', amount: 15000 }], legalBasis: 'Perda 3/2020' },
          photos: [],
        },
      ],
      photos: [],
    },
    {
      indicator: 'PROSES.4',
      productId: P2,
      source: 'standard',
      component: 'biaya',
      products: [{ productId: P2, productName: 'Akta', standard: null, value: null, photos: [] }],
      photos: [],
    },
    {
      indicator: 'PROSES.6.A',
      productId: null,
      source: 'maklumat',
      maklumat: {
        body: 'Kami sanggup …',
        signatory: 'Kepala Dinas',
        signedOn: '2026-01-02',
        published: true,
      },
      photos: [
        { id: 'f1', kind: 'foto_maklumat', title: 'Maklumat di loket', mimeType: 'image/png', madeOn: null },
      ],
    },
  ],
};

function setup(indicator: string, productId: string | null) {
  const api = new FakeApi().on('GET', '/cycles/:id/units/:unitId/standards-context', { body: context });
  const r = renderApp(
    <AssessmentContextPanel cycleId={CYCLE} unitId={UNIT} indicator={indicator} productId={productId} />,
    { api },
  );
  return { ...r, api };
}

describe('Konteks panel', () => {
  it('shows the set standard’s version, SK and fee in rupiah', async () => {
    setup('PROSES.4', P1);
    const panel = await screen.findByTestId('context-PROSES.4');
    expect(await within(panel).findByText(/Standar versi 2/)).toBeTruthy();
    expect(within(panel).getByText(/SK 100\/7\/2025/)).toBeTruthy();
    expect(within(panel).getByText(/Legalisir: Rp\s?15\.000/)).toBeTruthy();
  });

  it('a product without a set standard says so', async () => {
    setup('PROSES.4', P2);
    expect(await screen.findByText('Belum ada standar yang ditetapkan')).toBeTruthy();
  });

  it('shows the maklumat with its signatory and the photo of the display', async () => {
    setup('PROSES.6.A', null);
    expect(await screen.findByText('Kami sanggup …')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Maklumat di loket' })).toBeTruthy();
    expect(screen.getByText('dipublikasikan')).toBeTruthy();
  });

  it('an indicator without context renders nothing beside one that has context', async () => {
    const api = new FakeApi().on('GET', '/cycles/:id/units/:unitId/standards-context', { body: context });
    const { container } = renderApp(
      <>
        <AssessmentContextPanel cycleId={CYCLE} unitId={UNIT} indicator="INPUT.SDM.1" productId={P1} />
        <AssessmentContextPanel cycleId={CYCLE} unitId={UNIT} indicator="PROSES.4" productId={P1} />
      </>,
      { api },
    );
    expect(await screen.findByText(/Standar versi 2/)).toBeTruthy();
    const panels = [...container.querySelectorAll('[data-testid^="context-"]')].map((e) =>
      e.getAttribute('data-testid'),
    );
    expect(panels).toContain('context-PROSES.4');
    expect(panels).not.toContain('context-INPUT.SDM.1');
    // One request for the unit, however many items show context.
    expect(api.sent('GET', `/cycles/${CYCLE}/units/${UNIT}/standards-context`)).toHaveLength(1);
  });
});
