import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { apiUrl } from '../../../lib/api-client';
import { useFormat } from '../../../lib/format';
import { useMailOutbox } from '../api/notifications-api';

/** Admins: the e-mails written as .eml files because no SMTP server is configured. */
export function MailOutbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const outbox = useMailOutbox(true);
  const items = outbox.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="sm">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('notifications.outboxTitle')}
        </Title>
        <Text size="sm">{t('notifications.outboxHint')}</Text>
        <QueryState isPending={outbox.isPending} error={outbox.error} onRetry={() => void outbox.refetch()}>
          {items.length === 0 ? (
            <Empty title={t('notifications.outboxEmpty')} />
          ) : (
            <Table.ScrollContainer minWidth={560} className="phone-stack">
              <Table striped fz="sm" data-testid="mail-outbox">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('notifications.outboxWhen')}</Table.Th>
                    <Table.Th>{t('notifications.outboxTo')}</Table.Th>
                    <Table.Th>{t('notifications.outboxSubject')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((m) => (
                    <Table.Tr key={m.name}>
                      <Table.Td data-label={t('notifications.outboxWhen')} style={{ whiteSpace: 'nowrap' }}>
                        {format.dateTime(m.createdAt)}
                      </Table.Td>
                      <Table.Td data-label={t('notifications.outboxTo')}>{m.to}</Table.Td>
                      <Table.Td data-label={t('notifications.outboxSubject')}>
                        <Anchor href={apiUrl(`/mail-outbox/${m.name}`)}>{m.subject || m.name}</Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
