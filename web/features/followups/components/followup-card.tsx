import { Badge, Card, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { FollowupItem } from '../api/followups-api';
import { FollowupHistory } from './followup-history';

const COLOR = {
  terbuka: 'blue',
  dijawab: 'yellow',
  dikirim: 'grape',
  selesai: 'green',
  dibuka_kembali: 'orange',
} as const;

export function FollowupCard({ item, children }: { item: FollowupItem; children?: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card withBorder padding="sm" data-testid="followup-card">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} style={{ wordBreak: 'break-word' }}>
          {item.addressee}
        </Text>
        <Group gap={4}>
          <Badge color={COLOR[item.status]} data-testid="followup-status">
            {t(`followups.status.${item.status}`)}
          </Badge>
          {item.overdue && (
            <Badge color="red" variant="filled" data-testid="followup-overdue">
              {t('followups.overdue')}
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="sm" mt={4} style={{ wordBreak: 'break-word' }}>
        {item.action}
      </Text>
      {item.evidenceExpected && (
        <Text size="sm" c="dimmed">
          {t('followups.evidenceExpected')}: {item.evidenceExpected}
        </Text>
      )}
      <Text size="sm">
        {t('followups.dueOn')}: {f.date(item.dueOn)}
      </Text>
      {children}
      <FollowupHistory item={item} />
    </Card>
  );
}
