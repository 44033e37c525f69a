/**
 * The letters panel below the browser: a draft cannot be sent before the identity check; the
 * check shows the server's mechanical finding per field and keeps the draft unconfirmed; once
 * cleared, the confirmation enables sending, and sending posts the chosen attachments.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Letter } from '../../../../shared/contracts/complaints-letters';
import { apiError, FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CaseLettersPanel } from './case-letters-panel';

const caseId = '11111111-1111-4111-8111-111111111111';
const draft: Letter = {
  id: '22222222-2222-4222-8222-222222222222',
  complaintId: caseId,
  kind: 'klarifikasi',
  number: 'B/0012/LM.01/VI/2026',
  status: 'draf',
  letterDate: '2026-06-08',
  addresseeGovernmentId: null,
  addresseeGovernmentName: null,
  addresseeName: 'Bupati Balangan',
  subject: 'Permintaan klarifikasi',
  body: 'Mohon penjelasan.',
  signatoryName: 'Hadi Rahman',
  signatoryTitle: 'Kepala Perwakilan',
  dueOn: '2026-06-22',
  identityCheckedAt: null,
  sentAt: null,
  repliedAt: null,
  replyNote: null,
  replyAttachmentId: null,
  files: [],
};
const photo = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'foto.jpg',
  mimeType: 'image/jpeg',
  size: 1200,
  source: 'pelapor',
  kind: 'bukti',
};

describe('CaseLettersPanel', () => {
  it('shows the mechanical identity finding, then confirms and sends with the chosen photo', async () => {
    let current = draft;
    const api = new FakeApi()
      .on('GET', `/complaints/${caseId}/letters`, () => ({
        body: { items: [current], attachments: [photo] },
      }))
      .on(
        'POST',
        `/complaint-letters/${draft.id}/confirm-identity`,
        apiError(400, 'VALIDATION_FAILED', 'Surat masih memuat identitas pelapor.', {
          body: 'Teks masih memuat identitas pelapor (NIK). Hapus sebelum mengonfirmasi.',
        }),
      );
    const view = renderApp(<CaseLettersPanel complaintId={caseId} />, {
      api,
      user: testUser({ role: 'assessor', officeId: '44444444-4444-4444-8444-444444444444' }),
    });
    expect(await screen.findByText('B/0012/LM.01/VI/2026')).toBeTruthy();
    expect((screen.getByTestId('letter-send') as HTMLButtonElement).disabled).toBe(true);

    await view.user.click(screen.getByTestId('letter-identity'));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByTestId('letter-identity-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await view.user.click(within(dialog).getByTestId('letter-identity-statement'));
    await view.user.click(confirm);
    const error = await within(dialog).findByTestId('letter-identity-error');
    expect(error.textContent).toContain('Isi surat: Teks masih memuat identitas pelapor (NIK)');

    // Cleaned text: the server accepts; the list now shows the draft as checked.
    api.on('POST', `/complaint-letters/${draft.id}/confirm-identity`, () => {
      current = { ...draft, identityCheckedAt: '2026-06-08T03:00:00.000Z' };
      return { body: current };
    });
    await view.user.click(confirm);
    await screen.findByText('Identitas diperiksa ✓');
    const send = screen.getByTestId('letter-send') as HTMLButtonElement;
    expect(send.disabled).toBe(false);

    api.on('POST', `/complaint-letters/${draft.id}/send`, () => {
      current = { ...current, status: 'terkirim', sentAt: '2026-06-08T04:00:00.000Z' };
      return { body: current };
    });
    await view.user.click(send);
    const sendDialog = await screen.findByRole('dialog');
    await view.user.click(within(sendDialog).getByLabelText('foto.jpg'));
    await view.user.click(within(sendDialog).getByTestId('letter-send-confirm'));
    await screen.findByText('Terkirim');
    expect(api.sent('POST', `/complaint-letters/${draft.id}/send`)[0]!.body).toEqual({
      attachmentIds: [photo.id],
    });
  });
});
