/**
 * Case notes: the kinds offered follow the stage and the role (as the server's rule), a mediation
 * asks for its outcome, and the note is sent in the contract's shape.
 */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseNoteBodySchema } from '../../../../shared/contracts/complaints-case';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CASE_ID, OFFICE_ID, caseDetail } from '../test/case-fixture';
import { CaseNotesPanel, noteKindsFor } from './case-notes-panel';

describe('case notes', () => {
  it.each([
    ['penerimaan', null, false, ['kunjungan_lapangan', 'catatan_pemeriksaan']],
    ['pemeriksaan', null, false, ['kunjungan_lapangan', 'catatan_pemeriksaan', 'mediasi', 'konsiliasi']],
    ['rekomendasi', null, false, ['kunjungan_lapangan', 'catatan_pemeriksaan']],
    [
      'rekomendasi',
      null,
      true,
      ['kunjungan_lapangan', 'catatan_pemeriksaan', 'publikasi_rekomendasi', 'laporan_dpr_presiden'],
    ],
    ['selesai', 'rekomendasi_tidak_dilaksanakan', true, ['publikasi_rekomendasi', 'laporan_dpr_presiden']],
    ['selesai', 'ditindaklanjuti', true, []],
  ] as const)('stage %s (%s), head %s → %j', (stage, closureReason, head, kinds) => {
    expect(noteKindsFor({ stage, closureReason }, head)).toEqual(kinds);
  });

  it('a mediation is sent with its outcome', async () => {
    const api = new FakeApi();
    api.on('POST', `/complaints/${CASE_ID}/notes`, {
      status: 201,
      body: {
        id: 7,
        at: '2026-12-05T03:00:00.000Z',
        actorKind: 'petugas',
        actorName: 'Asesor',
        action: 'mediasi',
        fromStage: null,
        toStage: null,
        note: 'Para pihak sepakat.',
        visibleToReporter: false,
        noteOn: '2026-12-04',
        outcome: 'berhasil',
      },
    });
    const detail = caseDetail({ stage: 'pemeriksaan' });
    const { user } = renderApp(<CaseNotesPanel detail={detail} canHandle />, {
      api,
      user: testUser({ role: 'assessor', officeId: OFFICE_ID }),
    });
    await user.selectOptions(await screen.findByTestId('cx-note-kind'), 'mediasi');
    await user.selectOptions(screen.getByTestId('cx-note-outcome'), 'berhasil');
    await user.click(screen.getByTestId('cx-note-text'));
    await user.paste('Para pihak sepakat.');
    await user.click(screen.getByTestId('cx-note-save'));
    await waitFor(() => expect(api.sent('POST', `/complaints/${CASE_ID}/notes`)).toHaveLength(1));
    const body = CaseNoteBodySchema.parse(api.sent('POST', `/complaints/${CASE_ID}/notes`)[0]!.body);
    expect(body).toMatchObject({ kind: 'mediasi', outcome: 'berhasil', text: 'Para pihak sepakat.' });
    await screen.findByText('Catatan tersimpan.');
  });
});
