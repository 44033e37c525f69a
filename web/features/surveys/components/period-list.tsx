import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { usePeriods, type PeriodSummary } from '../api/surveys-api';
import { useWord } from '../lib/words';

/** The survey periods in reach with their progress toward the required sample. */
export function PeriodList() {
  const { t } = useTranslation();
  const periods = usePeriods();
  const items = periods.data?.items ?? [];
  return (
    <QueryState isPending={periods.isPending} error={periods.error} onRetry={() => void periods.refetch()}>
      {items.length === 0 ? (
        <Empty title={t('surveys.list.none')} hint={t('surveys.list.noneHint')} />
      ) : (
        <Stack gap="sm" data-testid="period-list">
          {items.map((p) => (
            <PeriodCard key={p.id} p={p} />
          ))}
        </Stack>
      )}
    </QueryState>
  );
}

function PeriodCard({ p }: { p: PeriodSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const word = useWord();
  const percent = p.required ? Math.min(100, (p.responses / p.required) * 100) : 0;
  return (
    <Card
      withBorder
      component={Link}
      to={`/survei/${p.id}`}
      data-testid="period-row"
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{p.title}</Text>
          <Group gap={6}>
            <Badge variant="light" color={p.kind === 'skm' ? 'blue' : 'grape'}>
              {t(`surveys.kind.${p.kind}`)}
            </Badge>
            <Badge variant="outline" color={p.status === 'open' ? 'teal' : 'gray'}>
              {t(`surveys.status.${p.status}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {p.kind === 'skm' ? p.governmentName : p.cycleName} · {f.dateRange(p.startsOn, p.endsOn)} ·{' '}
          {word(p.instrumentName)}
        </Text>
        <Progress value={percent} size="md" aria-label={t('surveys.list.progressOf', { title: p.title })} />
        <Text size="sm" data-testid="period-progress">
          {t('surveys.list.progress', {
            n: f.number(p.responses),
            of: f.number(p.required),
            units: f.number(p.units),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
