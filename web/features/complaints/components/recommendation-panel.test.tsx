/** The recommendation's dates: the head records them with the case's version; the server's field errors show. */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RecommendationBodySchema } from '../../../../shared/contracts/complaints-case';
import ComplaintDetailPage from '../../../app/routes/complaint-detail-page';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CASE_ID, caseDetail } from '../test/case-fixture';

describe('recommendation dates', () => {
  it('sends number and dates with the version; shows the server refusal on its field', async () => {
    const api = new FakeApi();
    api.on('GET', `/complaints/${CASE_ID}`, {
      body: caseDetail({
        stage: 'rekomendasi',
        recommendation: {
          proposedAt: '2026-11-20T02:00:00.000Z',
          number: null,
          issuedOn: null,
          receivedOn: null,
        },
      }),
    });
    api.on(
      'PUT',
      `/complaints/${CASE_ID}/recommendation`,
      apiError(400, 'VALIDATION_FAILED', 'Data yang dikirim belum benar.', {
        receivedOn: 'Tanggal diterima tidak boleh sebelum tanggal terbit.',
      }),
    );
    const { user } = renderApp(<ComplaintDetailPage />, {
      api,
      path: '/pengaduan/:id',
      at: `/pengaduan/${CASE_ID}`,
      user: testUser({ role: 'oversight_head' }),
    });
    expect(await screen.findByText('Diusulkan ke kantor pusat 20 Nov 2026.')).toBeTruthy();
    await user.type(screen.getByLabelText('Tanggal terbit'), '2026-11-25');
    await user.type(screen.getByLabelText(/Tanggal diterima terlapor/), '2026-11-24');
    await user.click(screen.getByTestId('cx-recommendation-save'));
    expect(await screen.findByText('Tanggal diterima tidak boleh sebelum tanggal terbit.')).toBeTruthy();
    await waitFor(() => expect(api.sent('PUT', `/complaints/${CASE_ID}/recommendation`)).toHaveLength(1));
    const body = RecommendationBodySchema.parse(
      api.sent('PUT', `/complaints/${CASE_ID}/recommendation`)[0]!.body,
    );
    expect(body).toEqual({ version: 3, issuedOn: '2026-11-25', receivedOn: '2026-11-24' });
  });
});
