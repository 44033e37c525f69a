import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../shared/format/format';
import { QueryState } from '../../../components/ui/query-state';
import { useUnmetGovernments } from '../api/activities-api';

/**
 * "Belum ditemui": the office's governments with no activity held in the year (issue 17 §8), each
 * with the last time one was held and a link to record one.
 */
export function UnmetGovernments({ officeId, year }: { officeId: string; year: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const q = useUnmetGovernments(officeId, year);
  const items = q.data?.items ?? [];
  return (
    <Paper withBorder p="md" data-testid="unmet-governments">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h5">
            {t('activities.unmet.title', { year })}
          </Title>
          {q.data && (
            <Badge color={items.length ? 'orange' : 'teal'} variant="light">
              {t('activities.unmet.count', { n: items.length, total: q.data.total })}
            </Badge>
          )}
        </Group>
        <QueryState isPending={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('activities.unmet.none', { year })}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {items.map((g) => (
                <List.Item key={g.id}>
                  <Anchor component={Link} to={`/kegiatan/baru?pemerintah=${g.id}`}>
                    {g.name}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    {g.lastHeldOn
                      ? t('activities.unmet.last', { date: formatDate(g.lastHeldOn, lang) })
                      : t('activities.unmet.never')}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}
