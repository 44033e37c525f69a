/** Messages to the reporter, and the WhatsApp status link (fetched on demand, opened, not kept). */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MessageBodySchema } from '../../../../shared/contracts/complaints-case';
import { FakeApi } from '../../../test/fake-api';
import { renderApp, testUser } from '../../../test/render';
import { CASE_ID, caseDetail } from '../test/case-fixture';
import { MessagesPanel } from './messages-panel';

describe('messages to the reporter', () => {
  it('sends the message; the WhatsApp button opens the prepared link', async () => {
    const api = new FakeApi();
    api.on('POST', `/complaints/${CASE_ID}/messages`, {
      status: 201,
      body: {
        id: '99999999-9999-4999-8999-0000000000e1',
        authorKind: 'petugas',
        authorName: 'Asesor',
        body: 'Laporan Anda sedang diverifikasi.',
        isLhpResponse: false,
        createdAt: '2026-12-05T03:00:00.000Z',
      },
    });
    api.on('GET', `/complaints/${CASE_ID}/whatsapp`, {
      body: { url: 'https://wa.me/6281234567890?text=Status', text: 'Status' },
    });
    const opened = vi.fn();
    vi.stubGlobal('open', opened);
    const detail = caseDetail({
      canReveal: true,
      messages: [
        {
          id: '99999999-9999-4999-8999-0000000000e0',
          authorKind: 'pelapor',
          authorName: null,
          body: 'Kapan KTP saya selesai?',
          isLhpResponse: false,
          createdAt: '2026-12-04T03:00:00.000Z',
        },
      ],
    });
    const { user } = renderApp(<MessagesPanel detail={detail} canHandle />, {
      api,
      user: testUser({ role: 'assessor' }),
    });
    expect(await screen.findByText('Kapan KTP saya selesai?')).toBeTruthy();
    const send = screen.getByRole('button', { name: 'Kirim pesan' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('textbox', { name: /Pesan kepada pelapor/ }));
    await user.paste('  Laporan Anda sedang diverifikasi.  ');
    await user.click(send);
    await waitFor(() => expect(api.sent('POST', `/complaints/${CASE_ID}/messages`)).toHaveLength(1));
    expect(MessageBodySchema.parse(api.sent('POST', `/complaints/${CASE_ID}/messages`)[0]!.body)).toEqual({
      body: 'Laporan Anda sedang diverifikasi.',
    });
    await screen.findByText('Pesan terkirim.');

    await user.click(screen.getByRole('button', { name: 'Kirim status lewat WhatsApp' }));
    await waitFor(() =>
      expect(opened).toHaveBeenCalledWith('https://wa.me/6281234567890?text=Status', '_blank', 'noopener'),
    );
  });
});
