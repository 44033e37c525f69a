import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useProgress, type CycleDetail } from '../api/cycles-api';

/** Government roles: their units' checklists in this cycle with progress, and the next step. */
export function MyTasks({ cycle, coordinator }: { cycle: CycleDetail; coordinator: boolean }) {
  const { t } = useTranslation();
  const government = cycle.governments[0];
  const progress = useProgress(cycle.id, government?.id ?? '');
  if (!government) return <Empty title={t('myTasks.notInCycle')} />;
  const base = `/cycles/${cycle.id}/governments/${government.id}`;
  return (
    <QueryState isPending={progress.isPending} error={progress.error}>
      <Stack>
        <Group gap="xs">
          {coordinator && (
            <Button
              component={Link}
              to={`${base}/progress`}
              variant="light"
              data-testid="my-government-progress"
            >
              {t('myTasks.governmentProgress')}
            </Button>
          )}
          {coordinator && cycle.status === 'appeal' && (
            <Button
              component={Link}
              to={`${base}/appeals`}
              variant="light"
              color="orange"
              data-testid="my-appeals"
            >
              {t('myTasks.appeals')}
            </Button>
          )}
          {cycle.status === 'published' && (
            <Button component={Link} to={`${base}/rapor`} variant="light" color="teal" data-testid="my-rapor">
              {t('myTasks.rapor')}
            </Button>
          )}
        </Group>
        {(progress.data?.units ?? []).map((u) => (
          <Paper key={u.unitId} withBorder p="md" data-testid={`my-unit-${u.unitId}`}>
            <Group justify="space-between">
              <Stack gap={2}>
                <Text fw={600}>{u.name}</Text>
                <Group gap="xs">
                  <Badge color={u.selfStatus === 'submitted' ? 'teal' : 'gray'} variant="light">
                    {t(`checklistStatus.${u.selfStatus}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t('checklist.answeredOf', { answered: u.answered, total: u.total })}
                  </Text>
                </Group>
              </Stack>
              <Button
                component={Link}
                to={`/cycles/${cycle.id}/units/${u.unitId}/checklist`}
                data-testid={`open-checklist-${u.unitId}`}
              >
                {cycle.status === 'self_assessment' && u.selfStatus === 'draft'
                  ? t('myTasks.fill')
                  : t('myTasks.view')}
              </Button>
            </Group>
            <Progress
              mt="sm"
              value={u.total ? (u.answered / u.total) * 100 : 0}
              color={u.selfStatus === 'submitted' ? 'teal' : 'blue'}
              aria-label={t('checklist.answeredOf', { answered: u.answered, total: u.total })}
            />
          </Paper>
        ))}
        {progress.data && progress.data.units.length === 0 && <Empty title={t('myTasks.noUnits')} />}
      </Stack>
    </QueryState>
  );
}
