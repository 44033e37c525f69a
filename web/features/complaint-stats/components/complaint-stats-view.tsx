import { Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_LABELS } from '../../../../shared/complaints/stages';
import { Empty } from '../../../components/ui/empty';
import { LazyChart } from '../../../components/ui/lazy-chart';
import { QueryState } from '../../../components/ui/query-state';
import { useAuth } from '../../../lib/auth';
import { useFormat } from '../../../lib/format';
import { useOffices } from '../../offices/api/offices-api';
import { useComplaintStats, type ComplaintStats, type ComplaintStatsQuery } from '../api/complaint-stats-api';
import '../i18n';
import { ComplaintStatsTables, labelOf } from './complaint-stats-tables';

function Card({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl">
        {value}
      </Text>
    </Paper>
  );
}

function Bars({
  items,
  label,
  testId,
}: {
  items: { name: string; value: number }[];
  label: string;
  testId: string;
}) {
  const f = useFormat();
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: items.map((i) => i.name),
        axisLabel: { width: 150, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: items.map((i) => i.value),
          itemStyle: { color: '#1c7ed6' },
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value?: unknown }) => f.number(Number(p.value), 0),
          },
        },
      ],
    }),
    [items, f],
  );
  return (
    <LazyChart option={option} height={Math.max(160, items.length * 28 + 24)} testId={testId} label={label} />
  );
}

function Figures({ stats }: { stats: ComplaintStats }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lang = f.lang;
  const n = (v: number) => f.number(v, 0);
  if (stats.total === 0) return <Empty title={t('complaintStats.empty')} />;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        <Card testId="stats-total" label={t('complaintStats.total')} value={n(stats.total)} />
        <Card testId="stats-open" label={t('complaintStats.open')} value={n(stats.open)} />
        <Card testId="stats-closed" label={t('complaintStats.closed')} value={n(stats.closed)} />
        <Card testId="stats-overdue" label={t('complaintStats.overdue')} value={n(stats.overdue)} />
        <Card
          testId="stats-median-close"
          label={t('complaintStats.medianClose')}
          value={stats.medianDaysToClose === null ? '–' : f.number(stats.medianDaysToClose, 1)}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('complaintStats.byStage')}
          </Title>
          <Bars
            testId="chart-stage"
            label={t('complaintStats.chartStage')}
            items={stats.byStage.map((s) => ({ name: labelOf(STAGE_LABELS, s.key, lang), value: s.count }))}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            {t('complaintStats.byForm')}
          </Title>
          <Bars
            testId="chart-form"
            label={t('complaintStats.chartForm')}
            items={stats.byForm.map((x) => ({ name: lang === 'en' ? x.nameEn : x.nameId, value: x.count }))}
          />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ComplaintStatsTables stats={stats} />
      </SimpleGrid>
    </Stack>
  );
}

/** Filters (office for admins, year, dates, reported government), cards, charts and tables. */
export function ComplaintStatsView() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const offices = useOffices(false);
  const [q, setQ] = useState<ComplaintStatsQuery>({});
  const stats = useComplaintStats(q);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));
  const set = (patch: Partial<ComplaintStatsQuery>) => setQ((old) => ({ ...old, ...patch }));
  const governments = stats.data?.governments ?? [];
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        {isAdmin && (
          <Select
            label={t('complaintStats.office')}
            data-testid="filter-office"
            w={{ base: '100%', sm: 260 }}
            value={q.officeId ?? ''}
            data={[
              { value: '', label: t('complaintStats.national') },
              ...(offices.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            onChange={(v) => set({ officeId: v || undefined, governmentId: undefined })}
            allowDeselect={false}
          />
        )}
        <Select
          label={t('complaintStats.year')}
          data-testid="filter-year"
          w={{ base: '100%', sm: 160 }}
          value={q.year ? String(q.year) : ''}
          data={[
            { value: '', label: t('complaintStats.allYears') },
            ...years.map((y) => ({ value: y, label: y })),
          ]}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('complaintStats.from')}
          w={{ base: '100%', sm: 170 }}
          value={q.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('complaintStats.to')}
          w={{ base: '100%', sm: 170 }}
          value={q.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
        <Select
          label={t('complaintStats.government')}
          data-testid="filter-government"
          w={{ base: '100%', sm: 280 }}
          searchable
          value={q.governmentId ?? ''}
          data={[
            { value: '', label: t('complaintStats.allGovernments') },
            ...governments.map((g) => ({ value: g.governmentId, label: g.name })),
            ...(q.governmentId && !governments.some((g) => g.governmentId === q.governmentId)
              ? [{ value: q.governmentId, label: stats.data?.scope.governmentName ?? q.governmentId }]
              : []),
          ]}
          onChange={(v) => set({ governmentId: v || undefined })}
          allowDeselect={false}
        />
      </Group>
      <QueryState isPending={stats.isPending} error={stats.error} onRetry={() => void stats.refetch()}>
        {stats.data && <Figures stats={stats.data} />}
      </QueryState>
    </Stack>
  );
}
