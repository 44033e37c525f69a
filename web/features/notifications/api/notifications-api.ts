import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  notificationKeys,
  type Inbox,
  type MailOutbox,
  type NotificationSettings,
  type ReadAllResult,
} from '../../../../shared/contracts/notifications';
import { api, apiGet, apiPost } from '../../../lib/api-client';

/** The unread count for the header bell, refreshed every minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.inbox(true),
    queryFn: () => apiGet<Inbox>('/notifications', { unread: 'true', limit: 1 }),
    refetchInterval: 60_000,
    select: (d) => d.unread,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationKeys.inbox(unreadOnly), 'pages'],
    queryFn: ({ pageParam }) =>
      apiGet<Inbox>('/notifications', {
        unread: unreadOnly ? 'true' : undefined,
        cursor: pageParam,
        limit: 20,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<null>(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<ReadAllResult>('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings,
    queryFn: () => apiGet<NotificationSettings>('/notifications/settings'),
  });
}

export function useSaveNotificationSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettings) =>
      api<NotificationSettings>('PUT', '/notifications/settings', { body }),
    onSuccess: (data) => qc.setQueryData(notificationKeys.settings, data),
  });
}

export function useMailOutbox(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.outbox,
    queryFn: () => apiGet<MailOutbox>('/mail-outbox'),
    enabled,
  });
}
