import {
  Anchor,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { LazyChart } from '../../../components/ui/lazy-chart';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { formatScore, ZONE_COLORS, ZoneBadge } from '../../../components/ui/zone-badge';
import { frameworkQuery } from '../../../lib/framework-definitions';
import {
  useResults,
  useSummary,
  type CycleDetail,
  type ResultFilters,
  type Summary,
  type Zone,
} from '../api/cycles-api';
import { useFormat } from '../../../lib/format';
import { ResultsExport } from './results-export';

const TYPES = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'];
const ZONES: Zone[] = ['merah', 'kuning', 'hijau'];

function ZoneChart({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '72%'],
          label: { formatter: (p: { value?: unknown }) => format.number(Number(p.value), 0) },
          data: [
            ...ZONES.filter((z) => summary.zones[z] > 0).map((z) => ({
              name: t(`zone.${z}`),
              value: summary.zones[z],
              itemStyle: { color: ZONE_COLORS[z] },
            })),
            ...(summary.zones.none > 0
              ? [{ name: t('zone.none'), value: summary.zones.none, itemStyle: { color: '#adb5bd' } }]
              : []),
          ],
        },
      ],
    }),
    [summary, t, format],
  );
  return <LazyChart option={option} height={260} testId="zone-chart" label={t('results.zoneChart')} />;
}

/** "Hasil": means, zone distribution, ranking per type, and the results table (filters, sorting, load more). */
export function CycleResults({ cycle }: { cycle: CycleDetail }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ResultFilters>({ type: '', zone: '', sort: 'score', dir: 'desc' });
  const summary = useSummary(cycle.id);
  const results = useResults(cycle.id, filters);
  const rows = results.data?.pages.flatMap((p) => p.items) ?? [];
  // Columns in the framework's order (INPUT, PROSES, OUTPUT, PENGADUAN), as in the rapor and the
  // PDFs, not in the order the stored scores happen to list their keys.
  const framework = useQuery({ ...frameworkQuery(cycle.frameworkId), staleTime: Infinity });
  const frameworkOrder = framework.data?.definition.nodes.map((n) => n.code);
  const present = new Set(rows.flatMap((r) => Object.keys(r.dimensions)));
  const order = frameworkOrder ?? [];
  const dimensionCodes = [
    ...order.filter((c) => present.has(c)),
    ...[...present].filter((c) => !order.includes(c)),
  ];
  const s = summary.data;

  function sortBy(sort: ResultFilters['sort']) {
    setFilters((f) => ({
      ...f,
      sort,
      dir: f.sort === sort ? (f.dir === 'asc' ? 'desc' : 'asc') : sort === 'name' ? 'asc' : 'desc',
    }));
  }
  const arrow = (sort: ResultFilters['sort']) =>
    filters.sort === sort ? (filters.dir === 'asc' ? ' ▲' : ' ▼') : '';

  return (
    <Stack>
      <ResultsExport cycleId={cycle.id} />
      <QueryState isPending={summary.isPending} error={summary.error} onRetry={() => void summary.refetch()}>
        {s && (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Paper withBorder p="md">
              <Title order={5}>{t('results.zoneChart')}</Title>
              <ZoneChart summary={s} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t('results.means')}
              </Title>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text size="sm">{t('results.officeMean')}</Text>
                  <Text fw={700} data-testid="office-mean">
                    {formatScore(s.officeMean, i18n.language)}
                  </Text>
                </Group>
                <Group justify="space-between">
                  <Text size="sm">{t('results.nationalMean', { count: s.nationalCount })}</Text>
                  <Text fw={700} data-testid="national-mean">
                    {formatScore(s.nationalMean, i18n.language)}
                  </Text>
                </Group>
              </Stack>
            </Paper>
            <Paper withBorder p="md" data-testid="ranking">
              <Title order={5} mb="sm">
                {t('results.ranking')}
              </Title>
              <Stack gap="sm">
                {s.ranking.map((r) => (
                  <Stack key={r.type} gap={2}>
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                      {t(`governmentType.${r.type}`, { defaultValue: r.type })}
                    </Text>
                    {r.top.map((g) => (
                      <Group key={g.governmentId} justify="space-between" wrap="nowrap">
                        <Text size="sm" lineClamp={1}>
                          {g.rank}. {g.name}
                        </Text>
                        <Text size="sm" fw={600}>
                          {formatScore(g.score, i18n.language)}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                ))}
                {s.ranking.length === 0 && (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Stack>
            </Paper>
          </SimpleGrid>
        )}
      </QueryState>
      <Group align="flex-end">
        <NativeSelect
          label={t('governments.type')}
          value={filters.type}
          onChange={(e) => setFilters((f) => ({ ...f, type: e.currentTarget.value }))}
          data={[
            { value: '', label: t('common.all') },
            ...TYPES.map((v) => ({ value: v, label: t(`governmentType.${v}`) })),
          ]}
          data-testid="results-type"
        />
        <NativeSelect
          label={t('results.zone')}
          value={filters.zone}
          onChange={(e) => setFilters((f) => ({ ...f, zone: e.currentTarget.value as Zone | '' }))}
          data={[
            { value: '', label: t('common.all') },
            ...ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) })),
          ]}
          data-testid="results-zone"
        />
      </Group>
      <QueryState isPending={results.isPending} error={results.error} onRetry={() => void results.refetch()}>
        {rows.length === 0 ? (
          <Empty title={t('results.empty')} hint={t('results.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table striped data-testid="results-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <UnstyledButton
                      onClick={() => sortBy('name')}
                      data-testid="results-sort-name"
                      fw={700}
                      fz="sm"
                    >
                      {t('cycles.government')}
                      {arrow('name')}
                    </UnstyledButton>
                  </Table.Th>
                  <Table.Th ta="right">
                    <UnstyledButton
                      onClick={() => sortBy('score')}
                      data-testid="results-sort-score"
                      fw={700}
                      fz="sm"
                    >
                      {t('results.score')}
                      {arrow('score')}
                    </UnstyledButton>
                  </Table.Th>
                  <Table.Th>{t('results.band')}</Table.Th>
                  <Table.Th>{t('results.zone')}</Table.Th>
                  {dimensionCodes.map((d) => (
                    <Table.Th key={d} ta="right">
                      {d}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('results.rank')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.governmentId} data-testid={`result-row-${r.governmentId}`}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/cycles/${cycle.id}/governments/${r.governmentId}/rapor`}
                        size="sm"
                      >
                        {r.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t(`governmentType.${r.type}`, { defaultValue: r.type })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" fw={700} data-testid="result-score">
                      {formatScore(r.score, i18n.language)}
                    </Table.Td>
                    <Table.Td>{r.band ?? '—'}</Table.Td>
                    <Table.Td>
                      <ZoneBadge zone={r.zone} size="sm" />
                    </Table.Td>
                    {dimensionCodes.map((d) => (
                      <Table.Td key={d} ta="right">
                        {formatScore(r.dimensions[d], i18n.language)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right">{r.rank ? `${r.rank}/${r.peers}` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(results.hasNextPage)}
          loading={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
