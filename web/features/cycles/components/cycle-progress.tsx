import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useProgress, useSummary, type CycleDetail } from '../api/cycles-api';
import { useGovernmentFilter } from './government-filter';

function Bar({ label, done, total, testId }: { label: string; done: number; total: number; testId: string }) {
  const f = useFormat();
  const pct = total > 0 ? (done / total) * 100 : 0;
  return (
    <Stack gap={2} data-testid={testId}>
      <Group justify="space-between">
        <Text size="xs">{label}</Text>
        <Text size="xs" c="dimmed">
          {f.number(done, 0)} / {f.number(total, 0)}
        </Text>
      </Group>
      <Progress value={pct} color={pct >= 100 ? 'teal' : 'blue'} aria-label={label} />
    </Stack>
  );
}

function GovernmentProgressRow({
  cycleId,
  governmentId,
  name,
  review,
}: {
  cycleId: string;
  governmentId: string;
  name: string;
  review: boolean;
}) {
  const { t } = useTranslation();
  // One request per shown government (fifty at a time): the progress route also counts verified
  // items and open appeals.
  const progress = useProgress(cycleId, governmentId);
  const c = progress.data;
  const units = progress.data?.units ?? [];
  const submitted = units.filter((u) => u.selfStatus === 'submitted').length;
  const answered = units.reduce((n, u) => n + u.answered, 0) + (progress.data?.entity.answered ?? 0);
  const total = units.reduce((n, u) => n + u.total, 0) + (progress.data?.entity.total ?? 0);
  return (
    <Table.Tr data-testid={`progress-row-${governmentId}`}>
      <Table.Td data-label={t('cycles.government')}>
        <Anchor component={Link} to={`/cycles/${cycleId}/governments/${governmentId}/progress`} size="sm">
          {name}
        </Anchor>
      </Table.Td>
      <Table.Td miw={200}>
        {progress.data ? (
          <Bar
            label={t('progress.unitsSubmitted')}
            done={submitted}
            total={units.length}
            testId="bar-units"
          />
        ) : null}
      </Table.Td>
      <Table.Td miw={200}>
        {progress.data ? (
          <Bar label={t('progress.itemsAnswered')} done={answered} total={total} testId="bar-items" />
        ) : null}
      </Table.Td>
      {review && (
        <Table.Td miw={200}>
          {c ? (
            <Bar
              label={t('progress.itemsVerified')}
              done={c.itemsVerified}
              total={c.itemsTotal}
              testId="bar-verified"
            />
          ) : null}
        </Table.Td>
      )}
      {review && (
        <Table.Td data-label={t('progress.openAppeals')} ta="right">
          {c ? (
            <Badge color={c.openAppeals > 0 ? 'orange' : 'gray'} variant="light" data-testid="open-appeals">
              {c.openAppeals}
            </Badge>
          ) : null}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/**
 * Progress of the cycle: the office totals (summary) and, per government, units submitted and items
 * answered, fifty governments at a time with a name filter (a national cycle has ~600).
 */
export function CycleProgress({ cycle, review }: { cycle: CycleDetail; review: boolean }) {
  const { t } = useTranslation();
  const summary = useSummary(cycle.id);
  const { shown, bar, more } = useGovernmentFilter(cycle.governments, 'progress-gov');
  const p = summary.data?.progress;
  if (cycle.governments.length === 0) return <Empty title={t('progress.none')} />;
  return (
    <Stack>
      <QueryState isPending={summary.isPending} error={summary.error}>
        {p && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Paper withBorder p="md">
              <Bar
                label={t('progress.unitsSubmitted')}
                done={p.unitsSubmitted}
                total={p.unitsTotal}
                testId="progress-units"
              />
            </Paper>
            <Paper withBorder p="md">
              <Bar
                label={t('progress.itemsVerified')}
                done={p.itemsVerified}
                total={p.itemsTotal}
                testId="progress-verified"
              />
            </Paper>
            <Paper withBorder p="md" data-testid="progress-appeals">
              <Text size="xs">{t('progress.openAppeals')}</Text>
              <Badge size="lg" color={p.openAppeals > 0 ? 'orange' : 'gray'} variant="light" mt={4}>
                {p.openAppeals}
              </Badge>
            </Paper>
          </SimpleGrid>
        )}
      </QueryState>
      {bar}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={700} className="phone-stack">
          <Table data-testid="progress-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cycles.government')}</Table.Th>
                <Table.Th>{t('progress.unitsSubmitted')}</Table.Th>
                <Table.Th>{t('progress.itemsAnswered')}</Table.Th>
                {review && <Table.Th>{t('progress.itemsVerified')}</Table.Th>}
                {review && <Table.Th ta="right">{t('progress.openAppeals')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((g) => (
                <GovernmentProgressRow
                  key={g.id}
                  cycleId={cycle.id}
                  governmentId={g.id}
                  name={g.name}
                  review={review}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {more}
    </Stack>
  );
}
