import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSinceLastYear } from '../api/cycle-history-api';

/**
 * The rapor's "done / not done since last year": per unit (and the government's own items), how
 * many follow-up items raised on the previous cycle are verified done and how many are not.
 * Nothing when there is no earlier cycle or it raised no item.
 */
export function SinceLastYearPanel({ cycleId, governmentId }: { cycleId: string; governmentId: string }) {
  const { t } = useTranslation();
  const since = useSinceLastYear(cycleId, governmentId);
  const d = since.data;
  if (!d?.previous || d.units.length === 0) return null;
  const year = d.previous.year;
  return (
    <Paper withBorder p="md" radius="md" mt="md" data-testid="rapor-since-last-year">
      <Title order={4} mb={4}>
        {t('cycleHistory.sinceTitle', { year })}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('cycleHistory.sinceHint', { name: d.previous.name })}
      </Text>
      <Stack gap={6}>
        {d.units.map((u) => (
          <Group
            key={u.unitId ?? 'gov'}
            justify="space-between"
            wrap="wrap"
            gap="xs"
            data-testid={`since-${u.unitId ?? 'government'}`}
          >
            <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {u.unitName ?? t('cycleHistory.governmentWide')}
            </Text>
            <Group gap={6} wrap="nowrap">
              <Badge color="teal" variant="light">
                {t('cycleHistory.doneCount', { count: u.done })}
              </Badge>
              <Badge color={u.notDone > 0 ? 'orange' : 'gray'} variant="light">
                {t('cycleHistory.notDoneCount', { count: u.notDone })}
              </Badge>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
