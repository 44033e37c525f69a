/**
 * The improvement-point form names an indicator (from the government's verification items) and a
 * due date, and says what happens without one (60 days after the release: Patuh's default); the
 * request carries both; a listed point shows them; the server's field error lands on the field.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImprovementCreateSchema } from '../../../../shared/contracts/assessments-verification';
import { apiError, FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { Improvements } from './improvements';

const BASE = `/cycles/${ids.cycle}/governments/${ids.government}`;

function fakeApi(points: unknown[] = []) {
  const api = new FakeApi();
  api.on('GET', `${BASE}/improvements`, () => ({ body: { items: points } }));
  api.on('GET', `${BASE}/sample`, { body: { governmentId: ids.government, units: [] } });
  api.on('GET', `${BASE}/verification`, {
    body: {
      items: [
        {
          answerId: ids.answer(1),
          indicator: 'IN.1',
          name: { id: 'Ruang tunggu tersedia', en: 'Waiting room available' },
          level: 'unit',
          unitId: ids.unitA,
          unitName: 'Dinas Kependudukan',
          productId: null,
          productName: null,
          scaleMin: 0,
          scaleMax: 3,
          selfValue: null,
          selfNa: false,
          selfComment: null,
          evidenceCount: 0,
          verifyStatus: 'pending',
          verifiedValue: null,
          verifiedNa: false,
          verifyReason: null,
        },
      ],
    },
  });
  return api;
}

describe('improvement points with an indicator and a due date', () => {
  it('sends the indicator and the due date the assessor chose', async () => {
    const points: unknown[] = [];
    const api = fakeApi(points);
    api.on('POST', `${BASE}/improvements`, (req) => {
      const input = ImprovementCreateSchema.parse(req.body);
      const p = {
        id: ids.answer(9),
        unitId: null,
        unitName: null,
        text: input.text,
        indicatorCode: input.indicatorCode ?? null,
        dueOn: input.dueOn ?? null,
        createdAt: '2026-12-05T10:00:00.000Z',
      };
      points.push(p);
      return { status: 201, body: p };
    });
    const { user } = renderApp(<Improvements cycleId={ids.cycle} governmentId={ids.government} editable />, {
      api,
    });
    expect(await screen.findByText(/60 hari setelah hasil dirilis/)).toBeTruthy();
    const select = (await screen.findByLabelText('Indikator')) as HTMLSelectElement;
    await waitFor(() => expect(select.options.length).toBe(2));
    await user.selectOptions(select, 'IN.1');
    await user.type(screen.getByLabelText(/Batas waktu tindak lanjut/), '2027-02-28');
    await user.click(screen.getByRole('textbox', { name: 'Saran perbaikan' }));
    await user.paste('Sediakan kursi roda di ruang tunggu');
    await user.click(screen.getByTestId('improvement-add'));
    await waitFor(() => expect(api.sent('POST', `${BASE}/improvements`)).toHaveLength(1));
    expect(api.sent('POST', `${BASE}/improvements`)[0]!.body).toEqual({
      text: 'Sediakan kursi roda di ruang tunggu',
      indicatorCode: 'IN.1',
      dueOn: '2027-02-28',
    });
    expect(await screen.findByText('Indikator IN.1 · batas 28 Feb 2027')).toBeTruthy();
  });

  it("shows the server's field error on the indicator", async () => {
    const api = fakeApi();
    api.on('POST', `${BASE}/improvements`, () =>
      apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
        indicatorCode: 'Kode indikator ini tidak ada dalam kerangka penilaian siklus ini.',
      }),
    );
    const { user } = renderApp(<Improvements cycleId={ids.cycle} governmentId={ids.government} editable />, {
      api,
    });
    await user.click(await screen.findByRole('textbox', { name: 'Saran perbaikan' }));
    await user.paste('Saran uji');
    await user.click(screen.getByTestId('improvement-add'));
    expect(
      await screen.findByText('Kode indikator ini tidak ada dalam kerangka penilaian siklus ini.'),
    ).toBeTruthy();
  });
});
