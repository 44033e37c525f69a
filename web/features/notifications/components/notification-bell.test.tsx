/**
 * The header bell and the inbox below the browser: the bell names the unread count, and reading
 * a notification in the inbox brings it down. Fixtures are checked against the shared contract.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  InboxSchema,
  renderNotification,
  type Inbox,
  type NotificationDto,
} from '../../../../shared/contracts/notifications';
import { FakeApi } from '../../../test/fake-api';
import { ids } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { NotificationBell } from './notification-bell';
import { NotificationInbox } from './notification-inbox';

function notification(
  n: number,
  kind: string,
  params: Record<string, string | number>,
  readAt: string | null,
): NotificationDto {
  const { title, body } = renderNotification(kind, params, 'id');
  return {
    id: `88888888-8888-4888-8888-${String(n).padStart(12, '0')}`,
    kind,
    title,
    body,
    link: `/cycles/${ids.cycle}`,
    createdAt: `2024-06-0${n}T01:00:00.000Z`,
    readAt,
  };
}

function serverWith(list: NotificationDto[]) {
  const api = new FakeApi();
  api.on('GET', '/notifications', (req) => {
    const unreadOnly = req.query.get('unread') === 'true';
    const items = list
      .filter((x) => !unreadOnly || x.readAt === null)
      .slice(0, Number(req.query.get('limit') ?? 20));
    const inbox: Inbox = { unread: list.filter((x) => x.readAt === null).length, items, nextCursor: null };
    return { body: InboxSchema.parse(inbox) };
  });
  api.on('POST', '/notifications/:id/read', (_req, { id }) => {
    list.find((x) => x.id === id)!.readAt = '2024-06-05T02:00:00.000Z';
    return { status: 204 };
  });
  return api;
}

const params = {
  cycle: 'Penilaian Kepatuhan 2024',
  government: 'Kabupaten Bangka Barat',
  deadline: '31 Juli 2024',
  daysText: '3 hari kerja lagi',
  pending: 12,
};

describe('notification bell', () => {
  it('names the unread count and lowers it when one is marked read in the inbox', async () => {
    const api = serverWith([
      notification(1, 'verify.pending', params, null),
      notification(2, 'appeal.open', params, null),
      notification(
        3,
        'appeal.open',
        { ...params, cycle: 'Penilaian Kepatuhan 2023' },
        '2024-06-04T00:00:00.000Z',
      ),
    ]);
    const { user } = renderApp(
      <>
        <NotificationBell />
        <NotificationInbox />
      </>,
      { api },
    );

    const bell = await screen.findByRole('link', { name: 'Pemberitahuan: 2 belum dibaca' });
    expect(bell.getAttribute('href')).toBe('/notifications');
    expect(await screen.findByText('Belum dibaca (2)')).toBeTruthy();
    const item = screen
      .getByText('12 butir Kabupaten Bangka Barat belum diverifikasi')
      .closest<HTMLElement>('[data-read]')!;
    expect(within(item).getByText('Baru')).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Tandai sudah dibaca' }));

    expect(await screen.findByRole('link', { name: 'Pemberitahuan: 1 belum dibaca' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByText('12 butir Kabupaten Bangka Barat belum diverifikasi')).toBeNull(),
    );
    expect(screen.getByText('Belum dibaca (1)')).toBeTruthy();
    expect(api.sent('POST', `/notifications/88888888-8888-4888-8888-000000000001/read`)).toHaveLength(1);
  });

  it('says only “Pemberitahuan” when everything is read', async () => {
    const { api, queryClient } = renderApp(<NotificationBell />, {
      api: serverWith([notification(1, 'appeal.open', params, '2024-06-04T00:00:00.000Z')]),
    });
    // The count has arrived (0), not merely not loaded yet.
    await waitFor(() => {
      expect(api.sent('GET', '/notifications')).toHaveLength(1);
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(screen.getByRole('link', { name: 'Pemberitahuan' }).getAttribute('data-unread')).toBe('0');
    expect(screen.queryByRole('link', { name: /belum dibaca/ })).toBeNull();
  });
});
