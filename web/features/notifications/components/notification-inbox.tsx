import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useInbox, useMarkAllRead, useMarkRead } from '../api/notifications-api';

/** The person's notifications, newest first: unread marked, opened ones marked read. */
export function NotificationInbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const [show, setShow] = useState<'unread' | 'all'>('unread');
  const inbox = useInbox(show === 'unread');
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = inbox.data?.pages[0]?.unread ?? 0;

  const read = (id: string) =>
    markRead.mutateAsync(id).catch((err: unknown) => notifyError(err, t('common.saveFailed')));

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <SegmentedControl
          value={show}
          onChange={(v) => setShow(v as 'unread' | 'all')}
          data={[
            { value: 'unread', label: t('notifications.unreadTab', { count: unread }) },
            { value: 'all', label: t('notifications.allTab') },
          ]}
          aria-label={t('notifications.show')}
          data-testid="notification-filter"
        />
        <Button
          variant="light"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() =>
            void markAll.mutateAsync().catch((err: unknown) => notifyError(err, t('common.saveFailed')))
          }
          data-testid="notification-read-all"
        >
          {t('notifications.readAll')}
        </Button>
      </Group>
      <QueryState isPending={inbox.isPending} error={inbox.error} onRetry={() => void inbox.refetch()}>
        {items.length === 0 ? (
          <Empty
            title={show === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}
            hint={t('notifications.emptyHint')}
          />
        ) : (
          <Stack gap="xs" data-testid="notification-list">
            {items.map((n) => (
              <Paper
                key={n.id}
                withBorder
                p="sm"
                radius="sm"
                data-testid="notification-item"
                data-read={Boolean(n.readAt)}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <Text fw={n.readAt ? 500 : 700} size="sm">
                    {n.title}
                  </Text>
                  {!n.readAt && (
                    <Badge size="xs" variant="outline" color="red.8">
                      {t('notifications.new')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" mt={4}>
                  {n.body}
                </Text>
                <Group gap="md" mt={6} wrap="wrap">
                  <Text size="xs" c="gray.7">
                    {format.dateTime(n.createdAt)}
                  </Text>
                  {n.link && (
                    <Anchor
                      component={Link}
                      to={n.link}
                      size="sm"
                      onClick={() => void (n.readAt ? null : read(n.id))}
                    >
                      {t('notifications.open')}
                    </Anchor>
                  )}
                  {!n.readAt && (
                    <Anchor component="button" type="button" size="sm" onClick={() => void read(n.id)}>
                      {t('notifications.markRead')}
                    </Anchor>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        <LoadMore
          hasMore={Boolean(inbox.hasNextPage)}
          loading={inbox.isFetchingNextPage}
          onClick={() => void inbox.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
