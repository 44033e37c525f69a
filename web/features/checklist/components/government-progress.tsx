import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useGovernmentProgress } from '../api/checklist-api';

/** The coordinator's view: self-assessment progress of each sampled unit, linking to its checklist. */
export function GovernmentProgress({ cycleId, governmentId }: { cycleId: string; governmentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = useGovernmentProgress(cycleId, governmentId);
  const p = progress.data;
  return (
    <QueryState isPending={progress.isPending} error={progress.error} onRetry={() => void progress.refetch()}>
      {p && (
        <Stack>
          {p.entity.total > 0 && (
            <Paper withBorder p="md" data-testid="entity-progress">
              <Group justify="space-between">
                <Stack gap={2}>
                  <Text fw={600}>{t('selfProgress.entityLevel')}</Text>
                  <Text size="xs" c="dimmed">
                    {t('checklist.answeredOf', { answered: p.entity.answered, total: p.entity.total })}
                  </Text>
                </Stack>
                <Button
                  component={Link}
                  to={`/cycles/${cycleId}/governments/${governmentId}/checklist`}
                  variant="light"
                  data-testid="open-entity-checklist"
                >
                  {t('selfProgress.openEntity')}
                </Button>
              </Group>
              <Progress
                mt="sm"
                value={(p.entity.answered / p.entity.total) * 100}
                aria-label={t('checklist.answeredOf', { answered: p.entity.answered, total: p.entity.total })}
              />
            </Paper>
          )}
          {p.units.length === 0 ? (
            <Empty title={t('myTasks.noUnits')} />
          ) : (
            <Table.ScrollContainer minWidth={640} className="phone-stack">
              <Table data-testid="unit-progress-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sample.unit')}</Table.Th>
                    <Table.Th w={280}>{t('selfProgress.answered')}</Table.Th>
                    <Table.Th>{t('sample.self')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.units.map((u) => (
                    <Table.Tr key={u.unitId} data-testid={`unit-progress-${u.unitId}`}>
                      <Table.Td data-label={t('sample.unit')}>
                        <Anchor
                          component={Link}
                          to={`/cycles/${cycleId}/units/${u.unitId}/checklist`}
                          size="sm"
                        >
                          {u.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td data-label={t('selfProgress.answered')}>
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={u.total ? (u.answered / u.total) * 100 : 0}
                            style={{ flex: 1 }}
                            color={u.answered === u.total ? 'teal' : 'blue'}
                            aria-label={`${u.name}: ${t('checklist.answeredOf', { answered: u.answered, total: u.total })}`}
                          />
                          <Text size="xs" c="dimmed" w={56} ta="right" data-testid="unit-answered">
                            {format.number(u.answered, 0)}/{format.number(u.total, 0)}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td data-label={t('sample.self')}>
                        <Badge color={u.selfStatus === 'submitted' ? 'teal' : 'gray'} variant="light">
                          {t(`checklistStatus.${u.selfStatus}`)}
                        </Badge>
                        {u.submittedAt && (
                          <Text size="xs" c="dimmed">
                            {format.dateTime(u.submittedAt)}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
